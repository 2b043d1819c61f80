// The header lines an e-mail client prints above a message ("From:", "Sent:", "Subject: Fwd: …"). A
// posting forwarded by a career office or a referrer arrives under them; three readers need them
// (title, employer letterhead, skill sense), so the field names live here once.

const ADDRESS_FIELDS = ['from', 'to', 'cc', 'bcc', 'sent', 'date', 'reply-to'];
const ALL_FIELDS = [...ADDRESS_FIELDS, 'subject'];

/** A header naming the message's people or date; not "Subject:", which may carry the job title. */
export const MAIL_ADDRESS_HEADER = new RegExp(`^\\s*(?:${ADDRESS_FIELDS.join('|')})\\s*:`, 'i');

/** Any header line, the subject included. */
export const MAIL_HEADER = new RegExp(`^\\s*(?:${ALL_FIELDS.join('|')})\\s*:`, 'i');

/** Every whole header line in a text (global, multiline: for matchAll). */
export const MAIL_HEADER_LINES = new RegExp(`^[ \\t]*(?:${ALL_FIELDS.join('|')})[ \\t]*:[^\\n]*$`, 'gim');

/** "Thanks,", "Best regards,": a message's sign-off; the name, role, address and disclaimer under it are the sender's. */
export const SIGN_OFF = /^\s*(?:thanks|thank you|many thanks|best|best regards|kind regards|warm regards|regards|cheers|sincerely|warmly|all the best)\s*[,!.]?\s*$/i;

/** "---------- Forwarded message ---------", "-----Original Message-----": another message starts. */
export const MESSAGE_DIVIDER = /^\s*-{2,}\s*(?:forwarded message|original message)\s*-{2,}\s*$/i;

/**
 * A shared AI-assistant conversation ("You said:" … "ChatGPT said:"): the person's turn holds the posting
 * they pasted, the assistant's turn is advice about it, which asks nothing of the candidate.
 */
export const ASSISTANT_TURN = /^\s*(?:ChatGPT|Claude|Gemini|Copilot|Perplexity|Assistant)\s+said:\s*$/i;
export const PERSON_TURN = /^\s*You\s+said:\s*$/i;
