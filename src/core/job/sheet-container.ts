// A sheet of openings saved as CSV (a club's or a board's shared spreadsheet): a header row names
// the columns ("Company", "Role", "Must have", …) and each row below is one opening. The opening
// read is the one the file's name points at ("…-credit-risk-analytics-intern.csv"), else the first;
// it becomes a small text posting, a labelled line or a headed list per column.
// (No CSV library is in the tree and none can be installed offline: RFC 4180 quoting is read here.)

import { bestNamed } from './named-choice';

/** Column names that say a header row lists openings. */
export const OPENING_COLUMN = /^(?:company|employer|organi[sz]ation|firm|role|position|title|job(?: title)?|location|deadline|apply(?: link)?|link|stipend|salary|eligibility|requirements?|must[- ]haves?|skills)$/i;
/** The columns that give the opening's title and employer. */
const TITLE_COLUMN = /^(?:role|position|title|job(?: title)?|opening)$/i;
const COMPANY_COLUMN = /^(?:company|employer|organi[sz]ation|firm)$/i;
/** Columns about the sheet's own bookkeeping, not the opening. */
const BOOKKEEPING_COLUMN = /^(?:s\.?\s?no\.?|#|no\.?|sr\.?\s?no\.?|added by|status|comments?|notes?|last (?:updated|edited))$/i;

/** The opening the sheet holds (or the one `hint` names), as posting text; undefined when `raw` is no sheet. */
export function postingFromSheet(raw: string, hint?: string): string | undefined {
  if (!/,/.test(raw) || /^\s*[<{[]/.test(raw)) return undefined;
  const rows = parseCsv(raw);
  return rows ? postingFromRows(rows, hint) : undefined;
}

/**
 * The same from a sheet's rows however they were read (CSV, or the table of a sheet published as a
 * web page): undefined when no header row near the top names the columns of openings.
 */
export function postingFromRows(rows: string[][], hint?: string): string | undefined {
  const headerAt = rows.findIndex((r) => r.filter((c) => OPENING_COLUMN.test(c.trim())).length >= 3);
  if (headerAt < 0 || headerAt > 10) return undefined;
  const header = rows[headerAt].map((c) => c.trim());
  const openings = rows.slice(headerAt + 1).filter((r) => r.filter((c) => c.trim()).length >= 3);
  if (!openings.length) return undefined;
  const titleCol = header.findIndex((h) => TITLE_COLUMN.test(h));
  const companyCol = header.findIndex((h) => COMPANY_COLUMN.test(h));
  const row = chosenRow(openings, [titleCol, companyCol].filter((c) => c >= 0), hint);
  const lines: string[] = [];
  if (titleCol >= 0 && row[titleCol]?.trim()) lines.push(`# ${row[titleCol].trim()}`, '');
  header.forEach((name, k) => {
    const cell = (row[k] ?? '').trim();
    // (A published sheet's row numbers stand in a column of their own, headed by the header row's number.)
    if (!name || !cell || k === titleCol || BOOKKEEPING_COLUMN.test(name) || /^\d+$/.test(name)) return;
    // A cell of several lines is a list or a paragraph under its column's name as a heading.
    if (cell.includes('\n')) lines.push('', `## ${name}`, '', cell, '');
    else lines.push(`${name}: ${cell}`);
  });
  return lines.join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}

/** The row whose title and employer share the most words with the file's name; the first when none does. */
function chosenRow(rows: string[][], columns: number[], hint: string | undefined): string[] {
  const at = hint ? bestNamed(rows.map((row) => columns.map((c) => row[c] ?? '').join(' ')), hint) : undefined;
  return rows[at ?? 0];
}

/**
 * RFC 4180 rows: quoted cells may hold commas, line breaks and doubled quotes. Undefined when the
 * text is not shaped like CSV (an unclosed quote, or rows of one cell).
 */
export function parseCsv(text: string): string[][] | undefined {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (quoted) return undefined;
  if (cell || row.length) rows.push([...row, cell]);
  const multi = rows.filter((r) => r.length >= 3);
  return multi.length >= 2 ? rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))) : undefined;
}
