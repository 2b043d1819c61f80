// The verdict on one bullet: is it vague, why, and which words make it so. A logistic-regression model
// (weights in model.json, trained by `npm run train` on the labeled corpus) weighs the bullet's
// features; the features with the largest positive contributions name the words a finding underlines.
import type { Lexicon } from '../lexicon';
import { bulletFeatures, knownCharacterNgrams, type Feature, type FeatureGroup } from './features';
import { sigmoid, type LogisticModel } from './logistic';
import { Lru } from './lru';
import { clearAnalysisCache } from '../nlp';
import { findSelfDescriptions } from '../nlp/self-description';
import shipped from './model.json';

export type VagueReason = 'weak-opening' | 'generic-object' | 'self-description';

export interface JudgeModel extends LogisticModel {
  /** Probability at or above which a bullet is vague (chosen by cross-validation inside the training data). */
  threshold: number;
  /** Rule signals that make a bullet vague on their own (chosen in training: nearly always right when they fire). */
  decisive?: string[];
  /** Value of the character n-gram features (features.ts characterNgrams); absent: the model uses none. */
  charNgrams?: number;
}

export interface Contribution {
  feature: Feature;
  weight: number;
  /** weight × value: what this feature added to the log-odds. */
  amount: number;
}

export interface Verdict {
  vague: boolean;
  probability: number;
  threshold: number;
  reason?: VagueReason;
  /** Every feature the model knows, largest contribution first. */
  contributions: Contribution[];
  /** Words to underline for the reason: the spans of its top positive contributions. */
  spans: { start: number; end: number; text: string }[];
  /** The rule signal that decided the verdict on its own, if one did. */
  decisive?: Feature;
  features: ReturnType<typeof bulletFeatures>;
}

export const SHIPPED_MODEL: JudgeModel = shipped as JudgeModel;

const REASON_OF_GROUP: Record<FeatureGroup, VagueReason | undefined> = {
  opening: 'weak-opening',
  object: 'generic-object',
  self: 'self-description',
  other: undefined,
};

/** Verdicts by bullet text, per lexicon and model: a keystroke re-judges only the bullet it changed. */
let memo = new WeakMap<Lexicon, WeakMap<JudgeModel, Lru<string, Verdict>>>();

export function judgeBullet(text: string, lexicon: Lexicon, model: JudgeModel = SHIPPED_MODEL): Verdict {
  let byModel = memo.get(lexicon);
  if (!byModel) memo.set(lexicon, (byModel = new WeakMap()));
  let cache = byModel.get(model);
  if (!cache) byModel.set(model, (cache = new Lru(2000)));
  const hit = cache.get(text);
  if (hit) return hit;
  const verdict = computeVerdict(text, lexicon, model);
  cache.set(text, verdict);
  return verdict;
}

/** Per Bullet object too: a document with more bullets than the LRU holds still judges each once. */
const byHolder = new WeakMap<object, { lexicon: Lexicon; model: JudgeModel; text: string; verdict: Verdict }>();

/** The verdict on a bullet of a parsed document (memoised on the bullet and on its text). */
export function verdictOf(bullet: { text: string }, lexicon: Lexicon, model: JudgeModel = SHIPPED_MODEL): Verdict {
  const hit = byHolder.get(bullet);
  if (hit && hit.lexicon === lexicon && hit.model === model && hit.text === bullet.text) return hit.verdict;
  const verdict = judgeBullet(bullet.text, lexicon, model);
  byHolder.set(bullet, { lexicon, model, text: bullet.text, verdict });
  return verdict;
}

/** Per weights object (never changed once a model is built): the weights as a Map, faster to probe than a 10,000-key object. */
const weightMaps = new WeakMap<object, Map<string, number>>();
function weightMapOf(weights: Record<string, number>): Map<string, number> {
  let map = weightMaps.get(weights);
  if (!map) weightMaps.set(weights, (map = new Map(Object.entries(weights))));
  return map;
}

/** Per list (a model's, never changed once built): the list as a Set. */
const sets = new WeakMap<readonly string[], Set<string>>();
function setOf(list: readonly string[]): Set<string> {
  let set = sets.get(list);
  if (!set) sets.set(list, (set = new Set(list)));
  return set;
}

/** Orders like String.prototype.localeCompare without arguments, without building a collator per call. */
const byName = new Intl.Collator().compare;

