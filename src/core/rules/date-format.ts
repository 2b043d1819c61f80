// Dates written in different shapes across entries ("May 2024" here, "05/2024" there, "2024-05"
// elsewhere). The shape most dates use wins; the others are flagged with a fix that rewrites them.
// Quarters, two-digit years, "since …" and a LaTeX "--" are read in rules/date-shape.ts.
// Year-only and season dates ("2021", "Summer 2024") are a choice of precision, not of format, and
// are left alone; so are "May", "June" and "July", which pass in either style.
import { jsonResumeDateFindings } from './date-schema';
import type { Entry } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { findDateRange, monthOfName } from '../document/dates';
import { dateShapeFindings } from './date-shape';
import { SIGNATURE_PLACE_DATE } from '../document/section-labels';

// The separator is part of the format: "2024/05", "2024.05" and "2024-05" read as three choices.
type Family = 'name' | 'MM/YYYY' | 'MM.YYYY' | 'YYYY-MM' | 'YYYY/MM' | 'YYYY.MM';
type NameStyle = 'short' | 'full';

interface DateToken {
  entry: Entry;
  start: number; // source offsets
  end: number;
  text: string;
  family: Family;
  nameStyle?: NameStyle;
  month: number;
  year: number;
  /** A date inside a sentence of a list item: evidence of the resume's month names, never rewritten. */
  inProse?: boolean;
  /** A RenderCV date field in ISO form, read as the theme prints it. */
  printedByTheme?: boolean;
}

const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const FULL = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Short enough to pass in either style ("May", and "June"/"July" beside "Jan", "Aug"). */
const AMBIGUOUS_NAMES = new Set(['may', 'june', 'july']);
const TOKEN =
  /(?<![\w/]|\d[./])(?:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+((?:19|20)\d\d)|(0?[1-9]|1[0-2])([/.])((?:19|20)\d\d)|((?:19|20)\d\d)([-/.])(0[1-9]|1[0-2]))(?![\w/]|\.\d)/gi;

const MONTH_NAME = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** A month name without its year, the first end of a range that shares one ("January – April 2026"). */
const BARE_MONTH = new RegExp(`(?<![\\w/])(${MONTH_NAME})\\.?(?!\\.?\\s+(?:19|20)\\d\\d)(?![\\w/])`, 'gi');

interface BareMonth {
  start: number;
  end: number;
  month: number;
  nameStyle?: NameStyle;
}

function nameStyleOf(word: string): { month: number; nameStyle?: NameStyle } {
  const lower = word.toLowerCase();
  const month = SHORT.findIndex((s) => lower.startsWith(s.toLowerCase()));
  return { month, nameStyle: AMBIGUOUS_NAMES.has(lower) ? undefined : lower === FULL[month].toLowerCase() ? 'full' : 'short' };
}

/** Month names in an entry's dates written without a year: they belong to the range's other end. */
function bareMonthsOf(text: string, entry: Entry): BareMonth[] {
  const dates = entry.dates;
  if (!dates || dates.range.end <= dates.range.start) return [];
  const at = dates.range.start;
  const out: BareMonth[] = [];
  BARE_MONTH.lastIndex = 0;
  const raw = text.slice(at, dates.range.end);
  for (let m = BARE_MONTH.exec(raw); m; m = BARE_MONTH.exec(raw)) {
    out.push({ start: at + m.index, end: at + m.index + m[1].length, ...nameStyleOf(m[1]) });
  }
  return out;
}

