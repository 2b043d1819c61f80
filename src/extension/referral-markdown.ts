// The referral drafts as one Markdown document for an editor: warnings first, then each draft with its
// character count against its channel's limit, what to fill in, and the text in a fence so it can be
// copied exactly. Pure (no vscode), so it is unit-tested.
import type { Draft, ReferralDrafts } from '../core/referral';

export interface DraftEntry {
  /** The key in the CLI's --json `counts`. */
  key: 'connectionNote' | 'message' | 'emailSubject' | 'emailBody' | 'thankYou' | 'followUp' | 'referralForm' | 'nudge';
  title: string;
  /** What "Copy …" copies, in words: "connection note". */
  copyName: string;
  draft: Draft;
}

/** Every draft in the order it is used: invite, message, email, then after the referral. */
export function draftEntries(d: ReferralDrafts): DraftEntry[] {
  return [
    { key: 'connectionNote', title: d.connectionNote.channel.label, copyName: 'connection note', draft: d.connectionNote },
    { key: 'message', title: d.message.channel.label, copyName: 'message', draft: d.message },
    { key: 'emailSubject', title: 'Email subject', copyName: 'email subject', draft: d.email.subject },
    { key: 'emailBody', title: 'Email body', copyName: 'email body', draft: d.email.body },
    { key: 'thankYou', title: 'Thank-you, after the referral is submitted', copyName: 'thank-you', draft: d.thankYou },
    { key: 'followUp', title: 'Follow-up, when there is news', copyName: 'follow-up', draft: d.followUp },
    { key: 'referralForm', title: 'Referral form blurb, for the referrer to paste', copyName: 'referral form blurb', draft: d.referralForm },
    { key: 'nudge', title: 'Nudge, after a week with no reply', copyName: 'nudge', draft: d.nudge },
  ];
}

/** "Backend Engineer Intern at Northwind", for titles. */
export function roleName(job: { title?: string; company?: string }): string {
  return [job.title, job.company].filter(Boolean).join(' at ') || 'the posting';
}

/** "245/300 characters", with a note when the limit is only a suggestion or is exceeded. */
export function countLabel(draft: Draft): string {
  const { limit, hard } = draft.channel;
  const over = draft.characters > limit ? ` — ${draft.characters - limit} over the limit` : '';
  return `${draft.characters}/${limit} characters${hard ? '' : ' (suggested)'}${over}`;
}

export function draftsMarkdown(d: ReferralDrafts, role: string): string {
  const out = [`# Referral intro: ${role}`, ''];
  if (d.warnings.length) {
    out.push('**Before sending:**', '');
    for (const w of d.warnings) out.push(`- ⚠ ${w.message}`);
    out.push('');
  }
  for (const { title, draft } of draftEntries(d)) {
    out.push(`## ${title} — ${countLabel(draft)}`, '');
    if (draft.placeholders.length) out.push(`Fill in: ${draft.placeholders.map(inlineCode).join(', ')}`, '');
    const fence = fenceFor(draft.text);
    out.push(`${fence}text`, draft.text, fence, '');
  }
  return out.join('\n');
}

/** A backtick fence longer than any run of backticks inside the text. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

function inlineCode(text: string): string {
  const fence = text.includes('`') ? '`` ' : '`';
  return `${fence}${text}${fence.split('').reverse().join('')}`;
}
