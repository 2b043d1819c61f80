// Eligibility: what a posting states about who may apply, checked against the resume and the
// user's optional profile. Kept apart from the score: a perfect keyword match does not make a
// student eligible, and a referrer should never be asked to vouch for an application that fails here.

import type { OffsetRange } from '../types';

export type EligibilityKind =
  | 'degree' // degree level (BS / MS / PhD only)
  | 'graduation' // graduation window ("graduating between Dec 2026 and Aug 2027")
  | 'enrollment' // currently enrolled / returning to school
  | 'authorization' // must be authorized to work in <country>
  | 'citizenship' // must be a citizen of <country> ("U.S. citizenship is required")
  | 'sponsorship' // no immigration sponsorship offered
  | 'location' // on-site / relocation / residence requirements
  | 'deadline'; // apply-by date

export type EligibilityStatus = 'met' | 'not-met' | 'unknown';

export interface EligibilityRequirement {
  kind: EligibilityKind;
  /** The posting's own words, as written. */
  text: string;
  /** Where the posting states it. */
  range: OffsetRange;
}

export interface EligibilityCheck extends EligibilityRequirement {
  status: EligibilityStatus;
  /** Why: what the resume or profile shows, or what is missing to decide ("no graduation date in Education"). */
  detail: string;
}

/** Optional facts from `.bulletproof.json` `profile`; never guessed. */
export interface EligibilityProfile {
  workAuthorization?: string[]; // countries the user may work in without sponsorship, e.g. ["US"]
  citizenship?: string[]; // countries the user is a citizen of, e.g. ["India"]
  needsSponsorship?: boolean;
  graduation?: string; // "May 2027"
  degree?: string; // "BS Computer Science"
  locations?: string[];
}
