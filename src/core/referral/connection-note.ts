// The LinkedIn invitation note: one short paragraph that always fits 300 characters, giving up
// optional parts (skills, study details, name, context, team, job ID, alumni line) in that order.

import { CHANNELS } from './channels';
import type { Facts } from './facts';
import { fitDraft } from './fit';
import { contextSentence, jobIdNote, roleAt, sentences, skillsSentence, teamSentence, whoIAm } from './phrases';

type Optional = 'skills' | 'study' | 'name' | 'context' | 'team' | 'jobId' | 'alumni';
const DROP_ORDER: Optional[] = ['skills', 'study', 'name', 'context', 'team', 'jobId', 'alumni'];

export function connectionNoteText(f: Facts): string {
  const fields = {
    referrerGreeting: f.referrerGreeting,
    yourName: f.yourName,
    school: f.school,
    major: f.major ?? '',
    title: f.title,
    company: f.company,
    team: f.team ?? '',
    context: f.context ?? '',
  };
  const present = DROP_ORDER.filter((flag) => {
    if (flag === 'skills') return f.skills.length > 0;
    if (flag === 'study') return !!(f.major || f.graduation);
    if (flag === 'context') return !!f.context;
    if (flag === 'team') return !!f.team;
    if (flag === 'alumni') return f.alumni;
    if (flag === 'jobId') return !f.jobId.startsWith('[');
    return true;
  });
  return fitDraft({
    limit: CHANNELS['linkedin-invite'].limit,
    fields,
    shrinkable: ['title', 'company', 'school', 'referrerGreeting', 'yourName', 'team', 'context', 'major'],
    optional: present,
    build: (v, on) => {
      const g: Facts = {
        ...f,
        referrerGreeting: v.referrerGreeting,
        yourName: v.yourName,
        school: v.school,
        major: v.major || undefined,
        title: v.title,
        company: v.company,
        team: on.has('team') ? v.team || undefined : undefined,
        context: on.has('context') ? v.context || undefined : undefined,
        skills: on.has('skills') ? f.skills : [],
      };
      return sentences(
        `Hi ${g.referrerGreeting},`,
        whoIAm(g, { name: on.has('name'), study: on.has('study'), alumni: on.has('alumni'), schoolPlaceholder: false }),
        contextSentence(g),
        `I'm applying for ${roleAt(g)}${on.has('jobId') ? jobIdNote(g) : ''}.`,
        teamSentence(g),
        skillsSentence(g),
        'Would you be open to connecting? I would value your perspective on the role. Thank you!',
      );
    },
  });
}
