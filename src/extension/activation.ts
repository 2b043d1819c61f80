// What activation does once a language client exists, the same in desktop VS Code (src/extension/main.ts,
// the server as a Node process) and in the browser (src/web/extension-main.ts, the server in a web
// worker): the status bar, the server's summaries, the server-side commands, then start the client.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { SUMMARY_NOTIFICATION, SUMMARY_REQUEST, type ResumeSummary, type SummaryNotificationParams, type UriParams } from '../server/protocol';
import { registerLspCommands } from './lsp-commands';
import { ResumeStatusBar } from './status-bar';

export interface StartedClient {
  /** Records a summary a command obtained (the status bar shows it). */
  onSummary(uri: string, summary: ResumeSummary | null): void;
  /** Text of the status bar item, or undefined while it is hidden. */
  statusText(): string | undefined;
}

export async function startClient(context: vscode.ExtensionContext, client: BaseLanguageClient): Promise<StartedClient> {
  const statusBar = new ResumeStatusBar((uri) => client.sendRequest<ResumeSummary | null>(SUMMARY_REQUEST, { uri } satisfies UriParams));
  context.subscriptions.push(
    statusBar,
    vscode.window.onDidChangeActiveTextEditor(() => void statusBar.refresh()),
    vscode.workspace.onDidCloseTextDocument((doc) => statusBar.forget(doc.uri.toString())),
  );
  const onSummary = (uri: string, summary: ResumeSummary | null) => statusBar.update(uri, summary);
  registerLspCommands(context, client, onSummary);
  context.subscriptions.push(client.onNotification(SUMMARY_NOTIFICATION, (p: SummaryNotificationParams) => onSummary(p.uri, p.summary)));

  await client.start();
  void statusBar.refresh();
  return { onSummary, statusText: () => statusBar.text };
}
