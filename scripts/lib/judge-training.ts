// Training the vague-bullet model with its hyper-parameters and threshold chosen by person-grouped
// cross-validation INSIDE the training data: used for the shipped model (`npm run train`) and, one
// level down, for every outer fold of `npm run eval` (nested), so no test bullet ever tunes anything.
import { train, predict, type LogisticModel, type SparseExample } from '../../src/core/judge/logistic';
import type { JudgeModel } from '../../src/core/judge/judge';
import { personFolds } from './corpus';

export interface Example extends SparseExample {
  repo: string;
  /** The settled vague reason, for per-reason sub-models ('' when not vague). */
  reason?: string;
}

export interface FitOptions {
  /** F-beta the threshold maximises (default BETA). */
  beta?: number;
  /** Hyper-parameters the inner CV chooses among (default GRID). */
  grid?: Settings[];
  /** One model per vague reason (vague for that reason vs not vague), combined by their largest probability. */
  perReason?: boolean;
  /**
   * Ship the average of the inner-fold models (one linear model: the mean of their weights) rather
   * than a model refitted on everything, so the threshold applies to the kind of model it was chosen on.
   */
  average?: boolean;
  /** Score each threshold by the mean F-beta of the thresholds within this many 0.02 steps (default 0: none). */
  smooth?: number;
  /** Rule signals at least this precise in the training part decide on their own (default 0.95). */
  decisivePrecision?: number;
  /** Weights smaller than this are dropped from the final model (default MIN_WEIGHT). */
  minWeight?: number;
}

export interface Settings {
  l2: number;
  minCount: number;
}

export const GRID: Settings[] = [
  { l2: 0.001, minCount: 2 },
  { l2: 0.003, minCount: 2 },
  { l2: 0.01, minCount: 2 },
  { l2: 0.003, minCount: 4 },
];

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function count(pred: boolean[], gold: boolean[]): Counts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  pred.forEach((p, i) => {
    if (p && gold[i]) c.tp++;
    else if (p) c.fp++;
    else if (gold[i]) c.fn++;
    else c.tn++;
  });
  return c;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/**
 * The threshold maximises F-beta with beta 0.75: precision weighs a little more than recall, since a
 * false squiggle costs a linter more trust than a missed one. Cross-validated (npm run eval), beta 1
 * gave P 0.68 / R 0.69 / F1 0.68, beta 0.75 P 0.80 / R 0.57 / F1 0.65, beta 0.5 P 0.95 / R 0.45 / F1 0.60.
 */
const BETA = 0.75;

/** The threshold with the best F-beta over out-of-fold probabilities (ties: the higher, more precise one). */
export function bestThreshold(probs: number[], gold: boolean[], beta = BETA, smooth = 0): { threshold: number; f1: number } {
  const steps: { threshold: number; f: number }[] = [];
  for (let t = 0.2; t <= 0.9 + 1e-9; t += 0.02) {
    const { p, r } = prf(count(probs.map((q) => q >= t), gold));
    steps.push({ threshold: Math.round(t * 100) / 100, f: p + r ? ((1 + beta * beta) * p * r) / (beta * beta * p + r) : 0 });
  }
  // With `smooth` > 0 each threshold scores the mean F-beta of its neighbours within `smooth` steps:
  // a broad plateau beats a lone spike, which on a few hundred bullets is mostly luck.
  let best = { threshold: 0.5, f1: -1 };
  steps.forEach((s, i) => {
    const near = steps.slice(Math.max(0, i - smooth), i + smooth + 1);
    const f1 = near.reduce((sum, x) => sum + x.f, 0) / near.length;
    if (f1 >= best.f1) best = { threshold: s.threshold, f1 };
  });
  return best;
}

export const REASONS = ['weak-opening', 'generic-object', 'self-description'] as const;

/** A plain model, or one sub-model per reason whose largest probability is the verdict's. */
export type Scorer = LogisticModel & { reasons?: Record<string, LogisticModel> };

/** Trains a scorer: per reason, each sub-model sees that reason's vague bullets against the bullets that are not vague. */
export function trainScorer(examples: readonly Example[], settings: Settings, perReason = false): Scorer {
  if (!perReason) return train(examples, settings);
  const reasons: Record<string, LogisticModel> = {};
  for (const r of REASONS) reasons[r] = train(examples.filter((e) => e.y === 0 || e.reason === r), settings);
  return { bias: 0, weights: {}, reasons };
}

export function score(model: Scorer, x: ReadonlyMap<string, number>): number {
  if (!model.reasons) return predict(model, x);
  return Math.max(...Object.values(model.reasons).map((m) => predict(m, x)));
}

