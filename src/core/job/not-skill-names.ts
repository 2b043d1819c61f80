// Names a phrase reader finds by shape that are no skill whatever the sentence says: the sender's or
// a board's organisation (its name is its e-mail domain: "TalentNest Search" for
// talentnestsearch.example), a month and year ("May 2027"), a state and ZIP code ("TX 77520"), a
// degree's abbreviation ("BSEE"). The taxonomy's own names are never judged here.
import { MONTH_WORD } from './dates';
import { degreeLevelsIn } from './requirements';

/** Mail hosts whose domain names no employer. */
const MAIL_HOSTS = new Set(['gmail', 'googlemail', 'outlook', 'hotmail', 'yahoo', 'icloud', 'proton', 'protonmail', 'live', 'msn', 'aol', 'mail', 'email', 'inbox']);

/** The organisation labels of the e-mail addresses in a text ("talentnestsearch" for sneha@talentnestsearch.example). */
export function mailOrganisations(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[\w.+-]+@((?:[\w-]+\.)+[\w-]+)/g)) {
    const labels = m[1].toLowerCase().split('.');
    // The label before the top-level domain ("mail.careerladder.example" → "careerladder").
    const label = labels.length >= 2 ? labels[labels.length - 2].replace(/-/g, '') : '';
    if (label.length >= 4 && !MAIL_HOSTS.has(label)) out.add(label);
  }
  return out;
}

const MONTH_AND_YEAR = new RegExp(`^${MONTH_WORD}\\s+(?:19|20)\\d\\d$`, 'i');
/** "TX 77520", "WA 98801-1234": a US state and its ZIP code, the end of an address ("EN 12464" is a standard). */
const STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY';
const STATE_ZIP = new RegExp(`^(?:${STATES})\\s+\\d{5}(?:-\\d{4})?$`);

export function isNotSkillName(keyword: string, organisations: ReadonlySet<string>): boolean {
  if (MONTH_AND_YEAR.test(keyword) || STATE_ZIP.test(keyword)) return true;
  // "BSEE", "MSc": a degree, read by the degree reader, not a skill.
  if (keyword.split(/\s+/).length <= 2 && degreeLevelsIn(keyword).length > 0 && !/\s/.test(keyword.trim())) return true;
  const squashed = keyword.toLowerCase().replace(/[^a-z0-9]/g, '');
  // The name a sender's or board's domain spells ("CareerLadder", "BrightPath" for brightpathtalent).
  return squashed.length >= 5 && [...organisations].some((o) => o === squashed || (o.length >= 6 && squashed.length >= 6 && (o.startsWith(squashed) || squashed.startsWith(o))));
}
