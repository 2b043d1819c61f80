// HTML blocks inside a Markdown resume (`<h3>`, `<div><strong>Role</strong></div>`, `<ul><li>`,
// `<p><i>…<br>…</i></p>`) read as the same blocks a Markdown resume has: headings, list items and
// paragraphs, with exact source offsets. parse5 is the HTML parser (spec-compliant, keeps source
// locations), so unclosed `<li>` and stray tags read the way a browser shows them.
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { BOLD, ITALIC, LINK, StyledTextBuilder, trimStyled, type StyledText } from './styled-text';
import type { OffsetRange } from '../types';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlBlock {
  type: 'heading' | 'item' | 'paragraph' | 'comment' | 'markdown';
  /** A `<summary>`: the label of a `<details>` disclosure, a heading of no fixed level. */
  label?: boolean;
  /** Heading level (h1–h6). */
  level?: number;
  /** List nesting depth of an item (0 for top level). */
  depth?: number;
  text: StyledText;
  range: OffsetRange;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav',
  'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'img', 'svg', 'iframe', 'object', 'video', 'audio', 'noscript']);

/** The blocks of an HTML fragment that starts at `base` in `source`; [] when it cannot be mapped. */
export function htmlBlocks(source: string, base: number, value: string): HtmlBlock[] {
  if (source.slice(base, base + value.length) !== value) return [];
  let root;
  try {
    root = parseFragment(value, { sourceCodeLocationInfo: true });
  } catch {
    return [];
  }
  const out: HtmlBlock[] = [];
  const ctx = { source, base, out };
  visitChildren(root.childNodes, 0, ctx);
  return out;
}

interface Ctx {
  source: string;
  base: number;
  out: HtmlBlock[];
}

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

function hasBlockDescendant(el: Element): boolean {
  return el.childNodes.some((c) => isElement(c) && (BLOCK_TAGS.has(c.tagName) || hasBlockDescendant(c)));
}

/** Children in order: runs of inline content become paragraphs, block elements recurse. */
function visitChildren(nodes: Node[], depth: number, ctx: Ctx): void {
  let run: Node[] = [];
  const flush = () => {
    if (run.length && !pushMarkdown(run, ctx)) pushInline('paragraph', run, ctx, {});
    run = [];
  };
  for (const node of nodes) {
    if (node.nodeName === '#comment') {
      flush();
      const loc = node.sourceCodeLocation;
      if (loc) ctx.out.push({ type: 'comment', text: emptyText(ctx.base + loc.startOffset), range: { start: ctx.base + loc.startOffset, end: ctx.base + loc.endOffset } });
      continue;
    }
    if (!isElement(node) || (!BLOCK_TAGS.has(node.tagName) && !hasBlockDescendant(node))) {
      run.push(node);
      continue;
    }
    flush();
    visitBlock(node, depth, ctx);
  }
  flush();
}

function visitBlock(el: Element, depth: number, ctx: Ctx): void {
  const tag = el.tagName;
  if (SKIP_TAGS.has(tag) || tag === 'hr') return;
  const heading = /^h([1-6])$/.exec(tag);
  if (heading) {
    pushInline('heading', el.childNodes, ctx, { level: Number(heading[1]) });
    return;
  }
  if (tag === 'ul' || tag === 'ol') {
    for (const c of el.childNodes) {
      if (isElement(c) && c.tagName === 'li') visitItem(c, depth, ctx);
      else if (isElement(c)) visitBlock(c, depth, ctx);
      else pushInline('paragraph', [c], ctx, {});
    }
    return;
  }
  if (tag === 'li') return visitItem(el, depth, ctx);
  if (tag === 'summary') {
    pushInline('heading', el.childNodes, ctx, { label: true });
    return;
  }
  if (tag === 'tr') {
    // A table row reads as one line, its cells separated by spaces.
    pushInline('paragraph', el.childNodes, ctx, {});
    return;
  }
  if (hasBlockDescendant(el)) visitChildren(el.childNodes, depth, ctx);
  else pushInline('paragraph', el.childNodes, ctx, {});
}

function visitItem(li: Element, depth: number, ctx: Ctx): void {
  const inline = li.childNodes.filter((c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol' || BLOCK_TAGS.has(c.tagName))));
  pushInline('item', inline, ctx, { depth });
  for (const c of li.childNodes) {
    if (!isElement(c)) continue;
    if (c.tagName === 'ul' || c.tagName === 'ol') visitBlock(c, depth + 1, ctx);
    else if (BLOCK_TAGS.has(c.tagName)) visitBlock(c, depth + 1, ctx);
  }
}

/** A line of Markdown list syntax ("- **Degree** — School", "2. Award"). */
const MARKDOWN_LIST_LINE = /^[ \t]{0,3}(?:[-*+]|\d{1,3}[.)])[ \t]+\S/m;

/**
 * Plain text between block tags whose lines are a Markdown list (no blank line after `<summary>`, so the
 * HTML block swallowed it): kept as one 'markdown' block of whole source lines for the caller to read as
 * Markdown, the way its writer meant it. Only runs of text nodes: inline tags would not survive the reread.
 */
function pushMarkdown(run: Node[], ctx: Ctx): boolean {
  if (!run.every((n) => n.nodeName === '#text' && n.sourceCodeLocation)) return false;
  const first = run[0].sourceCodeLocation!;
  const last = run[run.length - 1].sourceCodeLocation!;
  let start = ctx.base + first.startOffset;
  let end = ctx.base + last.endOffset;
  const raw = ctx.source.slice(start, end);
  if (!MARKDOWN_LIST_LINE.test(raw)) return false;
  // Whole lines only: the text after a closing tag on the same line is not the list's.
  const lead = raw.length - raw.trimStart().length;
  start += lead;
  end = start + raw.trim().length;
  if (start > 0 && ctx.source[start - 1] !== '\n' && !/^[ \t]*$/.test(ctx.source.slice(ctx.source.lastIndexOf('\n', start - 1) + 1, start))) return false;
  ctx.out.push({ type: 'markdown', text: emptyText(start), range: { start, end } });
  return true;
}

function emptyText(at: number): StyledText {
  return { text: '', offsets: [at], styles: [] };
}

function pushInline(type: HtmlBlock['type'], nodes: Node[], ctx: Ctx, extra: { level?: number; depth?: number; label?: boolean }): void {
  const b = new StyledTextBuilder();
  const walk = (list: Node[], style: number) => {
    for (const n of list) {
      const loc = n.sourceCodeLocation;
      if (n.nodeName === '#text' && 'value' in n && loc) {
        b.appendAligned(n.value, ctx.source, ctx.base + loc.startOffset, ctx.base + loc.endOffset, style, true);
        continue;
      }
      if (!isElement(n)) continue;
      const tag = n.tagName;
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'br') {
        if (loc) b.appendSynthetic('\n', ctx.base + loc.startOffset);
        continue;
      }
      let s = style;
      if (tag === 'b' || tag === 'strong') s |= BOLD;
      else if (tag === 'i' || tag === 'em') s |= ITALIC;
      else if (tag === 'a') s |= LINK;
      const separate = BLOCK_TAGS.has(tag) || tag === 'span' || tag === 'td' || tag === 'th';
      if (separate && loc) b.appendSynthetic(' ', ctx.base + loc.startOffset);
      walk(n.childNodes, s);
      if (separate && loc) b.appendSynthetic(' ', ctx.base + Math.max(loc.startOffset, loc.endOffset - 1));
    }
  };
  walk(nodes, 0);
  const text = trimStyled(b.build());
  if (!text.text) return;
  const range = { start: text.offsets[0], end: text.offsets[text.text.length - 1] + 1 };
  ctx.out.push({ type, text, range, ...extra });
}
