// A job posting after parsing: metadata, recognised sections and the keywords a resume is matched on.

import type { OffsetRange } from '../types';
import type { SkillCategory, SkillKind } from '../skills/types';
import type { EligibilityAsk } from './eligibility';

export type Importance = 'required' | 'preferred' | 'other';

export type JobSectionKind =
  | 'required' // Basic / Minimum / Required qualifications, Requirements, What you need
  | 'preferred' // Preferred qualifications, Nice to have, Bonus, Plus
  | 'responsibilities' // Responsibilities, What you'll do, A day in the life
  | 'about' // About the company / team / job, culture, benefits, legal
  | 'other'; // text before any recognised heading

export interface JobSection {
  kind: JobSectionKind;
  /** Heading as written; empty for the text before the first heading. */
  title: string;
  headingRange?: OffsetRange;
  /** Body range (after the heading) up to the next heading. */
  range: OffsetRange;
}

export interface KeywordOccurrence extends OffsetRange {
  section: JobSectionKind;
  importance: Importance;
}

export interface JobKeyword {
  /** Canonical skill name. */
  keyword: string;
  kind: SkillKind;
  category: SkillCategory;
  /** The strongest importance among its occurrences. */
  importance: Importance;
  occurrences: KeywordOccurrence[];
  /**
   * Not a taxonomy skill: read from the sentence's shape — a name in a parenthetical list of
   * examples, or a noun phrase after a requirement cue (job/phrases.ts), or a span the learned phrase
   * model keeps ('phrase-model', job/phrase-model.ts). Matched in a resume by text.
   */
  extracted?: 'example' | 'phrase' | 'phrase-model';
  /** A category read before an example list ("web frameworks such as …"): the listed members, any of which shows it. */
  examples?: string[];
}

/** Skills listed as alternatives ("one language such as Java, Python, or Go"): any one satisfies the group. */
export interface AlternativeGroup {
  keywords: string[];
  importance: Importance;
  text: string;
}

export type DegreeLevel = 'associate' | 'bachelor' | 'master' | 'phd';

export interface DegreeRequirement {
  /** Lowest level that satisfies the sentence ("Bachelor's or Master's" → bachelor). */
  level: DegreeLevel;
  levels: DegreeLevel[];
  /**
   * The sentence asks for "a degree" without naming a level ("a degree in Physics", "university degree
   * required"): `levels` holds bachelor, the usual reading, but the posting did not say so.
   */
  implied?: boolean;
  fields: string[];
  /** "or equivalent practical experience" and the like. */
  equivalentExperience: boolean;
  importance: Importance;
  text: string;
  range: OffsetRange;
}

export interface ExperienceRequirement {
  minYears: number;
  maxYears?: number;
  importance: Importance;
  /** Skills named in the same sentence ("2 years of experience with Java"). */
  skills: string[];
  text: string;
  range: OffsetRange;
}

export interface JobMetadata {
  company?: string;
  title?: string;
  jobId?: string;
  url?: string;
  location?: string;
  referralDeadline?: string;
  contact?: string;
  /** Application deadline as written ("January 7, 2025"). */
  deadline?: string;
  /** "full-time", "part-time", "internship", "co-op", "contract", "apprenticeship". */
  employmentType?: string;
  /** The term or season of the role ("Summer 2026"), or its length ("12 weeks"). */
  term?: string;
  /** Resume-as-code variant tags this job selects (front matter `tags`). */
  tags: string[];
}

export interface JobPosting extends JobMetadata {
  text: string;
  /** Parsed front matter (`{}` when there is none). */
  frontMatter: Record<string, unknown>;
  /** Set when the posting was longer than MAX_POSTING_CHARS: how many characters of it were read (of the cleaned text; `text` holds them). */
  readChars?: number;
  /** Set when the text holds several postings (a career office's digest): how many; only the first was read. */
  postingsInText?: number;
  /**
   * With postingsInText: which one was read — the first (a digest, or a page of positions none of which
   * the file's name names), the one with the most text (a forum thread), or the position the file's name names.
   */
  postingRead?: 'first' | 'longest' | 'named';
  /** On a page of several positions: the heading of the one read. */
  postingHeading?: string;
  /** Where the posting text starts after the front matter. */
  bodyStart: number;
  sections: JobSection[];
  keywords: JobKeyword[];
  degrees: DegreeRequirement[];
  experience: ExperienceRequirement[];
  alternatives: AlternativeGroup[];
  /** Who may apply: degree level, enrollment, graduation window, authorization, sponsorship, location, deadline. */
  eligibility?: EligibilityAsk[];
  /** Where each metadata value stands in `text` (its first occurrence as written), for --json and editors. */
  spans?: Partial<Record<'company' | 'title' | 'jobId' | 'url' | 'location' | 'deadline' | 'employmentType' | 'term', OffsetRange>>;
}
