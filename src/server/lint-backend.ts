// Where documents are linted. The shipped Node server uses a worker thread (worker-backend.ts); this
// file holds the interface and the in-thread backend: tests that pass their own rules (which cannot
// cross a thread boundary), the browser build (no worker_threads) and the fallback when no worker
// starts. Jobs carry a key (the document URI): in the worker, a newer job for the same key
// supersedes one still waiting, which then resolves to undefined.
import { fixAll } from '../core/lint';
import type { BulletproofConfig } from '../core/config';
import { RULES } from '../core/rules';
import type { Rule, RuleDocs } from '../core/types';
import { lintText, type LintOutcome } from './linting';
import { isoDate } from '../core/text/iso-date';

/** What the server's main thread shows about a rule (hover, rule list), without the rule's code. */
export interface RuleInfo {
  id: string;
  category: Rule['category'];
  description: string;
  docs: RuleDocs;
}

export function ruleInfosOf(rules: readonly Rule[]): RuleInfo[] {
  return rules.map((r) => ({ id: r.id, category: r.category, description: r.description, docs: r.docs }));
}

export interface LintBackend {
  /** The outcome, or undefined when a newer job for `key` superseded this one before it ran. */
  lint(key: string, text: string, config: BulletproofConfig): Promise<LintOutcome | undefined>;
  fixAll(key: string, text: string, config: BulletproofConfig): Promise<string | undefined>;
  /** The rules it runs (undefined once disposed): the main thread loads no rule code of its own. */
  ruleInfos(): Promise<RuleInfo[] | undefined>;
  dispose(): void;
}

/** Lints synchronously on the calling thread (blocks it for as long as the lint takes). */
export class InThreadBackend implements LintBackend {
  constructor(private readonly rules?: readonly Rule[]) {}
  // The key is the document's URI, whose extension also picks the front end (.tex, .yaml, .json).
  async lint(key: string, text: string, config: BulletproofConfig): Promise<LintOutcome> {
    return lintText(text, config, this.rules, key, isoDate(new Date()));
  }
  async fixAll(key: string, text: string, config: BulletproofConfig): Promise<string> {
    return fixAll(text, { config, rules: this.rules, path: key, today: isoDate(new Date()) }).text;
  }
  async ruleInfos(): Promise<RuleInfo[]> {
    return ruleInfosOf(this.rules ?? RULES);
  }
  dispose(): void {}
}
