// Length limits of the places a draft is pasted into.
import type { Channel, MessageChannelId } from './types';

export const CHANNELS = {
  'linkedin-invite': { id: 'linkedin-invite', label: 'LinkedIn invitation note', limit: 300, hard: true },
  'linkedin-message': { id: 'linkedin-message', label: 'LinkedIn message', limit: 8000, hard: true },
  inmail: { id: 'inmail', label: 'LinkedIn InMail', limit: 1900, hard: true },
  // Email has no limit of its own; these keep a cold email short enough to be read and its subject visible in an inbox.
  'email-subject': { id: 'email-subject', label: 'email subject', limit: 100, hard: false },
  'email-body': { id: 'email-body', label: 'email body', limit: 2000, hard: false },
  // Internal referral tools give a free-text box; a few sentences is what a recruiter reads there.
  'referral-form': { id: 'referral-form', label: 'referral form blurb', limit: 600, hard: false },
} as const satisfies Record<Channel['id'], Channel>;

export function messageChannel(id: MessageChannelId | undefined): Channel {
  return CHANNELS[id ?? 'linkedin-message'];
}
