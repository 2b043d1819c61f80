// Markdown hygiene through markdownlint, with a default subset that suits resumes: bold entry lines,
// inline HTML comments, bare contact URLs and long lines are normal in a resume and are not flagged.
import { lint as markdownlintSync } from 'markdownlint/sync';
import type { LineIndex } from './document/types';
import type { Finding, TextEdit } from './types';

export const RESUME_MARKDOWNLINT_DEFAULTS: Record<string, unknown> = {
  default: true,
  MD013: false, // line length: bullets are long lines by nature
  MD033: false, // inline HTML: comments carry tags and suppressions
  MD034: false, // bare URLs: contact lines
  MD036: false, // emphasis as heading: bold entry lines
  MD041: false, // first line heading: front matter or a name line may come first
  MD026: false, // trailing punctuation in headings: "Skills:" is common
  MD024: { siblings_only: true }, // "Software Engineer" may head entries in several sections
  MD043: false,
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
      fixes: fix ? [{ title: `Fix: ${r.ruleDescription}`, edits: [fix], isPreferred: true }] : [],
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
