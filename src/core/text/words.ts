// Words and phrases on plain text. Words keep hyphenated compounds, dotted names and C++/C# whole, so
// "driven" never matches inside "data-driven" and "leader" never inside "cheerleader".
import { memoByText } from '../incremental/memo';

export interface Word {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}_]+(?:[-'’./&][\p{L}\p{N}_]+)*(?:\+\+|#)?/gu;

/**
 * The words of `text`, remembered per text: several rules read the same bullet's words in one lint
 * (a bullet was cut into words eight times), and a re-lint reads every unchanged line again. The
 * list is shared, so it is read-only; clearParseMemos forgets it with the other text memos.
 */
export const words: (text: string) => readonly Readonly<Word>[] = memoByText(wordsOf);

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export interface PhraseMatch {
  phrase: string;
  start: number;
  end: number;
}

const cache = new WeakMap<readonly string[], RegExp>();

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex matching any phrase of the list as whole words (hyphens and apostrophes count as word characters). */
export function phraseRegex(phrases: readonly string[]): RegExp {
  let re = cache.get(phrases);
  if (!re) {
    const alternatives = [...new Set(phrases.map((p) => p.trim().toLowerCase()).filter(Boolean))]
      .sort((a, b) => b.length - a.length)
      .map((p) => escapeRegExp(p).replace(/\s+/g, '\\s+').replace(/'/g, "['’]"));
    const body = alternatives.length ? alternatives.join('|') : '(?!)';
    re = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${body})(?![\\p{L}\\p{N}_'’-]|-[\\p{L}\\p{N}])`, 'giu');
    cache.set(phrases, re);
  }
  return re;
}

/** Every whole-word occurrence of any phrase, case-insensitive, longest first at each position. */
export function findPhrases(text: string, phrases: readonly string[]): PhraseMatch[] {
  const re = phraseRegex(phrases);
  re.lastIndex = 0;
  const out: PhraseMatch[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ phrase: m[0].toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'"), start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}
