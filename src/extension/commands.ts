// The commands under the "Bulletproof" category. Each returns a value so tests can check what it did.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageclient';
import {
  FIX_ALL_REQUEST,
  LINT_AS_RESUME_REQUEST,
  RULES_REQUEST,
  type ResumeSummary,
  type RuleInfo,
  type UriParams,
} from '../server/protocol';
import { LastTailoring } from './last-tailoring';
import { createStarterResume, offerStarterResume } from './init';

type FeatureCommands = typeof import('./feature-commands');
let featureCommands: FeatureCommands | undefined;

/**
 * The tailor and referral commands, loaded on first use: a separate bundle beside this one
 * (dist/feature-commands.js, external to dist/extension.js), so activation does not load the engine.
 */
function features(): FeatureCommands {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (featureCommands ??= require('./feature-commands.js') as FeatureCommands);
}

export function registerCommands(context: vscode.ExtensionContext, client: LanguageClient, onSummary: (uri: string, s: ResumeSummary | null) => void): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  // First run (init.ts): the starter resume command, offered once when the workspace has no resume.
  register('bulletproof.createStarterResume', (folder?: vscode.Uri) => createStarterResume(folder));
  void offerStarterResume(context);

  /** Applies every auto-fixable problem's preferred fix; true when something changed. */
  register('bulletproof.fixAll', async (uri?: vscode.Uri): Promise<boolean> => {
    const doc = await targetDocument(uri);
    if (!doc) return false;
    const params: UriParams = { uri: doc.uri.toString() };
    const edit = await client.sendRequest<LspWorkspaceEdit | null>(FIX_ALL_REQUEST, params);
    if (!edit) {
      void vscode.window.setStatusBarMessage('Bulletproof: nothing to fix automatically.', 3000);
      return false;
    }
    return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(edit));
  });

  /** Lints the active document as a resume whatever its name; returns its summary. */
  register('bulletproof.lintAsResume', async (uri?: vscode.Uri): Promise<ResumeSummary | null> => {
    let doc = await targetDocument(uri);
    if (!doc) return null;
    // The server only sees Markdown documents.
    if (doc.languageId !== 'markdown') doc = await vscode.languages.setTextDocumentLanguage(doc, 'markdown');
    const params: UriParams = { uri: doc.uri.toString() };
    const summary = await client.sendRequest<ResumeSummary | null>(LINT_AS_RESUME_REQUEST, params);
    onSummary(params.uri, summary);
    if (!summary) void vscode.window.showWarningMessage('Bulletproof could not lint this file (disabled, or too large).');
    return summary;
  });

  /** Opens a rule's documentation page in the Markdown preview; with no argument, asks which rule. */
  register('bulletproof.showRuleDocs', async (ruleId?: string): Promise<string | undefined> => {
    const rules = await client.sendRequest<RuleInfo[]>(RULES_REQUEST, {});
    let rule = rules.find((r) => r.id === ruleId);
    if (!rule) {
      const picked = await vscode.window.showQuickPick(
        rules.map((r) => ({ label: r.id, description: r.category, detail: r.description, rule: r })),
        { title: 'Bulletproof: Show Rule Documentation', placeHolder: 'Rule', matchOnDescription: true, matchOnDetail: true },
      );
      rule = picked?.rule;
    }
    if (!rule) return undefined;
    const page = vscode.Uri.joinPath(context.extensionUri, 'docs', 'rules', `${rule.id}.md`);
    try {
      await vscode.workspace.fs.stat(page);
    } catch {
      await vscode.env.openExternal(vscode.Uri.parse(rule.url));
      return rule.url;
    }
    await vscode.commands.executeCommand('markdown.showPreview', page);
    return page.toString();
  });

  const lastTailoring = new LastTailoring(context.workspaceState);
  /** Tailors a resume to a posting; with { resume, job, outDir } asks nothing and returns the output URIs. */
  register('bulletproof.tailor', asking((args) => features().tailorCommand(lastTailoring, args)));
  /** Drafts referral messages; with { resume, job, referrer } asks nothing and returns the drafts (CLI --json shape). */
  register('bulletproof.draftReferral', asking((args) => features().draftReferralCommand(lastTailoring, args)));
}

/**
 * Run from the palette (no arguments), a failure is shown as an error message; called by code with
 * arguments, it is thrown to the caller.
 */
function asking<T>(run: (args: unknown) => Promise<T>): (args?: unknown) => Promise<T | undefined> {
  return async (args?: unknown) => {
    try {
      return await run(args);
    } catch (e) {
      if (args !== undefined) throw e;
      void vscode.window.showErrorMessage((e as Error).message);
      return undefined;
    }
  };
}

async function targetDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
  if (uri instanceof vscode.Uri) return vscode.workspace.openTextDocument(uri);
  const doc = vscode.window.activeTextEditor?.document;
  if (!doc) void vscode.window.showInformationMessage('Bulletproof: open a resume first.');
  return doc;
}
