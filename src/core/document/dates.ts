// Date ranges in entry lines: "May 2024 – Aug 2024", "2022 - Present", "05/2023 – 08/2023",
// "Summer 2024", "Sept. 2021 to Current". Values are months since year 0 for ordering.
import type { DateRange } from './types';

const MONTHS: [RegExp, number][] = [
  [/^jan/, 0], [/^feb/, 1], [/^mar/, 2], [/^apr/, 3], [/^may/, 4], [/^jun/, 5],
  [/^jul/, 6], [/^aug/, 7], [/^sep/, 8], [/^oct/, 9], [/^nov/, 10], [/^dec/, 11],
];
const SEASONS: Record<string, number> = { winter: 0, spring: 3, summer: 5, fall: 8, autumn: 8 };

const MONTH_NAME =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const SEASON = '(?:Winter|Spring|Summer|Fall|Autumn)';
const YEAR = '(?:19|20)\\d\\d';
const DATE = `(?:${MONTH_NAME}\\s+${YEAR}|${SEASON}\\s+${YEAR}|(?:0?[1-9]|1[0-2])\\/${YEAR}|${YEAR}-(?:0[1-9]|1[0-2])|${YEAR})`;
const PRESENT = '(?:Present|Current|Now|Today|Ongoing)';
const RANGE_RE = new RegExp(
  `(?<![\\w/])(${DATE})(?:\\s*(?:–|—|-|−|to|until|through|~)\\s*(${DATE}|${PRESENT}))?(?![\\w/])`,
  'i',
);

function formatOf(date: string): string {
  if (/^\d{1,2}\//.test(date)) return 'MM/YYYY';
  if (/^\d{4}-\d/.test(date)) return 'YYYY-MM';
  if (/^\d{4}$/.test(date)) return 'YYYY';
  if (new RegExp(`^${SEASON}`, 'i').test(date)) return 'Season YYYY';
  const word = date.split(/\s+/)[0].replace('.', '');
  return word.length <= 4 && word.toLowerCase() !== 'june' && word.toLowerCase() !== 'july' ? 'Mon YYYY' : 'Month YYYY';
}

function valueOf(date: string): number | undefined {
  const year = /(?:19|20)\d\d/.exec(date);
  if (!year) return undefined;
  const y = Number(year[0]);
  let m = 0;
  const mm = /^(\d{1,2})\//.exec(date) ?? /^\d{4}-(\d{2})/.exec(date);
  if (mm) m = Number(mm[1]) - 1;
  else {
    const word = date.toLowerCase();
    const month = MONTHS.find(([re]) => re.test(word));
    if (month) m = month[1];
    else for (const [s, v] of Object.entries(SEASONS)) if (word.startsWith(s)) m = v;
  }
  return y * 12 + m;
}

/** The first date or date range in `text`; offsets are relative to `text`. */
export function findDateRange(text: string): Omit<DateRange, 'range'> & { index: number } | undefined {
  const m = RANGE_RE.exec(text);
  if (!m) return undefined;
  const [raw, from, to] = m;
  const current = !!to && new RegExp(`^${PRESENT}$`, 'i').test(to);
  const formats = [formatOf(from)];
  if (to && !current) formats.push(formatOf(to));
  return {
    raw,
    index: m.index,
    start: valueOf(from),
    end: current ? undefined : to ? valueOf(to) : valueOf(from),
    current,
    formats,
  };
}
