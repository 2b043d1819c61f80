// Bullet analysis shared by the rules: one shallow parse per bullet and lexicon, however many rules ask.
import type { Bullet } from '../document/types';
import type { Lexicon } from '../lexicon';
import { analyzeBullet, type BulletAnalysis } from './clauses';
import { findMetrics, type MetricMention } from './metrics';

export { analyzeBullet, type BulletAnalysis, type Clause, type NounPhrase } from './clauses';
export { findMetrics, hasMetric, type MetricMention, type MetricKind } from './metrics';

const cache = new WeakMap<Bullet, { lexicon: Lexicon; analysis: BulletAnalysis }>();

export function analysisOf(bullet: Bullet, lexicon: Lexicon): BulletAnalysis {
  const hit = cache.get(bullet);
  if (hit && hit.lexicon === lexicon && hit.analysis.text === bullet.text) return hit.analysis;
  const analysis = analyzeBullet(bullet.text, lexicon.strongVerbs);
  cache.set(bullet, { lexicon, analysis });
  return analysis;
}

const metricCache = new WeakMap<Bullet, { text: string; metrics: MetricMention[] }>();

/** The quantities a bullet states, computed once per bullet. */
export function metricsOf(bullet: Bullet): MetricMention[] {
  const hit = metricCache.get(bullet);
  if (hit && hit.text === bullet.text) return hit.metrics;
  const metrics = findMetrics(bullet.text);
  metricCache.set(bullet, { text: bullet.text, metrics });
  return metrics;
}
