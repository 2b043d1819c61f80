// Entry point of dist/server.js: `node dist/server.js --stdio` (or --node-ipc, as VS Code starts it).
// Lints run on a worker thread (dist/lint-worker.js beside this file), so the connection answers
// while a document lints; without the worker file (a source run) they run on this thread. The
// bundle holds no lint engine: serve.ts answers from results and asks the worker for rule docs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { serve } from './serve';
import type { LintBackend } from './lint-backend';
import { WorkerBackend } from './worker-backend';

const connection = createConnection(ProposedFeatures.all);

// Last line of defence: log and keep serving. Handlers are guarded already; this catches timers and
// callbacks outside them.
process.on('uncaughtException', (error) => connection.console.error(`Bulletproof: uncaught ${error.stack ?? error.message}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Bulletproof: unhandled rejection ${String(reason)}`));

const workerScript = join(__dirname, 'lint-worker.js');
serve(connection, existsSync(workerScript) ? new WorkerBackend(workerScript, (message) => connection.console.error(message)) : inThreadBackend());

/** The fallback for a source run, required by a path the bundler does not follow (dist always has the worker). */
function inThreadBackend(): LintBackend {
  const load = require;
  const { InThreadBackend } = load(join(__dirname, 'lint-backend')) as typeof import('./lint-backend');
  return new InThreadBackend();
}
