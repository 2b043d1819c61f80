// The packaged .vsix, installed into code-server with --install-extension: it is the copy VS Code
// runs (not this checkout), it activates on a resume, its server lints, and its commands work.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsOf, EXTENSION_ID, rangeOf, until, workspaceFile } from './helpers';

export function vsixTests(): void {
  suite('Bulletproof installed from the .vsix', () => {
    test('is installed from the package, not from the source tree', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `${EXTENSION_ID} is installed`);
      console.log(`installed at ${ext.extensionPath}`);
      assert.match(ext.extensionPath, /[\\/]exts[\\/]bulletproof\.bulletproof-\d+\.\d+\.\d+/);
      assert.equal(ext.isActive, false);
    });

    test('activates on a resume and publishes diagnostics from its bundled server', async () => {
      const doc = await vscode.workspace.openTextDocument(workspaceFile('resume.md'));
      await vscode.window.showTextDocument(doc);
      const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
      await until(() => ext.isActive || undefined, 'activation');
      const fillers = await diagnosticsOf(doc.uri, 'filler-word', 2);
      assert.deepEqual(fillers[0].range, rangeOf(doc, 'Successfully'));
    });

    test('its commands run', async () => {
      const commands = await vscode.commands.getCommands(true);
      assert.ok(commands.includes('bulletproof.showRuleDocs') && commands.includes('bulletproof.lintAsResume'));
      assert.equal(await vscode.commands.executeCommand('bulletproof.fixAll'), true);
      const doc = vscode.window.activeTextEditor!.document;
      assert.ok(!doc.getText().includes('Successfully'));
      await vscode.commands.executeCommand('workbench.action.files.revert');
    });
  });
}
