// Assembles every draft from one set of resolved facts and collects the warnings.

import { thankYouText, followUpText } from './after-referral';
import { CHANNELS, messageChannel } from './channels';
import { connectionNoteText } from './connection-note';
import { emailBodyText, emailSubjectText } from './email';
import { resolveFacts } from './facts';
import { referralRequestText } from './message';
import { placeholdersIn } from './placeholders';
import type { Channel, Draft, ReferralDrafts, ReferralInput } from './types';
import { deadlineWarning, eligibilityWarnings, missingInfoWarnings, readinessWarnings } from './warnings';
import { deadlineInText, type StatedDeadline } from './deadline';
import { nudgeText, referralFormText } from './form-and-nudge';

const draft = (text: string, channel: Channel): Draft => ({ text, characters: text.length, channel, placeholders: placeholdersIn(text) });

export function draftReferral(input: ReferralInput): ReferralDrafts {
  const facts = resolveFacts(input);
  const stated = statedDeadline(input);
  const deadlineIssue = deadlineWarning(stated, input.today);
  // Mention the deadline to the referrer only when it is a readable date still ahead.
  const deadline = deadlineIssue && deadlineIssue.code !== 'deadline-soon' ? undefined : stated;
  const message = messageChannel(input.options?.messageChannel);
  const linkedinMessage = CHANNELS['linkedin-message'];
  return {
    connectionNote: draft(connectionNoteText(facts), CHANNELS['linkedin-invite']),
    message: draft(referralRequestText(facts, { limit: message.limit, deadline }), message),
    email: {
      subject: draft(emailSubjectText(facts), CHANNELS['email-subject']),
      body: draft(emailBodyText(facts, deadline), CHANNELS['email-body']),
    },
    thankYou: draft(thankYouText(facts, linkedinMessage.limit), linkedinMessage),
    followUp: draft(followUpText(facts, linkedinMessage.limit), linkedinMessage),
    referralForm: draft(referralFormText(facts, CHANNELS['referral-form'].limit), CHANNELS['referral-form']),
    nudge: draft(nudgeText(facts, message.limit, deadline), message),
    warnings: [
      ...eligibilityWarnings(input),
      ...(deadlineIssue ? [deadlineIssue] : []),
      ...readinessWarnings(input),
      ...missingInfoWarnings(input),
    ],
  };
}

/** The user's referral deadline, else the posting's application deadline as the job parser read it
 * (so the drafts and the tailor report agree), else one stated in the posting's text. */
function statedDeadline(input: ReferralInput): StatedDeadline | undefined {
  const referral = input.job.referralDeadline?.trim();
  if (referral) return { date: referral, kind: 'referral' };
  const application = input.job.deadline?.trim() || (input.job.text ? deadlineInText(input.job.text) : undefined);
  return application ? { date: application, kind: 'application' } : undefined;
}

/** The `--json` shape: each draft as text, with its count against its channel's limit alongside. */
export interface ReferralJson {
  connectionNote: string;
  message: string;
  email: { subject: string; body: string };
  thankYou: string;
  followUp: string;
  referralForm: string;
  nudge: string;
  /** Every "Before sending" line. */
  warnings: { code: string; message: string }[];
  counts: Record<'connectionNote' | 'message' | 'emailSubject' | 'emailBody' | 'thankYou' | 'followUp' | 'referralForm' | 'nudge', { characters: number; limit: number; channel: string }>;
  placeholders: string[];
}

export function referralJson(d: ReferralDrafts): ReferralJson {
  const count = (x: Draft) => ({ characters: x.characters, limit: x.channel.limit, channel: x.channel.label });
  const all = [d.connectionNote, d.message, d.email.subject, d.email.body, d.thankYou, d.followUp, d.referralForm, d.nudge];
  return {
    connectionNote: d.connectionNote.text,
    message: d.message.text,
    email: { subject: d.email.subject.text, body: d.email.body.text },
    thankYou: d.thankYou.text,
    followUp: d.followUp.text,
    referralForm: d.referralForm.text,
    nudge: d.nudge.text,
    warnings: d.warnings.map((w) => ({ code: w.code, message: w.message })),
    counts: {
      connectionNote: count(d.connectionNote),
      message: count(d.message),
      emailSubject: count(d.email.subject),
      emailBody: count(d.email.body),
      thankYou: count(d.thankYou),
      followUp: count(d.followUp),
      referralForm: count(d.referralForm),
      nudge: count(d.nudge),
    },
    placeholders: [...new Set(all.flatMap((x) => x.placeholders))],
  };
}
