// Named certifications: one requirement each, at their own granularity. "AWS Certified Developer –
// Associate" asks for that credential, not for AWS in general; "Google Cloud Certified Professional
// Cloud Architect" is one ask, not Google Cloud plus an architect. The vendor or product inside the
// name is not asked for on its own (keywords.ts drops taxonomy mentions inside a certification).
// Read by shape, not from a list:
// - "<Vendor> Certified[:] <Title>": "Acme Certified: Data Fundamentals";
// - "Certified <Title> <role noun>": "Certified Kubernetes Administrator", "Certified Scrum Master";
// - a capitalised name ending in a level or role, then an exam code: "Contoso Cloud Fundamentals (CC-100)".

import type { Sentence } from './requirements';
import { findStandards } from './standards';

export interface CertificationMention {
  /** The certification's name as written ("AWS Certified Cloud Practitioner"). */
  keyword: string;
  start: number;
  end: number;
}

/** A capitalised word of a name: "AWS", "Cloud", "Security+", "Azure", "S/4HANA", "365". */
const CAP = String.raw`(?:[A-Z][\w+.]*(?:\/[0-9][\w]*)?|[0-9]{2,4})`;
/** Levels written after a dash: "– Associate", "- Professional". */
const LEVEL = String.raw`(?:\s*[–—-]\s*(?:Associate|Professional|Specialty|Expert|Foundational|Fundamentals|Practitioner))?`;
/** Role nouns that end a certification title. */
const ROLE = String.raw`(?:Administrator|Architect|Analyst|Associate|Auditor|Consultant|Developer|Engineer|Expert|Hacker|Manager|Master|Owner|Practitioner|Professional|Specialist|Technician|Tester)`;

const VENDOR_CERTIFIED = new RegExp(String.raw`\b(?:${CAP}\s+){1,3}Certified:?\s+(?:${CAP}\s+){0,4}${CAP}${LEVEL}`, 'g');
const CERTIFIED_ROLE = new RegExp(String.raw`\bCertified\s+(?:${CAP}\s+){0,4}${ROLE}\b${LEVEL}`, 'g');
/** "(AZ-900)", "(SAA-C03)", "(CLF-C02)": an exam code, two or three capitals, a dash, an optional letter, digits. */
// The name ends in a level or a role ("Fundamentals", "Associate", "Administrator"): a form's number
// ("Declaration for Federal Employment (OF-306)") has the same shape.
const BEFORE_EXAM_CODE = new RegExp(
  String.raw`\b((?:${CAP}\s+){0,4}(?:${ROLE}|Fundamentals|Essentials|Foundations?|Foundational|Specialty))\s*\(([A-Z]{2,3}-[A-Z]?[0-9]{2,3})\)`,
  'g',
);

/** Words that start a sentence or a list item, not a name ("An", "Holds"). */
const NOT_NAME_START = /^(?:A|An|The|Any|One|Or|And|Our|Your|Their|Its|We|This|Hold|Holds|Holding|Current|Active|Valid|Preferred|Required|Plus|Must|Have|Has|With|Such|As|E\.g)\s+/;

export function findCertifications(sentence: Sentence): CertificationMention[] {
  const out: CertificationMention[] = [];
  const add = (text: string, at: number, needsVendor = false) => {
    let keyword = text.trim();
    let start = sentence.start + at + text.indexOf(keyword);
    // "Such as AWS Certified …": drop leading words that are not part of a name.
    for (let m = NOT_NAME_START.exec(keyword); m; m = NOT_NAME_START.exec(keyword)) {
      keyword = keyword.slice(m[0].length);
      start += m[0].length;
    }
    const end = start + keyword.length;
    // "Our Certified Partner program": without a vendor, only a title ending in a role is a certification.
    if (keyword.split(/\s+/).length < 2 || (needsVendor && /^Certified\b/.test(keyword))) return;
    if (out.some((c) => start < c.end && end > c.start)) return;
    out.push({ keyword, start, end });
  };
  for (const m of sentence.text.matchAll(VENDOR_CERTIFIED)) add(m[0], m.index!, true);
  for (const m of sentence.text.matchAll(CERTIFIED_ROLE)) add(m[0], m.index!);
  for (const m of sentence.text.matchAll(BEFORE_EXAM_CODE)) add(m[1], m.index! + m[0].indexOf(m[1]));
  // A named standard ("IEC 61508", "21 CFR Part 11") is an ask of the same kind: one requirement at its own granularity.
  for (const s of findStandards(sentence)) if (!out.some((c) => s.start < c.end && s.end > c.start)) out.push(s);
  return out.sort((a, b) => a.start - b.start);
}
