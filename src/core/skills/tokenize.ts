// Splits text into word and punctuation tokens with exact offsets, the way skill names are written:
// "C++", "C#", ".NET", "Node.js", "ASP.NET" and "Security+" stay one token; hyphenated compounds become
// sub-tokens marked `joinPrev` so that "full-stack" and "full stack" compare equal while a match
// can never start or stop inside "data-driven" or "C-suite".

export interface Token {
  start: number;
  end: number;
  /** As written. */
  text: string;
  /** Lower case, curly apostrophes straightened, trailing possessive "'s" removed. */
  lower: string;
  /** True for punctuation tokens (, ; : ( ) / & . ! ? | and line breaks). */
  punct: boolean;
  /** Joined to the previous token by a hyphen ("stack" in "full-stack"). */
  joinPrev: boolean;
}

// A dash between words ("**Advanced SQL** — window functions", "SQL - Python") parts them like a comma:
// no name runs across it.
const PUNCT = new Set([',', ';', ':', '(', ')', '[', ']', '/', '&', '.', '!', '?', '|', '\n', '•', '·', '—', '–']);

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A letter or digit; ASCII is decided by char code, since this runs on every character of every text. */
const isWordChar = (c: string | undefined): boolean => {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return WORD_CHAR.test(c);
};
const isApostrophe = (c: string | undefined): boolean => c === "'" || c === '’';
const isHyphen = (c: string | undefined): boolean => c === '-' || c === '‐' || c === '‑';

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let joinNext = false;
  while (i < n) {
    const c = text[i];
    // ".NET": a dot that opens a word (after a space or at the start).
    const leadingDot = c === '.' && isWordChar(text[i + 1]) && !isWordChar(text[i - 1]);
    if (isWordChar(c) || leadingDot) {
      const start = i;
      i++;
      while (i < n) {
        const d = text[i];
        if (isWordChar(d)) i++;
        else if (d === '.' && isWordChar(text[i + 1]) && isWordChar(text[i - 1])) i++;
        else if (isApostrophe(d) && /\p{L}/u.test(text[i + 1] ?? '') && isWordChar(text[i - 1])) i++;
        else break;
      }
      // C++ / Notepad++, and C# / F# (short names only, so "issue#3" stays a word).
      if (text[i] === '+' && text[i + 1] === '+' && !isWordChar(text[i + 2])) i += 2;
      else if (text[i] === '#' && i - start <= 2 && !isWordChar(text[i + 1])) i += 1;
      // "Security+", "A+": a certification's plus sign, not "Python+Django".
      else if (text[i] === '+' && !isWordChar(text[i + 1]) && text[i + 1] !== '+' && /\p{L}/u.test(text[i - 1])) i += 1;
      const raw = text.slice(start, i);
      tokens.push({ start, end: i, text: raw, lower: normalizeWord(raw), punct: false, joinPrev: joinNext });
      joinNext = false;
      if (isHyphen(text[i]) && isWordChar(text[i + 1])) {
        joinNext = true;
        i++;
      }
      continue;
    }
    joinNext = false;
    // A hyphen standing alone (" - ") is a dash; one glued to a word is a compound's or a list's.
    if (isHyphen(c) && text[i - 1] === ' ' && text[i + 1] === ' ') tokens.push({ start: i, end: i + 1, text: '–', lower: '–', punct: true, joinPrev: false });
    else if (PUNCT.has(c)) tokens.push({ start: i, end: i + 1, text: c, lower: c, punct: true, joinPrev: false });
    i++;
  }
  return tokens;
}

/** True for a sentence or clause boundary token. */
export const isClauseBreak = (t: Token): boolean =>
  t.punct && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?' || t.text === '\n');
