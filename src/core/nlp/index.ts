// Bullet analysis shared by the rules: one shallow parse per bullet and lexicon, however many rules ask.
import type { Bullet } from '../document/types';
import type { Lexicon } from '../lexicon';
import { analyzeBullet, type BulletAnalysis } from './clauses';

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
