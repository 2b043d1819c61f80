// Status bar item that summarises the resume in the active editor and opens the Problems view.
import * as vscode from 'vscode';
import type { ResumeSummary } from '../server/protocol';
import { statusText, statusTooltip } from './status-text';

export class ResumeStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('bulletproof.summary', vscode.StatusBarAlignment.Left, 50);
  /** Latest summary per document URI (string form), null when the document is not linted. */
  private readonly summaries = new Map<string, ResumeSummary | null>();

  constructor(private readonly fetch: (uri: string) => Promise<ResumeSummary | null>) {
    this.item.name = 'Bulletproof';
    this.item.command = 'workbench.actions.view.problems';
  }

  update(uri: string, summary: ResumeSummary | null): void {
    this.summaries.set(uri, summary);
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.render(summary);
  }

  forget(uri: string): void {
    this.summaries.delete(uri);
  }

  /** Called when the active editor changes: show what is known, ask the server otherwise. */
  async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    if (!doc || doc.languageId !== 'markdown') return this.render(null);
    const uri = doc.uri.toString();
    if (this.summaries.has(uri)) return this.render(this.summaries.get(uri) ?? null);
    this.render(null);
    const summary = await this.fetch(uri).catch(() => null);
    this.summaries.set(uri, summary);
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.render(summary);
  }

  /** What the item shows now (for tests and the extension API). */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined;
  }

  private visible = false;

  private render(summary: ResumeSummary | null): void {
    if (!summary) {
      this.visible = false;
      this.item.hide();
      return;
    }
    this.item.text = `$(checklist) ${statusText(summary)}`;
    this.item.tooltip = statusTooltip(summary);
    this.visible = true;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}
