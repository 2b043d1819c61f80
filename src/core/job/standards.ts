// Named standards: "ISO 9001", "IEC 61508", "ISA-95", "CISPR 25", "GAMP 5", "NIST SP 800-61",
// "21 CFR Part 11", "EU GMP Annex 11", "IHO S-57", "IS 456", "IFRS 16", "BS EN 1090". Regulated fields (medical devices, pharma,
// automotive, power, broadcast, security) ask for them by designation, and no list of them could be
// complete: they are read by shape — a standards body's acronym, perhaps a series word, then a number.
// Like a certification, a standard is one ask at its own granularity ("ISO 27001", not "ISO").

import type { Sentence } from './requirements';
import { lookupSkill } from '../skills';
import { CURRENCY_CODES } from '../lexicon/units';
import { frequencyBand } from './phrase-model';

export interface StandardMention {
  keyword: string;
  start: number;
  end: number;
}

const NUMBER = String.raw`\d{1,5}(?:[-.]\d{1,5})*(?:[A-Z](?![\w-])|[a-z](?![\w-]))?`;
// A body may be joint ("ISO/IEC 27001", "AS/NZS 3000") or national beside European ("BS EN 1090").
// Not inside a URL, a path or an identifier ("…/jobs/BE-INT-2027-114", "NFSA-27-DE-041876"); a year
// after a colon is the edition ("IS 456:2000"), not part of the name asked for; a number that goes on
// in another group of digits is a phone number ("EN 555 0199"); six digits or more are a register
// number ("HRB 700431", "CRO 612904"), which no standard has.
const DESIGNATION = new RegExp(
  String.raw`(?<![\w/.-])(?:(?:EU|US)\s+)?([A-Z]{2,6}(?:\/[A-Z]{2,6}|\s+EN)?)(?:([ -])(SP|Part|Std|Class))?(?:([ -])(${NUMBER})|\s+([A-Z]-\d{2,4}))(?::(?:19|20)\d\d)?(?![\w%°/-]|[ \t]\d)` +
    String.raw`|(?<![\w/.-])Annex\s+\d{1,3}\b|\b\d{1,2}\s+CFR\s+(?:Part\s+)?\d{1,4}(?:\.\d{1,4})?\b`,
  'g',
);
/**
 * Acronyms with a number that are not standards: tests and grades ("IELTS 7", "GPA 3.5"), time
 * ("UTC 8", "FY 2027", "Q3"), an illness ("COVID 19"); currencies ("USD 500") come from CURRENCY_CODES.
 */
const NOT_A_BODY =
  /^(?:TIER|PLUS|LEVEL|GRADE|STEP|PHASE|TYPE|SIZE|ROUND|BAND|GPA|CGPA|SAT|ACT|GRE|GMAT|LSAT|MCAT|IELTS|TOEFL|TOEIC|PTE|JLPT|HSK|TOPIK|DELF|DALF|CEFR|UTC|GMT|EST|PST|CET|IST|AEST|AEDT|FY|CY|AY|COVID|SARS|KSC|KPI|OKR|NPS|TOP|NO|NR|REF|ID|PO|BOX|APT|SUITE|RM|ROOM|STE|PAGE|REV|VOL|TEL|FAX|PH|MOB|EXT|TN|OPT|CPT|LMIA|GCSE|UCAS|BTEC|HND|HNC|NVQ|AAA|ABB)$/;

const CURRENCY = new Set(CURRENCY_CODES);
/** The words before a posting's own reference number. */
const ID_LEAD = /\b(?:requisition|req\.?|reference|ref\.?|job(?:\s+(?:id|no\.?|number|code))?|posting|vacancy|competition|id|no\.?|number)\s*[:#]?\s*$/i;

export function findStandards(sentence: Sentence): StandardMention[] {
  const out: StandardMention[] = [];
  // A sentence in capitals ("AT LEAST 3 YEARS OF EXPERIENCE") shouts; its words are not standards bodies.
  if ((sentence.text.match(/\b[A-Z]{3,}\b/g) ?? []).length >= 3 && !/[a-z]{3}/.test(sentence.text)) return out;
  for (const m of sentence.text.matchAll(DESIGNATION)) {
    const [whole, body, , series, joint, number] = m;
    if (body) {
      // A word in -ING is a verb or an activity in capitals ("HIRING 2"), never a body's initials.
      if (NOT_A_BODY.test(body) || CURRENCY.has(body) || /ING$/.test(body)) continue;
      // An everyday word in capitals ("AT LEAST 3", "this IS 24/7", "CAT 5") is a standard only with a
      // number of three digits or more ("IS 456").
      if (frequencyBand(body) === 'everyday' && !/^\d{3,}/.test(number ?? '')) continue;
      // Two letters and a short number are a grade, a rating or a cable ("GS 11", "PG 13"); a standard
      // of a two-letter body has three digits or more ("EN 50128", "IS 456", "BS 7671").
      if (body.length === 2 && !/^\d{3,}/.test(number ?? '')) continue;
      // A recent year is an edition or a conference, not a designation ("IEEE 2025", "SAE 2024 World Congress").
      if (number && !series && /^(?:19[6-9]\d|20[0-4]\d)$/.test(number)) continue;
      // Two letters joined to a number by a dash are a code, not a standards body: an exam ("AZ-900"),
      // a pay grade ("GS-11"), a form ("OF-306").
      if (body.length === 2 && joint === '-') continue;
      // A technology the taxonomy knows, with a short or dotted number, is a version ("HTML 5",
      // "USB 3.2", "PCIe 4"); a standard's number is longer or in parts ("NIST 800-53").
      if (number && !series && lookupSkill(body) && !/^\d{3,}|\d-\d/.test(number)) continue;
    }
    // "mention requisition RFD-27-0153", "Ref: ABC-2026-41": a number the posting files itself under.
    if (ID_LEAD.test(sentence.text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    const text = whole.replace(/:(?:19|20)\d\d$/, '');
    out.push({ keyword: text, start: sentence.start + m.index!, end: sentence.start + m.index! + text.length });
  }
  return out;
}
