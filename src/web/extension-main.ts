// Browser entry point of the extension (package.json "browser" → dist/web/extension.js): vscode.dev,
// github.dev and other web-worker extension hosts. The language server is dist/web/server.js in a web
// worker, spoken to over postMessage (vscode-languageclient/browser); the engine is the same as on
// desktop. .bulletproof.json reaches the worker through config-sync.ts. Built by scripts/build-web.mjs.
import * as vscode from 'vscode';
import { LanguageClient, type LanguageClientOptions } from 'vscode-languageclient/browser';
import { startClient } from '../extension/activation';
import type { BulletproofApi } from '../extension/main';
import type { InitializationOptions } from '../server/protocol';
import { registerBrowserCommands } from './browser-commands';
import { ConfigFileSync } from './config-sync';

/**
 * Every scheme: in the browser, files live on virtual file systems (vscode-vfs: on github.dev,
 * vscode-test-web:, the File System Access API's file: on vscode.dev).
 */
export const WEB_DOCUMENT_SELECTOR = ['markdown', 'latex', 'yaml', 'json'].map((language) => ({ language }));

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<BulletproofApi> {
  const output = vscode.window.createOutputChannel('Bulletproof');
  context.subscriptions.push(output);
  const configs = new ConfigFileSync();
  const initializationOptions: InitializationOptions = { summaryNotifications: true };
  const options: LanguageClientOptions = {
    documentSelector: WEB_DOCUMENT_SELECTOR,
    initializationOptions,
    outputChannel: output,
    middleware: configs.middleware,
  };
  const worker = await startServerWorker(vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js'));
  const lsp = (client = new LanguageClient('bulletproof', 'Bulletproof', options, worker));
  configs.attach(lsp);
  registerBrowserCommands(context);
  const started = await startClient(context, lsp);
  return { client: lsp, statusText: started.statusText };
}

/**
 * The server's web worker. On vscode.dev and github.dev the extension is served over https and the
 * worker starts from its URL. VS Code refuses to start a worker from a vscode-remote: location (an
 * extension served by a VS Code server, e.g. code-server): there the script is fetched (the host
 * resolves such URIs for fetch) and started from a blob.
 */
async function startServerWorker(script: vscode.Uri): Promise<WorkerLike> {
  if (script.scheme !== 'vscode-remote') return new Worker(script.toString(true));
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`Bulletproof: cannot load its language server (${script.toString(true)}: HTTP ${response.status}).`);
  return new Worker(URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' })));
}

export function deactivate(): Thenable<void> | undefined {
  return client?.stop();
}

// The extension host's worker global (lib "dom"/"webworker" are not in this project's tsconfig).
type WorkerLike = ConstructorParameters<typeof LanguageClient>[3];
declare const Worker: new (url: string) => WorkerLike;
