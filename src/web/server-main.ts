// Entry point of dist/web/server.js: the language server in a web worker (vscode.dev, github.dev),
// talking LSP over postMessage. Built by scripts/build-web.mjs. The engine is the same; what differs
// is the edge: no file system here, so .bulletproof.json is not read (editor settings still apply).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../server/server';

// The worker global (lib "dom" and "webworker" are not in this project's tsconfig).
declare const self: never;

const connection = createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self));
startServer(connection);
