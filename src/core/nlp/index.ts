// Bullet analysis shared by the rules: one shallow parse per bullet text and lexicon, however many rules
// ask. Memoised by text in a bounded LRU (not by the Bullet object): the server re-parses the resume
// after every keystroke, and every bullet but the edited one keeps its text, so it is not re-analysed.
import type { Bullet } from '../document/types';
import type { Lexicon } from '../lexicon';
import { Lru } from '../judge/lru';
import { analyzeBullet, type BulletAnalysis } from './clauses';
import { findMetrics, type MetricMention } from './metrics';

export { analyzeBullet, type BulletAnalysis, type Clause, type NounPhrase } from './clauses';
export { findMetrics, hasMetric, type MetricMention, type MetricKind } from './metrics';

const CAPACITY = 2000;
let analyses = new WeakMap<Lexicon, Lru<string, BulletAnalysis>>();

/** Per Bullet object too: a document with more bullets than the LRU holds still analyses each once. */
const byBullet = new WeakMap<Bullet, { lexicon: Lexicon; text: string; analysis: BulletAnalysis }>();

export function analysisOf(bullet: Bullet, lexicon: Lexicon): BulletAnalysis {
  const hit = byBullet.get(bullet);
  if (hit && hit.lexicon === lexicon && hit.text === bullet.text) return hit.analysis;
  const analysis = analysisOfText(bullet.text, lexicon);
  byBullet.set(bullet, { lexicon, text: bullet.text, analysis });
  return analysis;
}

export function analysisOfText(text: string, lexicon: Lexicon): BulletAnalysis {
  let cache = analyses.get(lexicon);
  if (!cache) analyses.set(lexicon, (cache = new Lru(CAPACITY)));
  let analysis = cache.get(text);
  if (!analysis) cache.set(text, (analysis = analyzeBullet(text, lexicon.strongVerbs)));
  return analysis;
}

const metricCache = new Lru<string, MetricMention[]>(CAPACITY);

/** The quantities a bullet states, computed once per bullet text. */
const metricsByBullet = new WeakMap<Bullet, { text: string; metrics: MetricMention[] }>();

export function metricsOf(bullet: Bullet | string): MetricMention[] {
  const text = typeof bullet === 'string' ? bullet : bullet.text;
  if (typeof bullet !== 'string') {
    const hit = metricsByBullet.get(bullet);
    if (hit && hit.text === text) return hit.metrics;
  }
  let metrics = metricCache.get(text);
  if (!metrics) metricCache.set(text, (metrics = findMetrics(text)));
  if (typeof bullet !== 'string') metricsByBullet.set(bullet, { text, metrics });
  return metrics;
}

/** Forgets every memoised analysis (benchmarks measure a cold lint with it). */
export function clearAnalysisCache(): void {
  analyses = new WeakMap();
  metricCache.clear();
}
