// Choosing the resume and the job posting for the tailor and referral commands: from command arguments,
// the active editor, the workspace, the clipboard or the selection. A pasted posting is saved as a new
// file under jobs/ (never over an existing one) so the tailoring can name and reuse it.
import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DEFAULT_RESUME_GLOBS, isResumeFile } from '../core/resume-files';
import { validateConfig, type BulletproofConfig } from '../core/config';
import { checkPosting } from '../core/tailor/posting-check';
import { jobSlug, parseJobPosting } from '../core/job';
import { writeNewFile } from '../node/new-file';
import { CONFIG_FILE_NAME, ConfigLoader } from '../node/config-loader';

// VS Code's globs allow no nested {…}: one search per pattern.
const JOB_GLOBS = ['jobs/**/*.{md,markdown,txt}', '**/*job*.{md,markdown,txt}'];
const EXCLUDE = '{**/node_modules/**,**/tailored/**,**/.git/**}';

/** A URI from a command argument: a Uri, a URI string, a file path, or a Uri that lost its prototype. */
export function asUri(value: unknown): vscode.Uri | undefined {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string' && value) {
    const hasScheme = /^[a-z][\w+.-]+:/i.test(value) && !/^[a-z]:[\\/]/i.test(value);
    return hasScheme ? vscode.Uri.parse(value) : vscode.Uri.file(value);
  }
  if (value && typeof value === 'object' && typeof (value as { scheme?: unknown }).scheme === 'string' && typeof (value as { path?: unknown }).path === 'string') {
    return vscode.Uri.from(value as { scheme: string; path: string });
  }
  return undefined;
}

/** Outputs are written with Node's fs, so inputs and outputs must be files on disk. */
export function requireFileUri(uri: vscode.Uri, what: string): vscode.Uri {
  if (uri.scheme !== 'file') throw new Error(`Bulletproof: the ${what} must be a file on disk, not ${uri.toString()}.`);
  return uri;
}

/** The text of a file as the editor has it (unsaved edits included). */
export async function readText(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

/** Where new files for this URI go: its workspace folder, else its own folder. */
export function baseFolder(uri: vscode.Uri): vscode.Uri {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri ?? vscode.Uri.file(dirname(uri.fsPath));
}

/**
 * The resume and the posting a command works on: from its arguments when code called it (no prompts;
 * a clear error when one is missing), else picked, starting from the last tailoring's. Undefined when
 * the user cancels.
 */
export async function resumeAndJob(
  title: string,
  given: { resume?: unknown; job?: unknown } | undefined,
  last: { resume?: vscode.Uri; job?: vscode.Uri } | undefined,
): Promise<{ resume: vscode.Uri; job: vscode.Uri } | undefined> {
  if (given) {
    const resume = asUri(given.resume);
    const job = asUri(given.job);
    if (!resume || !job) throw new Error(`${title}: pass both { resume, job } (URIs), or no arguments to be asked.`);
    return { resume, job };
  }
  const resume = await pickResume(title, last?.resume);
  if (!resume) return undefined;
  const job = await pickJob(title, { last: last?.job, resume });
  return job ? { resume, job } : undefined;
}

// ---- resume -------------------------------------------------------------------------------------

/**
 * The resume in the active editor, else `preferred` (the last tailoring's), else the only resume in
 * the workspace, else the user's choice among several or from a dialog.
 */
export async function pickResume(title: string, preferred?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active && active.uri.scheme === 'file' && active.languageId === 'markdown' && isResumeFile(vscode.workspace.asRelativePath(active.uri, false), active.getText(), resumeGlobs(active.uri))) {
    return active.uri;
  }
  if (preferred?.scheme === 'file' && existsSync(preferred.fsPath)) return preferred;
  const found = await findResumes();
  if (found.length === 1) return found[0];
  if (found.length > 1) {
    const picked = await vscode.window.showQuickPick(
      found.map((uri) => ({ label: vscode.workspace.asRelativePath(uri), uri })),
      { title, placeHolder: 'Which resume?' },
    );
    return picked?.uri;
  }
  const chosen = await vscode.window.showOpenDialog({ title: `${title}: choose your resume`, canSelectMany: false, filters: { Markdown: ['md', 'markdown'] } });
  return chosen?.[0];
}

function resumeGlobs(scope?: vscode.Uri): string[] {
  const configured = vscode.workspace.getConfiguration('bulletproof', scope).get<string[]>('files') ?? [];
  if (configured.length) return configured;
  // Else the workspace folder's .bulletproof.json, read by the loader the server and the CLI share.
  const folder = scope && vscode.workspace.getWorkspaceFolder(scope);
  const fromFile = folder?.uri.scheme === 'file' ? new ConfigLoader().load(join(folder.uri.fsPath, CONFIG_FILE_NAME))?.config.files : undefined;
  return fromFile?.length ? fromFile : DEFAULT_RESUME_GLOBS;
}

