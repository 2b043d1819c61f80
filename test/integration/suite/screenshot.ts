// Not a test of behaviour: stages the editor for the README image (npm run screenshot): squiggles,
// the Problems view, the status bar, the hover on a flagged word and the quick fix menu under it.
// The harness captures the page when it sees the log marker, then writes "<png>.done".
import { existsSync, rmSync } from 'node:fs';
import * as vscode from 'vscode';
import { diagnosticsOf, rangeOf, revertAll, sleep, until, workspaceFile } from './helpers';

export function screenshotScenario(target: string): void {
  suite('README screenshot', () => {
    test('diagnostics, hover and quick fix', async () => {
      await revertAll();
      const doc = await vscode.workspace.openTextDocument(workspaceFile('resume.md'));
      await diagnosticsOf(doc.uri, 'filler-word', 2);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
      const word = rangeOf(doc, 'Successfully');
      editor.selection = new vscode.Selection(word.start.translate(0, 1), word.start.translate(0, 1));
      editor.revealRange(word, vscode.TextEditorRevealType.InCenter);
      await sleep(500);
      await vscode.commands.executeCommand('editor.action.showHover');
      await sleep(1200);
      await vscode.commands.executeCommand('editor.action.quickFix');
      await sleep(1200);
      console.log('BULLETPROOF_SCREENSHOT ready');
      await until(() => existsSync(`${target}.done`) || undefined, 'the screenshot', 30000);
      rmSync(`${target}.done`, { force: true });
      await revertAll();
    });
  });
}
