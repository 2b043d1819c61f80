// Entry point of dist/feature-commands.js: the tailor and referral commands, with the parts of the
// engine only they need (postings, tailoring, rendering, drafts). The extension loads it on the
// first use of one of them (src/extension/commands.ts), so activation reads a small bundle.
export { tailorCommand } from './tailor';
export { draftReferralCommand } from './referral';
