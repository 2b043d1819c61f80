// A requirements table whose columns say how much each cell matters: "| Area | Must have | Nice to have |",
// an HTML person specification's "Essential | Desirable". The column's heading, not the section the
// table stands in, sets the importance of every cell under it (read like criterion marks).

import { classifyHeading } from './sections';
import type { CriterionMark } from './criterion-marks';

/** A Markdown pipe-table row, and its delimiter row under the header ("| --- | :---: |"). */
export const ROW = /^[ \t]*\|.*\|[ \t]*$/;
export const DELIMITER = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$/;

/** A cell that only marks its row: a tick, a cross, a bullet or "yes". */
const MARK = /^(?:[✔✓☑✅✗✘×xX•●*]|yes|y)$/iu;

interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The cells of a pipe-table row at `offset`, trimmed, with their offsets in the whole text. */
function cellsOf(line: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let from = line.indexOf('|') + 1;
  for (let bar = line.indexOf('|', from); bar >= 0; bar = line.indexOf('|', from)) {
    const raw = line.slice(from, bar);
    const lead = raw.length - raw.trimStart().length;
    cells.push({ start: offset + from + lead, end: offset + from + raw.trimEnd().length, text: raw.trim() });
    from = bar + 1;
  }
  return cells;
}

/** Each cell of a table under a "required" or "preferred" column heading, with that importance. */
export function tableColumnMarks(text: string, bodyStart = 0): CriterionMark[] {
  const out: CriterionMark[] = [];
  let header: (CriterionMark['importance'] | undefined)[] | undefined;
  let offset = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const at = offset;
    offset += line.length + 1;
    if (!ROW.test(line)) {
      header = undefined;
      continue;
    }
    if (DELIMITER.test(line)) continue;
    const cells = cellsOf(line, at);
    if (!header) {
      // The first row is the heading row; a table counts only when a column names an importance.
      const kinds = cells.map((c) => classifyHeading(c.text.replace(/\*\*|__/g, '')));
      header = kinds.map((k) => (k === 'required' || k === 'preferred' ? k : undefined));
      if (!header.some(Boolean)) header = [];
      continue;
    }
    // "| Piper diagrams … | | ✔ |": a row whose importance column holds only a mark gives the row's other
    // cells (its criterion) that column's importance; the mark itself asks for nothing.
    const marked = cells.map((c, i) => (header![i] && MARK.test(c.text) ? header![i] : undefined)).filter(Boolean);
    if (marked.length === 1) {
      cells.forEach((c, i) => {
        if (!header![i] && c.end > c.start) out.push({ start: c.start, end: c.end, importance: marked[0]! });
      });
      continue;
    }
    cells.forEach((c, i) => {
      const importance = header![i];
      if (importance && c.end > c.start && !MARK.test(c.text)) out.push({ start: c.start, end: c.end, importance });
    });
  }
  return out;
}
