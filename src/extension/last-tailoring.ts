// Remembers the resume and posting of the last tailoring in this workspace, so "Draft Referral Intro…"
// can offer the same job without asking again.
import * as vscode from 'vscode';

const KEY = 'bulletproof.lastTailoring';

export interface Tailoring {
  resume: vscode.Uri;
  job: vscode.Uri;
}

export class LastTailoring {
  constructor(private readonly state: vscode.Memento) {}

  get(): Tailoring | undefined {
    const saved = this.state.get<{ resume?: string; job?: string }>(KEY);
    if (!saved?.resume || !saved.job) return undefined;
    return { resume: vscode.Uri.parse(saved.resume), job: vscode.Uri.parse(saved.job) };
  }

  set(t: Tailoring): Thenable<void> {
    return this.state.update(KEY, { resume: t.resume.toString(), job: t.job.toString() });
  }
}
