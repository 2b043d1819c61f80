// Gradient-boosted decision trees (logistic loss, Newton leaves, level-wise growth) over sparse named
// features: a non-linear learner for issue #12 round six. A linear model scores "weak verb" and
// "generic head" separately; a tree can split on one and then the other, so it can weigh their
// conjunction. Deterministic: no sampling, ties broken by feature order. Written out (~150 lines)
// because the split search over sparse binary features is short and no npm package does it without
// native code.

export interface TreeNode {
  /** Internal node: feature name and threshold (go right when value >= threshold; a missing feature is 0). */
  feature?: string;
  threshold?: number;
  left?: number;
  right?: number;
  /** Leaf: the margin it adds. */
  leaf?: number;
}

export interface BoostedModel {
  bias: number;
  trees: TreeNode[][];
}

export interface TreeOptions {
  rounds: number;
  depth: number;
  /** Shrinkage per tree. */
  eta: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  lambda: number;
  /** Smallest hessian sum a child may have (≈ examples × 0.25 near p = 0.5). */
  minChildWeight: number;
  /** Features seen in fewer training examples than this are not split on. */
  minCount: number;
  /** Prediction snapshots: margins after these many rounds are also returned (for choosing `rounds`). */
  snapshots?: number[];
}

export interface SparseRow {
  x: ReadonlyMap<string, number>;
  y: 0 | 1;
}

const sigmoid = (z: number) => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** At most this many thresholds per numeric feature (quantiles of its non-zero values). */
const MAX_BINS = 8;

