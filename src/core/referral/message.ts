// The referral request: who the user is, the role with its ID and link, the resume bullets that
// best match the job (quoted word for word), an ask that is easy to say yes to, the resume link,
// thanks. Shared by the LinkedIn message / InMail and the email body, which adds a signature.

import type { Facts } from './facts';
import { fitDraft } from './fit';
import { closesOn, type StatedDeadline } from './deadline';
import { PLACEHOLDER } from './placeholders';
import { contextSentence, jobIdNote, roleAt, sentences, teamSentence, whoIAm } from './phrases';

type Optional = 'team' | 'context' | 'secondHighlight' | 'study' | 'deadline' | 'highlights';
const DROP_ORDER: Optional[] = ['team', 'context', 'secondHighlight', 'study', 'deadline', 'highlights'];

export interface RequestOptions {
  limit: number;
  /** The referral or application deadline as written, when it has not passed. */
  deadline?: StatedDeadline;
  /** Lines after the sign-off name (email signature). */
  signature?: string[];
}

export function referralRequestText(f: Facts, o: RequestOptions): string {
  const present = DROP_ORDER.filter((flag) => {
    if (flag === 'team') return !!f.team;
    if (flag === 'context') return !!f.context;
    if (flag === 'secondHighlight') return f.highlights.length > 1;
    if (flag === 'study') return !!(f.major || f.graduation);
    if (flag === 'deadline') return !!o.deadline;
    return true;
  });
  return fitDraft({
    limit: o.limit,
    fields: { title: f.title, company: f.company, school: f.school, team: f.team ?? '', context: f.context ?? '' },
    shrinkable: ['title', 'company', 'school', 'team', 'context'],
    optional: present,
    build: (v, on) => {
      const g: Facts = {
        ...f,
        title: v.title,
        company: v.company,
        school: v.school,
        team: on.has('team') ? v.team || undefined : undefined,
        context: on.has('context') ? v.context || undefined : undefined,
      };
      const quoted = on.has('highlights')
        ? (on.has('secondHighlight') ? f.highlights : f.highlights.slice(0, 1)).map((h) => `- "${h}"`)
        : [];
      const highlights = f.highlights.length ? quoted : [`- ${PLACEHOLDER.highlight}`];
      const paragraphs = [
        `Hi ${g.referrerGreeting},`,
        sentences(
          whoIAm(g, { name: true, study: on.has('study'), alumni: true, schoolPlaceholder: true }),
          contextSentence(g),
          teamSentence(g),
        ),
        [
          sentences(
            `I'm applying for ${roleAt(g)}${jobIdNote(g)}.`,
            on.has('deadline') && o.deadline ? `${closesOn(o.deadline)}.` : '',
          ),
          `Posting: ${g.jobUrl}`,
        ].join('\n'),
        highlights.length ? [`From my resume, the experience closest to the role:`, ...highlights].join('\n') : '',
        sentences(
          "If you feel comfortable referring me, I'd be grateful. I'm happy to send anything that helps, and it's completely fine if the timing doesn't work for you.",
          `My resume: ${g.resumeUrl}`,
        ),
        ['Thank you for your time,', g.yourName, ...(o.signature ?? [])].join('\n'),
      ];
      return paragraphs.filter(Boolean).join('\n\n');
    },
  });
}
