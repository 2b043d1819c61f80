// Rules that read prose outside bullets (skills lines, the header, a summary paragraph) scan the
// source text itself. These helpers blank out what is not prose — front matter, code, comments,
// URLs, e-mail addresses, link targets — with spaces of the same length, so a regex match on the
// masked text is still a match at the same source offsets. Masks are computed once per document.
import type { ResumeDocument } from '../document/types';
import type { OffsetRange, TextEdit } from '../types';
import { AUTOLINK, COMMENT, FENCE, HTML_TAG, LINK_TARGET, URL, inlineCodeSpans } from '../text/protected-spans';

interface Masks {
  /** Front matter, fenced and inline code, HTML comments blanked. */
  code: string;
  /** Also URLs, bare domains, e-mail addresses, link targets and HTML tags blanked. */
  prose: string;
}

const cache = new WeakMap<ResumeDocument, Masks>();

// Every pattern is anchored on a literal and bounded, so no input makes them backtrack quadratically.
const TLD = /\.(?:com|org|io|dev|ai|app|co|edu|gov|me|ca|uk|us|xyz|tech|info|ly|gg|page|site)\b/gi;
const EMAIL_LOCAL = /[\w.+-]/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const DOMAIN_CHAR = /[\w.-]/;
const PATH_CHAR = /[^\s)\]>]/;

function blank(text: string, re: RegExp): string {
  re.lastIndex = 0;
  if (!re.test(text)) return text;
  re.lastIndex = 0;
  return text.replace(re, (m) => m.replace(/[^\n\r]/g, ' '));
}

/** Blanks the given [start, end) spans (sorted, possibly overlapping) in one pass. */
function blankSpans(text: string, spans: [number, number][]): string {
  if (!spans.length) return text;
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + text.slice(from, end).replace(/[^\n\r]/g, ' ');
    at = end;
  }
  return out + text.slice(at);
}

/** E-mail addresses, found from each "@" outwards (a pattern starting with `[\w.]+@` backtracks). */
function emailSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < 64 && EMAIL_LOCAL.test(text[start - 1])) start--;
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (start < at && domain) spans.push([start, at + 1 + domain[0].length]);
  }
  return spans;
}

/** Bare domains with an optional path ("github.com/ana", "ana.dev"), found from their top-level domain. */
function domainSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  TLD.lastIndex = 0;
  for (let m = TLD.exec(text); m; m = TLD.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < 253 && DOMAIN_CHAR.test(text[start - 1])) start--;
    if (start === m.index) continue;
    let end = m.index + m[0].length;
    if (text[end] === '/') while (end < text.length && end - m.index < 2048 && PATH_CHAR.test(text[end])) end++;
    spans.push([start, end]);
  }
  return spans;
}

function blankRange(text: string, r: OffsetRange | undefined): string {
  if (!r || r.end <= r.start) return text;
  return text.slice(0, r.start) + text.slice(r.start, r.end).replace(/[^\n\r]/g, ' ') + text.slice(r.end);
}

// Comments of the other source formats never render: LaTeX `%` to the end of the line (not `\%`),
// YAML `#` lines (a `#` after text may sit inside a quoted string, so only whole-line comments).
const LATEX_COMMENT = /(^|[^\\])(%[^\n]*)/g;
/** "\begin{textblock}{24}(10,6)", "\put(30,12)": a position in picture-mode coordinates, never printed. */
const LATEX_COORDINATES = /(?<=\}|\\(?:multi)?put)\(\s*-?\d+(?:[.,]\d+)?\s*,\s*-?\d+(?:[.,]\d+)?\s*\)/g;
// A site generator's comments never render either: Liquid's "{% comment %} … {% endcomment %}" (Jekyll),
// Jinja's and Nunjucks' "{# … #}", Hugo's "{{/* … */}}".
// MDX's "{/* … */}" (Docusaurus, Astro) is a comment as well.
const TEMPLATE_COMMENT = /\{%-?\s*comment\s*-?%\}[\s\S]*?\{%-?\s*endcomment\s*-?%\}|\{#[^\n]*?#\}|\{\{-?\s*\/\*[\s\S]*?\*\/\s*-?\}\}|\{\s*\/\*[\s\S]*?\*\/\s*\}/g;
const YAML_COMMENT_LINE = /^[ \t]*#[^\n]*/gm;

/** "\usepackage[T1]{fontenc}", "\documentclass[11pt]{article}": package and class names, never printed either: blanked with the comments. */
const LATEX_LOADS = /\\(?:usepackage|RequirePackage|documentclass|LoadClass|usetikzlibrary|PassOptionsToPackage)\s*(?:\[[^\]]{0,600}\]\s*)?\{[^{}\n]{0,300}\}/g;

