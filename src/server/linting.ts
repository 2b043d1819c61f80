// One lint of one document as the editor needs it: too-large or too-complex files are skipped with a reason, and
// nothing the engine throws escapes (a broken rule is reported in ruleErrors by the engine; anything
// else becomes an `error` outcome), so a bad input can never take the server down.
import { DEFAULT_MAX_FILE_SIZE, type BulletproofConfig } from '../core/config';
import { parseResumeAs } from '../core/formats';
import { lintDocument, type LintResult } from '../core/lint';
import { summarize, type ResumeSummary } from '../core/summary';
import type { Rule } from '../core/types';
import { MAX_INLINE_DELIMITERS, countInlineDelimiters } from '../core/limits';

export type LintOutcome =
  | { kind: 'linted'; result: LintResult; summary: ResumeSummary }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'too-complex'; delimiters: number; limit: number }
  | { kind: 'failed'; message: string };

/**
 * `path`: the document's path or URI; its extension picks the front end (.tex, .yaml, .json, else Markdown).
 * `today`: "YYYY-MM-DD" for the calendar checks; the caller reads the clock (core has none).
 */
export function lintText(text: string, config: BulletproofConfig, rules?: readonly Rule[], path?: string, today?: string): LintOutcome {
  const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const size = utf8Length(text);
  if (size > limit) return { kind: 'too-large', size, limit };
  const delimiters = countInlineDelimiters(text);
  if (delimiters > MAX_INLINE_DELIMITERS) return { kind: 'too-complex', delimiters, limit: MAX_INLINE_DELIMITERS };
  try {
    const result = lintDocument(parseResumeAs(text, { path }), { config, rules, today });
    return { kind: 'linted', result, summary: summarize(result) };
  } catch (error) {
    return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

export { OnceLogger } from './once-logger';

function utf8Length(text: string): number {
  // Counted by hand rather than with Buffer so the server can also run in a browser worker later.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
