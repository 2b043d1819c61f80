// Vocabulary of the skills taxonomy and the matcher.

export type SkillKind = 'hard' | 'soft';

export type SkillCategory =
  | 'language'
  | 'web'
  | 'backend'
  | 'mobile'
  | 'database'
  | 'data'
  | 'ml'
  | 'cloud'
  | 'devops'
  | 'os'
  | 'networking'
  | 'security'
  | 'testing'
  | 'tool'
  | 'design'
  | 'practice'
  | 'concept'
  | 'embedded'
  | 'domain'
  | 'soft';

export interface Skill {
  /** Canonical spelling, as shown in reports ("PostgreSQL", "CI/CD", "object-oriented design"). */
  name: string;
  kind: SkillKind;
  category: SkillCategory;
  aliases: Alias[];
}

export interface Alias {
  /** As written in the taxonomy, without flags. */
  text: string;
  /** Matches only this exact capitalisation ("Go", "R", "Swift"). */
  caseSensitive: boolean;
  /** Ambiguous with plain English; accepted only in a technical context (a list of other skills, "language", "framework"…). */
  needsContext: boolean;
  /** Word forms are not folded ("networking" must not match "network"). */
  noStem: boolean;
}

/** A group of taxonomy entries written in the compact notation of `notation.ts`. */
export interface SkillGroup {
  kind: SkillKind;
  category: SkillCategory;
  entries: string[];
}

export interface SkillMention {
  canonical: string;
  kind: SkillKind;
  category: SkillCategory;
  /** UTF-16 offsets into the searched text, end exclusive. */
  start: number;
  end: number;
  /** The text as written at [start, end). */
  text: string;
  /** The taxonomy alias that matched, in its canonical spelling ("GitHub" for "Github", "JS" for "JS"). */
  alias: string;
  /** The written form equals an alias (ignoring case unless the alias is case-sensitive) — not a folded word form. */
  exact: boolean;
  /**
   * Implied by coordination rather than written in full: "continuous delivery and deployment" yields
   * "continuous deployment" on the word "deployment". Spelling checks should skip these.
   */
  elided?: boolean;
  /**
   * The alias is also a plain word or a name (taxonomy flags `?` and `~`: "Go", "Talos", "APL"): it was
   * read as a skill only from its technical context, so a reader may still find it names something else.
   */
  ambiguous?: boolean;
}

export interface FindSkillsOptions {
  /** Which kinds to report (default both). */
  kinds?: SkillKind[];
  /** The whole text is technical (a Skills section): ambiguous names need no further context. */
  techContext?: boolean;
  /** Report mentions implied by coordination (default true). */
  includeElided?: boolean;
}
