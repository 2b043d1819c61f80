// Entry point of dist/web/server.js: the language server in a web worker (vscode.dev, github.dev),
// talking LSP over postMessage. Built by scripts/build-web.mjs. The engine is the same; what differs
// is the edge: no file system here, so the client sends each .bulletproof.json it reads
// (web/config-sync.ts) and the config loader reads them from memory (shims/fs.ts, node:fs here).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { uriToPath } from '../server/locations';
import { startServer } from '../server/server';
import { CONFIG_FILE_NOTIFICATION, type ConfigFileParams } from './protocol';
import { setVirtualFile } from './shims/fs';

// The worker global (lib "dom" and "webworker" are not in this project's tsconfig).
declare const self: never;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
// Before startServer's handlers: a config file's text arrives ahead of the didOpen or the
// didChangeWatchedFiles that makes the server read it.
connection.onNotification(CONFIG_FILE_NOTIFICATION, (params: ConfigFileParams) => {
  const path = uriToPath(params.uri);
  if (path) setVirtualFile(path, params.text ?? undefined);
});
startServer(connection);
