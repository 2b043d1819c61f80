// Numbers for a status line ("12/18 bullets quantified · 3 vague"), derived from the findings so that
// every number can be explained down to the findings behind it.
import { isNarrativeKind } from './document/parse';
import type { Bullet } from './document/types';
import { ruleSeverity } from './config';
import type { LintResult } from './lint';
import { RULES } from './rules';
import type { Finding } from './types';

export interface ResumeSummary {
  /** Bullets that describe work: experience, projects, research, leadership. */
  bullets: number;
  /** Of those, bullets with no "missing metric" finding; null when no metric rule ran. */
  quantified: number | null;
  /** Of those, bullets with at least one "vague" finding. */
  vague: number;
  /** Every finding in the file. */
  problems: number;
}

export function summarize(result: LintResult): ResumeSummary {
  const bullets = result.document.bullets.filter((b) => isNarrativeKind(b.section.kind));
  const metricRulesRan = RULES.some(
    (r) => r.category === 'metric' && ruleSeverity(result.config, r.id, r.defaultSeverity) !== 'off',
  );
  const withCategory = (category: Finding['category']) =>
    bullets.filter((b) => result.findings.some((f) => f.category === category && overlaps(f, b))).length;
  return {
    bullets: bullets.length,
    quantified: metricRulesRan ? bullets.length - withCategory('metric') : null,
    vague: withCategory('vague'),
    problems: result.findings.length,
  };
}

function overlaps(f: Finding, b: Bullet): boolean {
  const { start, end } = f.range;
  // An empty range (a point) counts when it sits inside the bullet.
  return start < b.range.end && (end > b.range.start || (start === end && start >= b.range.start));
}
