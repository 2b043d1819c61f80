// Dates that cannot be right: an entry that ends before it starts ("2023 – 2021"), and a role whose
// bullets report finished work ("Built …") but whose dates start after today — an upcoming
// internship written in the future or present tense is fine. Core has no clock: the second check runs only when the edge
// passes today's date (`today` in the lint options, or this rule's `today` option), and never on
// education, where future dates are expected graduations.
import type { DateRange, ResumeDocument } from '../document/types';
import { findDateRange } from '../document/dates';
import type { Rule, RuleFinding } from '../types';
import { knownVerbs, openingVerb } from './opening-verb';
import { monthsOf } from '../text/iso-date';

/**
 * A date field of JSON Resume or RenderCV ("startDate", "end_date", "date") holding a day the calendar
 * does not have: "2025-13", "2026-02-30". The renderer prints it or rejects the file; neither is meant.
 */
const DATE_FIELD = /["']?\b(?:start_?date|end_?date|date|releaseDate)\b["']?\s*:\s*["']?((?:19|20)\d\d)-(\d{1,2})(?:-(\d{1,2}))?(?![\d-])/gi;

function nonexistentFieldDates(doc: ResumeDocument): RuleFinding[] {
  if (doc.format !== 'jsonresume' && doc.format !== 'rendercv') return [];
  const out: RuleFinding[] = [];
  for (const m of doc.text.matchAll(DATE_FIELD)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
    const daysInMonth = month >= 1 && month <= 12 ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 0;
    const bad = month < 1 || month > 12 ? `month ${month}` : day !== undefined && (day < 1 || day > daysInMonth) ? `day ${day} of a month with ${daysInMonth}` : undefined;
    if (!bad) continue;
    const start = m.index! + m[0].length - (m[3] === undefined ? `${m[1]}-${m[2]}` : `${m[1]}-${m[2]}-${m[3]}`).length;
    out.push({ range: { start, end: m.index! + m[0].length }, message: `"${doc.text.slice(start, m.index! + m[0].length)}" is no date (${bad}): check the digits.` });
  }
  return out;
}

/** The last date is a bare year ("2021"): compare by year only. */
function yearOnly(dates: DateRange, which: 'start' | 'end'): boolean {
  const f = which === 'start' ? dates.formats[0] : dates.formats[dates.formats.length - 1];
  return f === 'YYYY' || /season/i.test(f ?? '');
}

/** Words that mark a date as planned, not done: "Expected March 2027", "starts June 2027", "(in progress)";
 * not "by", which names the issuer ("Issued by AWS"). */
// An expiry or renewal date ("expires June 2027", "valid to 03/2028", "(exp 2028)", "active through 2027") is in
// the future by design; so is an exam "booked for" a month.
const PLANNED = /\b(?:expected|exp(?:\.|\b)|expir\w*|valid (?:to|until|through|thru)|through|thru|renew\w*|booked|sitting|anticipated|scheduled|planned|planning|in progress|pending|upcoming|starts?|starting|will|target(?:ed)?|due|until|candidate|preparing|enrolled|registered)/i;

/**
 * Certifications and awards dated after today without a word saying they are planned ("AWS Solutions
 * Architect — June 2027"): a credential not yet earned, listed as held.
 */
function futureCredentials(doc: ResumeDocument, now: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const b of doc.bullets) {
    if (b.section.kind !== 'certifications' && b.section.kind !== 'awards') continue;
    const found = findDateRange(b.text);
    if (!found || found.start === undefined || found.current || PLANNED.test(b.text)) continue;
    if (!isLater(found, now)) continue;
    const start = b.offsets[found.index];
    const end = b.offsets[found.index + found.raw.length - 1] + 1;
    out.push(futureCredential({ start, end }, found.raw));
  }
  // Credentials written as entries (a LaTeX \cvhonor, a dated heading) with their date as a field.
  for (const section of doc.sections) {
    if (section.kind !== 'certifications' && section.kind !== 'awards') continue;
    for (const entry of section.entries) {
      const d = entry.dates;
      if (!d || d.start === undefined || d.current || entry.bullets.length || PLANNED.test(entry.heading.text) || !isLater(d, now)) continue;
      out.push(futureCredential(d.range, d.raw));
    }
  }
  return out;
}

function isLater(d: { start?: number; formats: string[] }, now: number): boolean {
  if (d.start === undefined) return false;
  return d.formats[0] === 'YYYY' ? Math.floor(d.start / 12) > Math.floor(now / 12) : d.start > now;
}

function futureCredential(range: { start: number; end: number }, raw: string): RuleFinding {
  return {
    range,
    message: `"${raw}" is after today: a credential not yet earned reads as one you hold. Write "expected ${raw}" (or "in progress"), or fix the year.`,
  };
}

