// A small LSP client for tests: talks JSON-RPC to a Bulletproof server the way an editor does —
// over stdio to `node dist/server.js --stdio`, or over in-memory streams to an in-process server —
// answers workspace/configuration from `settings`, and collects diagnostics, summaries and log lines.
import { spawn, type ChildProcess } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  Diagnostic,
  InitializeResult,
  PublishDiagnosticsParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';

export const SERVER_JS = resolve(__dirname, '../../dist/server.js');

export const EDITOR_CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    applyEdit: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, versionSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
      isPreferredSupport: true,
    },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false } },
  },
};

export interface StartOptions {
  /** Workspace folder (a path). */
  root?: string;
  /** The "bulletproof" section returned for workspace/configuration. */
  settings?: Record<string, unknown>;
  initializationOptions?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  /** Run the server in this process over in-memory streams instead of spawning dist/server.js. */
  inProcess?: (input: NodeJS.ReadableStream, output: NodeJS.WritableStream) => void;
}

type Waiter = { test: () => boolean; resolve: () => void };


/** How long a test waits for a message before it fails. A harness limit, not a speed claim (tests that
 * check promptness pass their own limit; speed is measured in `npm run bench`): long enough for CI on a
 * loaded two-core machine, where the server's first lint was seen to take more than 5 s. */
const WAIT_MS = 30_000;

export class TestClient {
  settings: Record<string, unknown>;
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** How many times diagnostics were published per URI: to wait for the next publish. */
  readonly publishCount = new Map<string, number>();
  /** Every publish, in order: which document and version (to check that stale results are dropped). */
  readonly published: { uri: string; version?: number }[] = [];
  readonly notifications: { method: string; params: any }[] = [];
  readonly logs: string[] = [];
  readonly configurationRequests: unknown[] = [];
  readonly registrations: { method: string; registerOptions?: any }[] = [];
  readonly docs = new Map<string, TextDocument>();
  initializeResult!: InitializeResult;
  private waiters: Waiter[] = [];

  private constructor(
    readonly connection: MessageConnection,
    private readonly child: ChildProcess | undefined,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.published.push({ uri: p.uri, version: p.version });
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.poke();
    });
    connection.onNotification('window/logMessage', (p: { message: string }) => {
      this.logs.push(p.message);
      this.poke();
    });
    connection.onNotification((method: string, params: any) => {
      this.notifications.push({ method, params });
      this.poke();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationRequests.push(p);
      return p.items.map((item) => (item.section === 'bulletproof' ? this.settings : null));
    });
    connection.onRequest('client/registerCapability', (p: { registrations: { method: string; registerOptions?: any }[] }) => {
      this.registrations.push(...p.registrations);
      this.poke();
      return null;
    });
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.listen();
  }

  static async start(options: StartOptions = {}): Promise<TestClient> {
    let connection: MessageConnection;
    let child: ChildProcess | undefined;
    if (options.inProcess) {
      const toServer = new PassThrough();
      const toClient = new PassThrough();
      options.inProcess(toServer, toClient);
      connection = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
    } else {
      child = spawn(process.execPath, [SERVER_JS, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
      child.stderr!.on('data', (d) => process.env.SERVER_STDERR && process.stderr.write(d));
      connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    }
    const client = new TestClient(connection, child, options);
    const rootUri = options.root ? pathToFileURL(options.root).href : null;
    client.initializeResult = await connection.sendRequest('initialize', {
      // In-process, a process id would start the server's parent-process watchdog timer, which keeps
      // the test runner alive after the tests end.
      processId: options.inProcess ? null : process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'test' }] : null,
      capabilities: options.capabilities ?? EDITOR_CAPABILITIES,
      initializationOptions: options.initializationOptions,
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  get serverProcess(): ChildProcess | undefined {
    return this.child;
  }

  open(path: string, text: string, languageId = 'markdown'): string {
    const uri = pathToFileURL(path).href;
    this.docs.set(uri, TextDocument.create(uri, languageId, 1, text));
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return uri;
  }

  /** Sends an incremental change, as editors do, and keeps the local copy in step. */
  change(uri: string, edits: TextEdit[]): TextDocument {
    const doc = this.docs.get(uri)!;
    const next = TextDocument.update(doc, edits.map((e) => ({ range: e.range, text: e.newText })), doc.version + 1);
    this.docs.set(uri, next);
    void this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: next.version },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText })),
    });
    return next;
  }

  /** Applies a WorkspaceEdit to the local copy and sends it to the server as a change. */
  applyWorkspaceEdit(edit: WorkspaceEdit): TextDocument {
    const [uri, edits] = Object.entries(edit.changes ?? {})[0];
    // Apply all edits at once against the same version, as an editor does.
    const doc = this.docs.get(uri)!;
    const text = TextDocument.applyEdits(doc, edits);
    const whole = { start: { line: 0, character: 0 }, end: doc.positionAt(doc.getText().length) };
    return this.change(uri, [{ range: whole, newText: text }]);
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** Diagnostics for the document's current version (waits until the server has published them). */
  async diagnosticsFor(uri: string, version = this.docs.get(uri)?.version): Promise<Diagnostic[]> {
    await this.until(() => {
      const p = this.diagnostics.get(uri);
      return !!p && (version === undefined || p.version === undefined || p.version === version);
    }, `diagnostics for ${uri} v${version}`);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /** Runs `trigger`, then waits for the next diagnostics published for `uri`. */
  async nextDiagnostics(uri: string, trigger: () => void): Promise<Diagnostic[]> {
    const before = this.publishCount.get(uri) ?? 0;
    trigger();
    await this.until(() => (this.publishCount.get(uri) ?? 0) > before, `new diagnostics for ${uri}`);
    return this.diagnostics.get(uri)!.diagnostics;
  }

  /** Waits until `test` holds, re-checking whenever a message arrives. */
  until(test: () => boolean, what: string, timeoutMs = WAIT_MS): Promise<void> {
    if (test()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`Timed out waiting for ${what}`));
      }, timeoutMs);
      const waiter: Waiter = {
        test,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): void {
    void this.connection.sendNotification(method, params);
  }

  async stop(): Promise<void> {
    if (!this.child) {
      // In-process: the server's "exit" handler would end this very process (the test runner).
      this.connection.dispose();
      return;
    }
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.child && this.child.exitCode === null) {
      await new Promise((r) => {
        this.child!.once('exit', r);
        setTimeout(() => {
          this.child!.kill();
          r(undefined);
        }, 1000);
      });
    }
  }

  private poke(): void {
    for (const w of [...this.waiters]) {
      if (w.test()) {
        this.waiters = this.waiters.filter((x) => x !== w);
        w.resolve();
      }
    }
  }
}
