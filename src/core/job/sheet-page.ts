// A sheet of openings published or saved as a web page (a spreadsheet's "Publish to the web" page, a
// workbook saved as HTML): its grid is an HTML table, one opening per row, and a cell may hold a whole
// pasted posting with its line breaks as <br>. The grid's rows are read as a CSV sheet's are
// (sheet-container.ts), so the row the file's name points at becomes the posting.
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { OPENING_COLUMN, postingFromRows } from './sheet-container';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Tags whose end starts a new line inside a cell. */
const BLOCK = new Set(['div', 'p', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol']);
const HIDDEN = new Set(['script', 'style', 'noscript', 'template']);

/** The posting in a sheet page's grid, or undefined when the page holds no table of openings. */
export function postingFromSheetPage(html: string, hint?: string): string | undefined {
  // Parsed only when three cells hold nothing but a column name of openings ("<td>Company</td>"): most
  // pages with tables are no sheets, and the page reader parses the page anyway.
  const namedCells = [...html.matchAll(/<t[dh]\b[^>]*>\s*(?:<[^<>]*>\s*)*([^<>]{2,30}?)\s*</gi)].filter((m) => OPENING_COLUMN.test(m[1].trim()));
  if (namedCells.length < 3) return undefined;
  const tables: Element[] = [];
  collect(parse(html) as unknown as Node, 'table', tables);
  for (const table of tables) {
    const rows: string[][] = [];
    const trs: Element[] = [];
    collect(table, 'tr', trs);
    for (const tr of trs) rows.push(children(tr).filter((c) => c.tagName === 'td' || c.tagName === 'th').map((cell) => cellText(cell)));
    // A grid of several columns and rows, one of them a long cell: a pasted posting, not a layout table.
    if (rows.length < 3 || !rows.some((r) => r.some((c) => c.length >= 400))) continue;
    const posting = postingFromRows(rows, hint);
    if (posting) return posting;
  }
  return undefined;
}

function children(node: Node): Element[] {
  return (((node as Element).childNodes ?? []) as Node[]).filter((c): c is Element => 'tagName' in c);
}

/** Every `tag` element under `node`, not looking inside one found (a nested table is its own grid). */
function collect(node: Node, tag: string, out: Element[]): void {
  for (const child of ((node as Element).childNodes ?? []) as Node[]) {
    if (!('tagName' in child)) continue;
    if (child.tagName === tag) out.push(child);
    else if (!(tag === 'tr' && child.tagName === 'table')) collect(child, tag, out);
  }
}

/** A cell's text with its line breaks: <br> and the ends of block elements. */
function cellText(cell: Element): string {
  let out = '';
  const visit = (node: Node): void => {
    if (node.nodeName === '#text') {
      out += (node as DefaultTreeAdapterMap['textNode']).value.replace(/[ \t\r\n]+/g, ' ');
      return;
    }
    const el = node as Element;
    if (!('tagName' in el) || HIDDEN.has(el.tagName)) return;
    if (el.tagName === 'br') {
      out += '\n';
      return;
    }
    for (const c of (el.childNodes ?? []) as Node[]) visit(c);
    if (BLOCK.has(el.tagName)) out += '\n';
  };
  for (const c of (cell.childNodes ?? []) as Node[]) visit(c);
  return out
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
