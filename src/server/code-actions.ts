// Code actions for findings under the cursor: each finding's own fixes (the preferred one first),
// "Fix all auto-fixable problems" (also as source.fixAll.bulletproof for editor.codeActionsOnSave), and
// inline comments that disable a rule for one line or for the whole file. Only safe fixes (form, never
// meaning) go into fix-all and on-save; suggestions (another verb, another tense) are offered one at a
// time, and only a safe fix is ever marked preferred (VS Code may apply a preferred fix by shortcut).
import { CodeAction, CodeActionKind, type CodeActionParams, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { autoFix, fixAllEdits } from '../core/fixes';
import type { LintResult } from '../core/lint';
import type { Finding, TextEdit as CoreEdit } from '../core/types';
import { findingToDiagnostic } from './diagnostics';
import { FIX_ALL_KIND } from './protocol';

/**
 * @param fixAllText the document after fix-all run to a fixed point (a fix can expose another); only
 * called for the explicit source action, since the light bulb asks for actions on every cursor move.
 */
export function codeActions(doc: TextDocument, result: LintResult, params: CodeActionParams, fixAllText: () => string): CodeAction[] {
  const wants = kindFilter(params.context.only);
  const actions: CodeAction[] = [];
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  const here = result.findings.filter((f) => f.range.start <= end && start <= f.range.end);

  if (wants(CodeActionKind.QuickFix)) {
    const fixes: CodeAction[] = [];
    for (const finding of here) {
      const diagnostic = findingToDiagnostic(finding, doc);
      // Preferred fixes first, so the editor's "auto fix" and the top of the menu agree.
      const ordered = [...finding.fixes].sort((a, b) => Number(!!b.isPreferred) - Number(!!a.isPreferred));
      for (const fix of ordered) {
        fixes.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          isPreferred: !!(fix.isPreferred && fix.safe),
          edit: workspaceEdit(doc, fix.edits),
        });
      }
    }
    actions.push(...fixes);
    const fixAll = fixAllEdits(result.findings);
    if (here.some((f) => autoFix(f)) && fixAll.length > 1) {
      actions.push({ title: 'Fix all auto-fixable problems', kind: CodeActionKind.QuickFix, edit: workspaceEdit(doc, fixAll) });
    }
    const ruleIds = [...new Set(here.map((f) => f.ruleId))];
    for (const ruleId of ruleIds) {
      const finding = here.find((f) => f.ruleId === ruleId)!;
      const diagnostics = here.filter((f) => f.ruleId === ruleId).map((f) => findingToDiagnostic(f, doc));
      const lineEdit = disableForLineEdit(doc, result, finding);
      if (lineEdit) {
        actions.push({ title: `Disable ${ruleId} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [doc.uri]: [lineEdit] } } });
      }
      actions.push({
        title: `Disable ${ruleId} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics,
        edit: { changes: { [doc.uri]: [disableForFileEdit(doc, result, ruleId)] } },
      });
    }
  }

  if (wants(FIX_ALL_KIND) && result.findings.some((f) => autoFix(f))) {
    const edit = replaceChangedPart(doc, fixAllText());
    if (edit) actions.push({ title: 'Fix all auto-fixable problems', kind: FIX_ALL_KIND, edit });
  }
  return actions;
}

/** One edit that turns the document into `next`, covering only the part that differs (keeps the cursor and undo sane). */
export function replaceChangedPart(doc: TextDocument, next: string): WorkspaceEdit | null {
  const text = doc.getText();
  if (next === text) return null;
  let start = 0;
  while (start < text.length && start < next.length && text[start] === next[start]) start++;
  let end = 0;
  while (end < text.length - start && end < next.length - start && text[text.length - 1 - end] === next[next.length - 1 - end]) end++;
  return workspaceEdit(doc, [{ range: { start, end: text.length - end }, newText: next.slice(start, next.length - end) }]);
}

function workspaceEdit(doc: TextDocument, edits: readonly CoreEdit[]): WorkspaceEdit {
  return { changes: { [doc.uri]: edits.map((e) => toLspEdit(doc, e)) } };
}

function toLspEdit(doc: TextDocument, e: CoreEdit): TextEdit {
  return { range: toRange(doc, e.range.start, e.range.end), newText: e.newText };
}

function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** A kind is wanted when no filter is given, or a requested kind is it or its parent ("source" ⊃ "source.fixAll"). */
function kindFilter(only: string[] | undefined): (kind: string) => boolean {
  if (!only?.length) return (kind) => !kind.startsWith('source');
  return (kind) => only.some((k) => kind === k || kind.startsWith(`${k}.`));
}

const LIST_ITEM_START = /^([ \t]*)((?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

/**
 * `<!-- bulletproof-disable-next-line id -->` on its own line above the finding, indented to the
 * line's content so it stays inside the list item above and the list is not split. When the finding
 * sits on a wrapped continuation line, a comment line there would split the paragraph, so the
 * comment goes at the end of that line instead (`disable-line`).
 */
function disableForLineEdit(doc: TextDocument, result: LintResult, finding: Finding): TextEdit | undefined {
  const fm = result.document.frontMatter.range;
  if (fm && finding.range.start < fm.end) return undefined; // never write comments into YAML
  const lines = result.document.lines;
  const line = lines.positionAt(finding.range.start).line;
  const lineText = lines.lineText(line);
  const bullet = result.document.bullets.find((b) => b.range.start <= finding.range.start && finding.range.start <= b.range.end);
  const bulletLine = bullet ? lines.positionAt(bullet.markerRange?.start ?? bullet.range.start).line : line;
  if (bulletLine !== line) {
    const at = { line, character: lineText.length };
    return { range: { start: at, end: at }, newText: ` <!-- bulletproof-disable-line ${finding.ruleId} -->` };
  }
  const m = LIST_ITEM_START.exec(lineText)!;
  const indent = m[1].replace(/\t/g, '    ').length + (m[2]?.replace(/\t/g, '    ').length ?? 0);
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${' '.repeat(indent)}<!-- bulletproof-disable-next-line ${finding.ruleId} -->\n` };
}

/** `<!-- bulletproof-disable id -->` on the first line after the front matter. */
function disableForFileEdit(doc: TextDocument, result: LintResult, ruleId: string): TextEdit {
  const comment = `<!-- bulletproof-disable ${ruleId} -->`;
  const fm = result.document.frontMatter.range;
  if (!fm) return { range: toRange(doc, 0, 0), newText: `${comment}\n` };
  const text = result.document.text;
  const lineBreak = /^\r?\n/.exec(text.slice(fm.end))?.[0];
  if (!lineBreak) return { range: toRange(doc, fm.end, fm.end), newText: `\n${comment}` };
  const at = fm.end + lineBreak.length;
  return { range: toRange(doc, at, at), newText: `${comment}\n` };
}
