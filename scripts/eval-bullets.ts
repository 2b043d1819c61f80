// Measures vague-bullet and missing-metric detection on the labeled corpus (../shared/corpus).
//
//   npm run eval                       person-grouped 5-fold cross-validation over train + dev:
//                                      every approach, mean ± spread over folds (the honest figure)
//   npm run eval -- FILE.jsonl [...]   the shipped detector on other labeled files (a held-out set)
//   --errors                           list the final approach's out-of-fold mistakes
//
// Cross-validation is nested: inside each outer fold's training part, an inner person-grouped CV picks
// the regularisation and the decision threshold; the outer test part is only predicted, never tuned on.
// Rule-based approaches have nothing to fit, so their CV figure is their plain figure per fold.
import { resolve } from 'node:path';
import { DEFAULT_LEXICON } from '../src/core/lexicon';
import { lint } from '../src/core/lint';
import { bulletFeatures, characterNgrams, featureVector, RUBRIC_FEATURE, type Feature } from '../src/core/judge/features';
import { SHIPPED_MODEL } from '../src/core/judge/judge';
import { corpusDir, DEFAULT_FILES, personFolds, readBullets, type LabeledBullet } from './lib/corpus';
import { wordNetFeatures } from './lib/wordnet-features';
import { CUE_FAMILIES, cueFeatures } from './lib/cue-features';
import { RUBRIC_DECISIVE_SIGNALS } from '../src/core/judge/rubric';
import { frequencyFeatures } from './lib/frequency-features';
import { fitNonlinear, type NonlinearOptions } from './lib/judge-nonlinear';
import { count, fitJudge, predictVague, prf, type Counts, type Example, type FitOptions, SHIPPED_CHAR_NGRAMS, SHIPPED_FIT } from './lib/judge-training';

const K = 5;
const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
/** `--only REGEX`: run only the approaches whose name matches REGEX (the rules baseline always runs). */
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
/** `--all`: every approach tried for issue #12, not only the baselines and the shipped design (`--only '^\((d|e)\)|WordNet'`: round five's WordNet rows; `--only '^\((f|f2|g|h|i|j|k|l|m|n)\)'`: round six's non-linear learners, frequency features and learning curve). */
const showAll = args.includes('--all');
/** `--repeats N`: repeat the CV over N different person partitions (a steadier comparison; default 1). */
const repeats = args.includes('--repeats') ? Math.max(1, Number(args[args.indexOf('--repeats') + 1]) || 1) : 1;
const files = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--only' && args[i - 1] !== '--repeats');

const HEADER = '## Experience\n\n### Software Engineer, Example Corp — Jan 2021 – Dec 2022\n\n';
const BULLET_LINE = HEADER.split('\n').length;
/** Escapes Markdown syntax so the bullet's words reach the parser as written. */
const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+|-])/, '\\$1');

/** What the shipped linter says about one bullet, linted alone in a small experience section. */
function lintBullet(text: string): { vague: boolean; metric: boolean } {
  const findings = lint(HEADER + '- ' + escape(text) + '\n', { config: { markdownlint: false } });
  const touching = findings.filter((f) => f.line <= BULLET_LINE && f.endLine >= BULLET_LINE);
  return { vague: touching.some((f) => f.category === 'vague'), metric: touching.some((f) => f.category === 'metric') };
}

const fmt = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const summary = (xs: number[]) => `${fmt(mean(xs))} ± ${fmt(sd(xs))} [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]`;

function report(name: string, perFold: Counts[], pooled: Counts) {
  const s = perFold.map(prf);
  const all = prf(pooled);
  console.log(`${name}`);
  console.log(`    precision ${summary(s.map((x) => x.p))}`);
  console.log(`    recall    ${summary(s.map((x) => x.r))}`);
  console.log(`    F1        ${summary(s.map((x) => x.f1))}   pooled P ${fmt(all.p)} R ${fmt(all.r)} F1 ${fmt(all.f1)}`);
}

function byReasonRecall(rows: LabeledBullet[], pred: boolean[], fold: number[]) {
  const reasons = [...new Set(rows.filter((r) => r.vague).map((r) => r.vague_reason || '(none)'))].sort();
  for (const reason of reasons) {
    const recalls: number[] = [];
    let found = 0;
    let total = 0;
    for (let f = 0; f < K; f++) {
      const idx = rows.map((r, i) => i).filter((i) => fold[i] === f && rows[i].vague && (rows[i].vague_reason || '(none)') === reason);
      if (!idx.length) continue;
      const hit = idx.filter((i) => pred[i]).length;
      recalls.push(hit / idx.length);
      found += hit;
      total += idx.length;
    }
    console.log(`    recall ${reason.padEnd(17)} ${summary(recalls)}   pooled ${found}/${total}`);
  }
}

