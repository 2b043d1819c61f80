// The Bulletproof language server: wires the LSP connection to a lint backend. Every handler is
// guarded, so an exception is logged and answered with an empty result; the server never dies of one.
// This module loads no engine code that only linting needs (parsers, rules, markdownlint): with the
// worker backend (main.ts), the main thread answers hover, completion and code actions from the last
// result and asks the worker for rule documentation. server.ts adds the in-thread default.
import { dirname } from 'node:path';
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { mergeConfigs, type BulletproofConfig } from '../core/config';
import type { LintResult } from '../core/lint';
import { isResumeFile } from '../core/resume-files';
import type { Rule } from '../core/types';
import { codeActions, replaceChangedPart } from './code-actions';
import { verbCompletions } from './completion';
import { ConfigFileStore, CONFIG_FILE_NAME, type ConfigFile } from './config-files';
import { isResumePath } from '../node/config-loader';
import { Debouncer, LINT_DELAY_MS } from './debounce';
import { resultForCurrentText } from './stale-result';
import { configErrorDiagnostics, findingToDiagnostic, tooComplexDiagnostic, tooLargeDiagnostic } from './diagnostics';
import { hoverAt } from './hover';
import { OnceLogger } from './once-logger';
import type { LintOutcome } from './linting';
import type { LintBackend, RuleInfo as RuleDocsInfo } from './lint-backend';
import { locate, pathToUri, uriToPath } from './locations';
import {
  FIX_ALL_KIND,
  FIX_ALL_REQUEST,
  LINT_AS_RESUME_REQUEST,
  RULES_REQUEST,
  SUMMARY_NOTIFICATION,
  SUMMARY_REQUEST,
  type InitializationOptions,
  type ResumeSummary,
  type RuleInfo,
  type SummaryNotificationParams,
  type UriParams,
} from './protocol';
import { DEFAULT_EDITOR_SETTINGS, readEditorSettings, type EditorSettings } from './settings';
import { ruleDocsUrl } from '../core/docs-url';

export interface ServerOptions {
  /** Rules to run instead of the built-in set (tests). */
  rules?: readonly Rule[];
  debounceMs?: number;
  /**
   * Where lints run. startServer's default: on this thread (in-process tests); dist/server.js passes
   * a worker thread, so requests are answered while a document lints.
   */
  backend?: LintBackend;
}

interface DocumentState {
  version: number;
  /** null: not linted (not a resume, or disabled). */
  outcome: LintOutcome | null;
  /** The configuration it was linted with (before front matter, which the engine applies itself). */
  config: BulletproofConfig;
}

