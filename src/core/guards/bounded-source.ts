// The text the Markdown parsers read (ours and markdownlint's): the document, cut to what is analysed
// and with the shapes that make micromark superlinear neutralised. It is a prefix of the document
// with the same length and the same line breaks, only some characters replaced, so every offset
// and line number the parsers report is an offset and line number of the document itself.
//
// - Size: past MAX_ANALYSED_CHARS, or past the MAX_INLINE_DELIMITERS-th `*`/`_`/`[`, analysis stops
//   at the start of that line; so it does at a line that starts list item number MAX_BULLETS + 1.
// - Nesting: a list or quote marker at column MAX_NESTING_COLUMN or beyond, or past the
//   MAX_MARKERS_PER_LINE-th marker of one line, becomes spaces: that line is read as text of the
//   level above (mdast's list compiler rescans a list's events once per nesting level).
// - Long blocks: after MAX_BLOCK_LINES lines with no blank line, list item or heading, the next
//   line is blanked, which ends the block (micromark rescans every earlier line of a paragraph for
//   each "lazy" line that continues a list item or quote without its indentation).
// Front matter and fenced code are left as they are. A real resume meets none of these limits,
// so for it the text is returned unchanged (the same string).
import { MAX_ANALYSED_CHARS, MAX_BLOCK_LINES, MAX_BULLETS, MAX_INLINE_DELIMITERS, MAX_MARKERS_PER_LINE, MAX_NESTING_COLUMN, nthInlineDelimiter } from '../limits';

export interface BoundedSource {
  /** What the parsers read: `document.slice(0, text.length)` with some characters replaced. */
  text: string;
  /** Set when the document is longer than what is analysed: where analysis stops, and why. */
  cut?: { at: number; reason: CutReason };
  /** Offset of the first list or quote marker read as text because it is nested too deep. */
  flattenedAt?: number;
  /** Offset of the first line made to start a new block because its block was too long. */
  splitAt?: number;
}

/** Why analysis stops early: the size, the emphasis and link characters, or the count of list items. */
export type CutReason = 'size' | 'delimiters' | 'bullets';

let last: { text: string; result: BoundedSource } | undefined;

/** The bounded source of `text`; the parse and markdownlint ask for the same text in turn, so the last one is kept. */
export function boundedSource(text: string): BoundedSource {
  if (last?.text === text) return last.result;
  const result = compute(text);
  last = { text, result };
  return result;
}

/**
 * Where the analysis of a document ends. The Markdown parser's own limits (emphasis characters, list
 * items) cut only a Markdown document; the size cuts every format.
 */
export function analysedEnd(doc: { text: string; format?: string }): number {
  const cut = boundedSource(doc.text).cut;
  return cut && ((doc.format ?? 'markdown') === 'markdown' || cut.reason === 'size') ? cut.at : doc.text.length;
}

function compute(text: string): BoundedSource {
  const out: BoundedSource = { text };
  let end = text.length;
  if (end > MAX_ANALYSED_CHARS) {
    end = MAX_ANALYSED_CHARS;
    out.cut = { at: end, reason: 'size' };
  }
  const delimiter = nthInlineDelimiter(text, MAX_INLINE_DELIMITERS + 1);
  if (delimiter >= 0 && delimiter < end) {
    end = delimiter;
    out.cut = { at: end, reason: 'delimiters' };
  }
  if (out.cut) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    if (lineStart > 0) end = lineStart;
    else if (isHighSurrogate(text.charCodeAt(end - 1))) end--; // never split a surrogate pair
    out.cut.at = end;
  }
  const window = end < text.length ? text.slice(0, end) : text;
  const edits = new LineEdits(window);
  const itemsEnd = neutralise(window, edits, out);
  out.text = edits.apply();
  if (itemsEnd !== undefined) {
    // Same offsets: the cut is a line start of the document, and the edits keep every length.
    out.cut = { at: itemsEnd, reason: 'bullets' };
    out.text = out.text.slice(0, itemsEnd);
  }
  return out;
}

/** Runs of characters to replace by one character each, added in source order (none: the same string). */
class LineEdits {
  private readonly runs: { start: number; end: number; ch: string }[] = [];
  constructor(private readonly text: string) {}
  replace(start: number, end: number, ch: string): void {
    // A later run that covers earlier ones (a whole line blanked after its markers) replaces them.
    while (this.runs.length && this.runs[this.runs.length - 1].start >= start) this.runs.pop();
    this.runs.push({ start, end, ch });
  }
  apply(): string {
    if (!this.runs.length) return this.text;
    const parts: string[] = [];
    let from = 0;
    for (const run of this.runs) {
      parts.push(this.text.slice(from, run.start), run.ch.repeat(run.end - run.start));
      from = run.end;
    }
    parts.push(this.text.slice(from));
    return parts.join('');
  }
}

const SPACE = 32;
const TAB = 9;
const CR = 13;
const GT = 62;