/** Out-of-fold probabilities of `examples` under `settings`, folds by person, and the fold models. */
function outOfFold(examples: Example[], settings: Settings, k: number, perReason = false): { probs: number[]; models: Scorer[] } {
  const fold = personFolds(examples, k, 'inner');
  const probs = new Array(examples.length).fill(0);
  const models: Scorer[] = [];
  for (let f = 0; f < k; f++) {
    const model = trainScorer(examples.filter((_, i) => fold[i] !== f), settings, perReason);
    models.push(model);
    examples.forEach((e, i) => {
      if (fold[i] === f) probs[i] = score(model, e.x);
    });
  }
  return { probs, models };
}

/** The mean of linear models: a weight missing from one counts as 0 there. */
export function averageModels(models: readonly LogisticModel[]): LogisticModel {
  const weights: Record<string, number> = {};
  for (const m of models) for (const [k, v] of Object.entries(m.weights)) weights[k] = (weights[k] ?? 0) + v / models.length;
  const round = (x: number) => Math.round(x * 1e4) / 1e4;
  return { bias: round(models.reduce((s, m) => s + m.bias, 0) / models.length), weights: Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, round(v)]).filter(([, v]) => v !== 0)) };
}

/**
 * Rule signals that are right nearly every time they fire in the training data decide on their own
 * (the rubric judges a weak opening "by the opening alone"): a linear model would dilute them.
 */
/** Signals the rubric itself makes decisive, too rare in the corpus to learn from (see features.ts). */
export const RUBRIC_DECISIVE = ['self:verbless'];

export function decisiveSignals(examples: readonly Example[], minPrecision = 0.95, minSupport = 10): string[] {
  const fired = new Map<string, { n: number; pos: number }>();
  for (const e of examples) {
    for (const k of e.x.keys()) {
      if (!/^(rule|self):/.test(k)) continue;
      const c = fired.get(k) ?? { n: 0, pos: 0 };
      c.n++;
      c.pos += e.y;
      fired.set(k, c);
    }
  }
  return [...fired].filter(([, c]) => c.n >= minSupport && c.pos / c.n >= minPrecision).map(([k]) => k).sort();
}

const decided = (e: SparseExample, decisive: readonly string[]) => decisive.some((k) => e.x.has(k));

/**
 * How the shipped model is fitted (`npm run train`) and how `npm run eval` measures "the shipped
 * design": one definition, so the figure is the figure of what ships.
 */
export const SHIPPED_FIT: FitOptions = { smooth: 3 };

/**
 * The features the shipped model adds to the analysis features: character n-grams at this value
 * (issue #12 round four: nested CV F1 0.682 with them, 0.679 without, precision 0.79 vs 0.75).
 */
export const SHIPPED_CHAR_NGRAMS = 0.1;

/**
 * Weights smaller than this are dropped from a fitted model (`npm run eval` measures the pruned model,
 * `npm run train` ships it): thousands of tiny character n-gram weights change few verdicts but would
 * triple the bundled file.
 */
export const MIN_WEIGHT = 0.02;

export function pruned<T extends LogisticModel>(model: T, min = MIN_WEIGHT): T {
  return { ...model, weights: Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= min)) };
}

/** Chooses settings, decisive signals and threshold by inner CV, then trains on all of `examples`. */
export function fitJudge(examples: Example[], innerK = 4, opts: FitOptions = {}): { model: JudgeModel & Scorer; settings: Settings; innerF1: number } {
  const gold = examples.map((e) => e.y === 1);
  const decisive = [...new Set([...decisiveSignals(examples, opts.decisivePrecision), ...RUBRIC_DECISIVE])].sort();
  let best: { settings: Settings; threshold: number; f1: number; models: Scorer[] } | undefined;
  for (const settings of opts.grid ?? GRID) {
    const oof = outOfFold(examples, settings, innerK, opts.perReason);
    const probs = oof.probs.map((p, i) => (decided(examples[i], decisive) ? 1 : p));
    const t = bestThreshold(probs, gold, opts.beta, opts.smooth);
    if (!best || t.f1 > best.f1) best = { settings, ...t, models: oof.models };
  }
  const fitted = opts.average && !opts.perReason ? averageModels(best!.models) : trainScorer(examples, best!.settings, opts.perReason);
  const lr = opts.perReason ? fitted : pruned(fitted, opts.minWeight ?? MIN_WEIGHT);
  return { model: { ...lr, threshold: best!.threshold, decisive }, settings: best!.settings, innerF1: best!.f1 };
}

/** The verdict of a model on one example, as judge.ts reaches it. */
export function predictVague(model: JudgeModel & Scorer, e: SparseExample): boolean {
  return decided(e, model.decisive ?? []) || score(model, e.x) >= model.threshold;
}
