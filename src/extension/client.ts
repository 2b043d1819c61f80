// Starts the language server (dist/server.js over Node IPC) and keeps it running: a crashed server is
// restarted, unless it keeps crashing.
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';

const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 3 * 60 * 1000;

export function createClient(context: vscode.ExtensionContext, output: vscode.OutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const initializationOptions: InitializationOptions = { summaryNotifications: true };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
      // LaTeX, RenderCV YAML and JSON Resume files: the server lints only those whose content is a resume.
      { scheme: 'file', language: 'latex' },
      { scheme: 'file', language: 'yaml' },
      { scheme: 'file', language: 'json' },
    ],
    initializationOptions,
    outputChannel: output,
    errorHandler: restartingErrorHandler(output),
  };
  return new LanguageClient('bulletproof', 'Bulletproof', serverOptions, clientOptions);
}

/** Restart after a crash, up to MAX_RESTARTS within RESTART_WINDOW_MS; then stop and say so. */
function restartingErrorHandler(output: vscode.OutputChannel): ErrorHandler {
  const crashes: number[] = [];
  return {
    error: () => ({ action: ErrorAction.Continue, handled: true }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      crashes.push(now);
      while (crashes.length && crashes[0] < now - RESTART_WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        output.appendLine(`The Bulletproof server stopped; restarting it (${crashes.length}/${MAX_RESTARTS}).`);
        return { action: CloseAction.Restart, handled: true };
      }
      return {
        action: CloseAction.DoNotRestart,
        message: `The Bulletproof server stopped ${crashes.length} times in 3 minutes and will not be restarted. Run "Developer: Reload Window" to try again.`,
      };
    },
  };
}