type Approach = { name: string; core?: true; keep?: (f: Feature) => boolean; rules?: true; fit?: FitOptions; scale?: (f: Feature) => number;
  /** Features computed from the text alone, added to the analysis features (character n-grams). */
  extra?: (text: string) => Feature[];
  /** Features that depend on the training part (label-free statistics): built per outer fold from its training rows only. */
  foldExtra?: (train: LabeledBullet[]) => (text: string, features: Feature[]) => Feature[];
  /** Round six: a non-linear learner (boosted trees or a small network), alone or mixed with the linear model. */
  nonlinear?: NonlinearOptions;
  /** Learning curve: train each outer fold on only this many quarters of its training people (1–4; default all). */
  quarters?: number;
  /** Rule signals made decisive on top of those the fit chooses (the rubric's own: "etc." makes an object generic). */
  addDecisive?: string[];
  /** Reads round eight's verb × object pairs (every other row leaves them out, as the features were before). */
  round8?: true };

/**
 * How many different people in `train` use each word: a placeholder noun ("features", "solutions") is
 * used by many people, a named system by few. Label-free, but still taken from the training part only.
 */
function peopleUsing(train: LabeledBullet[]): (text: string, features: Feature[]) => Feature[] {
  const people = new Map<string, Set<string>>();
  for (const r of train) for (const w of new Set(r.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'+#./-]*/gu) ?? [])) {
    const key = w.replace(/[.]$/, '').replace(/'s$/, '');
    if (!people.has(key)) people.set(key, new Set());
    people.get(key)!.add(r.repo);
  }
  const total = new Set(train.map((r) => r.repo)).size;
  const band = (w: string) => {
    const n = people.get(w)?.size ?? 0;
    const share = n / total;
    return n <= 1 ? 'rare' : share < 0.03 ? 'uncommon' : share < 0.1 ? 'common' : 'everyday';
  };
  return (_text, features) => {
    const out: Feature[] = [];
    for (const f of features) {
      const m = /^(head|mod):(.*)$/.exec(f.name);
      if (m) out.push({ name: `${m[1]}-people:${band(m[2])}`, value: 1, group: 'object', span: f.span });
    }
    return out;
  };
}
const LOW_GRID = [0.0001, 0.0003, 0.001].map((l2) => ({ l2, minCount: 2 }));
const WIDE_GRID = [0.001, 0.003, 0.01, 0.03].flatMap((l2) => [2, 4].map((minCount) => ({ l2, minCount })));
/** The word-ending / noun-phrase-shape features added for issue #12 (features.ts wordShape). */
/** Round eight's verb × object pairs (features.ts `vo:`): the rows of rounds one to seven read the features as they were then, without them. */
const isRound8 = (f: Feature) => f.name.startsWith('vo:');
const isShapeFeature = (f: Feature) => /^(head-shape|np-shape|objects-all-abstract|fragment-abstract|purpose):/.test(f.name);
const isRuleSignal = (f: Feature) => /^(rule|self|weak):/.test(f.name);
const isRound4 = (f: Feature) => RUBRIC_FEATURE.test(f.name);
const chars = (value: number) => (text: string) => characterNgrams(text, value);
/** Round five: WordNet features (scripts/lib/wordnet-features.ts) beside the character n-grams; all, or the compact few. */
const COMPACT_WORDNET = /^wn-(generality|bare-generality|mods-descriptive|verb-lex:|head:rare)/;
const withWordNet = (compact: boolean) => (text: string) => [...characterNgrams(text, SHIPPED_CHAR_NGRAMS), ...wordNetFeatures(text).filter((f) => !compact || COMPACT_WORDNET.test(f.name))];
/** Round six: the non-linear learners read the analysis features and word n-grams, not the character n-grams. */
const noChars = (name: string) => !name.startsWith('c:');
const TREES = { rounds: 300, roundGrid: [100, 200, 300], depth: 3, eta: 0.1, lambda: 1, minChildWeight: 1, minCount: 3, treeKeep: noChars };
const MLP = { hidden: 16, epochs: 150, rate: 0.01, l2: 0.0003, minCount: 2, seed: 12, mlpKeep: noChars };
const withFrequency = (text: string) => [...characterNgrams(text, SHIPPED_CHAR_NGRAMS), ...frequencyFeatures(bulletFeatures(text, DEFAULT_LEXICON).features)];
/** Round eight: the whole-bullet cues of scripts/lib/cue-features.ts beside the round-seven features, one family or all. */
const withCues = (families: (keyof typeof CUE_FAMILIES)[]) => (text: string) => [
  ...characterNgrams(text, SHIPPED_CHAR_NGRAMS),
  ...cueFeatures(text, DEFAULT_LEXICON, bulletFeatures(text, DEFAULT_LEXICON).features).filter((f) => families.some((k) => CUE_FAMILIES[k].test(f.name))),
];
const ALL_CUES = Object.keys(CUE_FAMILIES) as (keyof typeof CUE_FAMILIES)[];
const APPROACHES: Approach[] = [
  { name: 'rules: lexical signals alone (weak opening, generic object, self-description)', rules: true },
  { name: 'LR over word n-grams only', core: true, keep: (f) => /^w2?:/.test(f.name) },
  { name: 'LR over word + character n-grams only (b, no analysis)', core: true, keep: (f) => /^w2?:/.test(f.name), extra: chars(0.1) },
  { name: 'LR over parse features + n-grams, no rule signals', keep: (f) => !isRuleSignal(f) },
  { name: 'round-three design: parse features + n-grams + rule signals, no rubric features', core: true, keep: (f) => !isRound4(f), fit: SHIPPED_FIT },
  { name: '(a) + rubric features (generic object then tools/domain/nothing, duty nouns, later sentences, learning, "my")', core: true, keep: () => true, fit: SHIPPED_FIT },
  { name: '(a), threshold by a smoothed plain F1', core: true, keep: () => true, fit: { smooth: 3, beta: 1 } },
  { name: '(b) (a) + character n-grams 3–5 (value 0.1) — shipped design until round seven', core: true, keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS) },
  { name: '(b8) round eight — shipped design: (b) + verb class × object shape (r8-4), and the rubric-named signals decide alone (r8-9)', core: true, round8: true, keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: [...RUBRIC_DECISIVE_SIGNALS] },
  { name: '(r8-1) (b) + nothing named anywhere, and its conjunctions with the object shape and verb class', keep: () => true, fit: SHIPPED_FIT, extra: withCues(['unnamed']) },
  { name: '(r8-2) (b) + a tail of qualities ("for clarity and speed")', keep: () => true, fit: SHIPPED_FIT, extra: withCues(['qualityTail']) },
  { name: '(r8-3) (b) + counts of quality nouns and evaluative adjectives', keep: () => true, fit: SHIPPED_FIT, extra: withCues(['evaluative']) },
  { name: '(r8-4) (b) + verb class × object shape (features.ts `vo:`)', round8: true, keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS) },
  { name: '(r8-5) (b) + the object head\'s WordNet class (alone and bare)', keep: () => true, fit: SHIPPED_FIT, extra: withCues(['headClass']) },
  { name: '(r8-6) (b) + every round-eight cue (r8-1 to r8-5)', round8: true, keep: () => true, fit: SHIPPED_FIT, extra: withCues(ALL_CUES) },
  { name: '(r8-7) (b) + an open ending ("etc.", "and so on") decides alone, by the rubric', keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: ['rule:open-ending'] },
  { name: '(r8-10) (r8-7) + a self-describing trait decides alone', keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: ['rule:open-ending', 'self:trait'] },
  { name: '(r8-9) (r8-7) + every rubric-named signal decides alone: a self-describing trait, a duty-noun opening, learning as the main claim (RUBRIC_DECISIVE_SIGNALS)', keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: [...RUBRIC_DECISIVE_SIGNALS] },
  { name: '(r8-11) (r8-9) + the writer\'s own qualities as the object ("my …") decide alone', keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: [...RUBRIC_DECISIVE_SIGNALS, 'object-my'] },
  { name: '(r8-8) (b) with the rule signals at value 2', keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), scale: (f) => (isRuleSignal(f) ? 2 : 1) },
  { name: '(r8-13) (b8) with the rule signals at value 2', round8: true, keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), addDecisive: [...RUBRIC_DECISIVE_SIGNALS], scale: (f) => (isRuleSignal(f) ? 2 : 1) },
  { name: '(f) boosted trees (depth 3) over analysis features + word n-grams', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { trees: TREES } },
  { name: '(g) boosted trees mixed with the (b) linear model', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { trees: TREES, lrWeights: [0, 0.25, 0.5, 0.75] } },
  { name: '(h) one-hidden-layer network (16 tanh units) over analysis features + word n-grams', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { mlp: MLP } },
  { name: '(i) network mixed with the (b) linear model', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { mlp: MLP, lrWeights: [0, 0.25, 0.5, 0.75] } },
  { name: '(f2) boosted trees, depth 2, shrinkage 0.05, min child weight 2, mixed with (b)', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { trees: { ...TREES, depth: 2, eta: 0.05, minChildWeight: 2, rounds: 400, roundGrid: [100, 200, 400] }, lrWeights: [0, 0.25, 0.5, 0.75] } },
  ...[1, 2, 3].map((quarters): Approach => ({ name: `(n) learning curve: (b) trained on ${quarters}/4 of each outer fold's training people`, keep: () => true, fit: SHIPPED_FIT, extra: chars(SHIPPED_CHAR_NGRAMS), quarters })),
  { name: '(j) network over all (b) features, character n-grams included', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { mlp: { ...MLP, mlpKeep: undefined } } },
  { name: '(k) network, 32 units, stronger L2 (0.001), mixed with (b)', keep: () => true, extra: chars(SHIPPED_CHAR_NGRAMS), nonlinear: { mlp: { ...MLP, hidden: 32, l2: 0.001 }, lrWeights: [0, 0.25, 0.5, 0.75] } },
  { name: '(l) (b) + everyday-English frequency of the object words (SUBTLEX-US, label-free)', keep: () => true, fit: SHIPPED_FIT, extra: withFrequency },
  { name: '(m) (i) + everyday-English frequency of the object words', keep: () => true, extra: withFrequency, nonlinear: { mlp: MLP, lrWeights: [0, 0.25, 0.5, 0.75] } },
  { name: '(d) (b) + WordNet features (head noun, modifiers, opening verb: file, depth, hyponyms, senses)', keep: () => true, fit: SHIPPED_FIT, extra: withWordNet(false) },
  { name: '(d), threshold by a smoothed plain F1', keep: () => true, fit: { smooth: 3, beta: 1 }, extra: withWordNet(false) },
  { name: '(e) (b) + compact WordNet features (head generality, bare-head generality, descriptive-only modifiers, verb file, rare head)', keep: () => true, fit: SHIPPED_FIT, extra: withWordNet(true) },
  { name: '(e), threshold by a smoothed plain F1', keep: () => true, fit: { smooth: 3, beta: 1 }, extra: withWordNet(true) },
  { name: '(d) without character n-grams', keep: () => true, fit: SHIPPED_FIT, extra: (text) => wordNetFeatures(text) },
  { name: 'WordNet features + rule signals + opening verb only (no n-grams, no other parse features)', keep: (f) => /^(rule|self|weak):/.test(f.name) || /^(open|vclass|vform):/.test(f.name), fit: SHIPPED_FIT, extra: (text) => wordNetFeatures(text) },
  { name: '(b) (a) + character n-grams 3–5 (value 0.05)', keep: () => true, fit: SHIPPED_FIT, extra: chars(0.05) },
  { name: '(b) (a) + character n-grams, threshold by a smoothed plain F1', core: true, keep: () => true, fit: { smooth: 3, beta: 1 }, extra: chars(0.1) },
  { name: '(c) rubric features; rule signals ≥ 0.85 precise decide alone, smoothed plain F1', keep: () => true, fit: { decisivePrecision: 0.85, smooth: 3, beta: 1 } },
  { name: 'LR over parse features + n-grams + rule signals (round-three shipped design)', keep: () => true, fit: SHIPPED_FIT },
  { name: 'the same, threshold by the unsmoothed F-beta (round one)', keep: () => true },
  { name: 'shipped design, threshold on a smoothed F-beta (±0.06)', keep: () => true, fit: { smooth: 3 } },
  { name: 'shipped design, threshold on a smoothed plain F1 (±0.06)', keep: () => true, fit: { smooth: 3, beta: 1 } },
  { name: 'rule signals ≥ 0.85 precise decide alone, model for the rest', keep: () => true, fit: { decisivePrecision: 0.85 } },
  { name: 'rule signals ≥ 0.85 precise decide alone, smoothed threshold', keep: () => true, fit: { decisivePrecision: 0.85, smooth: 3 } },
  { name: 'rule signals ≥ 0.7 precise decide alone, smoothed threshold', keep: () => true, fit: { decisivePrecision: 0.7, smooth: 3 } },
  { name: 'shipped design without the object-shape features', keep: (f) => !isShapeFeature(f) },
  { name: 'without the object-shape features, n-grams at half weight', keep: (f) => !isShapeFeature(f), scale: (f) => (/^w2?:/.test(f.name) ? 0.5 : 1) },
  { name: 'shipped design, threshold by plain F1 (beta 1)', keep: () => true, fit: { beta: 1 } },
  { name: 'shipped design, wider regularisation grid', keep: () => true, fit: { grid: WIDE_GRID } },
  { name: 'shipped design, weaker regularisation grid', keep: () => true, fit: { grid: LOW_GRID } },
  { name: 'shipped design, averaged inner-fold models', keep: () => true, fit: { average: true } },
  { name: 'shipped design, averaged inner-fold models, beta 1', keep: () => true, fit: { average: true, beta: 1 } },
  { name: 'n-grams at half weight (0.15)', keep: () => true, scale: (f) => (/^w2?:/.test(f.name) ? 0.5 : 1) },
  { name: 'n-grams at double weight (0.6)', keep: () => true, scale: (f) => (/^w2?:/.test(f.name) ? 2 : 1) },
  { name: 'head/modifier word frequency by people (from the training part)', keep: () => true, foldExtra: peopleUsing },
  { name: 'head/modifier frequency by people, n-grams at half weight', keep: () => true, foldExtra: peopleUsing, scale: (f) => (/^w2?:/.test(f.name) ? 0.5 : 1) },
  { name: 'per-reason sub-models (max probability)', keep: () => true, fit: { perReason: true } },
  { name: 'per-reason sub-models, beta 1', keep: () => true, fit: { perReason: true, beta: 1 } },
  { name: 'parse features + rule signals, no n-grams', keep: (f) => !/^w2?:/.test(f.name) },
];

