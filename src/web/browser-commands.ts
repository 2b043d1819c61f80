// The commands that need Node, as the browser build (vscode.dev, github.dev) offers them. Tailor and
// referral read postings, write outputs beside the resume and print the PDF with Chromium: in the
// browser they say so and where they do work. The starter resume only writes two files, which
// vscode.workspace.fs can do on any file system the editor has open.
import * as vscode from 'vscode';
import { STARTER_CONFIG, STARTER_RESUME, STARTER_RESUME_NAME } from '../node/starter';

const CONFIG_FILE_NAME = '.bulletproof.json';

export const NEEDS_DESKTOP: Record<'bulletproof.tailor' | 'bulletproof.draftReferral', string> = {
  'bulletproof.tailor':
    'Bulletproof: "Tailor Resume to Job…" is not available in the browser: it writes the tailored resume, HTML and PDF next to your resume and prints the PDF with a local Chromium. Use desktop VS Code, or run "npx bulletproof tailor resume.md job.txt" in a terminal.',
  'bulletproof.draftReferral':
    'Bulletproof: "Draft Referral Intro…" is not available in the browser: it reads the job posting and writes the drafts as files next to your resume. Use desktop VS Code, or run "npx bulletproof referral resume.md job.txt" in a terminal.',
};

export interface BrowserStarterOutcome {
  resume: vscode.Uri;
  created: vscode.Uri[];
  existing: vscode.Uri[];
}

export function registerBrowserCommands(context: vscode.ExtensionContext): void {
  const register = (id: string, run: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  for (const [id, message] of Object.entries(NEEDS_DESKTOP)) {
    // From the palette: a message. Called by code with arguments: an error, as the desktop command throws.
    register(id, (args?: unknown) => {
      if (args !== undefined) throw new Error(message);
      void vscode.window.showWarningMessage(message);
      return undefined;
    });
  }
  register('bulletproof.createStarterResume', (folder?: vscode.Uri) => createStarterResume(folder));
}

/** The same files as `bulletproof init`, through the editor's file system; never over an existing file. */
export async function createStarterResume(folder?: vscode.Uri): Promise<BrowserStarterOutcome | undefined> {
  const target = folder ?? (await pickFolder());
  if (!target) {
    void vscode.window.showInformationMessage('Bulletproof: open a folder first; the starter resume and .bulletproof.json go into it.');
    return undefined;
  }
  const outcome: BrowserStarterOutcome = { resume: vscode.Uri.joinPath(target, STARTER_RESUME_NAME), created: [], existing: [] };
  for (const [name, text] of [[STARTER_RESUME_NAME, STARTER_RESUME], [CONFIG_FILE_NAME, STARTER_CONFIG]] as const) {
    const uri = vscode.Uri.joinPath(target, name);
    if (await exists(uri)) {
      outcome.existing.push(uri);
      continue;
    }
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    outcome.created.push(uri);
  }
  await vscode.window.showTextDocument(outcome.resume);
  if (outcome.existing.length) {
    const names = outcome.existing.map((u) => vscode.workspace.asRelativePath(u)).join(' and ');
    void vscode.window.showInformationMessage(`Bulletproof: ${names} already existed and ${outcome.existing.length > 1 ? 'were' : 'was'} left unchanged.`);
  }
  return outcome;
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the starter resume go?' }))?.uri;
}
