// The lint backend the shipped Node server uses: one worker thread (dist/lint-worker.js), so a long
// lint never blocks hover, completion or code actions. Kept apart from lint-backend.ts so that the
// browser build, which has no worker_threads, never imports it.
import { Worker } from 'node:worker_threads';
import type { BulletproofConfig } from '../core/config';
import { isoDate } from '../core/text/iso-date';
import type { LintBackend, RuleInfo } from './lint-backend';
import type { LintOutcome } from './linting';
import { fromMessage, type WorkerRequest, type WorkerResponse } from './lint-protocol';

/** A request without its id (the id is given when it is sent); distributed over the union's kinds. */
type JobRequest = WorkerRequest extends infer R ? (R extends WorkerRequest ? Omit<R, 'id'> : never) : never;

/** A job no lint should ever need (the engine's limits keep real work near a second): the worker is restarted. */
export const JOB_TIMEOUT_MS = 30_000;

interface Job {
  key: string;
  request: JobRequest;
  resolve: (response: WorkerResponse | undefined) => void;
}

/** One worker thread running one job at a time; waiting jobs are superseded per key. */
export class WorkerBackend implements LintBackend {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: { id: number; job: Job; timer: ReturnType<typeof setTimeout> } | undefined;
  private nextId = 1;
  private disposed = false;

  constructor(
    private readonly script: string,
    private readonly log: (message: string) => void,
  ) {}

  async lint(key: string, text: string, config: BulletproofConfig): Promise<LintOutcome | undefined> {
    const response = await this.submit(key, { kind: 'lint', text, config, path: key, today: isoDate(new Date()) });
    if (!response) return undefined;
    if (response.kind === 'error') return { kind: 'failed', message: response.message };
    return response.kind === 'lint' ? fromMessage(response.outcome) : undefined;
  }

  async fixAll(key: string, text: string, config: BulletproofConfig): Promise<string | undefined> {
    const response = await this.submit(`fixAll:${key}`, { kind: 'fixAll', text, config, path: key, today: isoDate(new Date()) });
    if (response?.kind === 'error') throw new Error(response.message);
    return response?.kind === 'fixAll' ? response.text : undefined;
  }

  async ruleInfos(): Promise<RuleInfo[] | undefined> {
    const response = await this.submit('rules', { kind: 'rules' });
    if (response?.kind === 'error') throw new Error(response.message);
    return response?.kind === 'rules' ? response.rules : undefined;
  }

  dispose(): void {
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    if (this.running) this.finish(undefined);
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private submit(key: string, request: JobRequest): Promise<WorkerResponse | undefined> {
    return new Promise((resolve) => {
      if (this.disposed) return resolve(undefined);
      for (let i = this.queue.length - 1; i >= 0; i--) {
        if (this.queue[i].key === key) this.queue.splice(i, 1)[0].resolve(undefined);
      }
      this.queue.push({ key, request, resolve });
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || !this.queue.length || this.disposed) return;
    const job = this.queue.shift()!;
    const id = this.nextId++;
    const timer = setTimeout(() => {
      this.log(`Bulletproof: a lint took over ${JOB_TIMEOUT_MS / 1000} s; its worker was restarted.`);
      void this.worker?.terminate();
      this.worker = undefined;
      this.finish({ id, kind: 'error', message: `Linting took longer than ${JOB_TIMEOUT_MS / 1000} s and was stopped.` });
    }, JOB_TIMEOUT_MS);
    this.running = { id, job, timer };
    this.ensureWorker().postMessage({ id, ...job.request } as WorkerRequest);
  }

  private finish(response: WorkerResponse | undefined): void {
    const running = this.running;
    if (!running) return;
    clearTimeout(running.timer);
    this.running = undefined;
    running.job.resolve(response);
    this.pump();
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.script);
    worker.on('message', (response: WorkerResponse) => {
      if (worker === this.worker && response.id === this.running?.id) this.finish(response);
    });
    worker.on('error', (error) => this.log(`Bulletproof: lint worker error: ${error.stack ?? error.message}`));
    worker.on('exit', (code) => {
      if (worker !== this.worker) return;
      this.worker = undefined;
      if (this.running) this.finish({ id: this.running.id, kind: 'error', message: `The lint worker stopped (exit code ${code}).` });
    });
    // The server's lifetime is the connection's, not the worker's.
    worker.unref();
    this.worker = worker;
    return worker;
  }
}
