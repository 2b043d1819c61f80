// Entry dates whose shape, not their month-and-year format, sets them apart from the other entries:
// a business quarter ("Q3 2021") where the others give months or years, a two-digit year
// ("Jan ’23") where the others write four, "since 2023" where the others write a range
// ("2021 – Present"), "since" in front of a closed range ("since 2020 – Dec 2022"), a hyphen where
// the other ranges use an en dash ("Jan 2024 - Mar 2024"), and a LaTeX double hyphen ("Sept 2019 --
// May 2024"), which Markdown shows as two hyphens, not a dash.
// Part of the date-format rule (rules/date-format.ts); each check needs other dated entries to
// compare with, except the double hyphen, which reads wrong on its own.
import { builtByHugo, builtByResumeMd, isPandocDocument } from './renders-wrongly-syntax';
import { PROSE_SECTIONS } from './util';
import type { Entry, ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';
import { QUARTER as QUARTER_SHAPE } from '../document/dates';

const YEAR = '(?:19|20)\\d\\d';
const QUARTER = new RegExp(`(?<![\\w/])(?:${QUARTER_SHAPE})(?![\\w/])`, 'gi');
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** "Jan ’23", "May '24": a month name with a two-digit year after an apostrophe. */
const SHORT_YEAR = new RegExp(`(?<![\\w/])(${MONTH})\\.?\\s*['’‘](\\d\\d)(?![\\w/])`, 'gi');
/** Two hyphens between two dates (not three: "---" is a rule or a YAML fence). */
const DOUBLE_HYPHEN = /(?<=[\p{L}\p{N}.’')\]]\s?)--(?=\s?[\p{L}\p{N}'’‘])/gu;
/** "since" (or "Since") right before the date, on the same line. */
const SINCE_BEFORE = /\bsince\s+$/i;
/** A dash between two dates or before an open end: the entry writes its dates as a range. */
const RANGE_DASH = /\S\s*(?:–|—|-{1,2}|\bto\b)\s*\S/;

interface Dated {
  entry: Entry;
  start: number;
  end: number;
  raw: string;
}

function datedEntries(doc: ResumeDocument): Dated[] {
  const out: Dated[] = [];
  // A date in the summary's prose ("Epic super-user since 2019") is a sentence's, not an entry's date line.
  for (const entry of doc.sections.filter((s) => !PROSE_SECTIONS.has(s.kind)).flatMap((s) => s.entries)) {
    const d = entry.dates;
    if (!d || d.range.end <= d.range.start) continue;
    out.push({ entry, start: d.range.start, end: d.range.end, raw: doc.text.slice(d.range.start, d.range.end) });
  }
  return out;
}

function lineBefore(doc: ResumeDocument, offset: number): string {
  const lineStart = doc.text.lastIndexOf('\n', offset - 1) + 1;
  return doc.text.slice(lineStart, offset);
}

function lineAfter(doc: ResumeDocument, offset: number): string {
  const lineEnd = doc.text.indexOf('\n', offset);
  return doc.text.slice(offset, lineEnd < 0 ? doc.text.length : lineEnd);
}

/** After a date, a comma and a word in lower case: the sentence the date sits in goes on. */
const SENTENCE_GOES_ON = /^\s*,\s*\p{Ll}/u;

const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Q3 2021" → "Q3 2021 is Jul–Sep 2021". */
function quarterMonths(quarter: string): string {
  const q = Number(/Q([1-4])/i.exec(quarter)![1]);
  const year = /(?:19|20)\d\d|['’‘]\d\d/.exec(quarter)![0];
  return `${quarter} is ${SHORT_MONTHS[(q - 1) * 3]}–${SHORT_MONTHS[(q - 1) * 3 + 2]} ${year}`;
}

function quarters(dated: Dated[]): RuleFinding[] {
  const hasQuarter = (d: Dated) => {
    QUARTER.lastIndex = 0;
    return QUARTER.test(d.raw);
  };
  // Quarters used everywhere are a consistent choice; only quarters among month or year dates stand out.
  if (!dated.some((d) => !hasQuarter(d))) return [];
  const out: RuleFinding[] = [];
  for (const d of dated) {
    QUARTER.lastIndex = 0;
    for (const m of d.raw.matchAll(QUARTER)) {
      const start = d.start + m.index!;
      out.push({
        range: { start, end: start + m[0].length },
        message: `"${m[0]}" is a business quarter, while the other entries give months or years: write the months (${quarterMonths(m[0])}).`,
      });
    }
  }
  return out;
}

function shortYears(dated: Dated[]): RuleFinding[] {
  const fourDigit = dated.some((d) => new RegExp(YEAR).test(d.raw.replace(SHORT_YEAR, '')));
  if (!fourDigit) return [];
  const out: RuleFinding[] = [];
  // The century is a guess: "'23" is 2023, but "'98" may be 1998. Only a year not past this one plus a
  // few is rewritten as 20YY without review; an earlier century is offered as a suggestion.
  const thisYear = new Date().getUTCFullYear() % 100;
  for (const d of dated) {
    for (const m of d.raw.matchAll(SHORT_YEAR)) {
      const start = d.start + m.index!;
      const range = { start, end: start + m[0].length };
      const sure = Number(m[2]) <= thisYear + 5;
      const replacement = `${m[1]} ${sure ? '20' : '19'}${m[2]}`;
      out.push({
        range,
        message: `"${m[0]}" writes the year with two digits, while the other dates use four: write "${replacement}".`,
        fixes: [{ title: `Change to "${replacement}"`, isPreferred: sure, safe: sure, edits: [{ range, newText: replacement }] }],
      });
    }
  }
  return out;
}

function since(doc: ResumeDocument, dated: Dated[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  // "volunteer firefighter since 2012, woodworking": a sentence goes on after the date, so the date is
  // the sentence's, not the entry's date line.
  // "ASQ member since 2024": "since" straight after a word, with no separator before it, is a phrase
  // of the line ("member since"), not an entry's date field ("Analyst | since 2021", "(since 2021)").
  const asField = (d: Dated) => {
    const before = lineBefore(doc, d.start).replace(SINCE_BEFORE, '');
    return !/[\p{L}\d]/u.test(before) || /(?:[—–|,·•(\[:/*_"'&-]|\s{2,}|\t|[}{]|\\(?:hfill|quad|qquad|hspace\*?\{[^}]*\}))\s*$/u.test(before);
  };
  const withSince = dated.filter((d) => SINCE_BEFORE.test(lineBefore(doc, d.start)) && asField(d) && !SENTENCE_GOES_ON.test(lineAfter(doc, d.end)));
  if (!withSince.length) return out;
  // The convention to follow: another entry that writes its dates as a range.
  const ranges = dated.some((d) => !withSince.includes(d) && RANGE_DASH.test(d.raw));
  for (const d of withSince) {
    const word = SINCE_BEFORE.exec(lineBefore(doc, d.start))!;
    const wordStart = d.start - word[0].length;
    const closed = RANGE_DASH.test(d.raw) && !d.entry.dates!.current;
    if (closed) {
      // "since 2020 – Dec 2022": the range already says where it starts; "since" is left over.
      const range = { start: wordStart, end: d.start };
      out.push({
        range: { start: wordStart, end: d.end },
        message: `"since" in front of a closed range: write "${d.raw}".`,
        fixes: [{ title: `Delete "since"`, isPreferred: true, safe: true, edits: [{ range, newText: '' }] }],
      });
    } else if (ranges && !RANGE_DASH.test(d.raw)) {
      // In a line set in capitals ("SINCE APRIL 2019") the open end is set in capitals too.
      const written = doc.text.slice(wordStart, d.end);
      const replacement = `${d.raw} – ${written === written.toUpperCase() ? 'PRESENT' : 'Present'}`;
      const range = { start: wordStart, end: d.end };
      out.push({
        range,
        message: `"${doc.text.slice(wordStart, d.end)}" is written as prose, while the other entries give a range: write "${replacement}".`,
        fixes: [{ title: `Change to "${replacement}"`, isPreferred: true, safe: true, edits: [{ range, newText: replacement }] }],
      });
    }
  }
  return out;
}

function doubleHyphens(doc: ResumeDocument, dated: Dated[]): RuleFinding[] {
  // In LaTeX "--" is the en dash; Markdown (and the preview) print it as two hyphens. Pandoc, which
  // builds a Markdown source through LaTeX, prints an en dash too (its smart extension is on by default).
  // Pandoc, Hugo's Markdown and the resume.md template's smarty build all set "--" as an en dash.
  if ((doc.format && doc.format !== 'markdown') || isPandocDocument(doc) || builtByHugo(doc) || builtByResumeMd(doc)) return [];
  const out: RuleFinding[] = [];
  for (const d of dated) {
    for (const m of d.raw.matchAll(DOUBLE_HYPHEN)) {
      const start = d.start + m.index!;
      const range = { start, end: start + 2 };
      out.push({
        range,
        message: `"--" between dates is LaTeX for a dash; Markdown shows two hyphens: write an en dash ("–").`,
        fixes: [{ title: 'Change "--" to "–"', isPreferred: true, safe: true, edits: [{ range, newText: '–' }] }],
      });
    }
  }
  return out;
}

/** A hyphen between two dates: spaced ("Jan 2024 - Mar 2024"), or between a year and a year or a word ("2019-2021", "2021-Present"); never inside "2024-05". */
const HYPHEN_BETWEEN = /(?<=\S) - (?=\S)|(?<=(?:19|20)\d\d)-(?=(?:19|20)\d\d(?!\d)|\p{Lu})/gu;
/** An en dash between dates, or the double hyphen that stands for one. */
const EN_DASH_BETWEEN = /–|(?<=\S\s?)--(?=\s?\S)/u;

/**
 * A hyphen between the dates of an entry where most entries use an en dash ("Jan 2024 – Mar 2024"):
 * the same range in another mark. Rewritten to the en dash (form only; the spaces around it stay).
 * Only toward the en dash, the typographer's mark for ranges, and only when at least two entries use it.
 */
function rangeHyphens(dated: Dated[]): RuleFinding[] {
  // The fix's text is plain text: a LaTeX source gets it escaped by its format ("–" is written "--").
  const dash = '–';
  const en = dated.filter((d) => EN_DASH_BETWEEN.test(d.raw)).length;
  const hyphened = dated.filter((d) => !EN_DASH_BETWEEN.test(d.raw) && d.raw.match(HYPHEN_BETWEEN));
  if (en < 2 || hyphened.length >= en) return [];
  const out: RuleFinding[] = [];
  for (const d of hyphened) {
    for (const m of d.raw.matchAll(HYPHEN_BETWEEN)) {
      const at = d.start + m.index! + m[0].indexOf('-');
      const range = { start: at, end: at + 1 };
      out.push({
        range,
        message: `"-" between these dates is a hyphen, while the other entries use an en dash ("–"): write "${dash}".`,
        fixes: [{ title: `Change "-" to "${dash}"`, isPreferred: true, safe: true, edits: [{ range, newText: dash }] }],
      });
    }
  }
  return out;
}

/** Findings on the shape of entry dates; see the top of this file. */
export function dateShapeFindings(doc: ResumeDocument): RuleFinding[] {
  const dated = datedEntries(doc);
  if (!dated.length) return [];
  const out = [...doubleHyphens(doc, dated)];
  if (dated.length >= 2) out.push(...quarters(dated), ...shortYears(dated), ...since(doc, dated), ...rangeHyphens(dated));
  return out;
}
