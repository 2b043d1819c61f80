// Messages between the language server and its lint worker (src/server/lint-worker.ts). A lint
// result crosses the thread boundary by structured clone, which keeps the document's shared and
// circular references (bullet → section → bullets) but not functions: the line index is dropped
// before sending and rebuilt on arrival.
import type { BulletproofConfig } from '../core/config';
import { createLineIndex } from '../core/text/line-index';
import type { LintOutcome } from './linting';
import type { RuleInfo } from './lint-backend';

// `today` ("YYYY-MM-DD"): the date the calendar checks compare with; the sender reads the clock.
export type WorkerRequest =
  | { id: number; kind: 'lint'; text: string; config: BulletproofConfig; path?: string; today?: string }
  | { id: number; kind: 'fixAll'; text: string; config: BulletproofConfig; path?: string; today?: string }
  | { id: number; kind: 'rules' };

export type WorkerResponse =
  | { id: number; kind: 'lint'; outcome: LintOutcome }
  | { id: number; kind: 'fixAll'; text: string }
  | { id: number; kind: 'rules'; rules: RuleInfo[] }
  | { id: number; kind: 'error'; message: string };

/** The outcome without its line index (a function-holding object no worker message can carry). */
export function toMessage(outcome: LintOutcome): LintOutcome {
  if (outcome.kind !== 'linted') return outcome;
  // escapeInsert (LaTeX/YAML/JSON front ends) is a function too; fixes arrive already escaped.
  const { lines: _lines, escapeInsert: _escape, ...document } = outcome.result.document;
  return { ...outcome, result: { ...outcome.result, document: document as typeof outcome.result.document } };
}

/** The outcome as the engine made it: the line index rebuilt from the text. */
export function fromMessage(outcome: LintOutcome): LintOutcome {
  if (outcome.kind === 'linted') outcome.result.document.lines = createLineIndex(outcome.result.document.text);
  return outcome;
}