function computeVerdict(text: string, lexicon: Lexicon, model: JudgeModel): Verdict {
  const features = bulletFeatures(text, lexicon);
  const own = features.features.length;
  // Only the n-grams the model weighs, each with its weight (features.ts knownCharacterNgrams).
  const grams = model.charNgrams ? knownCharacterNgrams(text, model.charNgrams, model.weights) : undefined;
  if (grams) features.features.push(...grams.features);
  // The log-odds: logistic.ts predict over featureVector, term by term in the same order. Feature
  // names are unique (bulletFeatures dedupes its own, character n-grams are the only "c:" names);
  // unknown features add nothing there either.
  const weights = weightMapOf(model.weights);
  const weightOf = (i: number) => (i < own ? weights.get(features.features[i].name) : grams!.weights[i - own]);
  let z = model.bias;
  for (let i = 0; i < features.features.length; i++) {
    const weight = weightOf(i);
    if (weight !== undefined) z += weight * features.features[i].value;
  }
  const probability = sigmoid(z);
  // The contributions, sorted, only when something reads them (a vague verdict's reason and spans,
  // `lint --explain`): most bullets are not vague, and listing and sorting a few hundred terms per
  // bullet was a tenth of the judge's time in a cold lint.
  let sorted: Contribution[] | undefined;
  const contributions = (): Contribution[] => {
    if (sorted) return sorted;
    sorted = [];
    for (let i = 0; i < features.features.length; i++) {
      const weight = weightOf(i);
      if (weight === undefined) continue;
      const feature = features.features[i];
      sorted.push({ feature, weight, amount: weight * feature.value });
    }
    return sorted.sort((x, y) => y.amount - x.amount || byName(x.feature.name, y.feature.name));
  };
  const decisiveNames = model.decisive?.length ? setOf(model.decisive) : undefined;
  const decisive = decisiveNames ? features.features.find((f) => decisiveNames.has(f.name)) : undefined;
  const vague = !!decisive || probability >= model.threshold;
  const reason = decisive ? REASON_OF_GROUP[decisive.group] ?? 'generic-object' : vague ? reasonOf(features, contributions()) : undefined;
  const spans = decisive?.span ? decisiveSpans(text, decisive, features, lexicon) : reason ? spansFor(text, reason, contributions()) : [];
  // An enumerable getter: spread, JSON and deep equality see the same array a plain property held.
  return {
    vague,
    probability,
    threshold: model.threshold,
    reason,
    get contributions() {
      return contributions();
    },
    spans,
    decisive,
    features,
  };
}

/**
 * The rubric's order: a weak opening first (it is judged by the opening alone), then a self-description,
 * then a generic object. Without a lexical signal the group whose features pushed hardest decides.
 */
function reasonOf(f: ReturnType<typeof bulletFeatures>, contributions: Contribution[]): VagueReason {
  const pushes = (name: string) => contributions.some((c) => c.feature.name === name && c.amount > 0);
  if (f.weakOpening && pushes('rule:weak-opening')) return 'weak-opening';
  if (contributions.some((c) => c.feature.group === 'self' && c.amount > 0)) return 'self-description';
  const sum: Partial<Record<VagueReason, number>> = {};
  for (const c of contributions) {
    const r = REASON_OF_GROUP[c.feature.group];
    if (r && c.amount > 0 && c.feature.span) sum[r] = (sum[r] ?? 0) + c.amount;
  }
  const best = (Object.entries(sum) as [VagueReason, number][]).sort((x, y) => y[1] - x[1])[0];
  return best?.[0] ?? 'generic-object';
}

/**
 * The words of a decisive signal; for a self-description, every self-describing phrase in the bullet
 * ("Team player", "passion for"), since each is part of why.
 */
function decisiveSpans(text: string, decisive: Feature, f: ReturnType<typeof bulletFeatures>, lexicon: Lexicon): Verdict['spans'] {
  const ranges = decisive.group === 'self' ? findSelfDescriptions(f.analysis, lexicon.buzzwords, lexicon.strongVerbs) : [decisive.span!];
  const unique = [...new Map(ranges.map((r) => [`${r.start}:${r.end}`, r])).values()].sort((x, y) => x.start - y.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of unique) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

/** The words behind the reason: its group's top positive contributions with a span, merged where they overlap. */
function spansFor(text: string, reason: VagueReason, contributions: Contribution[]): Verdict['spans'] {
  const group = (Object.entries(REASON_OF_GROUP).find(([, r]) => r === reason)?.[0] ?? 'object') as FeatureGroup;
  // Parse features and rule signals name the words better than single n-grams ("to", "the"); n-grams
  // are shown only when nothing else in the group pushed.
  const pushing = contributions.filter((c) => c.feature.group === group && c.amount > 0 && c.feature.span);
  const structural = pushing.filter((c) => !/^w2?:/.test(c.feature.name));
  const top = (structural.length ? structural : pushing).slice(0, 3);
  const ranges = top.map((c) => ({ ...c.feature.span! })).sort((x, y) => x.start - y.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end + 1) last.end = Math.max(last.end, r.end);
    else merged.push(r);
  }
  return merged.map((r) => ({ ...r, text: text.slice(r.start, r.end) }));
}

/** Forgets every memoised verdict and analysis (benchmarks measure a cold lint with it). */
export function clearBulletCaches(): void {
  memo = new WeakMap();
  clearAnalysisCache();
}
