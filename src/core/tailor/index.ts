// Tailoring: resume + job posting → match report and a tailored resume that only selects and
// orders the source's own bullets.

import type { BulletproofConfig } from '../config';
import { parseResume } from '../document/parse';
import type { ResumeDocument } from '../document/types';
import { parseJobPosting } from '../job/parse';
import type { JobPosting } from '../job/types';
import { lintDocument } from '../lint';
import { boundDocument } from '../guards/bounded-document';
import type { Finding } from '../types';
import { flaggedBullets } from './flagged';
import { matchResume } from './match';
import { renderReport } from './report';
import { renderOutputsReport, beforeSending, type OutputsReportInput } from './outputs-report';
import { rewriteResume } from './rewrite';
import { planTailoring, type Plan, type TailorOptions } from './select';
import type { MatchReport } from './types';
import { markdownTwin, tailoredSourceText, type SourceTwin } from './source-twin';

export type * from './types';
export { matchResume } from './match';
export { renderReport } from './report';
export { ONE_PAGE_WORDS, countWords, type TailorOptions, type Plan, type DropReason } from './select';
export { WEIGHTS } from './score';
export { checkPosting, resumeProblem, MIN_POSTING_WORDS, type PostingCheck, type PostingProblem } from './posting-check';
export { onePageCuts, applyCuts, densityOf, type Cut, type CutStep } from './one-page';
export { atsCheck, type AtsCheck } from './ats-check';
export { renderOutputsReport, beforeSending, type OutputsReportInput } from './outputs-report';
export { flaggedBullets } from './flagged';
export { markdownTwin, tailoredSourceText, type SourceTwin } from './source-twin';

export interface TailorResult {
  job: JobPosting;
  resume: ResumeDocument;
  report: MatchReport;
  plan: Plan;
  /** The tailored resume (Markdown). */
  markdown: string;
  /** report.md */
  reportMarkdown: string;
  /** The match part of report.md (score, keywords, changes), before the outputs part the edges may redo after printing. */
  matchReportMarkdown: string;
  reordered: string[];
  /** Lint findings of the source resume (with the caller's config): flagged bullets sort last, one-page cuts start there. */
  findings: Finding[];
  /** Bullets with a vague, missing-metric or duplicate finding. */
  flagged: Set<number>;
  /** Every "Before sending" line of the report (eligibility, skills without a bullet…); the edges add PDF checks. */
  warnings: string[];
  /**
   * A LaTeX, RenderCV or JSON Resume source: `resume` is its Markdown twin (what the tailoring, the HTML
   * and the PDF use) and tailoredSourceText(twin, plan) writes the tailored version in the source's format.
   */
  twin?: SourceTwin;
}

export interface TailorRunOptions extends TailorOptions {
  files?: { resume?: string; job?: string };
  /** Config from the edges (.bulletproof.json, editor settings): the same rules the linter runs with. */
  config?: BulletproofConfig;
  /** The day deadlines and graduation windows are judged by (the edges pass it; core has no clock). */
  today?: Date;
}

export function tailorResume(resume: string | ResumeDocument, job: string | JobPosting, options: TailorRunOptions = {}): TailorResult {
  const parsed = typeof resume === 'string' ? parseResume(resume) : resume;
  const twin = parsed.format && parsed.format !== 'markdown' ? markdownTwin(parsed) : undefined;
  const doc = twin?.doc ?? parsed;
  const posting = typeof job === 'string' ? parseJobPosting(job) : job;
  const findings = lintDocument(doc, { config: options.config }).findings;
  const flagged = flaggedBullets(doc, findings);
  // Eligibility is checked against the user's optional `profile` in .bulletproof.json.
  // Matched as the lint reads it (src/core/guards/bounded-document.ts): the same bounded work on a
  // document past the engine's limits; a real resume is matched whole (the same object).
  const { report, mentions } = matchResume(boundDocument(doc), posting, { profile: options.config?.profile, today: options.today });
  const plan = planTailoring(doc, posting, report.keywords, mentions, { flagged, ...options });
  const { markdown, reordered } = rewriteResume(doc, plan);
  const result = { job: posting, resume: doc, report, plan, markdown, reordered, findings, flagged };
  const input: OutputsReportInput = { ...result };
  const warnings = beforeSending(input);
  const matchReportMarkdown = renderReport({ job: posting, report, plan, reordered, files: options.files });
  const reportMarkdown = matchReportMarkdown + renderOutputsReport({ ...input, warnings });
  return { ...result, reportMarkdown, matchReportMarkdown, warnings, ...(twin ? { twin } : {}) };
}
