// "Bulletproof: Tailor Resume to Job…": resume + posting → tailored/<company>-<title>/ with resume.md,
// resume.html, resume.pdf (when a Chromium-family browser is found) and report.md, written by the same
// code as `bulletproof tailor` (src/node/outputs.ts). With arguments it asks nothing and returns the
// output URIs: executeCommand('bulletproof.tailor', { resume, job, outDir }).
import * as vscode from 'vscode';
import { basename, join } from 'node:path';
import { parseJobPosting } from '../core/job';
import { parseResumeAs } from '../core/formats';
import type { EligibilityCheck } from '../core/job/eligibility-types';
import { resumeProblem, tailorResume } from '../core/tailor';
import { mergeConfigs } from '../core/config';
import { nearestConfig } from '../node/referral';
import { OUTPUT_FORMATS, outputFolderName, writeTailoredOutputs, type OutputFormat } from '../node/outputs';
import type { LastTailoring } from './last-tailoring';
import { asUri, baseFolder, readText, requireFileUri, requirePosting, resumeAndJob, settingsLayer } from './pick';
import { roleName } from './referral-markdown';

const TITLE = 'Bulletproof: Tailor Resume to Job';

export interface TailorArgs {
  resume?: vscode.Uri | string;
  job?: vscode.Uri | string;
  /** The folder to write into; default <workspace>/tailored/<company>-<title>. "-2", "-3"… when it holds files you changed. */
  outDir?: vscode.Uri | string;
  /** Default md, html and pdf; report.md is always written. */
  formats?: OutputFormat[];
  paper?: 'letter' | 'a4';
  /** Open report.md and the tailored resume.md (always done when the command asks for its inputs). */
  open?: boolean;
  /** Print, count pages and cut until the PDF is one page (as `bulletproof tailor --one-page`). */
  onePage?: boolean;
}

export interface TailorCommandResult {
  dir: vscode.Uri;
  /** The folder held this command's earlier, unchanged outputs and was refreshed. */
  reused: boolean;
  /** report.md, resume.md, resume.html, resume.pdf → where each was written. */
  outputs: Record<string, vscode.Uri>;
  score: number;
  /** Why an asked-for output is missing (no browser, the browser failed). */
  warnings: string[];
  /** Every "Before sending" line of report.md (the CLI's --json `warnings`). */
  beforeSending: string[];
  eligibility: EligibilityCheck[];
  /** One-page mode: pages printed and what was cut. */
  onePage?: { pages?: number; fits?: boolean; density: number; layout: string; dropped: { text: string; why: string }[] };
  pdf: 'written' | 'no-browser' | 'failed' | 'not-asked';
  resume: vscode.Uri;
  job: vscode.Uri;
}

export async function tailorCommand(memory: LastTailoring, args?: unknown): Promise<TailorCommandResult | undefined> {
  const given = isArgs(args) ? args : undefined;
  const inputs = await resumeAndJob(TITLE, given, memory.get());
  if (!inputs) return undefined;
  const { resume, job } = inputs;
  requireFileUri(resume, 'resume');
  requireFileUri(job, 'job posting');
  const outDir = asUri(given?.outDir);
  if (outDir) requireFileUri(outDir, 'output folder');

  const result = await run(resume, job, outDir, given);
  await memory.set({ resume, job });
  if (!given || given.open) await openOutputs(result);
  if (!given) announce(result);
  return result;
}

function isArgs(value: unknown): value is TailorArgs {
  return !!value && typeof value === 'object' && !(value instanceof vscode.Uri) && ('resume' in value || 'job' in value);
}

