// Timing helpers for benchmarks: medians of repeated runs after a warm-up, so noisy machines
// still give stable ratios between measurements taken in the same run.
import { performance } from 'node:perf_hooks';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median milliseconds of `fn` over `runs` runs (after `warmup` unmeasured runs). */
export function time(fn, { runs = 50, warmup = 50 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

export const fmt = (ms) => `${ms.toFixed(3)} ms`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
