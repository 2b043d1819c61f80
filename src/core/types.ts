// Shared vocabulary of the engine: positions, findings, fixes, rules.
// Everything here is plain data so that the server, the CLI and tests can pass it around freely.

import type { ResumeDocument } from './document/types';
import type { Lexicon } from './lexicon';

/** Zero-based UTF-16 offsets into the source text, end exclusive. */
export interface OffsetRange {
  start: number;
  end: number;
}

/** Zero-based line and UTF-16 column, as LSP uses them. */
export interface Position {
  line: number;
  character: number;
}

export interface TextEdit {
  range: OffsetRange;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix a user most likely wants among a finding's fixes; set only on a safe fix. */
  isPreferred?: boolean;
  /**
   * Changes form, never meaning (casing, a deletable filler, whitespace): Fix All, the
   * `source.fixAll.bulletproof` action and fix-on-save apply only safe fixes. Anything else (another
   * verb, another tense, a rewrite) is a suggestion the user picks from the light bulb.
   */
  safe?: boolean;
  /** The new text is written in the source format's own markup (a LaTeX escape such as `\&`): inserted as is, never escaped again. */
  markup?: boolean;
}

/** Closed set: `vague` means "vague bullet", `metric` means "missing metric". */
export const CATEGORIES = ['vague', 'metric', 'style', 'structure', 'spelling', 'privacy', 'markdown'] as const;
export type Category = (typeof CATEGORIES)[number];

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

export interface Finding {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  range: OffsetRange;
  fixes: Fix[];
  /** The words can be deleted without loss (filler); editors fade them. */
  unnecessary?: boolean;
  /** Where to read more: the rule's docs page. */
  url?: string;
}

/** What a rule returns: a finding before config has decided its severity. */
export type RuleFinding = Omit<Finding, 'ruleId' | 'category' | 'severity' | 'url' | 'fixes'> & {
  fixes?: Fix[];
  severity?: Severity;
  /**
   * The finding's advice is to delete its whole range (a word-for-word copy of another bullet): other
   * rules' fixes inside it would polish text that should go, and are dropped (their findings stay).
   */
  supersedes?: boolean;
};

export interface RuleDocs {
  /** One or two sentences: why a reviewer cares. */
  why: string;
  bad: string;
  good: string;
}

export interface RuleContext {
  /** Merged word lists: built-ins plus the user's extra words. */
  lexicon: Lexicon;
  /** This rule's options from configuration (may be empty). */
  options: Record<string, unknown>;
  /**
   * Today's date ("YYYY-MM-DD"), when the edge that runs the lint passes one (core has no clock).
   * Rules that compare dates with today skip that check without it.
   */
  today?: string;
}

export interface Rule {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** One line, shown in rule lists and hovers. */
  description: string;
  docs: RuleDocs;
  /** True when the rule offers fixes that are safe to apply without review. */
  fixable?: boolean;
  check(doc: ResumeDocument, ctx: RuleContext): RuleFinding[];
}
