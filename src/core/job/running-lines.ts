// A printed posting's running headers and footers: "Ref: ABC/123/2027   Page 2 of 4",
// "Acme Ltd – Internal   Page 1 of 3", a form number under every page. They repeat on each page,
// verbatim or with only the page number changed, and ask for no skill. They are found here as ranges
// for the skill reader to skip (keywords.ts); the text itself keeps them, since metadata may read a
// reference number or the owner's name there.

import type { OffsetRange } from '../types';

/** "Page 2", "Page 2 of 4", "p. 3/5", "- 2 -", "2 / 4": a page number in a running line. */
const PAGE_MARK = /\b(?:page|pg\.?|p\.)\s*\d{1,3}(?:\s*(?:of|\/)\s*\d{1,3})?\b|^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$|(?<![\w/.-])\d{1,3}\s*\/\s*\d{1,3}(?![\w/.-])/gi;

/** A list item or a numbered item: a posting's own line even when repeated (a duty copied into two lists). */
const ITEM = /^\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+/;

/** The line as a running header is compared: page numbers set aside, spacing folded. */
function runningKey(line: string): string {
  return line.replace(PAGE_MARK, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Lines written two times or more with only a page number changing: every line with a page number
 * mark that repeats, and — in a text that has such page-numbered lines (a printed document) — any
 * other short line that repeats verbatim and is not a sentence, a list item or a lone word.
 */
export function runningLineRanges(text: string): OffsetRange[] {
  const lines: { start: number; end: number; key: string; paged: boolean }[] = [];
  let at = 0;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed && trimmed.length <= 160 && !ITEM.test(line)) {
      lines.push({ start: at, end: at + line.length, key: runningKey(trimmed), paged: /\b(?:page|pg\.?)\s*\d/i.test(trimmed) || /^\s*[-–—]\s*\d{1,3}\s*[-–—]\s*$/.test(trimmed) });
    }
    at += line.length + 1;
  }
  const count = new Map<string, number>();
  for (const l of lines) count.set(l.key, (count.get(l.key) ?? 0) + 1);
  const printed = lines.some((l) => l.paged && (count.get(l.key) ?? 0) >= 2);
  if (!printed) return [];
  return lines
    .filter((l) => {
      if ((count.get(l.key) ?? 0) < 2) return false;
      if (l.paged) return true;
      // A repeated sentence or a heading ("Requirements" twice) is the posting's own; a header is a
      // fragment of two words or more that does not end a sentence.
      return l.key.split(' ').length >= 2 && !/[.!?:]$/.test(l.key);
    })
    .map(({ start, end }) => ({ start, end }));
}