/** The dates of an entry as written in the source, wherever the parse found them (heading or a line below). */
function tokensOf(text: string, entry: Entry): DateToken[] {
  const dates = entry.dates;
  if (!dates || dates.range.end <= dates.range.start) return [];
  const at = dates.range.start;
  const raw = text.slice(at, dates.range.end);
  const out: DateToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(raw); m; m = TOKEN.exec(raw)) {
    const base = { entry, start: at + m.index, end: at + m.index + m[0].length, text: m[0] };
    if (m[1]) {
      const word = m[1].toLowerCase();
      const month = SHORT.findIndex((s) => word.startsWith(s.toLowerCase()));
      const nameStyle: NameStyle | undefined = AMBIGUOUS_NAMES.has(word) ? undefined : word === FULL[month].toLowerCase() ? 'full' : 'short';
      out.push({ ...base, family: 'name', nameStyle, month, year: Number(m[2]) });
    } else if (m[3]) out.push({ ...base, family: `MM${m[4]}YYYY` as Family, month: Number(m[3]) - 1, year: Number(m[5]) });
    // Year first needs a two-digit month ("2024.06"), so "2024.1" is never read as a date here.
    else out.push({ ...base, family: `YYYY${m[7]}MM` as Family, month: Number(m[8]) - 1, year: Number(m[6]) });
  }
  return out;
}

const DATED_ITEM_SECTIONS = new Set(['experience', 'projects', 'research', 'leadership', 'education', 'awards', 'certifications', 'publications']);

/**
 * Dates that end a list item outside any entry's dates ("Vice-chair, Robotics Club, 09/2022 – 05/2024"):
 * an activity or award dated in the item itself. They are held to the entries' format but do not vote.
 */
function bulletEndTokens(doc: Parameters<Rule['check']>[0], taken: ReadonlySet<number>): DateToken[] {
  // RenderCV and JSON Resume keep entry dates in ISO fields that the theme prints in its own style: a
  // highlight's "May 2026" is not held to the fields' "2026-05".
  if (doc.format === 'rendercv' || doc.format === 'jsonresume') return [];
  const out: DateToken[] = [];
  for (const b of doc.bullets) {
    // Sections of dated items; a birth date in the personal details or a skill's year is no entry date.
    if (!DATED_ITEM_SECTIONS.has(b.section.kind)) continue;
    const found = findDateRange(b.text);
    if (!found || !/^[\s).,;]*$/.test(b.text.slice(found.index + found.raw.length))) continue;
    // A date that a sentence runs into ("… (expected defence March 2027)", "… since March 2024") is prose:
    // never rewritten, only evidence of the month names the resume uses. An item's own date stands apart
    // after a comma, a dash, a bar or an opening bracket.
    const inProse = /\p{L}\s+$/u.test(b.text.slice(0, found.index));
    const start = b.offsets[found.index];
    const end = b.offsets[found.index + found.raw.length - 1] + 1;
    if (taken.has(start)) continue;
    // Held to the family only: a month spelled out in an award line is not worth a finding.
    out.push(...tokensOf(doc.text, { dates: { range: { start, end } } } as Entry).map((t) => ({ ...t, nameStyle: undefined, inProse })));
  }
  return out;
}

/** The most frequent value; ties go to the one used first. */
function majority<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  for (const [v, n] of counts) if (best === undefined || n > counts.get(best)!) best = v;
  return best;
}

const DOTTED = new Set<Family>(['MM.YYYY', 'YYYY.MM']);

/** Numeric families a North American reader does not use: year first, or a dot for the slash. */
const FOREIGN_NUMERIC = new Set<Family>(['MM.YYYY', 'YYYY-MM', 'YYYY/MM', 'YYYY.MM']);

/**
 * The format most entries use. Each entry votes once (a range is one choice, not two), with the
 * family most of its dates use. A tie goes to month names, which read the same to every reader
 * ("05/2024" and "2024.05" depend on convention), else to the family used first. Month names also
 * win over a year-first or dotted majority when at least two entries use them: the reader these
 * rules write for knows "Sep 2024" and "09/2024", not "2024.09", so the rewrite goes toward names.
 */