/** Out-of-fold verdicts of one approach under one person partition (nested: nothing tuned on a test part). */
function runApproach(approach: Approach, rows: LabeledBullet[], features: Feature[][], fold: number[]): { pred: boolean[]; notes: string[] } {
  const pred = new Array<boolean>(rows.length).fill(false);
  const notes: string[] = [];
  if (approach.rules) {
    features.forEach((fs, i) => (pred[i] = fs.some(isRuleSignal)));
    return { pred, notes };
  }
  const examples: Example[] = rows.map((r, i) => ({
    repo: r.repo,
    y: r.vague ? 1 : 0,
    reason: r.vague_reason,
    x: featureVector([...features[i].filter((f) => (approach.round8 || !isRound8(f)) && approach.keep!(f)), ...(approach.extra?.(r.text) ?? [])].map((f) => (approach.scale ? { ...f, value: f.value * approach.scale(f) } : f))),
  }));
  // Learning curve: people outside the kept quarters leave every training part (the test parts stay whole).
  const quarter = personFolds(rows, 4, 'learning-curve');
  const inTraining = (i: number, f: number) => fold[i] !== f && quarter[i] < (approach.quarters ?? 4);
  for (let f = 0; f < K; f++) {
    if (approach.foldExtra) {
      const extra = approach.foldExtra(rows.filter((_, i) => fold[i] !== f));
      examples.forEach((e, i) => {
        for (const k of [...e.x.keys()]) if (k.includes('-people:')) e.x.delete(k);
        for (const g of extra(rows[i].text, features[i])) e.x.set(g.name, g.value);
      });
    }
    if (approach.nonlinear) {
      const judge = fitNonlinear(examples.filter((_, i) => inTraining(i, f)), 4, approach.nonlinear);
      notes.push(judge.note);
      examples.forEach((e, i) => {
        if (fold[i] === f) pred[i] = judge.predict(e);
      });
      continue;
    }
    const { model, settings } = fitJudge(examples.filter((_, i) => inTraining(i, f)), 4, approach.fit);
    if (approach.addDecisive) model.decisive = [...new Set([...(model.decisive ?? []), ...approach.addDecisive])].sort();
    notes.push(`l2 ${settings.l2}/min ${settings.minCount}/t ${model.threshold}${model.decisive?.length ? `/decisive ${model.decisive.join('+')}` : ''}`);
    examples.forEach((e, i) => {
      if (fold[i] === f) pred[i] = predictVague(model, e);
    });
  }
  return { pred, notes };
}

