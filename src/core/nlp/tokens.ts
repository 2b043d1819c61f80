// Word and punctuation tokens of a bullet with exact offsets. Words follow text/words.ts: hyphenated
// compounds ("data-driven"), dotted names ("Node.js"), "CI/CD", "C++" and "C#" stay whole.

export interface Token {
  text: string;
  /** Lower case, curly apostrophes straightened. */
  lower: string;
  start: number;
  end: number;
  /** Punctuation or a symbol rather than a word. */
  punct: boolean;
}

const TOKEN = /[\p{L}\p{N}_]+(?:[-'’./&+:][\p{L}\p{N}_]+)*(?:\+\+|#|\+)?|[$€£¥₹~]?\d[\d,.]*(?:%|\+)?|\S/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + t.length,
      punct: !/[\p{L}\p{N}]/u.test(t),
    });
  }
  return out;
}

/** Sentence-ending punctuation ("." not inside "Node.js", which is one token). */
export function isSentenceEnd(t: Token): boolean {
  return t.punct && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === ';');
}

/** A word in -ly of five letters or more ("actively", "closely"): read as an adverb by shape. */
export function isAdverb(t: Token | undefined): boolean {
  return !!t && !t.punct && t.lower.endsWith('ly') && t.lower.length > 4;
}

/** The word without a possessive ending: "organization's" → "organization". */
export function bare(lower: string): string {
  return lower.replace(/'s$/, '');
}