function blankUnprintedSource(text: string, format: ResumeDocument['format']): string {
  if (format === 'latex') return blank(blank(text.replace(LATEX_COMMENT, (_m, before: string, comment: string) => before + comment.replace(/[^\n\r]/g, ' ')), LATEX_COORDINATES), LATEX_LOADS);
  if (format === 'rendercv') return blank(text, YAML_COMMENT_LINE);
  return text;
}

// The quotes that delimit a JSON or YAML string are syntax, not the writer's quotation marks: a summary
// written as "I am passionate about …" is the writer's own words, not a quoted title. JSON: every
// unescaped quote; YAML: a double- or single-quoted scalar opening a value ("- \"…\"", "key: '…'").
const JSON_STRING = /"(?:[^"\\\n]|\\.)*"/g;
const YAML_QUOTED = /(^|[-:,[{][ \t]+|^[ \t]+)("(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*')/gm;

function blankStringDelimiters(text: string, format: ResumeDocument['format']): string {
  const delimiters = (token: string) => ' ' + token.slice(1, -1) + ' ';
  if (format === 'jsonresume') return text.replace(JSON_STRING, delimiters);
  if (format === 'rendercv') return text.replace(YAML_QUOTED, (_m, before: string, token: string) => before + delimiters(token));
  return text;
}

function masks(doc: ResumeDocument): Masks {
  let m = cache.get(doc);
  if (!m) {
    let code = blankRange(doc.text, doc.frontMatter.range);
    code = blank(code, FENCE);
    code = blankSpans(code, inlineCodeSpans(code).map((r) => [r.start, r.end] as [number, number]));
    code = blank(code, COMMENT);
    code = blank(code, TEMPLATE_COMMENT);
    code = blankUnprintedSource(code, doc.format);
    code = blankStringDelimiters(code, doc.format);
    let prose = code;
    for (const re of [LINK_TARGET, AUTOLINK, URL, HTML_TAG]) prose = blank(prose, re);
    prose = blankSpans(prose, emailSpans(prose));
    prose = blankSpans(prose, domainSpans(prose));
    m = { code, prose };
    cache.set(doc, m);
  }
  return m;
}

/** A JSON key (`"css":`) or a YAML key (`icon:`), and the values of fields a theme never prints as text. */
const JSON_KEY = /"(?:[^"\\\n]|\\.)*"(?=\s*:)/g;
const UNPRINTED_JSON_VALUE = /("(?:id|icon|template|layout|css|font|family|subset|variants|format|theme|href|picture|image|photo|avatar|\$schema|background|primary|color)"\s*:\s*)("(?:[^"\\\n]|\\.)*")/g;
const YAML_KEY = /^([ \t]*(?:-[ \t]+)?)([\w$-]+)(?=:(?:[ \t]|$))/gm;

/**
 * The prose of a JSON or YAML resume without its keys and the values a theme uses as settings
 * (`"icon": "linkedin"`, `"css": …`): what a spelling check reads. Found on the source (where the
 * quotes still are), blanked in `prose`; other formats as they are.
 */
export function withoutDataKeys(doc: ResumeDocument, prose: string): string {
  const spans: [number, number][] = [];
  if (doc.format === 'jsonresume') {
    for (const m of doc.text.matchAll(JSON_KEY)) spans.push([m.index!, m.index! + m[0].length]);
    for (const m of doc.text.matchAll(UNPRINTED_JSON_VALUE)) spans.push([m.index! + m[1].length, m.index! + m[0].length]);
  } else if (doc.format === 'rendercv') {
    for (const m of doc.text.matchAll(YAML_KEY)) spans.push([m.index! + m[1].length, m.index! + m[0].length]);
  }
  return spans.length ? blankSpans(prose, spans.sort((a, b) => a[0] - b[0])) : prose;
}

