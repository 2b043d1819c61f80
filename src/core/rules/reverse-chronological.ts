// Entries within a section should run newest first. Resumes order by end date (current roles on
// top) or by start date, and both are right; so an entry is flagged only when it is newer than the
// one above it both ways: it started later and ended later (or is current where the other ended).
// Overlapping roles ("Jan 2021 – May 2023" under "May 2021 – Aug 2021") are in order by start.
// When either date is a bare year the comparison is by year, so "2023" never counts as older than
// "May 2023". Dates written with raw LaTeX ("2017-\textbf{now}") are read as printed.
import type { DateRange, Entry, ResumeDocument } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { findDateRange } from '../document/dates';
import { visibleText } from '../text/visible';
import { exactSectionKindOf } from '../document/section-kinds';

const LABEL = /^\s*[\p{L}][\p{L}\p{N} &/+.'’-]{0,30}:\s/u;
const isTableRow = (line: string) => /^\s*\|/.test(line);

interface End {
  /** Months since year 0; Infinity for a current entry. */
  value: number;
  yearOnly: boolean;
  /** The start, as an End (never current), when the entry has one. */
  start?: End;
  /** Current only because no end is written ("2017-09" with no endDate), not said to be ("– Present"). */
  openEnded?: boolean;
}

type Dates = Pick<DateRange, 'raw' | 'start' | 'end' | 'current' | 'formats'>;

function endOf(dates: Dates): End | undefined {
  const start = dates.start === undefined ? undefined : { value: dates.start, yearOnly: dates.formats[0] === 'YYYY' };
  if (dates.current) return { value: Infinity, yearOnly: false, start, openEnded: !SAID_CURRENT.test(dates.raw) };
  const value = dates.end ?? dates.start;
  if (value === undefined) return undefined;
  const last = dates.formats[dates.formats.length - 1];
  return { value, yearOnly: last === 'YYYY', start };
}

/** The entry's dates as printed: a heading with raw LaTeX is read again without its markup. */
function datesOf(entry: Entry): Dates | undefined {
  if (!entry.dates || !/\\[a-zA-Z]/.test(entry.heading.text)) return entry.dates && recurring(entry, entry.dates);
  return findDateRange(visibleText(entry.heading.text)) ?? entry.dates;
}

/**
 * A recurring award or role written as a list of dates ("Sep 2019, Sep 2020, Sep 2021") lasts until
 * the last of them, not the first.
 */
function recurring(entry: Entry, dates: DateRange): Dates {
  if (dates.current || (dates.end !== undefined && dates.end !== dates.start)) return dates;
  const line = entry.heading.text.split('\n').find((l) => l.includes(dates.raw));
  if (!line || !/[,;]/.test(line) || line.length > 200) return dates;
  const ends = line
    .split(/[,;]/)
    .map((part) => findDateRange(part))
    .map((f) => f && !f.current && (f.end ?? f.start))
    .filter((v): v is number => typeof v === 'number');
  return ends.length >= 2 ? { ...dates, end: Math.max(dates.end ?? dates.start ?? 0, ...ends) } : dates;
}

/** Words that say an entry goes on. */
const SAID_CURRENT = /\b(?:present|current(?:ly)?|now|today|ongoing|expected|date)\b|\bto\s*$|[–—-]\s*$/i;

/** Newer both by end and by start: out of order whichever convention the writer follows. */
function isNewer(b: End, a: End): boolean {
  if (!endsLater(b, a)) return false;
  // An entry with no end written that starts inside the span of the one above it (an exchange semester
  // inside a degree): its end is unknown, not the present, and nested it is in order.
  if (b.openEnded && b.start && a.start && a.value !== Infinity && !endsLater(a.start, b.start) && !endsLater(b.start, a)) return false;
  return !b.start || !a.start || endsLater(b.start, a.start);
}

/** True when `b` ended strictly later than `a`. */
function endsLater(b: End, a: End): boolean {
  if (b.value === Infinity || a.value === Infinity) return b.value === Infinity && a.value !== Infinity;
  if (a.yearOnly || b.yearOnly) return Math.floor(b.value / 12) > Math.floor(a.value / 12);
  return b.value > a.value;
}

export const reverseChronological: Rule = {
  id: 'reverse-chronological',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'Entries within a section that are not in reverse-chronological order (newest first).',
  docs: {
    why: 'Reviewers read the top entry of each section first and assume it is your latest. An older role above a newer one buries your most relevant work and looks like an error.',
    bad: '### Intern, Initech — May 2022 – Aug 2022\n### Software Engineer, Acme — Jan 2024 – Present',
    good: '### Software Engineer, Acme — Jan 2024 – Present\n### Intern, Initech — May 2022 – Aug 2022',
  },
  check(doc) {
    const where = entryAnchor(doc);
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      // Entries are compared within a run. An entry whose heading is itself a section title
      // ("Courses", "Conference Talks") is a section or sub-section the parser folded into this one:
      // it starts a new run, and its own date belongs to no order.
      let run: { entry: Entry; end: End; tableRow: boolean }[] = [];
      for (const entry of section.entries) {
        // A "Label: value" line ("Technologies: …") that picked up a date is not an entry of its own.
        if (LABEL.test(entry.heading.text)) continue;
        if (exactSectionKindOf(entry.heading.text.split('\n')[0])) {
          checkRun(run, out, where);
          run = [];
          continue;
        }
        // An overview table of the roles ("| Company | Role | Period |") above the roles written out:
        // the table's rows are one list and the entries below another, each in its own order.
        const tableRow = isTableRow(doc.lines.lineText(doc.lines.positionAt(entry.heading.range.start).line));
        // The rows of a table under a heading no resume section is named by ("Exam Results"): a table of
        // facts with a year column, not a list of entries to order.
        if (tableRow && section.kind === 'other') continue;
        if (run.length && run[run.length - 1].tableRow !== tableRow) {
          checkRun(run, out, where);
          run = [];
        }
        const dates = datesOf(entry);
        const end = dates && endOf(dates);
        if (end) run.push({ entry, end, tableRow });
      }
      checkRun(run, out, where);
    }
    return out;
  },
};