export function serve(connection: Connection, backend: LintBackend, options: ServerOptions = {}): void {
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, DocumentState>();
  const forcedResumes = new Set<string>();
  const configFiles = new ConfigFileStore();
  const settingsCache = new Map<string, Promise<EditorSettings>>();
  const publishedConfigDiagnostics = new Map<string, string>();
  const logOnce = new OnceLogger((message) => connection.console.error(message));
  const debouncer = new Debouncer(options.debounceMs ?? LINT_DELAY_MS, (uri) => void guard('lint', () => lintUri(uri)));
  const justOpened = new Set<string>();
  /** Rule documentation by id, asked of the backend once (first thing, so it never waits behind a lint). */
  let rulesById: Promise<Map<string, RuleDocsInfo>> | undefined;
  const ruleDocs = () => (rulesById ??= backend.ruleInfos().then((list) => new Map((list ?? []).map((r) => [r.id, r]))));
  /** The lint under way per document: the version it lints and when it is done. */
  const linting = new Map<string, { version: number; done: Promise<void> }>();

  let workspaceRoots: string[] = [];
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canRegisterConfigurationChange = false;
  let hasWorkspaceFolders = false;
  let sendSummaries = false;
  let pushedSettings: EditorSettings = DEFAULT_EDITOR_SETTINGS;

  /** Runs a handler; an exception is logged (once per message) and answered with `fallback`. */
  async function guard<T>(what: string, run: () => T | Promise<T>, fallback?: T): Promise<T | undefined> {
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      logOnce.log(`${what}:${message}`, `Bulletproof: ${what} failed: ${message}`);
      return fallback;
    }
  }

  function settingsFor(uri: string): Promise<EditorSettings> {
    if (!canPullConfiguration) return Promise.resolve(pushedSettings);
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'bulletproof' })
        .then(readEditorSettings, () => DEFAULT_EDITOR_SETTINGS);
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Defaults ← .bulletproof.json ← editor settings (front matter and inline comments apply in the engine). */
  function configFor(uri: string, settings: EditorSettings): { config: BulletproofConfig; file?: ConfigFile } {
    const where = locate(uri, workspaceRoots);
    const file = where.path ? configFiles.nearest(dirname(where.path), where.root) : undefined;
    return { config: mergeConfigs(file?.config, settings.config), file };
  }

  function isResume(uri: string, text: string, config: BulletproofConfig, file?: ConfigFile, settings?: EditorSettings): boolean {
    if (forcedResumes.has(uri)) return true;
    const where = locate(uri, workspaceRoots);
    // The shared loader's rule (src/node/config-loader.ts): .bulletproof.json globs match relative to its folder.
    if (where.path && (file || settings)) return isResumePath(where.path, text, { file, settingsFiles: settings?.config.files, root: where.root });
    return isResumeFile(where.globPath, text, config.files);
  }

  /**
   * Lints the document as it is now; calls for a version already being linted share that lint,
   * unless `force` (the settings or the resume status changed, so the same text lints differently).
   */
  function lintUri(uri: string, force = false): Promise<void> {
    const version = documents.get(uri)?.version;
    const current = linting.get(uri);
    if (current && current.version === version && !force) return current.done;
    const done = lintNow(uri).finally(() => {
      if (linting.get(uri)?.done === done) linting.delete(uri);
    });
    if (version !== undefined) linting.set(uri, { version, done });
    return done;
  }

  async function lintNow(uri: string): Promise<void> {
    const settings = await settingsFor(uri);
    for (const problem of settings.problems) logOnce.log(`settings:${problem}`, problem);
    const doc = documents.get(uri);
    if (!doc) return;
    const { config, file } = configFor(uri, settings);
    publishConfigErrors();
    const text = doc.getText();
    let outcome: LintOutcome | null = null;
    if (settings.enable && isResume(uri, text, config, file, settings)) {
      const linted = await backend.lint(uri, text, config);
      // Superseded by a newer lint of this document, or the document changed or closed meanwhile:
      // the lint of the newer version publishes instead.
      if (!linted || documents.get(uri)?.version !== doc.version) return;
      outcome = linted;
    }
    states.set(uri, { version: doc.version, outcome, config });
    connection.sendDiagnostics({ uri, version: doc.version, diagnostics: diagnosticsOf(outcome, doc) });
    if (outcome?.kind === 'linted') {
      for (const e of outcome.result.ruleErrors) {
        logOnce.log(`rule:${e.ruleId}`, `Bulletproof: rule "${e.ruleId}" threw and was skipped (other rules still ran): ${e.message}`);
      }
    } else if (outcome?.kind === 'failed') {
      logOnce.log(`failed:${outcome.message}`, `Bulletproof: could not lint ${uri}: ${outcome.message}`);
    }
    if (sendSummaries) {
      const params: SummaryNotificationParams = { uri, summary: summaryOf(outcome) };
      void connection.sendNotification(SUMMARY_NOTIFICATION, params);
    }
  }

  function diagnosticsOf(outcome: LintOutcome | null, doc: TextDocument): Diagnostic[] {
    if (!outcome || outcome.kind === 'failed') return [];
    if (outcome.kind === 'too-large') return [tooLargeDiagnostic(outcome.size, outcome.limit)];
    if (outcome.kind === 'too-complex') return [tooComplexDiagnostic(outcome.delimiters, outcome.limit)];
    return outcome.result.findings.map((f) => findingToDiagnostic(f, doc));
  }

  function summaryOf(outcome: LintOutcome | null | undefined): ResumeSummary | null {
    return outcome?.kind === 'linted' ? outcome.summary : null;
  }

  /** Errors in every config file seen so far, published on the file; cleared once fixed or deleted. */
  function publishConfigErrors(): void {
    const current = new Map<string, Diagnostic[]>();
    for (const file of configFiles.loaded()) {
      if (!file.errors.length) continue;
      const uri = pathToUri(file.path);
      current.set(uri, configErrorDiagnostics(file.errors, TextDocument.create(uri, 'json', 0, file.text)));
    }
    for (const uri of publishedConfigDiagnostics.keys()) {
      if (!current.has(uri)) {
        publishedConfigDiagnostics.delete(uri);
        connection.sendDiagnostics({ uri, diagnostics: [] });
      }
    }
    for (const [uri, diagnostics] of current) {
      const key = JSON.stringify(diagnostics);
      if (publishedConfigDiagnostics.get(uri) === key) continue;
      publishedConfigDiagnostics.set(uri, key);
      connection.sendDiagnostics({ uri, diagnostics });
    }
  }

  /**
   * The lint result for the document as it is now (linting at once if a debounced lint is pending).
   * Undefined when the request was cancelled ($/cancelRequest) or the document changed meanwhile.
   */
  async function freshOutcome(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; outcome: LintOutcome | null } | undefined> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc = documents.get(uri);
      if (!doc) return undefined;
      const state = states.get(uri);
      if (state?.version === doc.version) return { doc, outcome: state.outcome };
      debouncer.cancel(uri);
      if (!(await untilCancelled(lintUri(uri), token))) return undefined;
    }
    return undefined;
  }

  /** The last lint result, whatever version it is of: hover and completion answer at once from it. */
  async function lastOutcome(uri: string, token?: CancellationToken): Promise<{ doc: TextDocument; outcome: LintOutcome | null } | undefined> {
    const doc = documents.get(uri);
    const state = states.get(uri);
    if (doc && state) return { doc, outcome: state.outcome };
    return freshOutcome(uri, token); // never linted yet: the first lint is the only result there is
  }

  /** Resolves true when `work` is done, false as soon as the request is cancelled. */
  function untilCancelled(work: Promise<unknown>, token?: CancellationToken): Promise<boolean> {
    if (!token) return work.then(() => true);
    if (token.isCancellationRequested) return Promise.resolve(false);
    return new Promise((resolve) => {
      const listener = token.onCancellationRequested(() => resolve(false));
      void work.then(() => {
        listener.dispose();
        resolve(true);
      });
    });
  }

  function linted(found: { doc: TextDocument; outcome: LintOutcome | null } | undefined): { doc: TextDocument; result: LintResult } | undefined {
    return found?.outcome?.kind === 'linted' ? { doc: found.doc, result: found.outcome.result } : undefined;
  }

  /** The document after every safe fix, run to a fixed point off this thread. */
  async function fixAllText(uri: string, doc: TextDocument): Promise<string | undefined> {
    const config = states.get(uri)?.config;
    return config ? backend.fixAll(uri, doc.getText(), config) : undefined;
  }

  /** What a cancelled request answers: the LSP "request cancelled" error. */
  const cancelled = () => new ResponseError(LSPErrorCodes.RequestCancelled, 'Request cancelled');

  function relintAll(): void {
    for (const doc of documents.all()) {
      debouncer.cancel(doc.uri);
      void guard('lint', () => lintUri(doc.uri, true));
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const caps = params.capabilities;
    canPullConfiguration = !!caps.workspace?.configuration;
    canWatchFiles = !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    canRegisterConfigurationChange = !!caps.workspace?.didChangeConfiguration?.dynamicRegistration;
    hasWorkspaceFolders = !!caps.workspace?.workspaceFolders;
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    sendSummaries = init.summaryNotifications === true;
    // Some editors send their whole config table as initializationOptions ({ bulletproof: {…} }).
    const initial = init.settings ?? init.bulletproof;
    if (initial !== undefined) pushedSettings = readEditorSettings(initial);
    workspaceRoots = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    if (!workspaceRoots.length && params.rootUri) workspaceRoots = [uriToPath(params.rootUri)].filter((p): p is string => !!p);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        // A space after the list marker opens the verb list; Markdown has quick suggestions off by default.
        completionProvider: { triggerCharacters: [' '] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'bulletproof', version: typeof BULLETPROOF_VERSION === 'string' ? BULLETPROOF_VERSION : undefined },
    };
  });

  connection.onInitialized(() => {
    void guard('rule documentation', ruleDocs);
    if (canRegisterConfigurationChange) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'bulletproof' });
    if (canWatchFiles) {
      void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
    }
    if (hasWorkspaceFolders) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        const removed = new Set(e.removed.map((f) => uriToPath(f.uri)));
        workspaceRoots = [...workspaceRoots.filter((r) => !removed.has(r)), ...e.added.map((f) => uriToPath(f.uri)).filter((p): p is string => !!p)];
        configFiles.forget();
        relintAll();
      });
    }
  });

  connection.onDidChangeConfiguration((change) => {
    settingsCache.clear();
    if (!canPullConfiguration) {
      const pushed = (change.settings as { bulletproof?: unknown } | null)?.bulletproof;
      if (pushed !== undefined) pushedSettings = readEditorSettings(pushed);
    }
    relintAll();
  });

  connection.onDidChangeWatchedFiles((change) => {
    for (const c of change.changes) {
      const path = uriToPath(c.uri);
      if (path) configFiles.forget(path);
    }
    // A new config file may now be the nearest one for paths that were cached as "none here".
    configFiles.forget();
    relintAll();
  });

  documents.onDidOpen((e) => {
    justOpened.add(e.document.uri);
    void guard('lint', () => lintUri(e.document.uri));
  });
  documents.onDidChangeContent((e) => {
    if (justOpened.delete(e.document.uri)) return; // fired right after onDidOpen, already linting
    debouncer.schedule(e.document.uri);
  });
  documents.onDidClose((e) => {
    const uri = e.document.uri;
    debouncer.cancel(uri);
    states.delete(uri);
    settingsCache.delete(uri);
    connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  // Hover, completion and quick fixes answer at once from the last result (quick fixes with their edits
  // mapped to the text as it is now, src/server/stale-result.ts). The fix-all source action runs the
  // engine on the text as it is now, so it waits for the current result (and stops when cancelled).
  connection.onCodeAction((params, token) =>
    guard('code actions', async () => {
      const uri = params.textDocument.uri;
      // Fix-all runs the engine to a fixed point: only for the explicit source action (as code-actions.ts
      // asks for it), computed off this thread before the synchronous action builder runs.
      const only = params.context.only ?? [];
      const wantsFixAll = only.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`));
      const current = documents.get(uri);
      const last = states.get(uri);
      if (!wantsFixAll && current && last && last.version !== current.version && last.outcome?.kind === 'linted') {
        const mapped = resultForCurrentText(last.outcome.result, current.getText());
        if (mapped) return codeActions(current, mapped, params, () => current.getText());
      }
      const fresh = linted(await freshOutcome(uri, token));
      if (token.isCancellationRequested) return cancelled();
      if (!fresh) return [];
      const fixed = wantsFixAll && fresh.result.findings.some((f) => f.fixes.some((x) => x.isPreferred)) ? await fixAllText(uri, fresh.doc) : undefined;
      if (token.isCancellationRequested) return cancelled();
      if (documents.get(uri)?.version !== fresh.doc.version) return [];
      return codeActions(fresh.doc, fresh.result, params, () => fixed ?? fresh.doc.getText());
    }, []),
  );

  connection.onHover((params, token) =>
    guard('hover', async () => {
      const last = linted(await lastOutcome(params.textDocument.uri, token));
      if (token.isCancellationRequested) return cancelled();
      return last ? hoverAt(last.doc, last.result, params.position, await ruleDocs()) : null;
    }, null),
  );

  connection.onCompletion((params, token) =>
    guard('completion', async () => {
      const last = linted(await lastOutcome(params.textDocument.uri, token));
      if (token.isCancellationRequested) return cancelled();
      return last ? verbCompletions(last.doc, last.result.document, last.result.config, params.position) : [];
    }, []),
  );

  connection.onRequest(SUMMARY_REQUEST, (params: UriParams, token) =>
    guard('summary', async () => summaryOf((await freshOutcome(params.uri, token))?.outcome), null),
  );

  connection.onRequest(LINT_AS_RESUME_REQUEST, (params: UriParams) =>
    guard('lint as resume', async () => {
      forcedResumes.add(params.uri);
      debouncer.cancel(params.uri);
      await lintUri(params.uri, true);
      return summaryOf(states.get(params.uri)?.outcome);
    }, null),
  );

  connection.onRequest(FIX_ALL_REQUEST, (params: UriParams, token) =>
    guard('fix all', async () => {
      const fresh = linted(await freshOutcome(params.uri, token));
      if (token.isCancellationRequested) return cancelled();
      const fixed = fresh && (await fixAllText(params.uri, fresh.doc));
      if (!fresh || fixed === undefined || documents.get(params.uri)?.version !== fresh.doc.version) return null;
      return replaceChangedPart(fresh.doc, fixed);
    }, null),
  );

  connection.onRequest(RULES_REQUEST, async (): Promise<RuleInfo[]> =>
    [...(await ruleDocs()).values()].map((r) => ({ id: r.id, category: r.category, description: r.description, url: ruleDocsUrl(r.id) })),
  );

  connection.onShutdown(() => {
    debouncer.cancelAll();
    backend.dispose();
  });

  documents.listen(connection);
  connection.listen();
}

declare const BULLETPROOF_VERSION: string | undefined;