export function trainTrees(rows: readonly SparseRow[], opts: TreeOptions): BoostedModel {
  const counts = new Map<string, number>();
  const values = new Map<string, number[]>();
  for (const r of rows) for (const [k, v] of r.x) {
    if (v === 0) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    (values.get(k) ?? values.set(k, []).get(k)!).push(v);
  }
  const names = [...counts.keys()].filter((k) => counts.get(k)! >= opts.minCount).sort();
  // Bins: per feature its candidate thresholds (ascending); bin b of feature f holds values in [t_b, t_b+1).
  const firstBin: number[] = [];
  const thresholds: number[] = [];
  const binFeature: number[] = [];
  names.forEach((name, f) => {
    const vs = [...new Set(values.get(name)!)].sort((a, b) => a - b);
    const ts = vs.length <= MAX_BINS ? vs : Array.from({ length: MAX_BINS }, (_, i) => vs[Math.floor((i * vs.length) / MAX_BINS)]);
    firstBin.push(thresholds.length);
    for (const t of [...new Set(ts)]) {
      thresholds.push(t);
      binFeature.push(f);
    }
  });
  firstBin.push(thresholds.length);
  const index = new Map(names.map((n, i) => [n, i]));
  const binOf = (f: number, v: number) => {
    let b = firstBin[f];
    while (b + 1 < firstBin[f + 1] && thresholds[b + 1] <= v) b++;
    return thresholds[b] <= v ? b : -1;
  };
  const rowBins = rows.map((r) => {
    const bins: number[] = [];
    for (const [k, v] of r.x) {
      const f = index.get(k);
      if (f === undefined || v === 0) continue;
      const b = binOf(f, v);
      if (b >= 0) bins.push(b);
    }
    return bins;
  });
  const n = rows.length;
  const pos = rows.reduce((s, r) => s + r.y, 0);
  const bias = Math.log((pos + 1) / (n - pos + 1));
  const margin = new Float64Array(n).fill(bias);
  const g = new Float64Array(n);
  const h = new Float64Array(n);
  const nBins = thresholds.length;
  const trees: TreeNode[][] = [];
  for (let round = 0; round < opts.rounds; round++) {
    for (let i = 0; i < n; i++) {
      const p = sigmoid(margin[i]);
      g[i] = p - rows[i].y;
      h[i] = Math.max(p * (1 - p), 1e-6);
    }
    const tree: TreeNode[] = [{}];
    const nodeOf = new Int32Array(n); // every row starts at node 0
    let frontier = [0];
    for (let d = 0; d < opts.depth && frontier.length; d++) {
      const slot = new Map(frontier.map((node, s) => [node, s]));
      const G = new Float64Array(frontier.length * nBins);
      const H = new Float64Array(frontier.length * nBins);
      const totG = new Float64Array(frontier.length);
      const totH = new Float64Array(frontier.length);
      for (let i = 0; i < n; i++) {
        const s = slot.get(nodeOf[i]);
        if (s === undefined) continue;
        totG[s] += g[i];
        totH[s] += h[i];
        const base = s * nBins;
        for (const b of rowBins[i]) {
          G[base + b] += g[i];
          H[base + b] += h[i];
        }
      }
      const next: number[] = [];
      frontier.forEach((node, s) => {
        const base = s * nBins;
        const parent = (totG[s] * totG[s]) / (totH[s] + opts.lambda);
        let best = { gain: 1e-9, bin: -1 };
        for (let f = 0; f < names.length; f++) {
          // Right side of threshold b: the rows with a value in bin b or above (suffix sums).
          let gr = 0;
          let hr = 0;
          for (let b = firstBin[f + 1] - 1; b >= firstBin[f]; b--) {
            gr += G[base + b];
            hr += H[base + b];
            const gl = totG[s] - gr;
            const hl = totH[s] - hr;
            if (hr < opts.minChildWeight || hl < opts.minChildWeight) continue;
            const gain = (gl * gl) / (hl + opts.lambda) + (gr * gr) / (hr + opts.lambda) - parent;
            if (gain > best.gain) best = { gain, bin: b };
          }
        }
        if (best.bin < 0) {
          tree[node].leaf = (-totG[s] / (totH[s] + opts.lambda)) * opts.eta;
          return;
        }
        const left = tree.length;
        tree.push({}, {});
        Object.assign(tree[node], { feature: names[binFeature[best.bin]], threshold: thresholds[best.bin], left, right: left + 1 });
        next.push(left, left + 1);
        const splitFeature = binFeature[best.bin];
        for (let i = 0; i < n; i++) {
          if (nodeOf[i] !== node) continue;
          const goesRight = rowBins[i].some((b) => binFeature[b] === splitFeature && b >= best.bin);
          nodeOf[i] = goesRight ? left + 1 : left;
        }
      });
      frontier = next;
    }
    // Leaves at full depth.
    if (frontier.length) {
      const sums = new Map<number, { g: number; h: number }>(frontier.map((node) => [node, { g: 0, h: 0 }]));
      for (let i = 0; i < n; i++) {
        const s = sums.get(nodeOf[i]);
        if (s) {
          s.g += g[i];
          s.h += h[i];
        }
      }
      for (const [node, s] of sums) tree[node].leaf = (-s.g / (s.h + opts.lambda)) * opts.eta;
    }
    for (let i = 0; i < n; i++) margin[i] += tree[nodeOf[i]].leaf!;
    trees.push(tree.map((t) => (t.leaf !== undefined ? { leaf: Math.round(t.leaf * 1e5) / 1e5 } : t)));
  }
  return { bias: Math.round(bias * 1e5) / 1e5, trees };
}

/** The margin (log-odds) of the first `rounds` trees. */
export function treeMargin(model: BoostedModel, x: ReadonlyMap<string, number>, rounds = model.trees.length): number {
  let z = model.bias;
  for (let t = 0; t < rounds && t < model.trees.length; t++) {
    const tree = model.trees[t];
    let node = tree[0];
    while (node.leaf === undefined) node = tree[(x.get(node.feature!) ?? 0) >= node.threshold! ? node.right! : node.left!];
    z += node.leaf;
  }
  return z;
}

export const treeProbability = (model: BoostedModel, x: ReadonlyMap<string, number>, rounds?: number) => sigmoid(treeMargin(model, x, rounds));
