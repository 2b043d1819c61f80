// LaTeX and RenderCV resumes in a real VS Code: the server lints them like Markdown resumes.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bulletproofDiagnostics, revertAll, ruleId, until, workspaceFile } from './helpers';

export function formatsTests(): void {
  suite('Bulletproof on LaTeX and RenderCV resumes', () => {
    teardown(revertAll);

    for (const name of ['resume.tex', 'cv.yaml']) {
      test(`publishes diagnostics in ${name}, inside the bullet's source`, async () => {
        const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
        await vscode.window.showTextDocument(doc);
        const diagnostics = await until(() => {
          const d = bulletproofDiagnostics(doc.uri);
          return d.length ? d : undefined;
        }, `diagnostics in ${name}`, 30000);
        assert.ok(diagnostics.every((d) => ruleId(d) && !ruleId(d).startsWith('MD')), 'no markdownlint on non-Markdown files');
        // Each underline sits on words of the resume, not on a command or a key.
        for (const d of diagnostics) {
          const text = doc.getText(d.range);
          assert.ok(!/\\[a-zA-Z]|^\s*[a-z_]+:/.test(text), `${ruleId(d)} underlines "${text}"`);
        }
      });
    }
  });
}