function crossValidate(rows: LabeledBullet[]) {
  const fold = personFolds(rows, K);
  const gold = rows.map((r) => r.vague);
  const features = rows.map((r) => bulletFeatures(r.text, DEFAULT_LEXICON).features);
  console.log(`${rows.length} bullets from ${new Set(rows.map((r) => r.repo)).size} people; ${K} folds by person (repo); nested CV for every learned approach\n`);

  // Metric: rule-based, nothing fitted, so each fold's figure is the plain figure on that fold.
  const linted = rows.map((r) => lintBullet(r.text));
  const metricGold = rows.map((r) => !r.has_metric);
  const metricFolds = Array.from({ length: K }, (_, f) => count(linted.map((l, i) => l.metric).filter((_, i) => fold[i] === f), metricGold.filter((_, i) => fold[i] === f)));
  report('missing-metric (rule; positive = "states no metric")', metricFolds, count(linted.map((l) => l.metric), metricGold));
  console.log('');

  let last: boolean[] = [];
  const folds = Array.from({ length: repeats }, (_, r) => (r ? personFolds(rows, K, `repeat${r}`) : fold));
  for (const approach of APPROACHES.filter((a) => (a.rules || a.core || showAll || (only && new RegExp(only).test(a.name))) && (!only || a.rules || new RegExp(only).test(a.name)))) {
    const runs = folds.map((partition) => runApproach(approach, rows, features, partition));
    const perFold = runs.flatMap(({ pred }, r) => Array.from({ length: K }, (_, f) => count(pred.filter((_, i) => folds[r][i] === f), gold.filter((_, i) => folds[r][i] === f))));
    const pooled = runs.map(({ pred }) => count(pred, gold)).reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn, tn: a.tn + c.tn }));
    report(`vague — ${approach.name}${repeats > 1 ? ` (${repeats} repeats × ${K} folds)` : ''}`, perFold, pooled);
    byReasonRecall(rows, runs[0].pred, fold);
    if (runs[0].notes.length) console.log(`    chosen per fold (inner CV): ${runs[0].notes.join('; ')}`);
    console.log('');
    last = runs[0].pred;
  }
  const shipped = count(linted.map((l) => l.vague), gold);
  const s = prf(shipped);
  console.log(`shipped linter on these same bullets (IN-SAMPLE, not held-out: the shipped model was trained on them): P ${fmt(s.p)} R ${fmt(s.r)} F1 ${fmt(s.f1)}`);
  if (showErrors) {
    console.log('\nout-of-fold mistakes of the last approach:');
    rows.forEach((r, i) => {
      if (last[i] !== r.vague) console.log(`${last[i] ? 'FP' : 'FN'} ${r.id}${r.vague_reason ? ` [${r.vague_reason}]` : ''}: ${r.text}`);
    });
  }
}

