// The Markdown parse every consumer shares: micromark/mdast with front matter and the GFM parts a
// resume uses (tables, strikethrough, task lists; autolink literals and footnotes cost time and
// change nothing for linting).
//
// Large documents are parsed in independent chunks split at top-level ATX headings, because
// micromark's cost per byte grows with document size (event splicing and GC pressure): the 100×
// document took ~190× the one-page time in one piece. A heading at column 0 always starts a new
// block in CommonMark, so outside fenced code, HTML comments and link reference definitions (which
// can be used across chunks) the split changes nothing.
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatter } from 'micromark-extension-frontmatter';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import type { Root, Nodes } from 'mdast';
import { appendPiece, withBulletCuts } from '../guards/list-cuts';
import { parseReusing } from '../incremental/markdown-reuse';

const options = {
  extensions: [frontmatter(['yaml', 'toml']), gfmTable(), gfmStrikethrough(), gfmTaskListItem()],
  mdastExtensions: [frontmatterFromMarkdown(['yaml', 'toml']), gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTaskListItemFromMarkdown()],
};

/** Options for a part that does not start the document: front matter only opens a document. */
const laterOptions = { ...options, extensions: options.extensions.slice(1), mdastExtensions: options.mdastExtensions.slice(1) };

/** Documents below this size are parsed in one piece (every real resume is). */
export const CHUNK_THRESHOLD = 32 * 1024;

export function parseMarkdown(text: string): Root {
  // After an edit, only the blocks around it are parsed again (src/core/incremental/markdown-reuse.ts).
  if (text.length <= CHUNK_THRESHOLD) return parseReusing(text, (part, atStart) => fromMarkdown(part, atStart ? options : laterOptions));
  // Long stretches without headings (one list of thousands of bullets) are cut between bullets too.
  const { starts: chunks, bullets } = text.length > CHUNK_THRESHOLD ? withBulletCuts(text, splitAtHeadings(text)) : { starts: [0], bullets: new Set<number>() };
  if (chunks.length === 1) return fromMarkdown(text, options);
  const root: Root = { type: 'root', children: [] };
  let line = 0;
  for (let i = 0; i < chunks.length; i++) {
    const start = chunks[i];
    const part = text.slice(start, chunks[i + 1] ?? text.length);
    const tree = fromMarkdown(part, i === 0 ? options : laterOptions);
    for (const child of tree.children) shift(child, start, line);
    appendPiece(root.children, tree.children, text, bullets.has(start));
    line += countLines(part);
  }
  root.position = { start: { line: 1, column: 1, offset: 0 }, end: pointAtEnd(text) };
  return root;
}

/**
 * Markdown written inside an HTML block (a list right after `<summary>`, no blank line between): CommonMark
 * prints it as raw text, but its writer meant Markdown, so the parse reads it as Markdown; renders-wrongly
 * reports the rendering. The blocks come back at their offsets in the whole document.
 */
export function parseMarkdownFragment(text: string, start: number, end: number): Root['children'] {
  const tree = fromMarkdown(text.slice(start, end), laterOptions);
  const line = countLines(text.slice(0, start));
  for (const child of tree.children) shift(child, start, line);
  return tree.children;
}

/**
 * Offsets where chunks start: lines that are ATX headings at column 0, outside fenced code and
 * HTML comments. Returns [0] (one chunk) when the text defines link references or footnotes.
 */
export function splitAtHeadings(text: string): number[] {
  if (/^ {0,3}\[[^\]\n]+\]:/m.test(text)) return [0];
  const starts = [0];
  let fence: string | undefined;
  let inComment = false;
  let at = 0;
  while (at < text.length) {
    let next = text.indexOf('\n', at);
    if (next < 0) next = text.length;
    const line = text.slice(at, next);
    if (fence) {
      if (line.trimStart().startsWith(fence)) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f) fence = f[1][0].repeat(f[1].length);
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
      else if (at > 0 && /^#{1,6}(?:[ \t]|$)/.test(line) && at - starts[starts.length - 1] > 4096) starts.push(at);
    }
    at = next + 1;
  }
  return starts;
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function pointAtEnd(text: string) {
  const lines = countLines(text);
  const lastBreak = text.lastIndexOf('\n');
  return { line: lines + 1, column: text.length - lastBreak, offset: text.length };
}

function shift(node: Nodes, offset: number, line: number): void {
  if (node.position) {
    const { start, end } = node.position;
    node.position = {
      start: { line: start.line + line, column: start.column, offset: (start.offset ?? 0) + offset },
      end: { line: end.line + line, column: end.column, offset: (end.offset ?? 0) + offset },
    };
  }
  if ('children' in node) for (const child of node.children) shift(child as Nodes, offset, line);
}