/** The document text with code, comments and front matter blanked (images and links still visible). */
export function codeMaskedText(doc: ResumeDocument): string {
  return masks(doc).code;
}

/** The document text with everything but prose blanked: words found here are words a reader reads. */
export function proseMaskedText(doc: ResumeDocument): string {
  return masks(doc).prose;
}

/** Range of the line containing `offset`, without its line break. */
export function lineRangeAt(doc: ResumeDocument, offset: number): OffsetRange {
  const line = doc.lines.positionAt(offset).line;
  const start = doc.lines.lineStart(line);
  return { start, end: start + doc.lines.lineText(line).length };
}

/** The visible content of a line: without indentation, list marker, quote marker, emphasis and trailing spaces. */
export function lineContentRange(doc: ResumeDocument, offset: number): OffsetRange {
  const r = lineRangeAt(doc, offset);
  const line = doc.text.slice(r.start, r.end);
  const lead = /^[ \t]*(?:>[ \t]*)*(?:(?:[-*+]|\d{1,9}[.)]|[•●▪■◦·‣►▸➢➤✓✔–—])[ \t]+)?(?:[*_]{1,3}(?=\S))?/.exec(line);
  let s = lead ? lead[0].length : 0;
  let e = line.length;
  while (e > s && /[\s*_]/.test(line[e - 1])) e--;
  if (e <= s) s = 0;
  return { start: r.start + s, end: r.start + e };
}

function isBlankLine(doc: ResumeDocument, line: number): boolean {
  return line < 0 || line >= doc.lines.lineCount || doc.lines.lineText(line).trim() === '';
}

/**
 * An edit deleting whole lines [fromLine, toLine] with their line break. When the lines sit between
 * blank lines (or the document's ends), one surrounding blank line goes too, so no double blank
 * line is left behind.
 */
export function deleteLinesEdit(doc: ResumeDocument, fromLine: number, toLine: number): TextEdit {
  const { lines } = doc;
  let start = lines.lineStart(fromLine);
  let end = toLine + 1 < lines.lineCount ? lines.lineStart(toLine + 1) : doc.text.length;
  if (isBlankLine(doc, fromLine - 1) && isBlankLine(doc, toLine + 1)) {
    if (toLine + 2 < lines.lineCount) end = lines.lineStart(toLine + 2);
    else if (fromLine > 0) start = lines.lineStart(fromLine - 1) + lines.lineText(fromLine - 1).length;
  }
  if (end === doc.text.length && toLine + 1 >= lines.lineCount && fromLine > 0 && start === lines.lineStart(fromLine)) {
    // Last line without a trailing break: take the break before it instead.
    start = lines.lineStart(fromLine - 1) + lines.lineText(fromLine - 1).length;
  }
  return { range: { start, end }, newText: '' };
}

/** Zero-based lines spanned by a range. */
export function linesOf(doc: ResumeDocument, r: OffsetRange): { from: number; to: number } {
  return { from: doc.lines.positionAt(r.start).line, to: doc.lines.positionAt(Math.max(r.start, r.end - 1)).line };
}

/**
 * Where a document-level finding (a missing section, missing contact details) goes: the first line
 * with text after the front matter — usually the name heading — or the start of the document.
 */
export function documentTopRange(doc: ResumeDocument): OffsetRange {
  const from = doc.frontMatter.range ? doc.lines.positionAt(doc.frontMatter.range.end).line + 1 : 0;
  for (let line = from; line < doc.lines.lineCount; line++) {
    const text = doc.lines.lineText(line);
    if (!text.trim() || /^\s*<!--/.test(text)) continue;
    const start = doc.lines.lineStart(line);
    const end = start + text.trimEnd().length;
    const lead = /^\s*(?:#{1,6}\s+)?/.exec(text)![0].length;
    // "# " with nothing after the marker: underline the marker rather than an inverted range.
    return { start: Math.min(start + lead, end - 1), end };
  }
  const at = doc.frontMatter.range?.end ?? 0;
  return { start: at, end: at };
}
