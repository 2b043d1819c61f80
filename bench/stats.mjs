// Timing helpers for benchmarks. The machine is shared (other processes take the cores), so times are
// CPU time of this process (process.cpuUsage: user + system), not wall time: what our code costs,
// not how long it waited for a core. Each sample is a batch of calls long enough for the CPU clock
// to resolve; the median of the batches is reported, after a warm-up. Ratios between measurements
// taken in the same run are what the targets judge.
import { performance } from 'node:perf_hooks';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** CPU milliseconds (user + system) of one call of `fn`. */
export function cpuOnce(fn) {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/**
 * Median CPU milliseconds per call of `fn` over `runs` calls (after `warmup` unmeasured calls),
 * measured in batches of at least ~20 ms of CPU each so the clock's resolution does not matter.
 */
export function time(fn, { runs = 50, warmup = 50 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  // Size the batch from one call: ~20 ms per batch, at most `runs` calls in total.
  const one = Math.max(cpuOnce(fn), 0.01);
  const batch = Math.max(1, Math.min(Math.ceil(20 / one), Math.floor(runs / 5) || 1));
  const batches = Math.max(5, Math.round(runs / batch));
  const samples = [];
  for (let b = 0; b < batches; b++) {
    const start = process.cpuUsage();
    for (let i = 0; i < batch; i++) fn();
    const d = process.cpuUsage(start);
    samples.push((d.user + d.system) / 1000 / batch);
  }
  return median(samples);
}

/** Wall milliseconds of one call (for reports beside the CPU figures). */
export function wallOnce(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export const fmt = (ms) => `${ms.toFixed(3)} ms`;
export const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
