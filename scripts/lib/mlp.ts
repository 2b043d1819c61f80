// A one-hidden-layer network (tanh units, sigmoid output) over sparse named features, trained by
// full-batch Adam with L2 on the weights: the second non-linear learner of issue #12 round six.
// Deterministic: the initial weights come from a seeded generator, the batch is the whole set.

import { indexSparse } from '../../src/core/judge/logistic';

export interface MlpOptions {
  hidden: number;
  epochs: number;
  rate: number;
  l2: number;
  minCount: number;
  seed: number;
}

export interface MlpModel {
  names: string[];
  /** Input→hidden weights, row-major by input feature: w1[f * hidden + j]. */
  w1: Float64Array;
  b1: Float64Array;
  w2: Float64Array;
  b2: number;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** mulberry32: a small seeded generator, so the same data gives the same network. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function trainMlp(rows: readonly { x: ReadonlyMap<string, number>; y: 0 | 1 }[], opts: MlpOptions): MlpModel {
  const { names, rows: data } = indexSparse(rows, opts.minCount);
  const H = opts.hidden;
  const rnd = random(opts.seed);
  const scale = 1 / Math.sqrt(20); // about the number of active inputs per bullet
  const params = {
    w1: Float64Array.from({ length: names.length * H }, () => (rnd() * 2 - 1) * scale),
    b1: new Float64Array(H),
    w2: Float64Array.from({ length: H }, () => (rnd() * 2 - 1) / Math.sqrt(H)),
    b2: new Float64Array(1),
  };
  const grads = { w1: new Float64Array(params.w1.length), b1: new Float64Array(H), w2: new Float64Array(H), b2: new Float64Array(1) };
  const m = { w1: new Float64Array(params.w1.length), b1: new Float64Array(H), w2: new Float64Array(H), b2: new Float64Array(1) };
  const v = { w1: new Float64Array(params.w1.length), b1: new Float64Array(H), w2: new Float64Array(H), b2: new Float64Array(1) };
  const n = Math.max(1, data.length);
  const hid = new Float64Array(H);
  const b1Beta = 0.9;
  const b2Beta = 0.999;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (const g of Object.values(grads)) g.fill(0);
    for (const r of data) {
      for (let j = 0; j < H; j++) hid[j] = params.b1[j];
      for (let t = 0; t < r.idx.length; t++) {
        const base = r.idx[t] * H;
        for (let j = 0; j < H; j++) hid[j] += params.w1[base + j] * r.val[t];
      }
      let z = params.b2[0];
      for (let j = 0; j < H; j++) {
        hid[j] = Math.tanh(hid[j]);
        z += params.w2[j] * hid[j];
      }
      const err = (sigmoid(z) - r.y) / n;
      grads.b2[0] += err;
      for (let j = 0; j < H; j++) {
        grads.w2[j] += err * hid[j];
        const dh = err * params.w2[j] * (1 - hid[j] * hid[j]);
        grads.b1[j] += dh;
        hid[j] = dh; // reuse as the hidden delta
      }
      for (let t = 0; t < r.idx.length; t++) {
        const base = r.idx[t] * H;
        for (let j = 0; j < H; j++) grads.w1[base + j] += hid[j] * r.val[t];
      }
    }
    for (let i = 0; i < params.w1.length; i++) grads.w1[i] += opts.l2 * params.w1[i];
    for (let j = 0; j < H; j++) grads.w2[j] += opts.l2 * params.w2[j];
    const c1 = 1 - b1Beta ** epoch;
    const c2 = 1 - b2Beta ** epoch;
    for (const key of ['w1', 'b1', 'w2', 'b2'] as const) {
      const p = params[key];
      const g = grads[key];
      for (let i = 0; i < p.length; i++) {
        m[key][i] = b1Beta * m[key][i] + (1 - b1Beta) * g[i];
        v[key][i] = b2Beta * v[key][i] + (1 - b2Beta) * g[i] * g[i];
        p[i] -= (opts.rate * (m[key][i] / c1)) / (Math.sqrt(v[key][i] / c2) + 1e-8);
      }
    }
  }
  return { names, w1: params.w1, b1: params.b1, w2: params.w2, b2: params.b2[0] };
}

const indexCache = new WeakMap<MlpModel, Map<string, number>>();

export function mlpProbability(model: MlpModel, x: ReadonlyMap<string, number>): number {
  let index = indexCache.get(model);
  if (!index) indexCache.set(model, (index = new Map(model.names.map((n, i) => [n, i]))));
  const H = model.b1.length;
  const hid = Float64Array.from(model.b1);
  for (const [k, v] of x) {
    const i = index.get(k);
    if (i === undefined) continue;
    for (let j = 0; j < H; j++) hid[j] += model.w1[i * H + j] * v;
  }
  let z = model.b2;
  for (let j = 0; j < H; j++) z += model.w2[j] * Math.tanh(hid[j]);
  return sigmoid(z);
}
