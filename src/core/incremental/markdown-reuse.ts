// Incremental Markdown parsing: after an edit, only the top-level blocks around it are parsed again;
// the blocks before it are reused as they are, the blocks after it are reused with their positions
// moved. The language server re-lints the whole resume after every keystroke, and the micromark
// parse was most of that time.
//
// Why it is exact. micromark reads line by line; between two top-level blocks nothing is open except
// what the next block's first line closes, and nothing but link reference definitions (texts with
// any are parsed whole) reaches from one block into another. So:
// - Start: an edit can change how the block before it ends (its next line may now continue it:
//   a lazy line, a setext underline, a table delimiter row), never blocks further back. Parsing
//   starts at the line of the block before the one holding the edit.
// - End: parsing stops at the start of a block that lies wholly after the edit, past one more such
//   block (the anchor). If the window's parse ends with the anchor exactly as the old parse had it
//   (same node, same positions once moved), the anchor started from the same state and everything
//   after it parses as before. If not (the edit opened a fence or a comment, or joined blocks), the
//   window grows and the check is repeated, up to the whole text.
// test/unit/incremental.test.ts checks the result equals a fresh parse of the whole text along
// random edit sequences.
import type { Nodes, Root, RootContent } from 'mdast';
import { noteTreeOrigin } from './document-reuse';

/** Parses `text` alone; `atDocumentStart` says whether front matter may open it. */
export type ParseFn = (text: string, atDocumentStart: boolean) => Root;

interface Parsed {
  text: string;
  tree: Root;
  /** Never a base for reuse (link definitions, a lone CR, failed front matter): decided once, when remembered. */
  whole: boolean;
}

/** The last few texts parsed (the server lints a handful of open documents in turn). */
const MEMO_SIZE = 4;
const memo: Parsed[] = [];

/** How often the last parses reused blocks, for tests and benchmarks. */
export const reuseStats = { reused: 0, full: 0 };

/**
 * Texts parsed whole: link reference definitions (one anywhere changes links everywhere) and a lone
 * CR (a line break to micromark, not to the line arithmetic here).
 */
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:|\r(?!\n)/m;

/**
 * The mdast tree of `text`, reusing the unchanged blocks of the closest text parsed before. Trees
 * returned share unchanged nodes with each other: callers must not mutate them.
 */
export function parseReusing(text: string, parse: ParseFn): Root {
  const defines = DEFINITION.test(text);
  const base = defines ? undefined : closest(text);
  let tree: Root | undefined;
  if (base) tree = base.text === text ? base.tree : reparse(base, text, parse);
  if (tree && failedFrontMatter(text, tree)) tree = undefined;
  if (tree) reuseStats.reused++;
  else {
    reuseStats.full++;
    tree = parse(text, true);
  }
  remember(text, tree, defines);
  return tree;
}

/**
 * A text opening with "---" that is not front matter: micromark-extension-frontmatter's failed
 * attempt changes how later blocks parse ("- item" then "--" becomes a setext heading), so such a
 * text is always parsed whole.
 */
function failedFrontMatter(text: string, tree: Root): boolean {
  return text.startsWith('---') && tree.children[0]?.type !== 'yaml';
}

/** Forgets the remembered trees (benchmarks of a cold parse). */
export function clearReuseMemo(): void {
  memo.length = 0;
}

/** The remembered text sharing the most leading and trailing characters with `text` (at least half of it). */
function closest(text: string): Parsed | undefined {
  let best: Parsed | undefined;
  let bestShared = text.length / 2;
  for (const m of memo) {
    if (m.whole) continue;
    const { prefix, suffix } = commonEnds(m.text, text);
    if (prefix + suffix >= bestShared) {
      best = m;
      bestShared = prefix + suffix;
    }
  }
  return best;
}

function remember(text: string, tree: Root, defines: boolean): void {
  const i = memo.findIndex((m) => m.text === text);
  if (i >= 0) memo.splice(i, 1);
  memo.unshift({ text, tree, whole: defines || failedFrontMatter(text, tree) });
  if (memo.length > MEMO_SIZE) memo.pop();
}

