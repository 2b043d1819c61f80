// LaTeX and RenderCV resumes in a real VS Code (issue 16): the server lints them like Markdown resumes,
// and each underline sits on the resume's words inside the source (inside \resumeItem{…}, inside a
// YAML string), never inside a command name or a key.
//
// This test once waited for "any diagnostics" in resume.tex, whose bullets were all clean: it could
// only time out, which looked like slowness under load. The fixture now has one weak bullet in each
// file and the test waits for those exact findings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bulletproofDiagnostics, rangeOf, revertAll, ruleId, until, workspaceFile } from './helpers';

/** What each fixture must show: rule → the exact source text it underlines. */
const EXPECTED: Record<string, { language: string; findings: [rule: string, text: string][] }> = {
  'resume.tex': { language: 'latex', findings: [['filler-word', 'Successfully'], ['weak-opening', 'helped']] },
  'cv.yaml': { language: 'yaml', findings: [['filler-word', 'Successfully'], ['weak-opening', 'Responsible for']] },
};

export function formatsTests(): void {
  suite('Bulletproof on LaTeX and RenderCV resumes', () => {
    teardown(revertAll);

    for (const [name, expected] of Object.entries(EXPECTED)) {
      test(`publishes diagnostics in ${name}, inside the bullet's source`, async () => {
        const started = Date.now();
        const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
        await vscode.window.showTextDocument(doc);
        assert.equal(doc.languageId, expected.language);
        const found = (rule: string, text: string) => bulletproofDiagnostics(doc.uri).some((d) => ruleId(d) === rule && doc.getText(d.range) === text);
        // Generous: the first non-Markdown file also loads that format's front end in the lint worker.
        await until(() => expected.findings.every(([rule, text]) => found(rule, text)) || undefined, `${expected.findings.map(([r, t]) => `${r} on "${t}"`).join(', ')} in ${name}`, 60000);
        console.log(`${name}: open → expected diagnostics ${Date.now() - started} ms`);
        for (const [rule, text] of expected.findings) assert.ok(rangeOf(doc, text).isEqual(bulletproofDiagnostics(doc.uri).find((d) => ruleId(d) === rule && doc.getText(d.range) === text)!.range));
        const diagnostics = bulletproofDiagnostics(doc.uri);
        assert.ok(diagnostics.every((d) => !ruleId(d).startsWith('MD')), 'no markdownlint on non-Markdown files');
        for (const d of diagnostics) {
          // An underline may span markup (a bullet's whole source) but never starts inside a command name.
          const before = doc.getText(new vscode.Range(d.range.start.with({ character: 0 }), d.range.start));
          assert.ok(!/\\[a-zA-Z]*$/.test(before), `${ruleId(d)} starts inside a command: "${before}|${doc.getText(d.range)}"`);
        }
      });
    }
  });
}
