// More Markdown that reads one way in the editor and renders another, for renders-wrongly:
// - Markdown inside an HTML block: after `<details>` or `<div>` with no blank line, CommonMark reads
//   every following line as raw HTML until a blank line, so a "- item" list there prints as plain
//   text with literal hyphens, run together;
// - LaTeX formatting commands (`\textbf{…}`, `\emph{…}`) left in a Markdown resume that is not a
//   Pandoc or R Markdown source (renders-wrongly-syntax.ts, isPandocSource): they print as typed;
// - Pandoc fenced divs (`::: job`, `::: {.profile}`): GitHub and most previewers print the colons;
// - a Word "o" sub-bullet under a list item: "o" is no list marker, so the line joins the item above;
// - rows of pipes with no "|---|" delimiter row: no table forms, the rows print as one paragraph.
// Each reads the source lines with code and comments blanked (`masked`), one finding per problem.
import type { ResumeDocument } from '../document/types';
import type { Fix, RuleFinding } from '../types';

interface Lines {
  doc: ResumeDocument;
  /** Source lines with code, comments and front matter blanked. */
  masked: readonly string[];
  /** Built through Pandoc and LaTeX (renders-wrongly-syntax.ts, isPandocSource). */
  pandoc: boolean;
}

/** A line's range without its line break. */
export function lineRange(doc: ResumeDocument, line: number): { start: number; end: number } {
  const start = doc.lines.lineStart(line);
  return { start, end: start + doc.lines.lineText(line).length };
}

/** CommonMark HTML blocks of type 6 (block-level tags): they run to the next blank line. */
const HTML_BLOCK_START = /^ {0,3}<\/?(?:details|summary|div|section|article|aside|center|p|table|ul|ol|dl|blockquote|header|footer|nav|figure|fieldset|form|main)(?:[\s/>]|$)/i;
/** A Markdown list item or heading: what a writer meant to render as Markdown. */
const MARKDOWN_LINE = /^ {0,3}(?:[-*+][ \t]+\S|\d{1,9}[.)][ \t]+\S|#{1,6}[ \t]+\S)/;

function markdownInHtml({ doc, masked }: Lines): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 0; i < masked.length; i++) {
    if (!HTML_BLOCK_START.test(masked[i]) || (i > 0 && masked[i - 1].trim() !== '' && !HTML_BLOCK_START.test(masked[i - 1]))) continue;
    // The block runs to the next blank line; its first Markdown line is where the author's list begins.
    let j = i + 1;
    while (j < masked.length && masked[j].trim() !== '' && !MARKDOWN_LINE.test(masked[j])) j++;
    if (j < masked.length && masked[j].trim() !== '') {
      const at = lineRange(doc, j);
      out.push({
        range: at,
        message: 'This line is inside an HTML block (no blank line after the tag above), so Markdown is not read here: the list prints as plain text with its "-" markers, run together. Add a blank line before it.',
        fixes: [{ title: 'Add a blank line before the Markdown', isPreferred: true, edits: [{ range: { start: at.start, end: at.start }, newText: '\n' }] }],
      });
    }
    while (j < masked.length && masked[j].trim() !== '') j++;
    i = j;
  }
  return out;
}

/** LaTeX style commands and their Markdown spelling. */
const LATEX_STYLE: Record<string, [string, string]> = { textbf: ['**', '**'], textit: ['*', '*'], emph: ['*', '*'], underline: ['', ''] };
const LATEX_COMMAND = /\\(textbf|textit|emph|underline)\{([^{}\n]{1,200})\}/g;
function latexLeftovers({ doc, masked, pandoc }: Lines): RuleFinding[] {
  // A Pandoc or R Markdown source (renders-wrongly-syntax.ts, isPandocSource) renders its LaTeX through a LaTeX build.
  if (pandoc) return [];
  const out: RuleFinding[] = [];
  masked.forEach((line, i) => {
    const base = doc.lines.lineStart(i);
    for (const m of line.matchAll(LATEX_COMMAND)) {
      const range = { start: base + m.index!, end: base + m.index! + m[0].length };
      const [open, close] = LATEX_STYLE[m[1]];
      const replacement = `${open}${m[2]}${close}`;
      out.push({
        range,
        message: `"\\${m[1]}{…}" is LaTeX: a Markdown resume prints it as typed. Write ${open ? `"${replacement}"` : 'the text alone'}.`,
        fixes: [{ title: `Change to "${replacement}"`, isPreferred: true, edits: [{ range, newText: replacement }] }],
      });
    }
  });
  return out;
}

/** A Pandoc fenced div's opening line, with its class or attributes ("::: job", "::: {.profile}"). */
// (HackMD's alert boxes, ":::info" … ":::", are that editor's own syntax: they render where the note is written.)
const DIV_OPEN = /^ {0,3}:{3,}(?!(?:info|success|warning|danger|spoiler)\b)[ \t]*(?:\{[^}\n]*\}|[\w-]+)[ \t]*:*[ \t]*$/;
const DIV_CLOSE = /^ {0,3}:{3,}[ \t]*$/;

