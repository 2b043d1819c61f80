// VS Code entry point (dist/extension.js). Activated by the first Markdown document; UI only — the
// language server does the linting.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SUMMARY_NOTIFICATION, SUMMARY_REQUEST, type ResumeSummary, type SummaryNotificationParams, type UriParams } from '../server/protocol';
import { createClient } from './client';
import { registerCommands } from './commands';
import { ResumeStatusBar } from './status-bar';

/** What `activate` returns: used by the integration tests, harmless to other extensions. */
export interface BulletproofApi {
  client: LanguageClient;
  /** Text of the status bar item, or undefined while it is hidden. */
  statusText(): string | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<BulletproofApi> {
  const output = vscode.window.createOutputChannel('Bulletproof');
  context.subscriptions.push(output);
  client = createClient(context, output);
  const lsp = client;

  const statusBar = new ResumeStatusBar((uri) => lsp.sendRequest<ResumeSummary | null>(SUMMARY_REQUEST, { uri } satisfies UriParams));
  context.subscriptions.push(
    statusBar,
    vscode.window.onDidChangeActiveTextEditor(() => void statusBar.refresh()),
    vscode.workspace.onDidCloseTextDocument((doc) => statusBar.forget(doc.uri.toString())),
  );

  registerCommands(context, lsp, (uri, summary) => statusBar.update(uri, summary));
  context.subscriptions.push(
    lsp.onNotification(SUMMARY_NOTIFICATION, (p: SummaryNotificationParams) => statusBar.update(p.uri, p.summary)),
  );

  await lsp.start();
  void statusBar.refresh();
  return { client: lsp, statusText: () => statusBar.text };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
