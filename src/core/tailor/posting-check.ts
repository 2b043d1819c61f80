// Is this text a job posting at all? Tailoring against an empty file, a stray note or the resume
// itself would write a resume and drafts that match nothing; the edges refuse such input (exit 2)
// with this check's reason and write nothing. Conservative: a text passes when anything in it reads
// like a posting (a requirements or responsibilities section, a title or company, the way postings
// address a candidate), so a real posting is never refused for being terse.

import { parseResume } from '../document/parse';
import type { JobPosting } from '../job/types';

export type PostingProblem = 'empty' | 'too-short' | 'resume' | 'not-a-posting';

export interface PostingCheck {
  ok: boolean;
  problem?: PostingProblem;
  /** A sentence for the user: what is wrong and what to do. */
  message?: string;
  words: number;
}

/** Fewer words than this cannot state a role and what it asks for. */
export const MIN_POSTING_WORDS = 25;

// How postings talk to a candidate; grammar-level phrases, not a list of job titles or skills.
const POSTING_VOICE = [
  /\byou(?:'ll| will| would| should)\b/i,
  /\bwe(?:'re| are)\s+(?:looking|seeking|hiring)\b/i,
  /\b(?:looking for|seeking) (?:a|an|someone|candidates?|students?|interns?)\b/i,
  /\b(?:responsibilities|qualifications|requirements|what you(?:'ll)? (?:do|bring|need))\b/i,
  /\b(?:apply|applicants?|candidates?|compensation|salary|benefits|equal opportunity)\b/i,
  /\b(?:internship|full[- ]time|part[- ]time|co-?op|new grad(?:uate)?)\b/i,
  /\b(?:job|position|role|opening)\b/i,
];

const words = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’+#.-]*/gu)?.length ?? 0;

export function checkPosting(job: JobPosting): PostingCheck {
  const body = job.text.slice(job.bodyStart);
  const count = words(body);
  if (!body.trim() && !job.title && !job.company) {
    return { ok: false, problem: 'empty', words: 0, message: 'the job posting is empty. Paste the whole posting (title, responsibilities, qualifications) into the file.' };
  }
  const sectioned = job.sections.some((s) => s.kind === 'required' || s.kind === 'preferred' || s.kind === 'responsibilities');
  const voice = POSTING_VOICE.filter((re) => re.test(body)).length;
  if (!sectioned && looksLikeResume(job.text)) {
    return {
      ok: false,
      problem: 'resume',
      words: count,
      message: 'the job posting file reads like a resume (experience and education sections, no requirements). Pass the posting with --job and the resume as the first argument.',
    };
  }
  if (count < MIN_POSTING_WORDS && !sectioned) {
    return {
      ok: false,
      problem: 'too-short',
      words: count,
      message: `the job posting has only ${count} word${count === 1 ? '' : 's'}; a posting states the role and what it asks for. Paste the whole posting.`,
    };
  }
  if (!sectioned && voice < 3) {
    return {
      ok: false,
      problem: 'not-a-posting',
      words: count,
      message: 'nothing in the job posting file reads like a job: no requirements or responsibilities section and hardly any words addressed to a candidate. Check that you picked the posting.',
    };
  }
  return { ok: true, words: count };
}

/** Two or more of a resume's own sections (experience, education, projects, skills) and no requirements: a resume. */
function looksLikeResume(text: string): boolean {
  const kinds = new Set(parseResume(text).sections.map((s) => s.kind));
  return ['experience', 'education', 'projects', 'skills'].filter((k) => kinds.has(k as never)).length >= 2;
}

/** A resume that tailoring cannot work with: no bullets to select or order. */
export function resumeProblem(doc: { bullets: readonly unknown[] }): string | undefined {
  if (doc.bullets.length) return undefined;
  return (
    'the resume has no bullets, so there is nothing to select or order for this job. Write each achievement as a list item ' +
    '("- Built …") under its entry in Experience or Projects, then tailor again.'
  );
}
