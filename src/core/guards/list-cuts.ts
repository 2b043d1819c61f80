import type { RootContent } from 'mdast';
// Cut points between top-level bullets, so a long list can be parsed in pieces.
//
// micromark's cost grows faster than the list: the bare parse of one 64 KB list of 1,200 bullets took
// about 3× the time of the same bullets parsed 4 KB at a time (event splicing over the whole list).
// A text that is long and has few headings (pasted bullets, a generated file) is therefore cut at
// bullets too, and the pieces' lists are joined again (see `joinsList`).
//
// Why a line "- text" at column 0 after a non-blank line is a safe cut: an unordered list item with
// content interrupts a paragraph, closes every container at deeper indentation and every quote, so the
// parse of everything before it does not depend on it, and it starts a top-level item whatever came
// before. The exceptions are blocks whose lines are taken raw or that end only at a blank line:
// fenced code, HTML blocks and comments, table rows (a line after a table may be a row), and front
// matter. A text with any of those lines, or with link reference definitions (usable across pieces),
// is not cut at bullets at all. The cut follows a non-blank line, so no blank line separates the two
// halves of a list and the joined list is tight or loose exactly as the whole one.

/** No bullet cut closer than this to the previous cut (pieces of a few KB parse at full speed). */
export const MIN_LIST_PIECE = 4096;

/** Lines that make bullet cuts unsafe anywhere in the text: fences, HTML, reference definitions. */
const UNCUTTABLE = /^[ \t]*(?:`{3,}|~{3,}|<)|^ {0,3}\[[^\]\n]+\]:/m;
const BULLET = /^[-*+][ \t]+\S/;
const THEMATIC_BREAK = /^(?:[-*_][ \t]*){3,}\r?$/;

/**
 * Offsets of lines in [from, to) where `text` may be cut before a top-level bullet, at least
 * `minPiece` characters apart (and from `from`). Empty when the text has shapes that make a cut unsafe.
 */
export function bulletCuts(text: string, from = 0, to = text.length, minPiece = MIN_LIST_PIECE): number[] {
  if (UNCUTTABLE.test(text)) return [];
  const cuts: number[] = [];
  let at = Math.max(from, frontMatterEnd(text));
  let last = from;
  let previous = ''; // the line before `at`
  if (at > 0) previous = text.slice(text.lastIndexOf('\n', at - 2) + 1, at - 1);
  while (at < to) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    if (at - last >= minPiece && isCutBefore(text.slice(at, next), previous)) {
      cuts.push(at);
      last = at;
    }
    previous = text.slice(at, next);
    at = next + 1;
  }
  return cuts;
}

function isCutBefore(line: string, previous: string): boolean {
  return BULLET.test(line) && !THEMATIC_BREAK.test(line) && !/^[ \t]*\r?$/.test(previous) && !previous.includes('|');
}

/**
 * True when the list that ends the piece before `cut` and the list that starts at `cut` are one list
 * of the whole text: the last top-level item before the cut (starting at `lastItemStart`) has the
 * same marker character. (A different marker starts a new list.)
 */
export function joinsList(text: string, lastItemStart: number, cut: number): boolean {
  return text[lastItemStart] === text[cut];
}

/** Offset after a leading `---` … `---` front matter block, or 0. */
function frontMatterEnd(text: string): number {
  if (!/^---[ \t]*\r?\n/.test(text)) return 0;
  const close = /\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return close ? close.index + close[0].length : text.length;
}

/**
 * `starts` (chunk offsets from the heading split) with bullet cuts added inside every chunk longer
 * than two pieces (none before `from`: front matter); `bullets` holds the added offsets.
 */
export function withBulletCuts(text: string, starts: readonly number[], from = 0): { starts: number[]; bullets: Set<number> } {
  const out: number[] = [];
  const bullets = new Set<number>();
  for (let i = 0; i < starts.length; i++) {
    const end = starts[i + 1] ?? text.length;
    out.push(starts[i]);
    if (end - starts[i] < 2 * MIN_LIST_PIECE) continue;
    for (const cut of bulletCuts(text, Math.max(starts[i], from), end)) {
      out.push(cut);
      bullets.add(cut);
    }
  }
  return { starts: out, bullets };
}

/**
 * Appends a piece's top-level nodes (already at document offsets) to `into`. When the piece starts at
 * a bullet cut and the node before is the same list, the piece's first list is joined to it.
 */
export function appendPiece(into: RootContent[], nodes: readonly RootContent[], text: string, atBulletCut: boolean): void {
  const [first, ...rest] = nodes;
  const before = into[into.length - 1];
  if (atBulletCut && first?.type === 'list' && before?.type === 'list' && !first.ordered && !before.ordered) {
    const lastItem = before.children[before.children.length - 1];
    const firstItem = first.children[0];
    if (lastItem?.position && firstItem?.position && joinsList(text, lastItem.position.start.offset ?? -1, firstItem.position.start.offset ?? -1)) {
      before.children.push(...first.children);
      before.spread = !!before.spread || !!first.spread;
      if (before.position && first.position) before.position = { start: before.position.start, end: first.position.end };
      into.push(...rest);
      return;
    }
  }
  into.push(...nodes);
}
