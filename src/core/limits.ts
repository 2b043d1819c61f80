// Input limits that keep linting interactive. Besides the byte size, the Markdown parser (micromark)
// slows down worse than linearly on long runs of emphasis and link delimiters ("**[(" repeated:
// 16 KB took 0.5 s, 128 KB 21 s), so a text with more of them than any real resume is not parsed.

/** No resume comes near this: a one-page resume has well under a hundred `*`, `_` and `[`. */
export const MAX_INLINE_DELIMITERS = 10_000;

/** Counts the characters that open or close emphasis and links: `*`, `_`, `[`. */
export function countInlineDelimiters(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91) n++;
  }
  return n;
}
