// The browser build inside a real VS Code: the extension in the web-worker extension host (as on
// vscode.dev and github.dev), its language server in a web worker, .bulletproof.json read through
// vscode.workspace.fs, snippets, and the Node-only commands explaining themselves. Runs in a worker:
// no node: modules here.
import * as vscode from 'vscode';
import type { BulletproofApi } from '../../../src/extension/main';
import { bulletproofDiagnostics, diagnosticsOf, EXTENSION_ID, rangeOf, revertAll, ruleId, until, workspaceFile } from './helpers';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

async function open(name: string): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile(name)));
}

export function webTests(): void {
  suite('Bulletproof in the browser (web-worker extension host)', () => {
    let api: BulletproofApi;
    teardown(revertAll);

    test('runs dist/web/extension.js in a web worker, and lints the resume', async () => {
      const ext = vscode.extensions.getExtension<BulletproofApi>(EXTENSION_ID);
      check(ext, `${EXTENSION_ID} is installed`);
      // No Node here: the web-worker host has no process.versions.node.
      const g = globalThis as { process?: { versions?: { node?: string } }; WorkerGlobalScope?: unknown };
      console.log(`VS Code ${vscode.version}, ui kind ${vscode.UIKind[vscode.env.uiKind]}, extension kind ${vscode.ExtensionKind[ext.extensionKind]}, node ${g.process?.versions?.node ?? 'none'}, worker ${typeof g.WorkerGlobalScope !== 'undefined'}`);
      check(!g.process?.versions?.node, 'the extension host is not Node');
      check(typeof g.WorkerGlobalScope !== 'undefined', 'the extension host is a web worker');
      const started = Date.now();
      const { document: doc } = await open('resume.md');
      api = await until(() => (ext.isActive ? ext.exports : undefined), 'activation', 60000);
      const activated = Date.now();
      const fillers = await diagnosticsOf(doc.uri, 'filler-word', 2);
      // A figure for the log, not a timed assertion. Activation waits for the client to start, which
      // loads the worker's server bundle.
      console.log(`web activation: open → active ${activated - started} ms, → first diagnostics ${Date.now() - started} ms`);
      check(fillers[0].range.isEqual(rangeOf(doc, 'Successfully')), `range of the first filler: ${JSON.stringify(fillers[0].range)}`);
    });

    test('quick fixes and Fix All work', async () => {
      const { document: doc } = await open('resume.md');
      await diagnosticsOf(doc.uri, 'filler-word', 2);
      check((await vscode.commands.executeCommand('bulletproof.fixAll')) === true, 'Fix All changed the document');
      check(!/successfully|\bvery\b/i.test(doc.getText()), doc.getText());
    });

    test('completes strong verbs and offers the snippets', async () => {
      const editor = await open('resume.md');
      const doc = editor.document;
      await diagnosticsOf(doc.uri, 'filler-word', 2);
      const line = rangeOf(doc, 'Wrote integration tests').start.line;
      check(await editor.edit((b) => b.insert(doc.lineAt(line).range.end, '\n- ')), 'edit applied');
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line + 1, 2), ' ');
      const labels = list.items.map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      check(labels.includes('Led') && labels.includes('Built'), labels.slice(0, 20).join(', '));
      const atStart = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(line + 1, 0));
      const snippets = atStart.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet).map((i) => (typeof i.label === 'string' ? i.label : i.label.label));
      check(snippets.some((s) => /bp-/.test(s)), `snippets: ${snippets.join(', ')}`);
    });

    test('.bulletproof.json is read through the workspace file system and watched', async () => {
      const { document: doc } = await open('resume.md');
      await diagnosticsOf(doc.uri, 'filler-word', 2);
      const configFile = workspaceFile('.bulletproof.json');
      const isSeverity = (severity: vscode.DiagnosticSeverity) => () => {
        const fillers = bulletproofDiagnostics(doc.uri).filter((d) => ruleId(d) === 'filler-word');
        return fillers.length && fillers.every((d) => d.severity === severity) ? true : undefined;
      };
      try {
        await vscode.workspace.fs.writeFile(configFile, new TextEncoder().encode('{ "rules": { "filler-word": "error" } }\n'));
        await until(isSeverity(vscode.DiagnosticSeverity.Error), 'errors from the config file', 30000);
      } finally {
        await vscode.workspace.fs.delete(configFile);
      }
      await until(isSeverity(vscode.DiagnosticSeverity.Information), 'defaults again', 30000);
    });

    test('the status bar summarises the resume', async () => {
      await open('resume.md');
      const text = await until(() => api.statusText(), 'status bar text');
      check(/bullets/.test(text), text);
    });

    test('tailor and referral say they need desktop VS Code', async () => {
      for (const id of ['bulletproof.tailor', 'bulletproof.draftReferral']) {
        let message = '';
        try {
          await vscode.commands.executeCommand(id, { resume: workspaceFile('resume.md') });
        } catch (e) {
          message = (e as Error).message;
        }
        check(/not available in the browser/.test(message) && /desktop VS Code/.test(message), `${id}: ${message}`);
      }
    });
  });
}
