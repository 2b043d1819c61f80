// The commands that need Node: the starter resume (writes files), tailor and referral (read and
// write files, print the PDF with Chromium). The commands that only talk to the language server are
// in lsp-commands.ts (they run in the browser too). Each returns a value so tests can check what it did.
import * as vscode from 'vscode';
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

export function registerCommands(context: vscode.ExtensionContext): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));

  // First run (init.ts): the starter resume command, offered once when the workspace has no resume.
  register('bulletproof.createStarterResume', (folder?: vscode.Uri) => createStarterResume(folder));
  void offerStarterResume(context);

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
