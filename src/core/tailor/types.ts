// What matching a resume to a job produces: where each job keyword appears, what is missing, and
// a score whose computation is spelled out.

import type { SectionKind } from '../document/types';
import type { EligibilityCheck } from '../job/eligibility-types';
import type { Importance } from '../job/types';
import type { SkillCategory, SkillKind } from '../skills/types';

export interface ResumeLocation {
  /** Section title as written ("Experience"), or its kind for the header block. */
  section: string;
  sectionKind: SectionKind;
  /** First line of the entry heading ("Software Engineer Intern, Shopwise — Toronto, ON"). */
  entry?: string;
  /** Index of the bullet among all bullets of the resume. */
  bulletIndex?: number;
  /** Plain text of the bullet. */
  bullet?: string;
  /** 1-based line of the mention. */
  line: number;
  start: number;
  end: number;
  /** The words as written in the resume. */
  text: string;
}

export interface Hint {
  bulletIndex: number;
  bullet: string;
  section: string;
  entry?: string;
  line: number;
  /** Why this bullet is close: "mentions Docker (same area)", "shares: queries, database". */
  reason: string;
  score: number;
}

export interface KeywordMatch {
  keyword: string;
  kind: SkillKind;
  category: SkillCategory;
  importance: Importance;
  /** Points this keyword is worth in the score. */
  weight: number;
  found: boolean;
  /** Where the resume shows it (for an implied match: where the specific skills are). */
  locations: ResumeLocation[];
  /**
   * Shown by more specific skills: "databases" by PostgreSQL. Counted as a match; the report says so,
   * since a keyword scanner would not see it. Either the keyword is not written at all, or it is
   * written only where it weighs less (coursework, a Skills list): then `writtenToo` is set.
   */
  impliedBy?: string[];
  writtenToo?: true;
  /** Listed as one of several alternatives ("Java, Python, or Go"); the group is met by another member. */
  alternativeMet?: string;
  /** For a missing keyword: the bullets where it might honestly fit, if it is true. */
  hints: Hint[];
  /**
   * The strongest evidence the resume gives: shown in an experience or project bullet (or that
   * entry's tech line), listed under Skills (or a summary), or named only in coursework or
   * certificates. Decides the share of the keyword's points it earns.
   */
  evidence?: Evidence;
  /** Points earned in the score (weight × evidence share; an alternative group's best member). */
  points?: number;
  /**
   * Met only as the head of a narrower compound ("depth cameras" for the posting's "Camera"): the
   * resume's words as written. Such a match earns NARROWED_SHARE of its evidence's points.
   */
  narrowed?: string;
  /** Not a taxonomy skill: read from the posting's sentence (see JobKeyword.extracted). */
  extracted?: 'example' | 'phrase' | 'phrase-model';
}

export type Evidence = 'shown' | 'listed' | 'coursework';

export interface ScoreGroup {
  kind: SkillKind;
  importance: Importance;
  /** Points per keyword. */
  weight: number;
  /** Keywords (or alternative groups, counted once) asked for and met. */
  matched: number;
  total: number;
  points: number;
  maxPoints: number;
}

/**
 * How much of the resume is about the asked stack: the share of experience, project and research
 * entries whose bullets or tech line show a required or preferred hard skill of the posting. It earns
 * its own points beside the keywords, so that two resumes naming the same skills once each are told
 * apart by how much of their work uses them.
 */
export interface StackFocus {
  /** Entries with content (bullets or a skill named in them) in experience, projects and research. */
  entries: number;
  /** Of those, the entries that show at least one required or preferred hard skill of the posting. */
  onStack: number;
  /** Headings (first line) of the entries on the stack, in resume order. */
  onStackEntries: string[];
  /** onStack / entries (0 when there are no entries). */
  share: number;
  points: number;
  maxPoints: number;
}

export interface ScoreBreakdown {
  score: number;
  /** Points of the keywords and of the stack focus together. */
  points: number;
  maxPoints: number;
  groups: ScoreGroup[];
  /** The stack-focus part of the score (absent when the posting asks for no required or preferred hard skill). */
  focus?: StackFocus;
  /** Plain-language account of the formula, shown in the report. */
  explanation: string[];
}

export interface DegreeCheck {
  asked: string;
  importance: Importance;
  /** What the resume shows (profile degree or an education entry), if anything. */
  resume?: string;
  met?: boolean;
}

export interface MatchReport {
  /** 0–100; 0 when the score is withheld. */
  score: number;
  /** Why there is no score: the posting or the resume gives too little to compare (the report says so). */
  scoreWithheld?: string;
  breakdown: ScoreBreakdown;
  keywords: KeywordMatch[];
  matched: KeywordMatch[];
  missing: Record<Importance, KeywordMatch[]>;
  degrees: DegreeCheck[];
  experience: { asked: string; importance: Importance }[];
  eligibility?: EligibilityCheck[];
}
