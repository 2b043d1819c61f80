// The job posting text (after HTML conversion) that tailor and referral read: at most MAX_POSTING_CHARS. A real posting is
// under 20 KB; the job reader's phrase and product searches slow down worse than linearly on far
// longer text (one 1 MB line took about a minute), so what is past the limit is not read. The cut
// falls at the last line break before the limit, else at the last space (one huge line).
import { MAX_POSTING_CHARS, MAX_POSTING_RUN_CHARS } from '../limits';

export function boundedPosting(raw: string): { text: string; cutAt?: number } {
  if (raw.length <= MAX_POSTING_CHARS) return { text: raw };
  let at = raw.lastIndexOf('\n', MAX_POSTING_CHARS - 1) + 1;
  if (at < MAX_POSTING_CHARS / 2) at = raw.lastIndexOf(' ', MAX_POSTING_CHARS - 1) + 1;
  if (at < MAX_POSTING_CHARS / 2) at = MAX_POSTING_CHARS;
  const code = raw.charCodeAt(at - 1);
  if (code >= 0xd800 && code <= 0xdbff) at--; // never split a surrogate pair
  return { text: raw.slice(0, at), cutAt: at };
}

// A run with no whitespace and no markup delimiter, so blanking it never breaks an HTML tag, a quoted
// attribute or a JSON string; matched only from a run's first character, so a run is scanned once.
const RUN_CHAR = `[^\\s<>"'{}\\[\\]]`;
const OVERLONG_RUN = new RegExp(`(?<!${RUN_CHAR})${RUN_CHAR}{${MAX_POSTING_RUN_CHARS + 1},}`, 'g');

/** The posting with each run longer than MAX_POSTING_RUN_CHARS replaced by one space (nothing else changes). */
export function withoutOverlongRuns(raw: string): string {
  return raw.length > MAX_POSTING_RUN_CHARS ? raw.replace(OVERLONG_RUN, ' ') : raw;
}