function entryMajority(tokens: DateToken[]): Family {
  const votes: Family[] = [];
  const entries = [...new Set(tokens.map((t) => t.entry))];
  for (const e of entries) votes.push(majority(tokens.filter((t) => t.entry === e).map((t) => t.family))!);
  const counts = new Map<Family, number>();
  for (const v of votes) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = Math.max(...counts.values());
  const tied = [...counts.keys()].filter((f) => counts.get(f) === top);
  if (tied.includes('name')) return 'name';
  if (FOREIGN_NUMERIC.has(tied[0]) && (counts.get('name') ?? 0) >= 2) return 'name';
  // "2013.10" and "09/2012 – 12/2012" once each: the tie goes away from the dots, never spreads them.
  return tied.find((f) => !DOTTED.has(f)) ?? tied[0];
}

function write(t: DateToken, family: Family, style: NameStyle): string {
  const mm = String(t.month + 1).padStart(2, '0');
  if (family.startsWith('MM')) return `${mm}${family[2]}${t.year}`;
  if (family.startsWith('YYYY')) return `${t.year}${family[4]}${mm}`;
  return `${(style === 'full' ? FULL : SHORT)[t.month]} ${t.year}`;
}

function describe(family: Family, style: NameStyle): string {
  if (family !== 'name') return family;
  return style === 'full' ? 'Month YYYY' : 'Mon YYYY';
}

/** Month names in English, as the document's date parser reads them ("Sept" too). */
const ENGLISH_MONTHS = new Set([...SHORT, ...FULL, 'Sept'].map((m) => m.toLowerCase()));
const WORD = /\p{L}+\.?/gu;

/**
 * Month names in another language ("ene 2015 – abr 2018") in a resume whose other dates are in English
 * or in numbers: the one range a translation left behind. The English name is offered as a suggestion.
 */
function foreignMonths(doc: Parameters<Rule['check']>[0], style: NameStyle): RuleFinding[] {
  const found: { start: number; end: number; text: string; month: number }[] = [];
  let english = 0;
  let numeric = 0;
  for (const e of doc.sections.flatMap((s) => s.entries)) {
    const d = e.dates;
    if (!d || d.range.end <= d.range.start) continue;
    const raw = doc.text.slice(d.range.start, d.range.end);
    let named = false;
    for (const m of raw.matchAll(WORD)) {
      const word = m[0].replace(/\.$/, '');
      const month = monthOfName(word);
      if (month === undefined) continue;
      named = true;
      if (ENGLISH_MONTHS.has(word.toLowerCase())) english++;
      else found.push({ start: d.range.start + m.index!, end: d.range.start + m.index! + word.length, text: word, month });
    }
    if (!named && /\d{1,2}[/.-]\d{4}|\d{4}[/.-]\d{1,2}/.test(raw)) numeric++;
  }
  if (!found.length || english + numeric <= found.length) return [];
  return found.map((f) => {
    const name = (style === 'full' ? FULL : SHORT)[f.month];
    return {
      range: { start: f.start, end: f.end },
      message: `"${f.text}" is a month name in another language, while the other dates are in English or in numbers: write "${name}".`,
      fixes: [{ title: `Change to "${name}"`, edits: [{ range: { start: f.start, end: f.end }, newText: name }] }],
    };
  });
}

/** A date with its day: "15/01/2019", "15.01.2019", "2019-01-15". */
const DAY_DATE = /(?<![\d/.-])(?:\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d-\d\d)(?![\d/.-])/g;

/**
 * Entry dates given to the day ("15/01/2019 – 15/07/2019") where the other entries give a month: a
 * precision the rest of the resume does not use, and a day-month order North American readers take for
 * month-day. No rewrite is offered: dropping the day is the writer's call. Markdown and LaTeX only (JSON
 * Resume and RenderCV store ISO dates their theme prints).
 */
