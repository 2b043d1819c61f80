// RenderCV YAML: plain (unquoted) values that YAML reads differently from how they read as text.
// - A ": " inside a plain value makes it a mapping ("Cut latency of the API: from 300 ms to 90 ms"
//   becomes the key "Cut latency of the API"): RenderCV rejects the file or drops the highlight.
// - " #" starts a comment, so the rest of the line vanishes ("Ranked #3 of 40 teams" is "Ranked").
// - A dotted date ("end_date: 2022.10") is a number to YAML: 2022.1, January.
// - A folded block (">") over Markdown list lines: YAML joins the lines into one, so the theme
//   renders a single item (or a paragraph of dashes) instead of a list.
// - A Markdown link with a space before its target ("[Demo] (https://…)") prints as typed.
// Read from the source lines: the parsed document no longer has the text the author meant. The fix
// quotes the value (single quotes, inner ones doubled), which changes its form and not its text.
import type { ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';
import { spacedLinkFindings } from './renders-wrongly-syntax';

/** "- text" or "key: text" (also "- key: text"): the plain value, with its offset in the line. */
const VALUE = /^(\s*(?:-\s+)?(?:[A-Za-z_][\w-]*:\s+)?)(.*)$/;
/** Values YAML does not read as plain text: quoted, block, flow, anchors, aliases, tags. */
const NOT_PLAIN = /^['"|>[{&*!%@`]/;
/** A block scalar indicator closing a line ("details: |", "- >-"): the lines under it are literal text. */
const BLOCK_START = /(?:^|\s|:)[|>][+-]?\d?\s*(?:#.*)?$/;

/** A date field whose plain value YAML loads as a number that drops the month's zero: "end_date: 2022.10". */
const NUMBER_DATE = /^\s*(?:-\s+)?(?:date|start_date|end_date):\s+((?:19|20)\d\d\.10)\s*(?:#.*)?$/;

const quoted = (value: string) => `'${value.replace(/'/g, "''")}'`;

export function yamlSourceFindings(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = doc.text;
  let offset = 0;
  let blockIndent = -1;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const indent = line.length - line.trimStart().length;
    if (blockIndent >= 0) {
      if (!line.trim() || indent > blockIndent) continue;
      blockIndent = -1;
    }
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (BLOCK_START.test(line.replace(/\s+$/, ''))) {
      blockIndent = indent;
      const folded = foldedList(text, start, line);
      if (folded) out.push(folded);
      continue;
    }
    // RenderCV renders its strings as Markdown: "[Demo] (https://…)" prints with its brackets and address.
    out.push(...spacedLinkFindings(line, start, "RenderCV's Markdown"));
    const m = VALUE.exec(line.replace(/\r$/, ''));
    if (!m) continue;
    const value = m[2];
    const asNumber = NUMBER_DATE.exec(line);
    if (asNumber) {
      const at = start + asNumber.index! + asNumber[0].length - asNumber[1].length;
      const iso = asNumber[1].replace('.', '-');
      out.push({
        range: { start: at, end: at + asNumber[1].length },
        message: `Unquoted, YAML reads "${asNumber[1]}" as the number ${Number(asNumber[1])}, so the month is lost (it reads as January): write ${iso}, RenderCV's date form.`,
        fixes: [{ title: `Write it as ${iso}`, isPreferred: false, safe: false, edits: [{ range: { start: at, end: at + asNumber[1].length }, newText: iso }] }],
      });
      continue;
    }
    // Only prose: a value of at least three words (keys, dates, URLs and single names are YAML by design).
    if (!value || NOT_PLAIN.test(value) || value.trim().split(/\s+/).length < 3) continue;
    const at = start + m[1].length;
    const comment = /\s#/.exec(value);
    const colon = /:(?=\s)/.exec(comment ? value.slice(0, comment.index) : value);
    const whole = value.trimEnd();
    const fix = { title: 'Quote the value', isPreferred: true, safe: true, edits: [{ range: { start: at, end: at + whole.length }, newText: quoted(whole) }] };
    if (colon) {
      const key = value.slice(0, colon.index);
      out.push({
        range: { start: at + colon.index, end: at + colon.index + 1 },
        message: `The unquoted ": " makes this line a mapping with the key "${key.slice(0, 40)}${key.length > 40 ? '…' : ''}": RenderCV rejects it or drops the text. Put the value in quotes.`,
        fixes: [fix],
      });
    } else if (comment) {
      const lost = value.slice(comment.index + 1).trim();
      out.push({
        range: { start: at + comment.index + 1, end: at + value.trimEnd().length },
        message: `" #" starts a YAML comment, so RenderCV drops "${lost.slice(0, 40)}${lost.length > 40 ? '…' : ''}": put the value in quotes.`,
        fixes: [fix],
      });
    }
  }
  return out;
}

const LIST_LINE = /^([-*+•]|\d{1,2}[.)])[ \t]+\S/;

/**
 * A folded block scalar whose lines (at the block's own indentation, with no blank line between them)
 * are list items: folding joins them with spaces, so the list is lost. Offered: a literal block ("|").
 */
function foldedList(text: string, lineStart: number, line: string): RuleFinding | undefined {
  const indicator = /(?:^|\s|:)(>)[+-]?\d?\s*(?:#.*)?$/.exec(line.replace(/\s+$/, ''));
  if (!indicator) return undefined;
  const keyIndent = line.length - line.trimStart().length;
  const lines = text.slice(lineStart + line.length + 1).split('\n');
  let base = -1;
  let run = 0;
  let longest = 0;
  for (const l of lines) {
    const body = l.replace(/\r$/, '');
    if (!body.trim()) {
      run = 0;
      continue;
    }
    const indent = body.length - body.trimStart().length;
    if (indent <= keyIndent) break;
    if (base < 0) base = indent;
    // More-indented lines are kept as written; only lines at the block's indentation fold.
    if (indent === base && LIST_LINE.test(body.trimStart())) longest = Math.max(longest, ++run);
    else if (indent === base) run = 0;
  }
  if (longest < 2) return undefined;
  const at = lineStart + indicator.index + indicator[0].indexOf('>');
  return {
    range: { start: at, end: at + 1 },
    message: 'A folded block (">") joins its lines with spaces, so these list items render as one line: use a literal block ("|") to keep them a list.',
    fixes: [{ title: 'Use a literal block (|)', isPreferred: false, safe: false, edits: [{ range: { start: at, end: at + 1 }, newText: '|' }] }],
  };
}
