// First run in VS Code: the command "Bulletproof: Create Starter Resume" (the same files as
// `bulletproof init`, never over an existing file) and, once per workspace, an offer to run it when
// the workspace holds no resume.
import * as vscode from 'vscode';
import { join } from 'node:path';
import { DEFAULT_RESUME_GLOBS } from '../core/resume-files';
import { CONFIG_FILE_NAME, ConfigLoader } from '../node/config-loader';
import { createStarterFiles, STARTER_RESUME_NAME } from '../node/starter';

export const CREATE_STARTER_COMMAND = 'bulletproof.createStarterResume';
const OFFERED_KEY = 'bulletproof.starterResumeOffered';
const EXCLUDE = '{**/node_modules/**,**/.git/**,**/tailored/**}';

export interface StarterOutcome {
  resume: vscode.Uri;
  created: vscode.Uri[];
  existing: vscode.Uri[];
}

/** Writes the starter files into `folder` (else the workspace folder, asked when several) and opens the resume. */
export async function createStarterResume(folder?: vscode.Uri): Promise<StarterOutcome | undefined> {
  const target = folder ?? (await pickFolder());
  if (!target) {
    void vscode.window.showInformationMessage('Bulletproof: open a folder first; the starter resume and .bulletproof.json go into it.');
    return undefined;
  }
  if (target.scheme !== 'file') {
    void vscode.window.showWarningMessage('Bulletproof: Create Starter Resume needs a folder on disk.');
    return undefined;
  }
  const result = createStarterFiles(target.fsPath);
  const outcome: StarterOutcome = {
    resume: vscode.Uri.joinPath(target, STARTER_RESUME_NAME),
    created: result.created.map((p) => vscode.Uri.file(p)),
    existing: result.existing.map((p) => vscode.Uri.file(p)),
  };
  await vscode.window.showTextDocument(outcome.resume);
  if (outcome.existing.length) {
    const names = outcome.existing.map((u) => vscode.workspace.asRelativePath(u)).join(' and ');
    void vscode.window.showInformationMessage(`Bulletproof: ${names} already existed and ${outcome.existing.length > 1 ? 'were' : 'was'} left unchanged.`);
  }
  return outcome;
}

async function pickFolder(): Promise<vscode.Uri | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length <= 1) return folders[0]?.uri;
  return (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Where should the starter resume go?' }))?.uri;
}

/** Once per workspace: when no folder holds a resume, offer the command. */
export async function offerStarterResume(context: vscode.ExtensionContext): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
  if (!folders.length || context.workspaceState.get(OFFERED_KEY)) return;
  for (const folder of folders) if (await holdsResume(folder)) return;
  await context.workspaceState.update(OFFERED_KEY, true);
  const create = 'Create Starter Resume';
  const choice = await vscode.window.showInformationMessage(
    'Bulletproof: no resume in this workspace yet (resume*.md, cv*.md). Create a starter resume and a commented .bulletproof.json?',
    create,
  );
  if (choice === create) await vscode.commands.executeCommand(CREATE_STARTER_COMMAND);
}

/** The globs the language server uses for the folder: editor setting, else .bulletproof.json, else the defaults. */
async function holdsResume(folder: vscode.WorkspaceFolder): Promise<boolean> {
  const fromSettings = vscode.workspace.getConfiguration('bulletproof', folder.uri).get<string[]>('files') ?? [];
  const fromFile = new ConfigLoader().load(join(folder.uri.fsPath, CONFIG_FILE_NAME))?.config.files ?? [];
  const globs = fromSettings.length ? fromSettings : fromFile.length ? fromFile : DEFAULT_RESUME_GLOBS;
  for (const glob of globs) {
    if ((await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, 1)).length) return true;
  }
  // A Markdown file open with front matter `resume: true` is a resume too.
  return vscode.workspace.textDocuments.some((d) => d.languageId === 'markdown' && /^---\r?\n(?:[^\n]*\r?\n)*?resume\s*:\s*(true|yes)\s*\r?\n/i.test(d.getText().slice(0, 4000)));
}
