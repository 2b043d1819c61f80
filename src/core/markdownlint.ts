// Markdown checks through markdownlint. By default only what changes what a reader sees (markup that
// prints literally, links that go nowhere); cosmetic hygiene is available through configuration. A
// problem that repeats on consecutive lines (a run of blank lines, a block of trailing spaces) is one
// finding with the count, not one per line.
import { clearMarkdownlintCache as clearChunkCache, markdownlintResults } from './markdownlint-chunks';
import type { LineIndex } from './document/types';
import { TAG_LINE } from './rules/renders-wrongly-syntax';
import type { Finding, TextEdit } from './types';

/**
 * On by default: only checks whose problem a reader of the rendered resume sees — markup that prints
 * literally or does not render, and links that go nowhere. Blank lines, trailing spaces, indentation
 * and marker style do not change what a reader sees; they are in `MARKDOWNLINT_HYGIENE`, off unless
 * the configuration turns them on (`"markdownlint": { "MD009": true }`).
 */
export const RESUME_MARKDOWNLINT_DEFAULTS: Record<string, unknown> = {
  default: false,
  MD011: true, // reversed link syntax "(text)[url]" prints literally
  MD018: true, // "#Heading" without a space is not a heading
  MD020: true, // "#Heading#" without spaces is not a heading
  MD021: true, // closed heading with several spaces
  MD023: true, // an indented heading is not a heading
  MD037: true, // "** bold **" prints its asterisks
  MD039: true, // "[ link ]" underlines the spaces
  MD042: true, // a link that goes nowhere
  MD051: true, // a link fragment that resolves to no heading
  MD052: true, // "[text][ref]" without a definition prints literally
  MD056: true, // a table row with too few or too many cells
};

/** Markdown hygiene that does not change what a reader sees: available through configuration. */
export const MARKDOWNLINT_HYGIENE: Record<string, unknown> = {
  MD001: true, // heading levels increment by one
  MD003: { style: 'consistent' },
  MD004: { style: 'consistent' },
  MD005: true, // inconsistent list indentation
  MD007: true, // unordered list indentation
  MD009: true, // trailing spaces
  MD010: true, // hard tabs
  MD012: true, // multiple blank lines
  MD019: true, // multiple spaces after #
  MD022: true, // blank lines around headings
  MD024: { siblings_only: true }, // "Software Engineer" may head entries in several sections
  MD025: true, // one top-level heading (the name)
  MD030: true, // spaces after list markers
  MD032: true, // blank lines around lists
  MD038: true, // spaces inside code spans
  MD047: true, // file ends with one newline
  MD055: true, // table pipe style
};

/**
 * `skip(ruleId, line)`: results to leave out (zero-based line), before repeats on consecutive lines are
 * folded, so a run keeps its other lines (lint.ts drops what renders-wrongly already reports).
 */
export function runMarkdownlint(
  text: string,
  lines: LineIndex,
  overrides: Record<string, unknown> | undefined,
  skip: (ruleId: string, line: number) => boolean = () => false,
): Finding[] {
  const config = { ...RESUME_MARKDOWNLINT_DEFAULTS, ...overrides };
  // Block by block, with the results of unchanged blocks remembered (src/core/markdownlint-chunks.ts).
  const results = { resume: markdownlintResults(text, config) };
  const out: Finding[] = [];
  /** Per rule: its latest finding, the line it ended on, and how many lines it covers. */
  const open = new Map<string, { finding: Finding; line: number; run: number }>();
  // Several findings of one rule on one line interact (MD037 on "_a__b_" pairs markers differently
  // after each fix): those fixes are offered, not applied in bulk, so Fix All settles in few passes.
  const perLine = new Map<string, number>();
  for (const r of results.resume ?? []) perLine.set(`${r.ruleNames[0]}:${r.lineNumber}`, (perLine.get(`${r.ruleNames[0]}:${r.lineNumber}`) ?? 0) + 1);
  for (const r of results.resume ?? []) {
    const line = r.lineNumber - 1;
    if (skip(r.ruleNames[0], line)) continue;
    // A line of hash tags (as note apps write them) is no heading missing its space: MD018's fix would make it one.
    if (r.ruleNames[0] === 'MD018' && TAG_LINE.test(lines.lineText(line))) continue;
    const alone =
      perLine.get(`${r.ruleNames[0]}:${r.lineNumber}`) === 1 &&
      // Emphasis markers pair up anew after each MD037 fix: only a line with one pair is unambiguous.
      (r.ruleNames[0] !== 'MD037' || (lines.lineText(line).match(/[*_]+/g) ?? []).length <= 2);
    const lineStart = lines.lineStart(line);
    const lineText = lines.lineText(line);
    const [col, len] = r.errorRange ?? [1, lineText.length];
    const start = lineStart + col - 1;
    const end = Math.max(start + 1, Math.min(lineStart + lineText.length, start + len));
    const [id, name] = r.ruleNames;
    const detail = r.errorDetail ? ` (${r.errorDetail})` : '';
    const fix = r.fixInfo ? toEdit(r.fixInfo, line, lines) : undefined;
    const finding: Finding = {
      ruleId: id,
      category: 'markdown',
      severity: 'info',
      message: `${r.ruleDescription}${detail} [${name}]`,
      range: { start, end: lineText.length ? end : start },
      // Safe (fix-all, on save) only when it changes nothing but whitespace; other fixes are offered.
      fixes: fix ? [{ title: `Fix: ${r.ruleDescription}`, edits: [fix], ...(alone && whitespaceOnly(text, fix) && !gluesWords(text, fix) ? { isPreferred: true, safe: true } : {}) }] : [],
      url: r.ruleInformation ?? undefined,
    };
    const last = open.get(id);
    if (last && last.line === line - 1) {
      merge(last.finding, finding, ++last.run);
      last.line = line;
    } else if (!last || last.line !== line || last.finding.range.start !== finding.range.start) {
      out.push(finding);
      open.set(id, { finding, line, run: 1 });
    } else out.push(finding);
  }
  return out;
}