function dayPrecision(doc: Parameters<Rule['check']>[0], monthDated: number): RuleFinding[] {
  if (doc.format === 'rendercv' || doc.format === 'jsonresume') return [];
  const out: RuleFinding[] = [];
  for (const e of doc.sections.flatMap((sec) => sec.entries)) {
    const d = e.dates;
    if (!d || d.range.end <= d.range.start) continue;
    const raw = doc.text.slice(d.range.start, d.range.end);
    // One finding for the entry's range, from its first day date to its last.
    const days = [...raw.matchAll(DAY_DATE)];
    // A birth date read as an entry's dates is personal-details' to report, not a format.
    const line = doc.lines.lineText(doc.lines.positionAt(d.range.start).line);
    if (!days.length || /\b(?:birth|born|DOB|d\.o\.b)\b/i.test(line)) continue;
    // "Date: 7/12/2026" under a signed declaration: the day it was signed, which regional-english reports with the declaration.
    if (/^[\s*_>#-]*(?:date|dated|place and date|date and place)\s*[:.]/i.test(line)) continue;
    // "Dearborn, 07.12.2026" above the name: where and when a European CV is signed (regional-english says so).
    if (SIGNATURE_PLACE_DATE.test(line)) continue;
    const start = d.range.start + days[0].index!;
    const end = d.range.start + days[days.length - 1].index! + days[days.length - 1][0].length;
    const written = doc.text.slice(start, end);
    out.push({ range: { start, end }, message: `"${written}" gives the day, while the other entries give the month and year: write the month and year, as they do.` });
  }
  // Only where month-level dates are the norm: two entries or more, and more of them than day-dated ones.
  return monthDated >= 2 && monthDated > out.length ? out : [];
}

export const dateFormat: Rule = {
  id: 'date-format',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'Entry dates written in different formats ("May 2024" vs "05/2024" vs "2024-05"), or in shapes the others do not use: quarters, two-digit years, "since 2023", a LaTeX "--".',
  docs: {
    why: 'Mixed date formats look like a resume assembled from pieces, and they make the timeline harder to scan. Pick one format and use it everywhere.',
    bad: '### Analyst, Acme — May 2023 – Aug 2023\n### Intern, Initech — 05/2022 – 08/2022',
    good: '### Analyst, Acme — May 2023 – Aug 2023\n### Intern, Initech — May 2022 – Aug 2022',
  },
  fixable: true,
  check(doc) {
    // RenderCV prints a date field written "2023-05" as "May 2023" (its themes' month style): that is
    // the format it votes for, and it is never itself rewritten.
    // (Only RenderCV's own keys: a "startDate:" it does not define prints nothing of the kind.)
    const inDateField = (t: DateToken) => /^\s*(?:-\s+)?(?:start_date|end_date|date)\s*:/.test(doc.lines.lineText(doc.lines.positionAt(t.start).line));
    const printed = (t: DateToken): DateToken => (doc.format === 'rendercv' && t.family === 'YYYY-MM' && inDateField(t) ? { ...t, family: 'name', nameStyle: 'short', printedByTheme: true } : t);
    const tokens = doc.sections.flatMap((s) => s.entries.flatMap((e) => tokensOf(doc.text, e))).map(printed);
    const foreign = [
      ...foreignMonths(doc, majority(tokens.filter((t) => t.nameStyle).map((t) => t.nameStyle!)) ?? 'short'),
      ...dateShapeFindings(doc),
      ...dayPrecision(doc, new Set(tokens.map((t) => t.entry)).size),
      ...jsonResumeDateFindings(doc),
    ].sort((a, b) => a.range.start - b.range.start);
    if (tokens.length < 2) return foreign;
    const entryStarts = new Set(doc.sections.flatMap((sec) => sec.entries.map((e) => e.dates?.range.start ?? -1)));
    const itemTokens = bulletEndTokens(doc, entryStarts);
    const majorityFamily = entryMajority(tokens);
    // Dotted dates ("03.2023", "2024.09") are a European or Japanese convention; beside a month-name
    // date anywhere in the resume the rewrite goes toward the names, never spreads the dots. Dots used
    // alone, consistently, are a choice and stay.
    const dottedToNames = DOTTED.has(majorityFamily) && [...tokens, ...itemTokens].some((t) => t.family === 'name');
    const family: Family = dottedToNames ? 'name' : majorityFamily;
    const styles = tokens.filter((t) => t.nameStyle).map((t) => t.nameStyle!);
    // As many short names as full ones: the short style, which most resumes use, whichever came first.
    const styleTied = styles.filter((s) => s === 'short').length * 2 === styles.length;
    const style: NameStyle = styleTied ? 'short' : (majority(styles) ?? 'short');
    const example = tokens.find((t) => t.family === family && (family !== 'name' || !t.nameStyle || t.nameStyle === style));
    // A RenderCV field is shown as its theme prints it ("2023-05" as "May 2023").
    const exampleText = example && (example.printedByTheme ? write(example, family, style) : example.text);
    // Most entries give years only ("2016 - 2023"): the few with months are compared among themselves.
    const yearOnly = doc.sections.flatMap((sec) => sec.entries).filter((e) => e.dates?.formats.length && e.dates.formats.every((f) => f === 'YYYY')).length;
    const fewWithMonths = yearOnly > new Set(tokens.map((t) => t.entry)).size;
    const out: RuleFinding[] = [];
    const bare = new Map(doc.sections.flatMap((s) => s.entries.map((e) => [e, bareMonthsOf(doc.text, e)] as const)));
    for (const t of [...tokens, ...itemTokens.filter((i) => !i.inProse)]) {
      if (t.printedByTheme) continue;
      const wrongFamily = t.family !== family;
      const wrongStyle = !wrongFamily && family === 'name' && t.nameStyle !== undefined && t.nameStyle !== style;
      if (!wrongFamily && !wrongStyle) continue;
      const expected = describe(family, style);
      const replacement = write(t, family, style);
      const range = { start: t.start, end: t.end };
      // A range is rewritten whole or not at all: a month without its year at the range's other end
      // ("January – April 2026") takes the new name style with it, and where the new format has no
      // form for a lone month (05/2026, 2026-05) the range is left as it is.
      const entryTokens = tokens.filter((o) => o.entry === t.entry);
      // The lone months whose year is this date's: those right before it, after any earlier date.
      const lone = (bare.get(t.entry) ?? []).filter((b) => b.end <= t.start && !entryTokens.some((o) => o.start > b.end && o.start < t.start));
      const wholeRange = family === 'name' || !lone.length;
      const loneEdits = family === 'name' ? lone.filter((b) => b.nameStyle && b.nameStyle !== style).map((b) => ({ range: { start: b.start, end: b.end }, newText: (style === 'full' ? FULL : SHORT)[b.month] })) : [];
      out.push({
        range,
        message:
          dottedToNames && DOTTED.has(t.family)
            ? `"${t.text}" is a dotted date, which North American readers do not use, and other dates here have month names: ${wholeRange ? `write "${replacement}"` : 'write the whole range with month names'}.`
            : `"${t.text}" differs from the date format ${fewWithMonths ? 'the other dates with a month use' : 'most entries use'} (${expected}${exampleText ? `, e.g. "${exampleText}"` : ''}): ${wholeRange ? `write "${replacement}"` : 'write the whole range in that format'}.`,
        // Same date, same precision, another spelling: form only, so safe for Fix All.
        fixes: wholeRange
          ? [{ title: `Change to "${replacement}"${loneEdits.map((e) => ` and "${doc.text.slice(e.range.start, e.range.end)}" to "${e.newText}"`).join('')}`, isPreferred: true, safe: true, edits: [{ range, newText: replacement }, ...loneEdits] }]
          : [],
      });
    }
    return [...out, ...foreign].sort((a, b) => a.range.start - b.range.start);
  },
};
