// Entries within a section should run newest first: current roles on top, then by end date. An
// entry that ended later than the one above it is flagged on its dates. When either date is a bare
// year the comparison is by year, so "2023" never counts as older than "May 2023".
import type { DateRange, Entry } from '../document/types';
import type { Rule, RuleFinding } from '../types';

const LABEL = /^\s*[\p{L}][\p{L}\p{N} &/+.'’-]{0,30}:\s/u;

interface End {
  /** Months since year 0; Infinity for a current entry. */
  value: number;
  yearOnly: boolean;
}

function endOf(dates: DateRange): End | undefined {
  if (dates.current) return { value: Infinity, yearOnly: false };
  const value = dates.end ?? dates.start;
  if (value === undefined) return undefined;
  const last = dates.formats[dates.formats.length - 1];
  return { value, yearOnly: last === 'YYYY' };
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
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      const dated: { entry: Entry; end: End }[] = [];
      for (const entry of section.entries) {
        // A "Label: value" line ("Technologies: …") that picked up a date is not an entry of its own.
        if (LABEL.test(entry.heading.text)) continue;
        const end = entry.dates && endOf(entry.dates);
        if (end) dated.push({ entry, end });
      }
      const later: number[] = [];
      for (let i = 1; i < dated.length; i++) if (endsLater(dated[i].end, dated[i - 1].end)) later.push(i);
      if (!later.length) continue;
      // One problem, one finding: a section written oldest first is reported once, not per entry.
      if (later.length >= 2 && dated.every((d, i) => i === 0 || !endsLater(dated[i - 1].end, d.end))) {
        const first = dated[0].entry.dates!;
        out.push({
          range: first.range,
          message: `This section lists its ${dated.length} dated entries oldest first (${first.raw} on top): list them newest first.`,
        });
        continue;
      }
      for (const i of later) {
        const { entry, end } = dated[i];
        const what = end.value === Infinity ? 'is current, unlike' : 'ended later than';
        out.push({
          range: entry.dates!.range,
          message: `This entry (${entry.dates!.raw}) ${what} the one above it (${dated[i - 1].entry.dates!.raw}): list entries newest first.`,
        });
      }
    }
    return out;
  },
};
