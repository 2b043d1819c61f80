// Inputs and outputs of the referral drafts. Everything a draft says comes from these inputs;
// what they do not know becomes a marked placeholder (placeholders.ts).

import type { Profile } from '../document/types';
import type { EligibilityCheck } from '../job/eligibility-types';

/** The employee who might refer the user. Every field is optional: unknowns become placeholders or are left out. */
export interface Referrer {
  name?: string;
  school?: string;
  team?: string;
  /** How the user knows them, in the user's words: "we met at the Waterloo career fair". */
  context?: string;
}

/** The posting fields the drafts use (a subset of the job parser's `JobPosting`). */
export interface ReferralJob {
  company?: string;
  title?: string;
  jobId?: string;
  url?: string;
  referralDeadline?: string;
  /** The application deadline the job parser read from the posting ("Apply by …", "Closing date: …"). */
  deadline?: string;
  /** The posting's text: a deadline it states ("Apply by …") is read from it when `referralDeadline` is unset. */
  text?: string;
}

/** A resume bullet quoted word for word, with the job keywords it matches. */
export interface Highlight {
  text: string;
  /** Index of the bullet in `ResumeDocument.bullets`, when it came from one. */
  bulletIndex?: number;
  /** Canonical job keywords the bullet contains, strongest importance first. */
  keywords: string[];
  /** The bullet has a vague or missing-metric lint finding. */
  flagged?: boolean;
}

/** Counts of lint findings that say the resume needs work before it is sent to anyone. */
export interface LintState {
  vague: number;
  metric: number;
}

export type MessageChannelId = 'linkedin-message' | 'inmail';

export interface ReferralOptions {
  /** Where `message` will be sent; sets its limit (InMail bodies are shorter). Default LinkedIn message. */
  messageChannel?: MessageChannelId;
  /** Warn when the match score is below this (0–100). Default 50. */
  minMatchScore?: number;
  /** Warn when vague + missing-metric findings reach this count. Default 3. */
  maxLintFindings?: number;
}

export interface ReferralInput {
  profile: Profile;
  job: ReferralJob;
  /** Best-matching resume bullets, best first (the drafts quote at most two). */
  highlights: Highlight[];
  /** Hard skills present in both the resume and the posting, most important first. */
  sharedSkills?: string[];
  referrer?: Referrer;
  /** Today's date as YYYY-MM-DD: the drafts never read the clock. */
  today: string;
  /** The match report's score, 0–100. */
  matchScore?: number;
  /** The posting's eligibility checks (from the match report): not-met and unknown ones become warnings. */
  eligibility?: readonly EligibilityCheck[];
  /** The resume has no bullets at all. */
  noBullets?: boolean;
  lint?: LintState;
  options?: ReferralOptions;
}

export interface Channel {
  id: 'linkedin-invite' | MessageChannelId | 'email-subject' | 'email-body' | 'referral-form';
  label: string;
  /** Maximum length in UTF-16 code units, as the channel's text box counts. */
  limit: number;
  /** A hard limit is enforced by the channel; a soft one is a recommendation for being read. */
  hard: boolean;
}

export interface Draft {
  text: string;
  /** `text.length` in UTF-16 code units. */
  characters: number;
  channel: Channel;
  /** Placeholders the user must fill in before sending, in order of appearance. */
  placeholders: string[];
}

export type WarningCode =
  | 'missing-resume-link'
  | 'missing-job-id'
  | 'missing-job-link'
  | 'missing-referrer-name'
  | 'deadline-passed'
  | 'deadline-soon'
  | 'deadline-unreadable'
  | 'low-match-score'
  | 'fix-resume-first'
  | 'highlight-flagged'
  | 'no-highlights'
  | 'over-limit'
  | 'eligibility'
  | 'no-bullets';

export interface ReferralWarning {
  code: WarningCode;
  message: string;
}

export interface ReferralDrafts {
  connectionNote: Draft;
  message: Draft;
  email: { subject: Draft; body: Draft };
  thankYou: Draft;
  followUp: Draft;
  /** Two or three sentences the referrer pastes into their company's referral tool. */
  referralForm: Draft;
  /** A polite nudge when a week passes with no reply. */
  nudge: Draft;
  warnings: ReferralWarning[];
}