async function findResumes(): Promise<vscode.Uri[]> {
  const found = new Map<string, vscode.Uri>();
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const glob of resumeGlobs(folder.uri)) {
      for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob), EXCLUDE, 50)) found.set(uri.toString(), uri);
    }
  }
  return [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
}

// ---- job posting --------------------------------------------------------------------------------

type JobItem = vscode.QuickPickItem & { take?: () => Promise<vscode.Uri | undefined> };

/**
 * A job posting: a workspace file (jobs/**, *job*), the posting of the last tailoring, the selected
 * text or the clipboard (both saved under jobs/ first), or any file from a dialog.
 */
export async function pickJob(title: string, options: { last?: vscode.Uri; resume?: vscode.Uri } = {}): Promise<vscode.Uri | undefined> {
  const near = options.resume;
  const isResume = (uri: vscode.Uri) => uri.toString() === near?.toString();
  const editor = vscode.window.activeTextEditor;
  // A selection inside the resume is not a posting.
  const selection = editor && !editor.selection.isEmpty && !isResume(editor.document.uri) ? editor.document.getText(editor.selection) : '';
  const items: JobItem[] = [];
  if (selection.trim()) {
    items.push({ label: '$(selection) Use the selected text', description: 'saved as a new file in jobs/', take: () => saveJobText(selection, near ?? editor!.document.uri) });
  }
  if (options.last?.scheme === 'file' && existsSync(options.last.fsPath)) {
    const last = options.last;
    items.push({ label: `$(history) ${vscode.workspace.asRelativePath(last)}`, description: 'the last tailoring', take: async () => last });
  }
  const found = new Map<string, vscode.Uri>();
  for (const glob of JOB_GLOBS) for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE, 200)) found.set(uri.toString(), uri);
  const files = [...found.values()]
    .filter((uri) => uri.toString() !== options.last?.toString() && !isResume(uri))
    .sort((a, b) => vscode.workspace.asRelativePath(a).localeCompare(vscode.workspace.asRelativePath(b)));
  if (files.length) items.push({ label: 'Job postings', kind: vscode.QuickPickItemKind.Separator });
  for (const uri of files) items.push({ label: `$(file) ${vscode.workspace.asRelativePath(uri)}`, take: async () => uri });
  items.push(
    { label: '', kind: vscode.QuickPickItemKind.Separator },
    { label: '$(clippy) Paste the posting from the clipboard', description: 'saved as a new file in jobs/', take: () => jobFromClipboard(near) },
    { label: '$(folder-opened) Choose a file…', take: () => jobFromDialog(title) },
  );
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Which job posting?', matchOnDescription: true });
  return picked?.take?.();
}

async function jobFromClipboard(near: vscode.Uri | undefined): Promise<vscode.Uri | undefined> {
  const text = await vscode.env.clipboard.readText();
  if (!text.trim()) {
    void vscode.window.showInformationMessage('Bulletproof: the clipboard is empty. Copy the job posting first.');
    return undefined;
  }
  return saveJobText(text, near);
}

async function jobFromDialog(title: string): Promise<vscode.Uri | undefined> {
  const chosen = await vscode.window.showOpenDialog({ title: `${title}: choose the job posting`, canSelectMany: false, filters: { 'Job postings': ['md', 'markdown', 'txt', 'html', 'htm', 'json', 'csv'], 'All files': ['*'] } });
  return chosen?.[0];
}

/**
 * Saves a pasted posting as jobs/<company>-<title>.md in the workspace (or beside `near`), under a
 * new name when that file exists: a saved posting is never overwritten.
 */
export async function saveJobText(text: string, near: vscode.Uri | undefined): Promise<vscode.Uri> {
  const root = near ? baseFolder(near) : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!root || root.scheme !== 'file') throw new Error('Bulletproof: open a folder to save the job posting in.');
  const content = text.endsWith('\n') ? text : `${text}\n`;
  const path = writeNewFile(join(root.fsPath, 'jobs'), jobSlug(parseJobPosting(content), 'job-posting'), '.md', content);
  return vscode.Uri.file(path);
}

/**
 * The editor's `bulletproof.rules` setting for this resume, as a config layer over .bulletproof.json:
 * the same rule severities the language server lints with, so the tailor and referral commands
 * flag (and order, and warn about) the same bullets the editor underlines.
 */
export function settingsLayer(resume: vscode.Uri): BulletproofConfig | undefined {
  const rules = vscode.workspace.getConfiguration('bulletproof', resume).get<Record<string, unknown>>('rules');
  if (!rules || typeof rules !== 'object' || !Object.keys(rules).length) return undefined;
  return validateConfig({ rules }, () => {});
}

/** Refuses an empty or non-posting job file with the core check's reason (nothing is written). */
export function requirePosting(job: vscode.Uri, text: string, resumeText: string): void {
  const refusal = text.trim() && text.trim() === resumeText.trim() ? 'the job posting is the resume itself.' : checkPosting(parseJobPosting(text)).message;
  if (refusal) throw new Error(`Bulletproof: ${vscode.workspace.asRelativePath(job, false)}: ${refusal} Nothing was written.`);
}
