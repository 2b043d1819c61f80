// Adapter from the tailoring's match report (core/tailor) to the bullets the drafts quote: the
// report already says where each matched keyword appears, so the drafts agree with the report.

import type { MatchReport } from '../tailor/types';
import type { BulletKeywords } from './highlights';

export type ReportLike = Pick<MatchReport, 'score' | 'matched'> & Partial<Pick<MatchReport, 'eligibility'>>;

export function bulletKeywordsFromReport(report: ReportLike): BulletKeywords {
  const out: BulletKeywords = new Map();
  for (const match of report.matched) {
    const keyword = { keyword: match.keyword, kind: match.kind, importance: match.importance };
    for (const loc of match.locations) {
      if (loc.bulletIndex === undefined) continue;
      const list = out.get(loc.bulletIndex) ?? [];
      if (!list.some((k) => k.keyword === keyword.keyword)) list.push(keyword);
      out.set(loc.bulletIndex, list);
    }
  }
  return out;
}
