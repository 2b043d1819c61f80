// Waiting for the editor: diagnostics arrive asynchronously from the language server.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'bulletproof.bulletproof';

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the fixture workspace is not open');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function until<T>(get: () => T | undefined | Promise<T | undefined>, what: string, timeoutMs = 15000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await get();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(50);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export function bulletproofDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'bulletproof');
}

/** The rule id of a diagnostic: `code` is a string, or `{ value, target }` when it links to docs. */
export function ruleId(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Diagnostics of one rule, once at least `min` are there. */
export function diagnosticsOf(uri: vscode.Uri, rule: string, min = 1): Promise<vscode.Diagnostic[]> {
  return until(() => {
    const found = bulletproofDiagnostics(uri).filter((d) => ruleId(d) === rule);
    return found.length >= min ? found : undefined;
  }, `${min}+ ${rule} diagnostics on ${uri.path}`);
}

export function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const at = doc.getText().indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" not in ${doc.uri.path}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

/** Drops unsaved changes of every editor so each test starts from the fixture files on disk. */
export async function revertAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || doc.isUntitled) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