function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const max = Math.min(a.length, b.length);
  let prefix = 0;
  while (prefix < max && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

const startOf = (n: RootContent) => n.position?.start.offset ?? -1;
const endOf = (n: RootContent) => n.position?.end.offset ?? -1;
const lineStartOf = (text: string, offset: number) => text.lastIndexOf('\n', offset - 1) + 1;

/** The new tree from the old one, or undefined when the old one cannot be used. */
function reparse(base: Parsed, text: string, parse: ParseFn): Root | undefined {
  const old = base.text;
  const nodes = base.tree.children;
  if (!nodes.length || nodes.some((n) => startOf(n) < 0 || endOf(n) < 0)) return undefined;
  const { prefix, suffix } = commonEnds(old, text);
  const editEnd = old.length - suffix; // the edit replaced old[prefix, editEnd)
  const delta = text.length - old.length;

  // The block holding the edit's start, and one before it.
  let holding = 0;
  while (holding + 1 < nodes.length && startOf(nodes[holding + 1]) <= prefix) holding++;
  const first = Math.max(0, holding - 1);
  const from = first === 0 ? 0 : lineStartOf(old, startOf(nodes[first]));
  // Blocks wholly after the edit: the first of them, plus one, is the anchor.
  let after = nodes.findIndex((n, k) => k > holding && lineStartOf(old, startOf(n)) > editEnd);
  if (after < 0) after = nodes.length;
  for (let anchor = after + 1; ; anchor = 2 * anchor - first + 1) {
    if (anchor >= nodes.length - 1) return window(base, text, parse, first, from, nodes.length, text.length, delta);
    // The window ends where the block after the anchor starts (its line), so the anchor is the last block read.
    const oldTo = lineStartOf(old, startOf(nodes[anchor + 1]));
    if (oldTo < endOf(nodes[anchor])) return undefined; // two blocks on one line: not a place to cut
    const tree = window(base, text, parse, first, from, anchor + 1, oldTo + delta, delta);
    const last = tree?.children[tree.children.length - 1 - (nodes.length - anchor - 1)];
    if (tree && last && sameNode(last, nodes[anchor], delta, lineDelta(old, text, from, oldTo, delta))) return tree;
  }
}

/**
 * The tree made of old nodes [0, first), the parse of text[from, to), and the old nodes [upto, …)
 * moved by `delta` characters and the window's change in lines.
 */
function window(base: Parsed, text: string, parse: ParseFn, first: number, from: number, upto: number, to: number, delta: number): Root | undefined {
  const nodes = base.tree.children;
  const part = parse(text.slice(from, to), from === 0);
  const line = from === 0 ? 0 : countLines(text, 0, from);
  const parsed = from === 0 ? part.children : part.children.map((n) => moved(n, from, line));
  const oldTo = to - delta;
  const lines = lineDelta(base.text, text, from, oldTo, delta);
  const tail = nodes.slice(upto).map((n) => moved(n, delta, lines));
  const end = to === text.length ? (from === 0 ? part.position!.end : movedPoint(part.position!.end, from, line)) : movedPoint(base.tree.position!.end, delta, lines);
  const tree: Root = { type: 'root', children: [...nodes.slice(0, first), ...parsed, ...tail], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  // The document build reuses what it built from the moved blocks (document-reuse.ts).
  noteTreeOrigin(tree, { base: base.tree, baseText: base.text, first, parsed: parsed.length, upto, delta });
  return tree;
}

/** Lines the window gained: new text[from, oldTo + delta) against old text[from, oldTo). */
function lineDelta(old: string, text: string, from: number, oldTo: number, delta: number): number {
  return countLines(text, from, oldTo + delta) - countLines(old, from, oldTo);
}

function countLines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = s.indexOf('\n', from); i >= 0 && i < to; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

type Point = { line: number; column: number; offset?: number };
const movedPoint = (p: Point, offset: number, lines: number): Point => ({ line: p.line + lines, column: p.column, offset: (p.offset ?? 0) + offset });

/** A copy of `node` (and its descendants) with positions moved; the old tree stays as it was. */
function moved<T extends Nodes>(node: T, offset: number, lines: number): T {
  if (!offset && !lines) return node;
  const copy = { ...node } as T;
  if (node.position) copy.position = { start: movedPoint(node.position.start, offset, lines), end: movedPoint(node.position.end, offset, lines) };
  if ('children' in node) (copy as { children: Nodes[] }).children = (node.children as Nodes[]).map((c) => moved(c, offset, lines));
  return copy;
}

/** `a` (new) equals `b` (old) moved by `offset` characters and `lines` lines: same fields, same children. */
function sameNode(a: Nodes, b: Nodes, offset: number, lines: number): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const x = (a as unknown as Record<string, unknown>)[k];
    const y = (b as unknown as Record<string, unknown>)[k];
    if (k === 'position') {
      const p = x as { start: Point; end: Point } | undefined;
      const q = y as { start: Point; end: Point } | undefined;
      if (!p || !q || !samePoint(p.start, q.start, offset, lines) || !samePoint(p.end, q.end, offset, lines)) return false;
    } else if (k === 'children') {
      const xs = x as Nodes[];
      const ys = y as Nodes[];
      if (xs.length !== ys.length || xs.some((c, i) => !sameNode(c, ys[i], offset, lines))) return false;
    } else if (x !== y && JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

const samePoint = (p: Point, q: Point, offset: number, lines: number) => p.line === q.line + lines && p.column === q.column && p.offset === (q.offset ?? 0) + offset;
