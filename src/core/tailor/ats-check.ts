// What an applicant tracking system gets from the PDF: its text, read back in stream order, checked
// against the tailored resume. Three things break applications silently: text that is not in the
// PDF's text layer at all, sections that come out in another order, and contact details the
// parser cannot find. The PDF is read at the edge (src/node/pdf-text.ts); this compares.

import { parseResume } from '../document/parse';
import type { Profile } from '../document/types';

export interface AtsCheck {
  /** The text as read, for the report. */
  text: string;
  pages: number;
  /** Bullets of the tailored resume whose words are not in the PDF's text. */
  lost: string[];
  /** Section headings that come out of order: "Projects before Experience". */
  outOfOrder: string[];
  /** Contact details of the profile that the PDF text does not hold. */
  missingContacts: string[];
  /** One line per problem, for "Before sending". */
  warnings: string[];
}

/** Lowercase letters and digits separated by single spaces: layout, bullets and punctuation vanish. */
const norm = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

export function atsCheck(input: { text: string; pages: number; markdown: string; profile: Profile }): AtsCheck {
  const body = norm(input.text);
  const digits = input.text.replace(/\D/g, '');
  const doc = parseResume(input.markdown);

  const lost = doc.bullets
    .filter((b) => b.source !== 'table')
    .map((b) => b.text.replace(/\s+/g, ' ').trim())
    .filter((t) => norm(t) && !body.includes(norm(t)));

  const outOfOrder: string[] = [];
  let last: { title: string; at: number } | undefined;
  for (const s of doc.sections) {
    if (!s.title.trim()) continue;
    const at = body.indexOf(norm(s.title));
    if (at < 0) continue; // a heading not found is counted with lost text below
    if (last && at < last.at) outOfOrder.push(`${s.title} before ${last.title}`);
    if (!last || at > last.at) last = { title: s.title, at };
  }
  const lostHeadings = doc.sections.filter((s) => s.title.trim() && !body.includes(norm(s.title))).map((s) => s.title);

  const p = input.profile;
  const missingContacts: string[] = [];
  if (p.name && !body.includes(norm(p.name))) missingContacts.push(`name (${p.name})`);
  if (p.email && !input.text.toLowerCase().includes(p.email.toLowerCase())) missingContacts.push(`email (${p.email})`);
  // The same number with or without its country code: compare the last ten digits (as the header does).
  const phoneDigits = p.phone?.replace(/\D/g, '').slice(-10) ?? '';
  if (phoneDigits.length >= 7 && !digits.includes(phoneDigits)) missingContacts.push(`phone (${p.phone})`);

  const warnings: string[] = [];
  if (!body) warnings.push('The PDF has no text layer an applicant tracking system can read: it would see an empty resume.');
  else {
    if (lost.length) warnings.push(`${lost.length} bullet${lost.length === 1 ? ' is' : 's are'} not in the PDF's text as written (an ATS would not see ${lost.length === 1 ? 'it' : 'them'}): “${clip(lost[0])}”${lost.length > 1 ? ' …' : ''}.`);
    if (lostHeadings.length) warnings.push(`Section heading${lostHeadings.length === 1 ? '' : 's'} missing from the PDF's text: ${lostHeadings.join(', ')}.`);
    if (outOfOrder.length) warnings.push(`The PDF's text comes out in another order than the resume: ${outOfOrder.join('; ')}. An ATS would file entries under the wrong sections.`);
    if (missingContacts.length) warnings.push(`An ATS cannot find your ${missingContacts.join(', ')} in the PDF's text.`);
    if (!p.email && !p.phone && !/@/.test(input.text) && digits.length < 7) warnings.push('No email or phone number in the PDF: add them to the header or the front matter.');
  }
  return { text: input.text, pages: input.pages, lost, outOfOrder, missingContacts, warnings };
}

function clip(s: string, max = 70): string {
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}
