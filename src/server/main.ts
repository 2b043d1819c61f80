// Entry point of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as VS Code starts it).
// Lints run on a worker thread (dist/lint-worker.js beside this file), so the connection answers
// while a document lints; without the worker file (a source run) they run on this thread.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { WorkerBackend } from './worker-backend';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: log and keep serving. Handlers are guarded already; this catches timers and
// callbacks outside them.
process.on('uncaughtException', (error) => connection.console.error(`Bulletproof: uncaught ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Bulletproof: unhandled rejection ${String(reason)}`));

const workerScript = join(__dirname, 'lint-worker.js');
const backend = existsSync(workerScript) ? new WorkerBackend(workerScript, (message) => connection.console.error(message)) : undefined;
startServer(connection, { backend });
