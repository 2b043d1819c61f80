// Sentences the drafts share. Each states only resolved facts (facts.ts); none adds a number or a skill.

import type { Facts } from './facts';
import { joinList, schoolInSentence, teamPhrase } from './text';

export interface WhoOptions {
  name: boolean;
  /** Major and graduation. */
  study: boolean;
  /** Say "fellow <School> alum" when the schools match. */
  alumni: boolean;
  /** Name the school even when it is only a placeholder. */
  schoolPlaceholder: boolean;
}

const known = (s: string) => !s.startsWith('[');

/** "I'm Priya Raman, a fellow University of Waterloo alum (Computer Science, graduating April 2027)." */
export function whoIAm(f: Facts, o: WhoOptions): string {
  const subject = o.name ? `I'm ${f.yourName}` : "I'm";
  const when = f.graduation ? `${f.graduated ? 'graduated' : 'graduating'} ${f.graduation}` : undefined;
  let descriptor: string | undefined;
  if (o.alumni && f.alumni) {
    const details = o.study ? [f.major, when].filter(Boolean) : [];
    descriptor = `a fellow ${f.school} alum${details.length ? ` (${details.join(', ')})` : ''}`;
  } else if (known(f.school) || o.schoolPlaceholder) {
    const who = f.graduated ? 'graduate of' : 'student at';
    descriptor = `a ${o.study && f.major ? `${f.major} ` : ''}${who} ${schoolInSentence(f.school)}${o.study && when ? `, ${when}` : ''}`;
  }
  if (!descriptor) return o.name ? `${subject}.` : '';
  return `${subject}${o.name ? ',' : ''} ${descriptor}.`;
}

/** "the Software Development Engineer Intern role at Amazon" — "role" is not repeated after "Internship Role". */
export function roleAt(f: Facts): string {
  const noun = /\b(role|position|opening)$/i.test(f.title) ? '' : ' role';
  return `the ${f.title}${noun} at ${f.company}`;
}

/** " (Job ID: 2980000)" */
export const jobIdNote = (f: Facts) => ` (Job ID: ${f.jobId})`;

/** The user's own words on how they know the referrer, as a sentence. */
export function contextSentence(f: Facts): string {
  if (!f.context) return '';
  return `${f.context[0].toUpperCase()}${f.context.slice(1)}.`;
}

export function teamSentence(f: Facts): string {
  return f.team ? `I saw that you're on ${teamPhrase(f.team)}.` : '';
}

export function skillsSentence(f: Facts, max = 3): string {
  const skills = f.skills.slice(0, max);
  if (!skills.length) return '';
  const tail = skills.length === 1 ? 'which is' : skills.length === 2 ? 'both' : 'all';
  return `I've worked with ${joinList(skills)}, ${tail} in the posting.`;
}

/** Sentences joined by single spaces, skipping empty ones. */
export const sentences = (...parts: string[]) => parts.filter(Boolean).join(' ');
