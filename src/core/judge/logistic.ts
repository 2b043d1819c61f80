// L2-regularised logistic regression over sparse named features, trained by full-batch gradient
// descent with AdaGrad steps: deterministic (no shuffling, no random start), small enough to read,
// and fast on a few thousand bullets. Used by `npm run train` and the cross-validation in `npm run eval`;
// the language server only calls `predict`.

export interface SparseExample {
  /** Feature name → value (usually 1). */
  x: Map<string, number>;
  y: 0 | 1;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface TrainOptions {
  /** L2 penalty per example on every weight but the bias. */
  l2: number;
  /** Features seen in fewer training examples than this are dropped (they would only memorise). */
  minCount: number;
  epochs?: number;
  rate?: number;
}

/** The logistic function: log-odds → probability. */
export const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** A training row as parallel arrays of feature indices and values. */
export interface IndexedRow {
  idx: number[];
  val: number[];
  y: 0 | 1;
}

/**
 * Numbers the features seen in at least `minCount` examples (sorted, so training is deterministic)
 * and turns each example into parallel index/value arrays over them. Shared by every trainer.
 */
export function indexSparse(examples: readonly { x: ReadonlyMap<string, number>; y: 0 | 1 }[], minCount: number): { names: string[]; rows: IndexedRow[] } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const k of e.x.keys()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const names = [...counts.keys()].filter((k) => counts.get(k)! >= minCount).sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const rows = examples.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [k, v] of e.x) {
      const i = index.get(k);
      if (i !== undefined && v !== 0) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val, y: e.y };
  });
  return { names, rows };
}

export function train(examples: readonly SparseExample[], opts: TrainOptions): LogisticModel {
  const { names, rows } = indexSparse(examples, opts.minCount);
  const w = new Float64Array(names.length);
  const g2 = new Float64Array(names.length);
  let b = 0;
  let gb2 = 0;
  const rate = opts.rate ?? 0.5;
  const n = Math.max(1, rows.length);
  const grad = new Float64Array(names.length);
  for (let epoch = 0; epoch < (opts.epochs ?? 300); epoch++) {
    grad.fill(0);
    let gb = 0;
    for (const r of rows) {
      let z = b;
      for (let j = 0; j < r.idx.length; j++) z += w[r.idx[j]] * r.val[j];
      const err = sigmoid(z) - r.y;
      gb += err;
      for (let j = 0; j < r.idx.length; j++) grad[r.idx[j]] += err * r.val[j];
    }
    gb /= n;
    gb2 += gb * gb;
    b -= (rate * gb) / (Math.sqrt(gb2) + 1e-8);
    for (let i = 0; i < w.length; i++) {
      const g = grad[i] / n + opts.l2 * w[i];
      g2[i] += g * g;
      w[i] -= (rate * g) / (Math.sqrt(g2[i]) + 1e-8);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((name, i) => {
    // Rounded so the shipped file is small and diffs stay readable; tiny weights carry nothing.
    const v = Math.round(w[i] * 1e4) / 1e4;
    if (v !== 0) weights[name] = v;
  });
  return { bias: Math.round(b * 1e4) / 1e4, weights };
}

/** Probability of the positive class; features unknown to the model weigh nothing. */
export function predict(model: LogisticModel, x: ReadonlyMap<string, number>): number {
  let z = model.bias;
  for (const [k, v] of x) z += (model.weights[k] ?? 0) * v;
  return sigmoid(z);
}
