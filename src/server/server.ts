// The language server with its default backend: lints on this thread unless `options.backend` says
// otherwise (in-process tests, the browser build). The Node entry (main.ts) starts serve.ts with a
// worker thread instead, so its main thread never loads the lint engine.
import type { Connection } from 'vscode-languageserver';
import { InThreadBackend } from './lint-backend';
import { serve, type ServerOptions } from './serve';

export type { ServerOptions } from './serve';

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  serve(connection, options.backend ?? new InThreadBackend(options.rules), options);
}
