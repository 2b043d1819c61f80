// Entries an R Markdown resume made with the vitae package writes as code: a chunk that builds a table
// with tribble() (a header of ~column names, then the cells row by row) and pipes it into
// detailed_entries(what, when, with, where, why) or brief_entries(what, when, with). vitae prints one
// entry per run of rows that share what, when, with and where, with each row's "why" as a bullet.
// Only string and number cells are text; NA and expressions are left out. Every cell keeps the source
// offset of each of its characters, so findings underline the words in the chunk.

export interface VitaeCell {
  text: string;
  /** Source offset of each character of `text`. */
  offsets: number[];
}

export interface VitaeEntry {
  what?: VitaeCell;
  when?: VitaeCell;
  with?: VitaeCell;
  where?: VitaeCell;
  /** The rows' "why" cells: the entry's bullets. */
  why: VitaeCell[];
}

const ROLES = ['what', 'when', 'with', 'where', 'why'] as const;
type Role = (typeof ROLES)[number];

/** The entries a vitae chunk prints, or undefined when `code` is not a tribble piped into vitae's entries. */
export function vitaeEntries(code: string, codeStart: number): VitaeEntry[] | undefined {
  const call = /\b(detailed_entries|brief_entries)\s*\(/.exec(code);
  const table = /\btribble\s*\(/.exec(code);
  if (!call || !table || table.index > call.index) return undefined;
  const tableArgs = splitArguments(code, table.index + table[0].length);
  const callArgs = splitArguments(code, call.index + call[0].length);
  if (!tableArgs || !callArgs) return undefined;
  const columns = tableArgs.filter((a) => /^~\s*\w/.test(a.text)).map((a) => a.text.replace(/^~\s*/, '').trim());
  const cells = tableArgs.filter((a) => !/^~/.test(a.text));
  if (!columns.length || cells.length % columns.length !== 0) return undefined;
  const roleColumn = roleColumns(callArgs.map((a) => a.text), columns, call[1] === 'brief_entries');
  const rows: Partial<Record<Role, VitaeCell>>[] = [];
  for (let r = 0; r < cells.length / columns.length; r++) {
    const row: Partial<Record<Role, VitaeCell>> = {};
    for (const role of ROLES) {
      const c = roleColumn.get(role);
      const cell = c === undefined ? undefined : cells[r * columns.length + c];
      const value = cell && (stringLiteral(code, cell.start, cell.text, codeStart) ?? numberLiteral(cell, codeStart));
      if (value && value.text.trim()) row[role] = value;
    }
    rows.push(row);
  }
  const entries: VitaeEntry[] = [];
  const HEADING_ROLES = ['what', 'when', 'with', 'where'] as const;
  const key = (row: { [K in (typeof HEADING_ROLES)[number]]?: VitaeCell }) => HEADING_ROLES.map((k) => row[k]?.text ?? '').join('\u0000');
  for (const row of rows) {
    const last = entries[entries.length - 1];
    if (last && key(last) === key(row)) {
      if (row.why) last.why.push(row.why);
      continue;
    }
    entries.push({ what: row.what, when: row.when, with: row.with, where: row.where, why: row.why ? [row.why] : [] });
  }
  return entries;
}

/** Which table column each of vitae's roles reads: named (what = role) or by position. */
function roleColumns(args: string[], columns: string[], brief: boolean): Map<Role, number> {
  const out = new Map<Role, number>();
  const positional = brief ? (['what', 'when', 'with'] as Role[]) : [...ROLES];
  let next = 0;
  for (const arg of args) {
    const named = /^(\w+)\s*=\s*([\w.]+)$/.exec(arg);
    const role = named ? (named[1] as Role) : positional[next++];
    const column = columns.indexOf(named ? named[2] : arg);
    if (role && ROLES.includes(role) && column >= 0) out.set(role, column);
  }
  return out;
}

interface Argument {
  text: string;
  /** Offset of the argument's first non-space character in the code. */
  start: number;
}

/** The top-level comma-separated arguments of a call whose "(" ends just before `from`; undefined when unclosed. */
function splitArguments(code: string, from: number): Argument[] | undefined {
  const args: Argument[] = [];
  let depth = 0;
  let begin = from;
  for (let i = from; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'") {
      i = closingQuote(code, i);
      if (i < 0) return undefined;
    } else if (c === '#') {
      // A comment runs to the end of the line.
      const eol = code.indexOf('\n', i);
      i = eol < 0 ? code.length : eol;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if ((c === ')' || c === ']' || c === '}') && depth > 0) depth--;
    else if ((c === ',' || c === ')') && depth === 0) {
      const raw = code.slice(begin, i);
      const lead = raw.length - raw.trimStart().length;
      if (raw.trim()) args.push({ text: raw.trim(), start: begin + lead });
      if (c === ')') return args;
      begin = i + 1;
    }
  }
  return undefined;
}

/** The index of the quote that closes the string opening at `open`, or -1. */
function closingQuote(code: string, open: number): number {
  for (let i = open + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === code[open]) return i;
  }
  return -1;
}

/** A cell that is a plain number (a year: 2024), as its digits. */
function numberLiteral(cell: Argument, codeStart: number): VitaeCell | undefined {
  if (!/^\d+(?:\.\d+)?$/.test(cell.text)) return undefined;
  return { text: cell.text, offsets: cell.text.split('').map((_, i) => codeStart + cell.start + i) };
}

/** A cell that is one string literal, with R's escapes read ("\\" → "\", "\"" → '"'); else undefined. */
function stringLiteral(code: string, at: number, text: string, codeStart: number): VitaeCell | undefined {
  const quote = text[0];
  if ((quote !== '"' && quote !== "'") || closingQuote(code, at) !== at + text.length - 1) return undefined;
  const chars: string[] = [];
  const offsets: number[] = [];
  for (let i = at + 1; i < at + text.length - 1; i++) {
    let ch = code[i];
    if (ch === '\\' && i + 2 < at + text.length) {
      const escaped = code[++i];
      ch = escaped === 'n' ? '\n' : escaped === 't' ? '\t' : escaped;
    }
    chars.push(ch);
    offsets.push(codeStart + i);
  }
  return { text: chars.join(''), offsets };
}
