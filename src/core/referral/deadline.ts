// The referral or application deadline as the posting states it in its text ("Apply by October 15,
// 2026", "Applications close 2026-10-15", "Deadline: Oct 15, 2026"), for postings without a
// `referralDeadline:` field. Only a phrase that names a deadline followed closely by a full date counts.

import { parseDay } from './dates';

const CUE = /\b(?:deadline|apply by|apply before|applications? (?:close|closes|are due|due)|closing date|closes on|submit (?:by|before)|referrals? (?:close|closes|due|by))\b/gi;
const DATE =
  /(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}\/\d{4}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*,?\s+\d{4})/i;

/** A deadline the drafts may mention: the user's own referral deadline (front matter), or the
 * application deadline the posting states. The two are worded differently: a posting's closing date
 * is not a referral cut-off, and saying so would put words in the referrer's company's mouth. */
export interface StatedDeadline {
  date: string;
  kind: 'referral' | 'application';
}

/** "Referrals for it close on …" / "Applications close on …", without a full stop. */
export const closesOn = (d: StatedDeadline): string => `${d.kind === 'referral' ? 'Referrals for it' : 'Applications'} close on ${d.date}`;

/** The date as written after a deadline phrase, or undefined. */
export function deadlineInText(text: string): string | undefined {
  for (const cue of text.matchAll(CUE)) {
    const after = text.slice(cue.index! + cue[0].length, cue.index! + cue[0].length + 40).split('\n')[0];
    const m = DATE.exec(after);
    if (m && parseDay(m[1])) return m[1].trim();
  }
  return undefined;
}
