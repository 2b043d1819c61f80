// A rule's fix, made right for the source format: inserted text escaped for LaTeX, JSON or the YAML
// scalar style it lands in; ranges widened so they never cut an escape; a fix that would still
// break the file (cut a LaTeX command or a brace pair, leave a string token, cut RenderCV's Markdown)
// is dropped.
import type { ResumeDocument } from '../document/types';
import type { Fix, OffsetRange, TextEdit } from '../types';
import { escapeLatex } from './latex/escape';
import { escapeJsonString, escapeYamlSingle } from './strings';
import { tokenAt, type StringToken } from './string-tokens';

export function adaptFix(doc: ResumeDocument, fix: Fix): Fix | undefined {
  if (!doc.format || doc.format === 'markdown') {
    if (!doc.escapeInsert) return fix;
    return { ...fix, edits: fix.edits.map((e) => ({ ...e, newText: doc.escapeInsert!(e.newText) })) };
  }
  const edits: TextEdit[] = [];
  for (const edit of fix.edits) {
    const adapted = doc.format === 'latex' ? latexEdit(doc.text, edit, fix.markup === true) : stringEdit(doc, edit);
    if (!adapted) return undefined;
    edits.push(adapted);
  }
  return { ...fix, edits };
}

/** Commands and escapes (`\textbf`, `\%`) as source spans. */
function commandSpans(text: string, around: OffsetRange): OffsetRange[] {
  const from = Math.max(0, around.start - 64);
  const slice = text.slice(from, Math.min(text.length, around.end + 64));
  const spans: OffsetRange[] = [];
  for (const m of slice.matchAll(/\\(?:[a-zA-Z@]+\*?|[^a-zA-Z@])/g)) spans.push({ start: from + m.index, end: from + m.index + m[0].length });
  return spans;
}