async function run(resume: vscode.Uri, job: vscode.Uri, outDir: vscode.Uri | undefined, args: TailorArgs | undefined): Promise<TailorCommandResult> {
  const jobText = await readText(job);
  const resumeText = await readText(resume);
  requirePosting(job, jobText, resumeText);
  const resumeDoc = parseResumeAs(resumeText, { path: resume.fsPath });
  const noBullets = resumeProblem(resumeDoc);
  if (noBullets) throw new Error(`Bulletproof: ${vscode.workspace.asRelativePath(resume, false)}: ${noBullets} Nothing was written.`);
  const posting = parseJobPosting(jobText, { name: basename(job.fsPath) });
  const role = roleName(posting);
  const location = args ? vscode.ProgressLocation.Window : vscode.ProgressLocation.Notification;
  return vscode.window.withProgress({ location, title: `${TITLE}: ${role}` }, async (progress) => {
    progress.report({ message: 'matching…' });
    const result = tailorResume(resumeDoc, posting, {
      files: { resume: vscode.workspace.asRelativePath(resume, false), job: vscode.workspace.asRelativePath(job, false) },
      // .bulletproof.json and the editor's bulletproof.rules: the bullets the editor flags sort last.
      config: mergeConfigs(nearestConfig(resume.fsPath), settingsLayer(resume)),
      // Core reads no clock: deadlines and "currently enrolled" are judged by today, passed here.
      today: new Date(),
    });
    const browserPath = vscode.workspace.getConfiguration('bulletproof', resume).get<string>('browserPath')?.trim();
    const written = await writeTailoredOutputs(result, {
      dir: outDir?.fsPath ?? join(baseFolder(resume).fsPath, 'tailored', outputFolderName(posting, basename(job.fsPath))),
      onePage: args?.onePage,
      formats: args?.formats?.filter((f) => OUTPUT_FORMATS.includes(f)) ?? OUTPUT_FORMATS,
      paper: args?.paper === 'a4' ? 'a4' : 'letter',
      browser: browserPath || undefined,
      browserSource: 'bulletproof.browserPath',
      browserAdvice: 'set bulletproof.browserPath to its path',
      protect: [resume.fsPath, job.fsPath],
      sourceName: basename(resume.fsPath),
      display: (p) => vscode.workspace.asRelativePath(vscode.Uri.file(p), false),
      onStep: (step) => progress.report({ message: step === 'pdf' ? 'printing the PDF…' : 'writing files…' }),
    });
    return {
      dir: vscode.Uri.file(written.path),
      reused: written.reused,
      outputs: Object.fromEntries(Object.entries(written.files).map(([name, path]) => [name, vscode.Uri.file(path)])),
      score: result.report.score,
      warnings: written.warnings,
      beforeSending: written.beforeSending,
      eligibility: result.report.eligibility ?? [],
      ...(written.onePage ? { onePage: { pages: written.onePage.pages, fits: written.onePage.fits, density: written.onePage.density, layout: written.onePage.layout, dropped: written.onePage.cuts.map((c) => ({ text: c.label, why: c.why })) } } : {}),
      pdf: written.pdf,
      resume,
      job,
    };
  });
}

/** The tailored resume in the editor, the report beside it. */
async function openOutputs(result: TailorCommandResult): Promise<void> {
  const resume = result.outputs['resume.md'];
  if (resume) await vscode.window.showTextDocument(resume, { viewColumn: vscode.ViewColumn.Active, preview: false });
  const report = result.outputs['report.md'];
  await vscode.window.showTextDocument(report, { viewColumn: resume ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active, preview: false });
}

/** Says what happened without blocking the command: the score, and what to do about a missing PDF. */
function announce(result: TailorCommandResult): void {
  const folder = vscode.workspace.asRelativePath(result.dir, false);
  void vscode.window.setStatusBarMessage(`Bulletproof: match ${result.score}/100; ${result.reused ? 'updated' : 'wrote'} ${folder}`, 8000);
  const html = result.outputs['resume.html'];
  for (const warning of result.warnings) {
    const actions = [...(html ? ['Open HTML'] : []), 'Set Browser Path'];
    const show = result.pdf === 'no-browser' ? vscode.window.showInformationMessage : vscode.window.showWarningMessage;
    void show(`Bulletproof: ${warning}`, ...actions).then((action) => {
      if (action === 'Open HTML' && html) void vscode.env.openExternal(html);
      if (action === 'Set Browser Path') void vscode.commands.executeCommand('workbench.action.openSettings', 'bulletproof.browserPath');
    });
  }
  // The report's "Before sending" lines (eligibility, PDF checks): one notice that opens the report.
  const before = result.beforeSending.filter((w) => !result.warnings.includes(w));
  if (before.length) {
    const more = before.length > 1 ? ` (+${before.length - 1} more in report.md)` : '';
    void vscode.window.showWarningMessage(`Bulletproof: before sending: ${before[0]}${more}`, 'Open Report').then((action) => {
      if (action === 'Open Report') void vscode.window.showTextDocument(result.outputs['report.md'], { preview: false });
    });
  }
}
