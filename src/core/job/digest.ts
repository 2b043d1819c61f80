// A text that holds several postings: a career office's weekly digest ("JOB 1 of 3", "FEATURED JOB
// 2 of 3"), a recruiter's list of openings. Keywords, title and deadline of three jobs read as one
// would describe no job, so the first posting is read and the others are blanked (offsets unchanged);
// JobPosting.postingsInText says how many there were, so the report can say which one was read.

import { MAIL_ADDRESS_HEADER } from './mail-headers';

/** "JOB 2 of 3", "Featured job 1 of 3", "Position 2/4", "Opening #3 of 5", alone on a line. */
const POSTING_MARKER = /^[ \t=*#_-]*(?:featured\s+)?(?:job|posting|position|opening|role|opportunity|vacancy)\s*#?\s*(\d{1,2})\s*(?:of|\/)\s*(\d{1,2})[ \t=*#_:-]*$/gim;


export interface FirstPosting {
  text: string;
  /** How many postings the text announces (its markers' "of N"); absent when it holds one. */
  postings?: number;
  /** Which posting was read: the first (a digest) or the one with the most text (a forum thread). */
  read?: 'first' | 'longest';
}

export function keepFirstPosting(text: string): FirstPosting {
  const markers = [...text.matchAll(POSTING_MARKER)].map((m) => ({ at: m.index!, n: Number(m[1]), of: Number(m[2]) }));
  const first = markers.find((m) => m.n === 1);
  const second = markers.find((m) => m.n === 2 && first && m.at > first.at && m.of === first.of);
  if (!first || !second || first.of < 2) return { text };
  // The digest's own note above the first posting (greeting, events, office hours) asks for nothing;
  // its address headers (who sent it, when) stay, its subject (it names the digest, not a job) goes.
  // The other postings and the digest's footer go.
  const head = text
    .slice(0, first.at)
    .split('\n')
    .map((line) => (MAIL_ADDRESS_HEADER.test(line) ? line : ' '.repeat(line.length)))
    .join('\n');
  const rest = blanked(text.slice(second.at));
  return { text: head + text.slice(first.at, second.at) + rest, postings: first.of };
}

/** The text with every character but line breaks made a space: not read, offsets kept. */
export function blanked(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}