function latexEdit(text: string, edit: TextEdit, markup: boolean): TextEdit | undefined {
  let { start, end } = edit.range;
  // An escaped character maps to itself (`%` of `\%`): a range starting there takes its backslash too.
  if (start > 0 && text[start - 1] === '\\' && /[%&$#_{}]/.test(text[start])) start--;
  for (const span of commandSpans(text, { start, end })) {
    const overlaps = span.start < end && start < span.end;
    const inside = start <= span.start && span.end <= end;
    if (overlaps && !inside) {
      if (span.end - span.start === 2 && span.start < start) start = span.start;
      else if (span.end - span.start === 2 && span.end > end) end = span.end;
      else return undefined;
    }
  }
  const slice = text.slice(start, end);
  if (edit.newText === '' && removesWholeLines(text, start, end)) return { range: { start, end }, newText: '' };
  // A fix never removes a command or a brace: the structure of the source stays as written.
  if (/\\[a-zA-Z@]/.test(slice) || /[{}]/.test(slice.replace(/\\[{}]/g, '')) || /(^|[^\\])[%$]/.test(slice)) return undefined;
  // No ligature with the neighbours either: "'" inserted after "'" must not print as ”.
  let newText = markup ? edit.newText : escapeLatex(edit.newText);
  if (/^[-`']/.test(newText) && text[start - 1] === newText[0]) newText = `{}${newText}`;
  if (/[-`']$/.test(newText) && text[end] === newText[newText.length - 1]) newText = `${newText}{}`;
  // Right after `\item`, a "[" opens the item's optional label: "[your part] …" would print as the bullet.
  if (newText.startsWith('[') && /\\item\s*$/.test(text.slice(Math.max(0, start - 12), start))) newText = `{}${newText}`;
  return { range: { start, end }, newText };
}

/** Commands whose lines hold the document's structure: an environment's ends, a list's items, the preamble. */
const STRUCTURAL = /\\(?:begin|end|item|documentclass|usepackage|(?:re)?newcommand|def)\b/;

/**
 * Whole lines whose braces pair up among themselves ("\cvitem{}{References on request.}"): deleting
 * them leaves the rest of the source as it was, unless they hold an environment's ends or a list item.
 */
function removesWholeLines(text: string, start: number, end: number): boolean {
  if ((start > 0 && text[start - 1] !== '\n') || (end < text.length && text[end - 1] !== '\n') || end <= start) return false;
  const slice = text.slice(start, end);
  if (STRUCTURAL.test(slice)) return false;
  let depth = 0;
  for (let i = 0; i < slice.length; i++) {
    if (slice[i] === '\\') i++;
    else if (slice[i] === '%') while (i < slice.length && slice[i] !== '\n') i++;
    else if (slice[i] === '{' && ++depth) continue;
    else if (slice[i] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

/** Length of the escape sequence starting at a backslash (`\"`, `\u00e9`). */
function escapeLength(text: string, at: number): number {
  const e = text[at + 1];
  return e === 'u' ? 6 : e === 'x' ? 4 : e === 'U' ? 10 : 2;
}

function stringEdit(doc: ResumeDocument, edit: TextEdit): TextEdit | undefined {
  const text = doc.text;
  let { start, end } = edit.range;
  const token = tokenAt(doc, start, end);
  if (!token) return undefined;
  if (token.style === 'json' || token.style === 'double' || token.style === 'single') {
    // A character written as an escape (`\"`, `\u00e9`, `''`) maps to the escape's first character:
    // widen a range whose start or end cuts one.
    const single = token.style === 'single';
    let i = token.contentStart;
    const continuation = new Set<number>();
    while (i < token.contentEnd) {
      const len = single ? (text[i] === "'" && text[i + 1] === "'" ? 2 : 1) : text[i] === '\\' ? escapeLength(text, i) : 1;
      if (len > 1) {
        if (i < end && end < i + len) end = i + len;
        if (i < start && start < i + len) start = i;
        for (let k = 1; k < len; k++) continuation.add(i + k);
      }
      i += len;
    }
    if (cutsMarkup(doc, start, end, continuation)) return undefined;
    return { range: { start, end }, newText: single ? escapeYamlSingle(edit.newText) : escapeJsonString(edit.newText) };
  }
  if (cutsMarkup(doc, start, end, new Set())) return undefined;
  if (token.style === 'block') return /[\r\n]/.test(edit.newText) ? undefined : { range: { start, end }, newText: edit.newText };
  return plainEdit(text, token, { start, end }, edit.newText);
}

/**
 * RenderCV renders Markdown inside strings; the front end reads `**b**` and `[t](url)` as `b` and `t`.
 * An edit that would remove part of that markup (a `[`, a `**`, a piece of a link's URL) changes what
 * the PDF shows beyond the words it meant to change, so it is dropped, as a LaTeX edit that would cut a
 * command is. `continuation`: the later characters of escapes (`\"`, `''`), which are not markup.
 */
function cutsMarkup(doc: ResumeDocument, start: number, end: number, continuation: Set<number>): boolean {
  if (doc.format !== 'rendercv' || end <= start) return false;
  const bullet = doc.bullets.find((b) => b.range.start <= start && end <= b.range.end);
  if (!bullet) return false;
  const visible = new Set(bullet.offsets.slice(0, bullet.text.length));
  for (let p = start; p < end; p++) if (!visible.has(p) && !continuation.has(p) && !/\s/.test(doc.text[p])) return true;
  return false;
}

/** YAML plain scalars: insert as is when the result stays plain, else rewrite the scalar double-quoted. */
function plainEdit(text: string, token: StringToken, range: OffsetRange, newText: string): TextEdit {
  const raw = text.slice(token.start, range.start) + newText + text.slice(range.end, token.end);
  const folded = raw.replace(/\s*[\r\n]\s*/g, ' ');
  const staysPlain =
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(folded) && !/:\s|\s#|[\r\n]|\s$|:$/.test(folded) && !/[\r\n:#'"]/.test(newText);
  if (staysPlain) return { range, newText };
  return { range: { start: token.start, end: token.end }, newText: JSON.stringify(folded) };
}
