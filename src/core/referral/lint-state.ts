// How much lint work the resume still needs, read from findings: the counts of vague and
// missing-metric findings, and which bullets carry them (so they are not quoted to a referrer).

import type { ResumeDocument } from '../document/types';
import type { Finding } from '../types';
import type { LintState } from './types';

export interface LintSummary extends LintState {
  /** Indices of bullets with a vague or missing-metric finding. */
  flaggedBullets: Set<number>;
}

export function summarizeLint(doc: ResumeDocument, findings: readonly Pick<Finding, 'category' | 'range'>[]): LintSummary {
  const summary: LintSummary = { vague: 0, metric: 0, flaggedBullets: new Set() };
  for (const f of findings) {
    if (f.category !== 'vague' && f.category !== 'metric') continue;
    summary[f.category]++;
    for (const b of doc.bullets) {
      if (f.range.start < b.range.end && f.range.end > b.range.start) summary.flaggedBullets.add(b.index);
      else if (f.range.start === f.range.end && f.range.start === b.range.start) summary.flaggedBullets.add(b.index);
    }
  }
  return summary;
}
