// Two drafts for later in the process. The referral-form blurb: two or three sentences the referrer
// pastes into their company's internal referral tool — who the candidate is, which role and job ID,
// and why they fit — written about the candidate by name (no pronoun is guessed). The nudge: a
// short, polite follow-up when a week passes with no reply, easy to ignore without awkwardness.

import type { Facts } from './facts';
import { fitDraft } from './fit';
import { closesOn, type StatedDeadline } from './deadline';
import { jobIdNote, roleAt } from './phrases';
import { joinList, schoolInSentence } from './text';

const known = (s: string) => !s.startsWith('[');

export function referralFormText(f: Facts, limit: number): string {
  return fitDraft({
    limit,
    fields: { title: f.title, company: f.company, school: f.school },
    shrinkable: ['title', 'company', 'school'],
    optional: ['skills', 'highlight', 'study'] as const,
    build: (v, on) => {
      const g = { ...f, ...v };
      const when = f.graduation ? `${f.graduated ? 'graduated' : 'graduating'} ${f.graduation}` : '';
      const study = on.has('study') && f.major ? `${f.major} ` : '';
      const who = known(g.school)
        ? `${f.yourName} is a ${study}${f.graduated ? 'graduate of' : 'student at'} ${schoolInSentence(g.school)}${on.has('study') && when ? ` (${when})` : ''}`
        : `${f.yourName}`;
      const first = `${who}, applying for ${roleAt(g)}${jobIdNote(g)}.`;
      const skills = on.has('skills') && f.skills.length ? `${f.yourFirstName}'s resume shows ${joinList(f.skills.slice(0, 3))}, which the posting asks for` : '';
      const highlight = on.has('highlight') && f.highlights[0] ? `closest experience: "${f.highlights[0].replace(/[.;]+$/, '')}"` : '';
      const fit = skills && highlight ? `${skills}; ${highlight}.` : skills ? `${skills}.` : highlight ? `${f.yourFirstName}'s ${highlight}.` : '';
      return [first, fit].filter(Boolean).join(' ');
    },
  });
}

export function nudgeText(f: Facts, limit: number, deadline: StatedDeadline | undefined): string {
  return fitDraft({
    limit,
    fields: { title: f.title, company: f.company },
    shrinkable: ['title', 'company'],
    optional: ['deadline'] as const,
    build: (v, on) => {
      const g = { ...f, ...v };
      return [
        `Hi ${g.referrerGreeting},`,
        [
          `I wanted to follow up on my message from last week about ${roleAt(g)}${jobIdNote(g)}.`,
          on.has('deadline') && deadline ? `${closesOn(deadline)}, so I thought I'd check in once.` : '',
          `I know you're busy, and it's completely fine if a referral doesn't work for you. My resume is here if it helps: ${g.resumeUrl}`,
        ]
          .filter(Boolean)
          .join(' '),
        `Thank you either way,\n${g.yourFirstName}`,
      ].join('\n\n');
    },
  });
}
