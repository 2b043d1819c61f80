// A percent sign typed as text in a LaTeX line ("from 42% to 78%}") whose comment takes the closing
// brace of an argument opened before it: LaTeX runs the argument on into the next lines. Read by the
// LaTeX front end (which parses the line as its author meant it) and by renders-wrongly (which flags it).

/** URLs and verbatim text, where "%" is a character. */
const VERBATIM = /\\(?:href|url|verb\*?)(?:\{[^{}\n]*\}|(.)[^\n]*?\1)/g;

/**
 * Offset in `line` of an unescaped "%" right after a word, a number, "." or ")" while a brace opened
 * before it on the line is still open, and whose commented-out rest holds an unescaped "}"; else -1.
 */
export function swallowingPercent(line: string): number {
  const text = line.replace(VERBATIM, (m) => ' '.repeat(m.length));
  const m = /(?<!\\)%/.exec(text);
  // The line's first comment only, and only one that follows a word or a number ("42%", not "  % note").
  if (!m || !/[\p{L}\p{N}.)]/u.test(text[m.index - 1] ?? '')) return -1;
  const before = text.slice(0, m.index).replace(/\\[{}\\]/g, '  ');
  const open = (before.match(/\{/g) ?? []).length - (before.match(/\}/g) ?? []).length;
  return open > 0 && /(?<!\\)\}/.test(text.slice(m.index + 1)) ? m.index : -1;
}
