// After the referral: a thank-you, and a status update that keeps the referrer informed. The
// stage and date are left as placeholders for the user to fill in when there is news.

import type { Facts } from './facts';
import { fitDraft } from './fit';
import { PLACEHOLDER } from './placeholders';
import { jobIdNote, roleAt } from './phrases';

function fitted(f: Facts, limit: number, body: (g: Facts) => string): string {
  return fitDraft({
    limit,
    fields: { title: f.title, company: f.company },
    shrinkable: ['title', 'company'],
    optional: [],
    build: (v) => body({ ...f, ...v }),
  });
}

export function thankYouText(f: Facts, limit: number): string {
  return fitted(f, limit, (g) =>
    [
      `Hi ${g.referrerGreeting},`,
      `Thank you so much for referring me for ${roleAt(g)}${jobIdNote(g)}! I really appreciate you taking the time, and I'll keep you posted on how the process goes.`,
      `Best,\n${g.yourFirstName}`,
    ].join('\n\n'),
  );
}

export function followUpText(f: Facts, limit: number): string {
  return fitted(f, limit, (g) =>
    [
      `Hi ${g.referrerGreeting},`,
      `A quick update on ${roleAt(g)}${jobIdNote(g)}: I've moved on to the ${PLACEHOLDER.stage} stage, scheduled for ${PLACEHOLDER.date}. Thank you again for the referral; I'll let you know how it goes.`,
      `Best,\n${g.yourFirstName}`,
    ].join('\n\n'),
  );
}
