// The email version: a subject that names the role (and the shared school), and the referral
// request with a signature made of the resume's own contact details.

import { CHANNELS } from './channels';
import type { Facts } from './facts';
import { fitDraft } from './fit';
import type { StatedDeadline } from './deadline';
import { referralRequestText } from './message';

export function emailSubjectText(f: Facts): string {
  return fitDraft({
    limit: CHANNELS['email-subject'].limit,
    fields: { title: f.title, company: f.company, school: f.school },
    shrinkable: ['title', 'company', 'school'],
    // The job ID goes first: the body repeats it, while the alumni line is what gets the email opened.
    optional: f.alumni ? ['jobId', 'alumni'] : ['jobId'],
    build: (v, on) => {
      const id = on.has('jobId') ? ` (Job ID: ${f.jobId})` : '';
      return on.has('alumni')
        ? `Fellow ${v.school} alum: referral for ${v.title} at ${v.company}${id}`
        : `Referral request: ${v.title} at ${v.company}${id}`;
    },
  });
}

export function emailBodyText(f: Facts, deadline: StatedDeadline | undefined): string {
  const signature = [f.email, f.phone, f.linkedin].filter((s): s is string => !!s);
  return referralRequestText(f, { limit: CHANNELS['email-body'].limit, deadline, signature });
}