/**
 * Where an entry's finding sits: on its dates, or, in YAML and JSON where the dates are a field lines
 * below the entry's name ("date: 2025-12" under "- name: …"), on the entry's first line, which is what
 * a reader scans for the order.
 */
function entryAnchor(doc: ResumeDocument): (entry: Entry) => { start: number; end: number } {
  if (doc.format !== 'rendercv' && doc.format !== 'jsonresume') return (entry) => entry.dates!.range;
  return (entry) => {
    const line = doc.lines.positionAt(entry.heading.range.start).line;
    const start = doc.lines.lineStart(line);
    const text = doc.lines.lineText(line);
    const lead = text.length - text.trimStart().length;
    return { start: start + lead, end: start + text.length };
  };
}

function checkRun(dated: { entry: Entry; end: End }[], out: RuleFinding[], where: (entry: Entry) => { start: number; end: number }): void {
  const later: number[] = [];
  for (let i = 1; i < dated.length; i++) if (isNewer(dated[i].end, dated[i - 1].end)) later.push(i);
  if (!later.length) return;
  // One problem, one finding: a section written oldest first is reported once, not per entry.
  if (later.length >= 2 && dated.every((d, i) => i === 0 || !isNewer(dated[i - 1].end, d.end))) {
    const first = dated[0].entry.dates!;
    out.push({
      range: first.range,
      message: `This section lists its ${dated.length} dated entries oldest first (${first.raw} on top): list them newest first.`,
    });
    return;
  }
  for (const i of later) {
    const { entry, end } = dated[i];
    const what = end.value === Infinity ? 'is current, unlike' : 'ended later than';
    out.push({
      range: where(entry),
      message: `This entry (${entry.dates!.raw}) ${what} the one above it (${dated[i - 1].entry.dates!.raw}): list entries newest first.`,
    });
  }
}