/** Folds a repeat of the same problem on the next line into the finding before it: one finding, with the count. */
function merge(into: Finding, next: Finding, count: number): void {
  into.range = { start: into.range.start, end: Math.max(into.range.end, next.range.end) };
  into.message = `${into.message.replace(/ \(on \d+ consecutive lines\)$/, '')} (on ${count} consecutive lines)`;
  const a = into.fixes[0];
  const b = next.fixes[0];
  if (!a || !b || !!a.safe !== !!b.safe) {
    into.fixes = [];
    return;
  }
  const last = a.edits[a.edits.length - 1];
  if (b.edits.some((e) => e.range.start < last.range.end)) {
    into.fixes = [];
    return;
  }
  into.fixes = [{ ...a, edits: [...a.edits, ...b.edits] }];
}

interface FixInfo {
  lineNumber?: number;
  editColumn?: number;
  deleteCount?: number;
  insertText?: string;
}

function toEdit(fix: FixInfo, line: number, lines: LineIndex): TextEdit {
  const l = (fix.lineNumber ?? line + 1) - 1;
  const lineStart = lines.lineStart(l);
  const lineLength = lines.lineText(l).length;
  const start = lineStart + (fix.editColumn ?? 1) - 1;
  if (fix.deleteCount === -1) {
    // Delete the whole line including its line break.
    const next = l + 1 < lines.lineCount ? lines.lineStart(l + 1) : lineStart + lineLength;
    return { range: { start: lineStart, end: next }, newText: '' };
  }
  const deleteCount = Math.max(0, Math.min(fix.deleteCount ?? 0, lineStart + lineLength - start));
  return { range: { start, end: start + deleteCount }, newText: fix.insertText ?? '' };
}

/**
 * Deleting the space inside "**a team **of" would glue the emphasis to the next word ("a teamof"
 * on screen): such a fix is offered, not applied in bulk.
 */
function gluesWords(text: string, e: TextEdit): boolean {
  if (e.newText) return false;
  let after = e.range.end;
  while (after < text.length && (text[after] === '*' || text[after] === '_')) after++;
  let before = e.range.start;
  while (before > 0 && (text[before - 1] === '*' || text[before - 1] === '_')) before--;
  const word = /[\p{L}\p{N}]/u;
  return (after > e.range.end && word.test(text[after] ?? '')) || (before < e.range.start && word.test(text[before - 1] ?? ''));
}

/** True when the edit removes and inserts only whitespace. */
function whitespaceOnly(text: string, e: TextEdit): boolean {
  return /^\s*$/.test(text.slice(e.range.start, e.range.end)) && /^\s*$/.test(e.newText);
}

/** Forgets the remembered per-block results (benchmarks measure a cold lint). Defined here so the
 * published type declarations of the engine never reference markdownlint's types (it is bundled). */
export function clearMarkdownlintCache(): void {
  clearChunkCache();
}
