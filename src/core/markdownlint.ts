// Markdown hygiene through markdownlint, with a default subset that suits resumes: bold entry lines,
// inline HTML comments, bare contact URLs and long lines are normal in a resume and are not flagged.
import { lint as markdownlintSync } from 'markdownlint/sync';
import type { LineIndex } from './document/types';
import type { Finding, TextEdit } from './types';

export const RESUME_MARKDOWNLINT_DEFAULTS: Record<string, unknown> = {
  // Only rules about how a resume's Markdown renders and reads: structure, lists, spacing, links,
  // tables. Style rules for prose documents (line length, inline HTML, emphasis used as a heading
  // for entry lines, bare contact URLs, first-line heading) stay off.
  default: false,
  MD001: true, // heading levels increment by one
  MD003: { style: 'consistent' },
  MD004: { style: 'consistent' },
  MD005: true, // inconsistent list indentation
  MD007: true, // unordered list indentation
  MD009: true, // trailing spaces
  MD010: true, // hard tabs
  MD011: true, // reversed link syntax
  MD012: true, // multiple blank lines
  MD018: true, // no space after # in a heading
  MD019: true, // multiple spaces after #
  MD022: true, // blank lines around headings
  MD023: true, // headings start at the beginning of the line
  MD024: { siblings_only: true }, // "Software Engineer" may head entries in several sections
  MD025: true, // one top-level heading (the name)
  MD030: true, // spaces after list markers
  MD032: true, // blank lines around lists
  MD037: true, // spaces inside emphasis markers
  MD038: true, // spaces inside code spans
  MD039: true, // spaces inside link text
  MD042: true, // empty links
  MD047: true, // file ends with one newline
  MD051: true, // link fragments resolve
  MD052: true, // reference links are defined
  MD055: true, // table pipe style
  MD056: true, // table column count
};

export function runMarkdownlint(text: string, lines: LineIndex, overrides: Record<string, unknown> | undefined): Finding[] {
  const config = { ...RESUME_MARKDOWNLINT_DEFAULTS, ...overrides };
  const results = markdownlintSync({ strings: { resume: text }, config, handleRuleFailures: true });
  const out: Finding[] = [];
  for (const r of results.resume ?? []) {
    const line = r.lineNumber - 1;
    const lineStart = lines.lineStart(line);
    const lineText = lines.lineText(line);
    const [col, len] = r.errorRange ?? [1, lineText.length];
    const start = lineStart + col - 1;
    const end = Math.max(start + 1, Math.min(lineStart + lineText.length, start + len));
    const [id, name] = r.ruleNames;
    const detail = r.errorDetail ? ` (${r.errorDetail})` : '';
    const fix = r.fixInfo ? toEdit(r.fixInfo, line, lines) : undefined;
    out.push({
      ruleId: id,
      category: 'markdown',
      severity: 'info',
      message: `${r.ruleDescription}${detail} [${name}]`,
      range: { start, end: lineText.length ? end : start },
      // Safe (fix-all, on save) only when it changes nothing but whitespace; other fixes are offered.
      fixes: fix ? [{ title: `Fix: ${r.ruleDescription}`, edits: [fix], ...(whitespaceOnly(text, fix) ? { isPreferred: true, safe: true } : {}) }] : [],
      url: r.ruleInformation ?? undefined,
    });
  }
  return out;
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

/** True when the edit removes and inserts only whitespace. */
function whitespaceOnly(text: string, e: TextEdit): boolean {
  return /^\s*$/.test(text.slice(e.range.start, e.range.end)) && /^\s*$/.test(e.newText);
}
