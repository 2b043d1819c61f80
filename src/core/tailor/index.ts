// Tailoring: resume + job posting → match report and a tailored resume that only selects and
// orders the source's own bullets.

import { parseResume } from '../document/parse';
import type { ResumeDocument } from '../document/types';
import { parseJobPosting } from '../job/parse';
import type { JobPosting } from '../job/types';
import { matchResume } from './match';
import { renderReport } from './report';
import { rewriteResume } from './rewrite';
import { planTailoring, type Plan, type TailorOptions } from './select';
import type { MatchReport } from './types';

export type * from './types';
export { matchResume } from './match';
export { renderReport } from './report';
export { ONE_PAGE_WORDS, countWords, type TailorOptions, type Plan, type DropReason } from './select';
export { WEIGHTS } from './score';

export interface TailorResult {
  job: JobPosting;
  resume: ResumeDocument;
  report: MatchReport;
  plan: Plan;
  /** The tailored resume (Markdown). */
  markdown: string;
  /** report.md */
  reportMarkdown: string;
  reordered: string[];
}

export function tailorResume(
  resume: string | ResumeDocument,
  job: string | JobPosting,
  options: TailorOptions & { files?: { resume?: string; job?: string } } = {},
): TailorResult {
  const doc = typeof resume === 'string' ? parseResume(resume) : resume;
  const posting = typeof job === 'string' ? parseJobPosting(job) : job;
  const { report, mentions } = matchResume(doc, posting);
  const plan = planTailoring(doc, posting, report.keywords, mentions, options);
  const { markdown, reordered } = rewriteResume(doc, plan);
  const reportMarkdown = renderReport({ job: posting, report, plan, reordered, files: options.files });
  return { job: posting, resume: doc, report, plan, markdown, reportMarkdown, reordered };
}
