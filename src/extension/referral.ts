// "Bulletproof: Draft Referral Intro…": drafts from the resume and a posting (by the same code as
// `bulletproof referral`, src/node/referral.ts), shown in a new Markdown editor with each draft's
// character count, and a picker that copies a draft to the clipboard. With arguments it asks nothing
// and returns the drafts in the CLI's --json shape:
// executeCommand('bulletproof.draftReferral', { resume, job, referrer }).
import * as vscode from 'vscode';
import { basename } from 'node:path';
import { parseJobPosting } from '../core/job';
import { referralJson, type ReferralDrafts, type ReferralJson, type Referrer } from '../core/referral';
import { draftReferralFromText } from '../node/referral';
import type { LastTailoring } from './last-tailoring';
import { readText, requireFileUri, requirePosting, resumeAndJob, settingsLayer } from './pick';
import { countLabel, draftEntries, draftsMarkdown, roleName } from './referral-markdown';

const TITLE = 'Bulletproof: Draft Referral Intro';

export interface ReferralArgs {
  resume?: vscode.Uri | string;
  job?: vscode.Uri | string;
  /** The employee: a name, or { name, school, team, context }. */
  referrer?: string | Referrer;
  /** YYYY-MM-DD that deadlines are checked against; default today. */
  today?: string;
  channel?: 'message' | 'inmail';
  /** Also open the drafts in an editor (always done when the command asks for its inputs). */
  open?: boolean;
}

export async function draftReferralCommand(memory: LastTailoring, args?: unknown): Promise<ReferralJson | undefined> {
  const given = isArgs(args) ? args : undefined;
  const inputs = await resumeAndJob(TITLE, given, memory.get());
  if (!inputs) return undefined;
  const { resume, job } = inputs;
  let referrer: Referrer | undefined;
  if (given) referrer = typeof given.referrer === 'string' ? { name: given.referrer } : given.referrer;
  else {
    referrer = await askReferrer();
    if (!referrer) return undefined;
  }
  requireFileUri(resume, 'resume');
  const jobText = await readText(job);
  const resumeText = await readText(resume);
  requirePosting(job, jobText, resumeText);
  const drafts = draftReferralFromText({
    resumeText,
    jobText,
    jobName: basename(job.fsPath),
    resumePath: resume.fsPath,
    // The same rule severities as the editor's diagnostics: a rule turned off there is off here.
    settings: settingsLayer(resume),
    referrer,
    today: given?.today,
    channel: given?.channel === 'inmail' ? 'inmail' : undefined,
  });
  if (!given || given.open) await showDrafts(drafts, roleName(parseJobPosting(jobText, { name: basename(job.fsPath) })));
  if (!given) void offerCopies(drafts);
  return referralJson(drafts);
}

function isArgs(value: unknown): value is ReferralArgs {
  return !!value && typeof value === 'object' && !(value instanceof vscode.Uri) && ('resume' in value || 'job' in value);
}

/** Name and school, each skippable with an empty Enter; Escape cancels the command (undefined). */
async function askReferrer(): Promise<Referrer | undefined> {
  const name = await vscode.window.showInputBox({
    title: `${TITLE} (1/2)`,
    prompt: "The employee's name. Leave empty to use the posting's contact, or a [Referrer name] placeholder.",
    placeHolder: 'e.g. Sam Rivera',
    ignoreFocusOut: true,
  });
  if (name === undefined) return undefined;
  const school = await vscode.window.showInputBox({
    title: `${TITLE} (2/2)`,
    prompt: 'Their school, if you know it. The same school as yours adds "fellow … alum". Leave empty to skip.',
    placeHolder: 'e.g. McGill University',
    ignoreFocusOut: true,
  });
  if (school === undefined) return undefined;
  return { name: name.trim() || undefined, school: school.trim() || undefined };
}

/** A new untitled Markdown editor: nothing is saved unless the user saves it. */
async function showDrafts(drafts: ReferralDrafts, role: string): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: draftsMarkdown(drafts, role) });
  await vscode.window.showTextDocument(doc, { preview: false });
}

/** "Copy connection note / message / …" until dismissed; the picker stays open while you paste elsewhere. */
async function offerCopies(drafts: ReferralDrafts): Promise<void> {
  const items = draftEntries(drafts).map((entry) => ({
    label: `$(copy) Copy ${entry.copyName}`,
    description: countLabel(entry.draft),
    detail: entry.draft.text.replace(/\s+/g, ' ').slice(0, 120),
    entry,
  }));
  for (;;) {
    const picked = await vscode.window.showQuickPick(items, {
      title: `${TITLE}: copy a draft`,
      placeHolder: 'Copy a draft to the clipboard (Escape to close)',
      ignoreFocusOut: true,
      matchOnDetail: true,
    });
    if (!picked) return;
    await vscode.env.clipboard.writeText(picked.entry.draft.text);
    const left = picked.entry.draft.placeholders;
    void vscode.window.setStatusBarMessage(
      `Bulletproof: copied the ${picked.entry.copyName} (${picked.entry.draft.characters} characters)${left.length ? `; fill in ${left.join(', ')}` : ''}`,
      6000,
    );
  }
}