/**
 * Neutralises the slow shapes line by line; returns the start of the line of list item number
 * MAX_BULLETS + 1 (where analysis stops), if there is one.
 */
function neutralise(text: string, edits: LineEdits, out: BoundedSource): number | undefined {
  let at = skipFrontMatter(text);
  let fence: { char: number; length: number } | undefined;
  let blockLines = 0;
  let items = 0;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    // Leading whitespace and its column (tabs to the next multiple of 4).
    let i = at;
    let column = 0;
    while (i < next && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) column = text.charCodeAt(i++) === TAB ? column + 4 - (column % 4) : column + 1;
    const blank = i >= next || (text.charCodeAt(i) === CR && i + 1 >= next);
    if (fence) {
      if (column < 4 && runOf(text, i, next, fence.char) >= fence.length) fence = undefined;
    } else if (blank) {
      blockLines = 0;
    } else {
      const fenceChar = text.charCodeAt(i);
      const run = column < 4 && (fenceChar === 96 || fenceChar === 126) ? runOf(text, i, next, fenceChar) : 0;
      if (run >= 3) {
        fence = { char: fenceChar, length: run };
        blockLines = 0;
      } else {
        if (hasListMarker(text, i, next) && ++items > MAX_BULLETS && at > 0) return at;
        const flattened = flattenMarkers(text, i, next, column, edits, out);
        if (!flattened && startsBlock(text, i, next)) blockLines = 0;
        else if (++blockLines > MAX_BLOCK_LINES) {
          edits.replace(at, text.charCodeAt(next - 1) === CR ? next - 1 : next, ' ');
          out.splitAt ??= at;
          blockLines = 0;
        }
      }
    }
    at = next + 1;
  }
  return undefined;
}

/** True when the line's container markers (from offset `i`) include a list item's. */
function hasListMarker(text: string, i: number, end: number): boolean {
  for (let k = 0; k < MAX_MARKERS_PER_LINE && i < end; k++) {
    const width = markerWidth(text, i, end);
    if (!width) return false;
    if (text.charCodeAt(i) !== GT) return true;
    i += width;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) i++;
  }
  return false;
}

/**
 * Turns container markers past the nesting limits into spaces, from offset `i` (at `column`) of a
 * line. True when the line's first marker was one of them.
 */
function flattenMarkers(text: string, i: number, end: number, column: number, edits: LineEdits, out: BoundedSource): boolean {
  let markers = 0;
  let first = false;
  while (i < end) {
    const width = markerWidth(text, i, end);
    if (!width) break;
    if (column >= MAX_NESTING_COLUMN || markers >= MAX_MARKERS_PER_LINE) {
      out.flattenedAt ??= i;
      if (!markers) first = true;
      edits.replace(i, i + width, ' ');
    }
    markers++;
    i += width;
    column += width;
    while (i < end && (text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB)) column = text.charCodeAt(i++) === TAB ? column + 4 - (column % 4) : column + 1;
  }
  return first;
}

/** Length of a `>` or list marker (`-`, `*`, `+`, `1.`, `1)`) at `i`, followed by whitespace or the line end; 0 if none. */
function markerWidth(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === GT) return 1;
  let j = i;
  if (c === 45 || c === 42 || c === 43) j = i + 1;
  else {
    while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
    if (j === i || j >= end || (text.charCodeAt(j) !== 46 && text.charCodeAt(j) !== 41)) return 0;
    j++;
  }
  const after = j < end ? text.charCodeAt(j) : -1;
  return after === -1 || after === SPACE || after === TAB || after === CR ? j - i : 0;
}

/**
 * True when the line (content from `i`) starts a block that interrupts a paragraph: a quote, a
 * heading, a bullet with content, or an ordered item numbered 1.
 */
function startsBlock(text: string, i: number, end: number): boolean {
  const c = text.charCodeAt(i);
  if (c === GT) return true;
  if (c === 35) {
    let j = i;
    while (j < end && j - i < 7 && text.charCodeAt(j) === 35) j++;
    const after = j < end ? text.charCodeAt(j) : -1;
    return j - i <= 6 && (after === -1 || after === SPACE || after === TAB || after === CR);
  }
  const width = markerWidth(text, i, end);
  if (!width || (width > 1 && !/^0*1[.)]$/.test(text.slice(i, i + width)))) return false;
  let j = i + width;
  while (j < end && (text.charCodeAt(j) === SPACE || text.charCodeAt(j) === TAB || text.charCodeAt(j) === CR)) j++;
  return j < end; // an empty item cannot interrupt a paragraph
}

function runOf(text: string, i: number, end: number, char: number): number {
  let j = i;
  while (j < end && text.charCodeAt(j) === char) j++;
  return j - i;
}

/** Offset after a leading `---` … `---` front matter block, or 0. */
function skipFrontMatter(text: string): number {
  if (!/^---[ \t]*\r?\n/.test(text)) return 0;
  const close = /\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return close ? close.index + close[0].length : 0;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
