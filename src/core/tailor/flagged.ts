// Which bullets the linter flags as not ready to lead an entry: vague, missing a metric, or a
// duplicate of another bullet. Tailoring orders them after clean bullets and cuts them first.

import type { ResumeDocument } from '../document/types';
import type { Finding } from '../types';

const FLAGGING_RULES = new Set(['duplicate-bullet']);

export function flaggedBullets(doc: ResumeDocument, findings: readonly Pick<Finding, 'ruleId' | 'category' | 'range'>[]): Set<number> {
  const out = new Set<number>();
  for (const f of findings) {
    if (f.category !== 'vague' && f.category !== 'metric' && !FLAGGING_RULES.has(f.ruleId)) continue;
    for (const b of doc.bullets) {
      const inside = f.range.start < b.range.end && f.range.end > b.range.start;
      const atStart = f.range.start === f.range.end && f.range.start === b.range.start;
      if (inside || atStart) out.add(b.index);
    }
  }
  return out;
}
