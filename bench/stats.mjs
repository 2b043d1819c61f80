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

/** The q-th quantile (0..1) of `xs`, linearly interpolated. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (s.length - 1) * q;
  const lo = Math.floor(at);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (at - lo);
}

/**
 * `fn`'s CPU time as a ratio to `base`'s, measured in paired rounds. A round alternates short groups
 * of `base` calls and of `fn` calls (each about `groupMs` of CPU; which goes first alternates) and
 * takes the ratio of the two sides' CPU per call: both sides sample the same few hundred milliseconds,
 * so when another process on the same core slows everything, it slows both alike. A baseline
 * measured once, at the start of the run, moved 1.9–4.5 ms between runs and the ratio with it.
 * Returns the median of the per-round ratios, their interquartile range, and the median times.
 */
export function pairedRatio(base, fn, { rounds = 40, warmup = 100, groupMs = 4, groups = 6 } = {}) {
  for (let i = 0; i < warmup; i++) {
    base();
    fn();
  }
  // Group sizes for ~groupMs of CPU each, from the median of a few single calls.
  const one = (f) => Math.max(median(Array.from({ length: 7 }, () => cpuOnce(f))), 0.005);
  const nBase = Math.max(1, Math.round(groupMs / one(base)));
  const nFn = Math.max(1, Math.round(groupMs / one(fn)));
  const group = (f, n) => {
    const start = process.cpuUsage();
    for (let i = 0; i < n; i++) f();
    const d = process.cpuUsage(start);
    return (d.user + d.system) / 1000;
  };
  const ratios = [];
  const baseMs = [];
  const fnMs = [];
  for (let r = 0; r < rounds; r++) {
    let b = 0;
    let f = 0;
    for (let g = 0; g < groups; g++) {
      if ((r + g) % 2) {
        f += group(fn, nFn);
        b += group(base, nBase);
      } else {
        b += group(base, nBase);
        f += group(fn, nFn);
      }
    }
    b /= groups * nBase;
    f /= groups * nFn;
    baseMs.push(b);
    fnMs.push(f);
    ratios.push(f / b);
  }
  return {
    ratio: median(ratios),
    q1: quantile(ratios, 0.25),
    q3: quantile(ratios, 0.75),
    baseMs: median(baseMs),
    fnMs: median(fnMs),
  };
}

export const fmtPaired = (p) => `${p.ratio.toFixed(2)}× (IQR ${p.q1.toFixed(2)}–${p.q3.toFixed(2)}×; ${fmt(p.fnMs)} / ${fmt(p.baseMs)})`;