function pandocDivs({ doc, masked }: Lines): RuleFinding[] {
  if (doc.frontMatter.range) return [];
  const out: RuleFinding[] = [];
  for (let i = 0; i < masked.length; i++) {
    if (!DIV_OPEN.test(masked[i])) continue;
    // Its closing fence, past any nested divs.
    let depth = 1;
    let close = -1;
    for (let j = i + 1; j < masked.length && close < 0; j++) {
      if (DIV_OPEN.test(masked[j])) depth++;
      else if (DIV_CLOSE.test(masked[j]) && --depth === 0) close = j;
    }
    const deleteLine = (n: number) => {
      const start = doc.lines.lineStart(n);
      const end = n + 1 < doc.lines.lineCount ? doc.lines.lineStart(n + 1) : start + doc.lines.lineText(n).length;
      return { range: { start, end }, newText: '' };
    };
    const fixes: Fix[] = close > 0 ? [{ title: 'Delete the ":::" fences of this div', edits: [deleteLine(i), deleteLine(close)] }] : [];
    out.push({
      range: lineRange(doc, i),
      message: `"${masked[i].trim()}" opens a Pandoc fenced div: GitHub and most Markdown previewers print the colons as text. Delete the ":::" lines unless the resume is only built with Pandoc.`,
      fixes,
    });
  }
  return out;
}

const LIST_ITEM = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])([ \t]+)\S/;
/** Word's second-level bullet pasted as a letter: "o Mostly conduit work". */
const WORD_SUB_BULLET = /^[ \t]*o[ \t]+\S/;

function wordSubBullets({ doc, masked }: Lines): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 1; i < masked.length; i++) {
    if (!WORD_SUB_BULLET.test(masked[i])) continue;
    // Right under a list item (or another such line): a lazy continuation of that item.
    let above = i - 1;
    while (above > 0 && WORD_SUB_BULLET.test(masked[above])) above--;
    const item = LIST_ITEM.exec(masked[above]);
    if (!item) continue;
    const indent = item[0].length - 1;
    const at = lineRange(doc, i);
    const marker = /^[ \t]*o[ \t]+/.exec(masked[i])![0];
    out.push({
      range: at,
      message: 'A Word "o" sub-bullet is not a Markdown list marker: this line runs into the item above. Write it as an indented "-" item.',
      fixes: [{ title: 'Make it an indented "-" item', isPreferred: true, edits: [{ range: { start: at.start, end: at.start + marker.length }, newText: `${' '.repeat(indent)}- ` }] }],
    });
  }
  return out;
}

/** A bold title opening a line ("**Budget app** — React", "**Acme University**, 2019 – 2023"). */
const BOLD_TITLE_LINE = /^(?:\*\*|__)[^*_\s][^\n]*?(?:\*\*|__)(?:$|[ \t]*(?:[—–|,:(-]|\d))/;
/** A line that ends in a Markdown hard break: two spaces, a backslash or <br>. */
export const HARD_BREAK = /(?: {2,}|\\|<br\s*\/?>)$/i;

/**
 * A bold title line right under a list item, with no blank line between: Markdown reads it as a lazy
 * continuation of the item, so the next entry's title prints inside the bullet above. A sentence that
 * goes on ("… and\nmore text") is left alone: only a line that opens with a bold title is a new block.
 */
function titlesInsideItems({ doc, masked }: Lines): RuleFinding[] {
  const out: RuleFinding[] = [];
  let inItem = false;
  for (let i = 0; i < masked.length; i++) {
    const line = masked[i];
    if (!line.trim()) {
      inItem = false;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      inItem = true;
      continue;
    }
    if (!inItem || /^[ \t]/.test(line) || !BOLD_TITLE_LINE.test(line) || HARD_BREAK.test(masked[i - 1])) continue;
    const at = lineRange(doc, i);
    out.push({
      range: at,
      message: 'This title line follows a list item with no blank line between them, so Markdown prints it inside that bullet: put a blank line above it.',
      // A blank line only: the words stay as written.
      fixes: [{ title: 'Add a blank line above the title', safe: true, isPreferred: true, edits: [{ range: { start: at.start, end: at.start }, newText: '\n' }] }],
    });
  }
  return out;
}

/** A table row: a line that opens and closes with a pipe, with one inside ("| Area | Tools |"). */
const PIPE_ROW = /^ {0,3}\|.*\|.*\|\s*$/;
/** GFM's delimiter row: "|---|:---:|", with or without the outer pipes. */
const DELIMITER_ROW = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Rows of pipes with no delimiter row under the first: GFM forms a table only from a header row and
 * "|---|" right below it, so these print as one paragraph of pipes and words, run together. Pandoc
 * sources are left alone (pandoc has other table syntaxes). The fix adds the row the header needs.
 */
function tablesWithoutDelimiter({ doc, masked, pandoc }: Lines): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (pandoc) return out;
  for (let i = 0; i < masked.length; i++) {
    if (!PIPE_ROW.test(masked[i]) || (i > 0 && masked[i - 1].trim() !== '')) continue;
    let j = i;
    while (j < masked.length && PIPE_ROW.test(masked[j])) j++;
    if (j - i >= 2 && !DELIMITER_ROW.test(masked[i + 1])) {
      const columns = masked[i].trim().slice(1, -1).split('|').length;
      const at = lineRange(doc, i);
      out.push({
        range: at,
        message: 'These rows have no "|---|" delimiter row under the first, so Markdown forms no table: they print as one paragraph of pipes and words. Add the delimiter row.',
        fixes: [{ title: 'Add a delimiter row under the header', edits: [{ range: { start: at.end, end: at.end }, newText: `\n|${' --- |'.repeat(columns)}` }] }],
      });
    }
    i = j;
  }
  return out;
}

/** The findings of this module, see the top of the file. */
export function blockFindings(doc: ResumeDocument, masked: readonly string[], pandoc: boolean): RuleFinding[] {
  const lines = { doc, masked, pandoc };
  return [...markdownInHtml(lines), ...latexLeftovers(lines), ...pandocDivs(lines), ...wordSubBullets(lines), ...titlesInsideItems(lines), ...tablesWithoutDelimiter(lines)];
}
