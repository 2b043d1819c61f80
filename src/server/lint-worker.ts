// Entry point of dist/lint-worker.js: the lint engine on its own thread, so the language server's
// main thread always answers (hover, completion, cancellation) while a document lints. One request
// at a time, in order; the server drops results that a newer version made stale.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { fixAll } from '../core/lint';
import { RULES } from '../core/rules';
import { lintText } from './linting';
import { ruleInfosOf } from './lint-backend';
import { toMessage, type WorkerRequest, type WorkerResponse } from './lint-protocol';

// On Linux a thread has its own nice value and priority 0 means "this thread": the lint yields the
// CPU to the server's main thread (and the editor) when both want it. Elsewhere it would lower the
// whole server, so it is left alone.
if (process.platform === 'linux') {
  try {
    setPriority(0, 10);
  } catch {
    // not permitted: run at normal priority
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  let response: WorkerResponse;
  try {
    response =
      request.kind === 'lint'
        ? { id: request.id, kind: 'lint', outcome: toMessage(lintText(request.text, request.config, undefined, request.path, request.today)) }
        : request.kind === 'fixAll'
          ? { id: request.id, kind: 'fixAll', text: fixAll(request.text, { config: request.config, path: request.path, today: request.today }).text }
          : { id: request.id, kind: 'rules', rules: ruleInfosOf(RULES) };
  } catch (error) {
    response = { id: request.id, kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(response);
});
