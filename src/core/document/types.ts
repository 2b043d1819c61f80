// The parsed resume: what every rule, the tailoring and the referral drafts read.
// Built once per change by `parseResume` (document/parse.ts).

import type { OffsetRange, Position } from '../types';

export type SectionKind =
  | 'header' // before the first section heading: name and contact lines
  | 'summary'
  | 'objective'
  | 'experience'
  | 'projects'
  | 'research'
  | 'leadership'
  | 'education'
  | 'skills'
  | 'awards'
  | 'publications'
  | 'certifications'
  | 'references'
  | 'other';

/** Plain text of a Markdown span, with a way back to the exact source offsets. */
export interface MappedText {
  /** Inline Markdown removed: `**Led** [X](u)` reads `Led X`. */
  text: string;
  /** Source offset of each character of `text` (length text.length + 1; the last entry maps the end). */
  offsets: number[];
}

export interface Bullet extends MappedText {
  /** Source range of the bullet's content, without the list marker. */
  range: OffsetRange;
  /** Source range of the marker (`-`, `1.`, `•`), when there is one. */
  markerRange?: OffsetRange;
  /**
   * How it was written: a Markdown list item, a pasted glyph line (•, –, ➢) with its wrapped lines, a table
   * cell, an HTML `<li>`, or an unmarked line or paragraph under an entry of a work-like section.
   */
  source: 'list' | 'glyph' | 'table' | 'html' | 'line';
  /** Nesting depth of list items (0 for top level). */
  depth: number;
  section: Section;
  entry?: Entry;
  /** Index among all bullets of the document. */
  index: number;
  /** Tags from `<!-- tags: a, b -->` on the bullet or its entry. */
  tags: string[];
}

export interface DateRange {
  raw: string;
  range: OffsetRange;
  /** Year*12 + month index (0-11); month defaults to 0 when only a year is given. */
  start?: number;
  end?: number;
  /** Ends "Present", "Current", "Now" or has no end and a future start. */
  current: boolean;
  /** Shape of each date for consistency checks, e.g. "Mon YYYY", "MM/YYYY", "YYYY", "Month YYYY". */
  formats: string[];
}

export interface Entry {
  /** The heading or bold line that opens the entry, as plain text. */
  heading: MappedText & { range: OffsetRange };
  title?: string;
  organisation?: string;
  role?: string;
  location?: string;
  dates?: DateRange;
  bullets: Bullet[];
  section: Section;
  tags: string[];
  range: OffsetRange;
}

export interface Section {
  kind: SectionKind;
  /** Heading text as written ("Work History"); empty for the header block. */
  title: string;
  headingRange?: OffsetRange;
  level: number;
  entries: Entry[];
  /** All bullets of the section, in source order (also those outside entries). */
  bullets: Bullet[];
  range: OffsetRange;
}

export interface FrontMatter {
  /** Parsed YAML; `{}` when absent or broken. */
  data: Record<string, unknown>;
  range?: OffsetRange;
  /** Set when the YAML does not parse: message and where. */
  error?: { message: string; range: OffsetRange };
}

/** Contact details found in front matter or the header block. */
export interface Profile {
  name?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  github?: string;
  website?: string;
  resumeUrl?: string;
  school?: string;
  degree?: string;
  major?: string;
  graduation?: string;
  location?: string;
}

/** An HTML comment such as `<!-- bulletproof-disable weak-opening -->`. */
export interface Comment {
  text: string;
  range: OffsetRange;
}

export interface ResumeDocument {
  text: string;
  frontMatter: FrontMatter;
  profile: Profile;
  sections: Section[];
  /** All bullets in source order. */
  bullets: Bullet[];
  comments: Comment[];
  /** Offsets to line/column and back; one index per parse. */
  lines: LineIndex;
  format?: 'markdown' | 'latex' | 'rendercv' | 'jsonresume';
  /** Escapes plain text for insertion into this format's source (fix edits). */
  escapeInsert?: (text: string) => string;
}

export interface LineIndex {
  positionAt(offset: number): Position;
  offsetAt(position: Position): number;
  lineCount: number;
  /** Text of a zero-based line without its line break. */
  lineText(line: number): string;
  lineStart(line: number): number;
}
