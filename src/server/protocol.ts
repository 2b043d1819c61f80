// Custom messages between the Bulletproof language server and its clients (the VS Code extension,
// or any editor that wants them). Plain data only, so the extension can import this without the server.
import type { ResumeSummary } from '../core/summary';

export type { ResumeSummary };

/** Code action kind of "Fix all auto-fixable problems", for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = 'source.fixAll.bulletproof';

/** Diagnostic source of everything the server publishes. */
export const DIAGNOSTIC_SOURCE = 'bulletproof';

export interface UriParams {
  uri: string;
}

/** Server → client, after every lint when the client asked for it (initializationOptions.summaryNotifications). */
export const SUMMARY_NOTIFICATION = 'bulletproof/summary';
export interface SummaryNotificationParams {
  uri: string;
  /** null: the file is not linted (not a resume, too large, or Bulletproof is disabled). */
  summary: ResumeSummary | null;
}

/** Client → server: the summary of one open document ({uri}) → ResumeSummary | null. */
export const SUMMARY_REQUEST = 'bulletproof/getSummary';

/** Client → server: lint this open document as a resume whatever its name ({uri}) → ResumeSummary | null. */
export const LINT_AS_RESUME_REQUEST = 'bulletproof/lintAsResume';

/** Client → server: the edit that fixes every auto-fixable problem ({uri}) → LSP WorkspaceEdit | null. */
export const FIX_ALL_REQUEST = 'bulletproof/fixAll';

/** Client → server: the built-in rules ({}) → RuleInfo[]. */
export const RULES_REQUEST = 'bulletproof/rules';
export interface RuleInfo {
  id: string;
  category: string;
  description: string;
  url: string;
}

/** What a client may pass as `initializationOptions`. */
export interface InitializationOptions {
  /** Send `bulletproof/summary` notifications (the VS Code status bar uses them). */
  summaryNotifications?: boolean;
  /** Settings for clients without `workspace/configuration` (same shape as the "bulletproof" section). */
  settings?: unknown;
  /** The same, as editors that forward their config table send it. */
  bulletproof?: unknown;
}
