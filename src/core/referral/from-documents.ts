// Drafts straight from a parsed resume and a parsed posting: the bullets to quote and the shared
// skills come from the match report when there is one (else from the posting's keywords), and the
// lint state from the findings given.

import type { ResumeDocument } from '../document/types';
import type { Finding } from '../types';
import { draftReferral } from './drafts';
import { bulletKeywordsFromPosting, keywordsNamedInText, pickHighlights, sharedSkills, type KeywordWithOccurrences } from './highlights';
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

/**
 * The posting's named contact as the referrer when none is given: front matter `referrer:`, or
 * `contact:` when it reads as a person's name ("Jordan Lee (SDE II, Payments)" → "Jordan Lee").
 * A `recruiter:` is not a referrer, and an email address alone names nobody.
 */
export function contactName(job: { contact?: string; frontMatter?: Record<string, unknown> }): string | undefined {
  const fm = job.frontMatter ?? {};
  const raw = typeof fm.referrer === 'string' ? fm.referrer : 'recruiter' in fm ? undefined : job.contact;
  const name = raw?.split(/[(<,;|]/)[0].trim();
  return name && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(name) ? name : undefined;
}

export function draftReferralFromDocuments(
  resume: ResumeDocument,
  job: ReferralJob & { keywords?: readonly KeywordWithOccurrences[]; contact?: string; frontMatter?: Record<string, unknown>; bodyStart?: number },
  context: ReferralContext,
): ReferralDrafts {
  const referrer = { ...context.referrer, name: context.referrer?.name?.trim() || contactName(job) };
  const lint = context.findings ? summarizeLint(resume, context.findings) : undefined;
  const bulletKeywords = context.report ? bulletKeywordsFromReport(context.report) : bulletKeywordsFromPosting(resume, job.keywords ?? []);
  return draftReferral({
    profile: completeProfile(resume),
    job,
    highlights: pickHighlights(resume, bulletKeywords, { flagged: lint?.flaggedBullets }),
    // A skill is claimed only where the resume's bullets show it and the posting names it in its own words.
    sharedSkills: sharedSkills(bulletKeywords, keywordsNamedInText(job)),
    eligibility: context.report?.eligibility ?? [],
    noBullets: resume.bullets.length === 0,
    referrer,
    today: context.today,
    matchScore: context.report?.score,
    lint: lint && { vague: lint.vague, metric: lint.metric },
    options: context.options,
  });
}
