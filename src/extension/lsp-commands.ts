// The commands that only talk to the language server: they run wherever the server runs, in desktop
// VS Code (Node) and in the browser (vscode.dev, github.dev). Each returns a value so tests can check
// what it did.
import * as vscode from 'vscode';
import type { BaseLanguageClient, WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient';
import { FIX_ALL_REQUEST, LINT_AS_RESUME_REQUEST, RULES_REQUEST, type ResumeSummary, type RuleInfo, type UriParams } from '../server/protocol';

export function registerLspCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, onSummary: (uri: string, s: ResumeSummary | null) => void): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  /** Applies every auto-fixable problem's preferred fix; true when something changed. */
  register('bulletproof.fixAll', async (uri?: vscode.Uri): Promise<boolean> => {
    const doc = await targetDocument(uri);
    if (!doc) return false;
    const params: UriParams = { uri: doc.uri.toString() };
    const edit = await client.sendRequest<LspWorkspaceEdit | null>(FIX_ALL_REQUEST, params);
    if (!edit) {
      void vscode.window.setStatusBarMessage('Bulletproof: nothing to fix automatically.', 3000);
      return false;
    }
    return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  });

  /** Lints the active document as a resume whatever its name; returns its summary. */
  register('bulletproof.lintAsResume', async (uri?: vscode.Uri): Promise<ResumeSummary | null> => {
    let doc = await targetDocument(uri);
    if (!doc) return null;
    // The server only sees Markdown documents.
    if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    const params: UriParams = { uri: doc.uri.toString() };
    const summary = await client.sendRequest<ResumeSummary | null>(LINT_AS_RESUME_REQUEST, params);
    onSummary(params.uri, summary);
    if (!summary) void vscode.window.showWarningMessage('Bulletproof could not lint this file (disabled, or too large).');
    return summary;
  });

  /** Opens a rule's documentation page in the Markdown preview; with no argument, asks which rule. */
  register('bulletproof.showRuleDocs', async (ruleId?: string): Promise<string | undefined> => {
    const rules = await client.sendRequest<RuleInfo[]>(RULES_REQUEST, {});
    let rule = rules.find((r) => r.id === ruleId);
    if (!rule) {
      const picked = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.id, description: r.category, detail: r.description, rule: r })),
        { title: 'Bulletproof: Show Rule Documentation', placeHolder: 'Rule', matchOnDescription: true, matchOnDetail: true },
      );
      rule = picked?.rule;
    }
    if (!rule) return undefined;
    const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule.id}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      await vscode.env.openExternal(vscode.Uri.parse(rule.url));
      return rule.url;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return page.toString();
  });
}

async function targetDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) void vscode.window.showInformationMessage('Bulletproof: open a resume first.');
  return doc;
}
