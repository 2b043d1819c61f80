// Referral intro drafts: a LinkedIn invitation note (≤ 300 characters), a message or InMail, an
// email, a thank-you and a follow-up, with warnings to read before sending. Pure: no I/O, no clock.

export { draftReferral, referralJson, type ReferralJson } from './drafts';
export { contactName, draftReferralFromDocuments, type ReferralContext } from './from-documents';
export { deadlineInText } from './deadline';
export { titleWithoutCompany } from './text';
export { bulletKeywordsFromPosting, keywordsNamedInText, pickHighlights, sharedSkills, type BulletKeywords, type KeywordLike, type PickOptions } from './highlights';
export { bulletKeywordsFromReport, type ReportLike } from './match-report';
export { summarizeLint, type LintSummary } from './lint-state';
export { completeProfile } from './profile';
export { CHANNELS } from './channels';
export { PLACEHOLDER, placeholdersIn } from './placeholders';
export { sameSchool } from './school';
export { parseDay, daysBetween } from './dates';
export { DEADLINE_SOON_DAYS, DEFAULT_MAX_LINT_FINDINGS, DEFAULT_MIN_MATCH_SCORE } from './warnings';
export type * from './types';
