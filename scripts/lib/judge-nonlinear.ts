// Issue #12 round six: non-linear judges, fitted the way fitJudge fits the linear one — settings and
// threshold chosen by an inner person-grouped CV inside the training part (nested in `npm run eval`),
// the same decisive rule signals, the same smoothed F-beta 0.75 threshold.
import { train, predict } from '../../src/core/judge/logistic';
import { trainTrees, treeProbability, type BoostedModel, type TreeOptions } from './boosted-trees';
import { trainMlp, mlpProbability, type MlpModel, type MlpOptions } from './mlp';
import { personFolds } from './corpus';
import { bestThreshold, decisiveSignals, RUBRIC_DECISIVE, type Example } from './judge-training';

export interface NonlinearOptions {
  /** Boosted trees over the features whose names pass `treeKeep`; candidate round counts. */
  trees?: TreeOptions & { roundGrid: number[]; treeKeep?: (name: string) => boolean };
  /** A one-hidden-layer network over the features whose names pass `mlpKeep`. */
  mlp?: MlpOptions & { mlpKeep?: (name: string) => boolean };
  /** Mixing weights for the linear model's probability (0: the non-linear model alone). */
  lrWeights?: number[];
  /** The linear model's settings (the shipped design's usual inner-CV pick). */
  lr?: { l2: number; minCount: number };
  beta?: number;
  smooth?: number;
}

const select = (x: ReadonlyMap<string, number>, keep?: (name: string) => boolean) => {
  if (!keep) return x;
  const out = new Map<string, number>();
  for (const [k, v] of x) if (keep(k)) out.set(k, v);
  return out;
};

interface Fitted {
  trees?: BoostedModel;
  mlp?: MlpModel;
  lr?: ReturnType<typeof train>;
}

function fitAll(examples: readonly Example[], opts: NonlinearOptions, rounds?: number): Fitted {
  const out: Fitted = {};
  if (opts.trees) out.trees = trainTrees(examples.map((e) => ({ x: select(e.x, opts.trees!.treeKeep), y: e.y })), { ...opts.trees, rounds: rounds ?? opts.trees.rounds });
  if (opts.mlp) out.mlp = trainMlp(examples.map((e) => ({ x: select(e.x, opts.mlp!.mlpKeep), y: e.y })), opts.mlp);
  if (opts.lrWeights?.some((w) => w > 0)) out.lr = train(examples, opts.lr ?? { l2: 0.001, minCount: 2 });
  return out;
}

/** The non-linear part's probability (trees after `rounds`, or the network). */
function nonlinear(m: Fitted, x: ReadonlyMap<string, number>, opts: NonlinearOptions, rounds?: number): number {
  if (m.trees) return treeProbability(m.trees, select(x, opts.trees!.treeKeep), rounds);
  return mlpProbability(m.mlp!, select(x, opts.mlp!.mlpKeep));
}

export interface NonlinearJudge {
  predict: (e: Example) => boolean;
  note: string;
}

export function fitNonlinear(examples: Example[], innerK: number, opts: NonlinearOptions): NonlinearJudge {
  const gold = examples.map((e) => e.y === 1);
  const decisive = [...new Set([...decisiveSignals(examples), ...RUBRIC_DECISIVE])];
  const decided = (e: Example) => decisive.some((k) => e.x.has(k));
  const fold = personFolds(examples, innerK, 'inner');
  const roundGrid = opts.trees?.roundGrid ?? [0];
  const maxRounds = Math.max(...roundGrid);
  // Out-of-fold probabilities: per round count for the non-linear part, and the linear one.
  const oofNl = roundGrid.map(() => new Array<number>(examples.length).fill(0));
  const oofLr = new Array<number>(examples.length).fill(0);
  for (let f = 0; f < innerK; f++) {
    const m = fitAll(examples.filter((_, i) => fold[i] !== f), opts, opts.trees ? maxRounds : undefined);
    examples.forEach((e, i) => {
      if (fold[i] !== f) return;
      roundGrid.forEach((r, j) => (oofNl[j][i] = nonlinear(m, e.x, opts, r || undefined)));
      if (m.lr) oofLr[i] = predict(m.lr, e.x);
    });
  }
  let best = { rounds: 0, w: 0, threshold: 0.5, f1: -1 };
  roundGrid.forEach((r, j) => {
    for (const w of opts.lrWeights ?? [0]) {
      const probs = examples.map((e, i) => (decided(e) ? 1 : (1 - w) * oofNl[j][i] + w * oofLr[i]));
      const t = bestThreshold(probs, gold, opts.beta, opts.smooth ?? 3);
      if (t.f1 > best.f1) best = { rounds: r, w, ...t };
    }
  });
  const m = fitAll(examples, opts, best.rounds || undefined);
  return {
    predict: (e) => decided(e) || (1 - best.w) * nonlinear(m, e.x, opts) + best.w * (m.lr ? predict(m.lr, e.x) : 0) >= best.threshold,
    note: `${opts.trees ? `rounds ${best.rounds}/` : ''}lr-weight ${best.w}/t ${best.threshold}`,
  };
}
