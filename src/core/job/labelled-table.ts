// A posting laid out as a form of two columns, a label and its value: a campus co-op portal's
// "| Job Title: | Software Developer Co-op |", "| Required Skills: | • C# …<br>• SQL … |", copied into a
// document and saved as Markdown. Read as a table, every requirement sits in one cell of one line and
// no heading opens a section. labelledTableRows writes each such row as the label and its value on
// lines of their own ("Required Skills:" over "• C# …" and "• SQL …"), the way the page shows it.

import { DELIMITER, ROW } from './table-columns';

/** A label cell: a few words ending in a colon ("Job Title:", "Job - City:"). */
const LABEL = /^[\p{L}][^|:]{0,60}:$/u;
/** A line break inside a cell, as Markdown exporters write it. */
const CELL_BREAK = /<br\s*\/?>/gi;

/** The cells of a pipe-table row, split at bars that are not escaped. */
function cellsOf(row: string): string[] {
  const inner = row.trim().slice(1, -1);
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The text with its label-and-value tables written as labelled lines (unchanged when it has none). */
export function labelledTableRows(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    if (!ROW.test(lines[i])) continue;
    let j = i;
    while (j < lines.length && ROW.test(lines[j])) j++;
    if (isLabelTable(lines.slice(i, j))) {
      for (let k = i; k < j; k++) lines[k] = rowAsLines(lines[k]);
      changed = true;
    }
    i = j;
  }
  return changed ? lines.join('\n') : text;
}

/** A table of two columns whose body rows mostly open with a label cell. */
function isLabelTable(rows: string[]): boolean {
  const body = rows.filter((r) => !DELIMITER.test(r));
  if (body.length < 2 || !rows.some((r) => DELIMITER.test(r))) return false;
  const cells = body.map((r) => cellsOf(r));
  if (cells.some((c) => c.length !== 2)) return false;
  const labelled = cells.filter((c) => LABEL.test(c[0])).length;
  return labelled >= 2 && labelled >= (body.length - 1) * 0.6;
}

function rowAsLines(row: string): string {
  if (DELIMITER.test(row)) return '';
  const [label, value] = cellsOf(row);
  if (!value) return label;
  const parts = value.split(CELL_BREAK).map((p) => p.trim()).filter(Boolean);
  if (!label) return parts.join('\n');
  // A value of one short line stays on the label's line ("Job Title: Analyst"); a longer one goes under it.
  return parts.length === 1 && parts[0].length <= 120 ? `${label} ${parts[0]}` : `\n${label}\n${parts.join('\n')}\n`;
}

/**
 * "C\#", "React \+ TypeScript", "2027 \- Summer": Markdown's backslash escapes of punctuation, which a
 * document exported as Markdown (Google Docs) writes everywhere; the page shows the character alone.
 */
export function withoutMarkdownEscapes(text: string): string {
  // Only where the text writes several: one "\" before punctuation may be meant.
  const escapes = text.match(/\\[!-/:-@[-`{-~]/g)?.length ?? 0;
  return escapes >= 3 ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}
