// The facts the drafts may state, resolved once: values from the resume, the posting and the
// referrer, or a marked placeholder where the inputs are silent. Optional details (major,
// graduation, team, skills) are simply absent when unknown; they are never guessed.

import { parseDay, isFuture } from './dates';
import { PLACEHOLDER } from './placeholders';
import { sameSchool } from './school';
import { greetingName, ownName, titleWithoutCompany } from './text';
import type { ReferralInput } from './types';

export interface Facts {
  referrerGreeting: string;
  yourName: string;
  yourFirstName: string;
  school: string;
  /** The referrer's school is the user's: the drafts say "fellow <School> alum". */
  alumni: boolean;
  major?: string;
  degree?: string;
  graduation?: string;
  /** Graduation is past: "graduated" rather than "graduating". */
  graduated: boolean;
  team?: string;
  context?: string;
  company: string;
  title: string;
  jobId: string;
  jobUrl: string;
  resumeUrl: string;
  /** Resume bullets quoted word for word (at most two). */
  highlights: string[];
  /** Hard skills named in both the resume and the posting. */
  skills: string[];
  email?: string;
  phone?: string;
  linkedin?: string;
}

const clean = (s: string | undefined): string | undefined => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

export function resolveFacts(input: ReferralInput): Facts {
  const { profile, job, referrer = {} } = input;
  const today = parseDay(input.today);
  if (!today) throw new Error(`today must be a date such as 2025-09-01, got "${input.today}"`);
  const name = clean(profile.name);
  const yourName = name ? ownName(name) : PLACEHOLDER.yourName;
  const school = clean(profile.school);
  return {
    referrerGreeting: greetingName(clean(referrer.name) ?? PLACEHOLDER.referrerName),
    yourName,
    yourFirstName: greetingName(yourName),
    school: school ?? PLACEHOLDER.school,
    alumni: sameSchool(school, clean(referrer.school)),
    major: clean(profile.major),
    degree: clean(profile.degree),
    graduation: clean(profile.graduation),
    graduated: isFuture(profile.graduation, today) === false,
    team: clean(referrer.team),
    context: clean(referrer.context)?.replace(/[.!]+$/, ''),
    company: clean(job.company) ?? PLACEHOLDER.company,
    title: titleWithoutCompany(clean(job.title) ?? PLACEHOLDER.role, clean(job.company)),
    jobId: clean(job.jobId) ?? PLACEHOLDER.jobId,
    jobUrl: clean(job.url) ?? PLACEHOLDER.jobLink,
    resumeUrl: clean(profile.resumeUrl) ?? PLACEHOLDER.resumeLink,
    highlights: input.highlights.slice(0, 2).map((h) => h.text.replace(/\s+/g, ' ').trim()).filter(Boolean),
    skills: [...new Set(input.sharedSkills ?? [])],
    email: clean(profile.email),
    phone: clean(profile.phone),
    linkedin: clean(profile.linkedin),
  };
}
