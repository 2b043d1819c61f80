// VS Code entry point (dist/extension.js, desktop and remote: the language server is a Node process).
// Activated by the first Markdown document; UI only — the language server does the linting. The
// browser entry (vscode.dev, github.dev) is src/web/extension-main.ts.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { startClient } from './activation';
import { createClient } from './client';
import { registerCommands } from './commands';

/** What `activate` returns: used by the integration tests, harmless to other extensions. */
export interface BulletproofApi {
  client: BaseLanguageClient;
  /** Text of the status bar item, or undefined while it is hidden. */
  statusText(): string | undefined;
}

let client: BaseLanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<BulletproofApi> {
  const output = vscode.window.createOutputChannel('Bulletproof');
  context.subscriptions.push(output);
  const lsp = (client = createClient(context, output));
  // Registered before the client starts, as before: the commands exist while the server comes up.
  registerCommands(context);
  const started = await startClient(context, lsp);
  return { client: lsp, statusText: started.statusText };
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}
