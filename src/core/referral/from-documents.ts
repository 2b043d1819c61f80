// Drafts straight from a parsed resume and a parsed posting: the bullets to quote and the shared
// skills come from the match report when there is one (else from the posting's keywords), and the
// lint state from the findings given.

import type { ResumeDocument } from '../document/types';
import type { Finding } from '../types';
import { draftReferral } from './drafts';
import { bulletKeywordsFromPosting, pickHighlights, sharedSkills, type KeywordLike } from './highlights';
import { summarizeLint } from './lint-state';
import { completeProfile } from './profile';
import { bulletKeywordsFromReport, type ReportLike } from './match-report';
import type { ReferralDrafts, ReferralJob, ReferralOptions, Referrer } from './types';

export interface ReferralContext {
  referrer?: Referrer;
  /** YYYY-MM-DD. */
  today: string;
  /** The tailoring's match report: its score feeds the warnings, its keyword locations pick the quotes. */
  report?: ReportLike;
  /** Lint findings of the resume; their vague and missing-metric counts feed the warnings. */
  findings?: readonly Pick<Finding, 'category' | 'range'>[];
  options?: ReferralOptions;
}

export function draftReferralFromDocuments(
  resume: ResumeDocument,
  job: ReferralJob & { keywords?: readonly KeywordLike[] },
  context: ReferralContext,
): ReferralDrafts {
  const lint = context.findings ? summarizeLint(resume, context.findings) : undefined;
  const bulletKeywords = context.report ? bulletKeywordsFromReport(context.report) : bulletKeywordsFromPosting(resume, job.keywords ?? []);
  return draftReferral({
    profile: completeProfile(resume),
    job,
    highlights: pickHighlights(resume, bulletKeywords, { flagged: lint?.flaggedBullets }),
    sharedSkills: sharedSkills(bulletKeywords),
    referrer: context.referrer,
    today: context.today,
    matchScore: context.report?.score,
    lint: lint && { vague: lint.vague, metric: lint.metric },
    options: context.options,
  });
}