/** "expected May 2026", "Anticipated graduation: 2025", "(exp. Dec 2025)": the words that mark a graduation as planned. */
const EXPECTED_BEFORE = /\b(?:expected|anticipated|exp\.?)(?:\s+(?:graduation|completion|grad\.?))?\s*(?:date)?\s*[:(-]?\s*$/i;

/** "May 2026 (expected)", "2026, expected": the mark written after the date. */
const EXPECTED_AFTER = /^[*_]*\s*[,(–—-]?\s*(?:expected|anticipated|exp\.)(?![\p{L}])/iu;

/**
 * A graduation still marked "expected" when its month has passed ("expected May 2026" read in
 * December 2026): the degree is either earned, and should say so, or delayed, and the date is wrong.
 * By year only when the date is a bare year, and only once that year is over.
 */
function staleExpectedDate(doc: ResumeDocument, d: DateRange, now: number): RuleFinding | undefined {
  const last = d.end ?? d.start;
  // The mark may stand inside the range too, before its end: "Sep 2025 – expected Aug 2026".
  const marked =
    EXPECTED_BEFORE.test(doc.text.slice(Math.max(0, d.range.start - 40), d.range.start)) ||
    EXPECTED_AFTER.test(doc.text.slice(d.range.end, d.range.end + 40)) ||
    /[–—-]\s*(?:expected|anticipated|exp\.)\s/i.test(d.raw);
  if (last === undefined || !marked) return undefined;
  const passed = yearOnly(d, 'end') ? Math.floor(last / 12) < Math.floor(now / 12) : last < now;
  if (!passed) return undefined;
  return {
    range: d.range,
    message: `"${d.raw}" is marked expected but has passed: write the degree as earned, or give the new expected date.`,
  };
}

/** "Expected graduation: May 2026" inside a line: the words, then the date right after them. */
const EXPECTED_IN_LINE = /\b(?:expected|anticipated|exp\.)(?:\s+(?:graduation|completion|grad\.?))?(?:\s+date)?\s*[:(-]?\s*/gi;

/**
 * The same stale "expected" date written in an education entry's own lines rather than its date field
 * ("- GPA 3.8/4.0. Expected graduation: May 2026" under a degree whose dates are fields, as RenderCV
 * and JSON Resume write them).
 */
function staleExpectedInLines(doc: ResumeDocument, now: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const b of doc.bullets) {
    if (b.section.kind !== 'education' || !/\bexp/i.test(b.text)) continue;
    for (const m of b.text.matchAll(EXPECTED_IN_LINE)) {
      const after = m.index! + m[0].length;
      const found = findDateRange(b.text.slice(after, after + 40));
      if (!found || found.index !== 0 || found.start === undefined || found.current) continue;
      const last = found.end ?? found.start;
      const passed = found.formats[found.formats.length - 1] === 'YYYY' ? Math.floor(last / 12) < Math.floor(now / 12) : last < now;
      if (!passed) continue;
      const start = b.offsets[after];
      const end = b.offsets[after + found.raw.length - 1] + 1;
      out.push({ range: { start, end }, message: `"${found.raw}" is marked expected but has passed: write the degree as earned, or give the new expected date.` });
    }
  }
  return out;
}

export const impossibleDates: Rule = {
  id: 'impossible-dates',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Entry dates that cannot be right: ending before they start, a finished role that starts in the future, or a certification dated after today.',
  docs: {
    why: 'A date range that runs backwards, or a finished job that starts next year, is a typo a reviewer notices at once — and it makes every other date on the page look doubtful.',
    bad: '### Data Analyst, Northwind — Sep 2023 – May 2021',
    good: '### Data Analyst, Northwind — Sep 2021 – May 2023',
  },
  check(doc, { options, today, lexicon }) {
    const verbs = knownVerbs(lexicon);
    const now = monthsOf(today) ?? monthsOf(options.today);
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      for (const entry of section.entries) {
        const d = entry.dates;
        if (!d || d.start === undefined) continue;
        if (d.end !== undefined && !d.current && d.formats.length > 1) {
          const byYear = yearOnly(d, 'start') || yearOnly(d, 'end');
          const backwards = byYear ? Math.floor(d.end / 12) < Math.floor(d.start / 12) : d.end < d.start;
          if (backwards) {
            out.push({ range: d.range, message: `"${d.raw}" ends before it starts: check the order of the two dates.` });
            continue;
          }
        }
        if (now !== undefined && section.kind === 'education' && !d.current) {
          const stale = staleExpectedDate(doc, d, now);
          if (stale) out.push(stale);
        }
        if (now === undefined || section.kind === 'education' || d.current) continue;
        const startsLater = yearOnly(d, 'start') ? Math.floor(d.start / 12) > Math.floor(now / 12) : d.start > now;
        const reportsDoneWork = entry.bullets.some((b) => openingVerb(b, verbs)?.form === 'past');
        if (startsLater && reportsDoneWork) {
          out.push({ range: d.range, message: `"${d.raw}" starts after today, but the bullets report finished work: check the year.` });
        }
      }
    }
    if (now !== undefined) out.push(...futureCredentials(doc, now), ...staleExpectedInLines(doc, now));
    out.push(...nonexistentFieldDates(doc));
    return out.sort((a, b) => a.range.start - b.range.start);
  },
};