/** The shipped detector on labeled files it may never have seen (a held-out set). */
function plainEvaluation(paths: string[]) {
  const rows = paths.flatMap((p) => readBullets(p));
  let trained = new Set<string>();
  try {
    const dir = corpusDir();
    trained = new Set(DEFAULT_FILES.flatMap((f) => readBullets(resolve(dir, f)).map((r) => r.repo)));
  } catch {
    /* no corpus beside the repository: nothing to compare against */
  }
  const seen = rows.filter((r) => trained.has(r.repo)).length;
  const linted = rows.map((r) => lintBullet(r.text));
  const v = prf(count(linted.map((l) => l.vague), rows.map((r) => r.vague)));
  const m = prf(count(linted.map((l) => l.metric), rows.map((r) => !r.has_metric)));
  console.log(`${rows.length} bullets from ${paths.join(', ')} — the shipped linter (model ${SHIPPED_MODEL.threshold !== undefined ? `threshold ${SHIPPED_MODEL.threshold}` : ''})`);
  if (seen) console.log(`NOTE: ${seen} of these bullets come from people in the training corpus: that part is in-sample, not held-out. Run \`npm run eval\` without files for the cross-validated figure.`);
  console.log(`vague   precision ${fmt(v.p)}  recall ${fmt(v.r)}  F1 ${fmt(v.f1)}`);
  console.log(`metric  precision ${fmt(m.p)}  recall ${fmt(m.r)}  F1 ${fmt(m.f1)}`);
}

try {
  if (files.length) plainEvaluation(files.map((f) => resolve(f)));
  else {
    const dir = corpusDir();
    crossValidate(DEFAULT_FILES.flatMap((f) => readBullets(resolve(dir, f))));
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}
