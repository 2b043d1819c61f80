// Dates as postings write them: "December 2026", "Dec. 2026", "Fall 2026", "12/2026", "2026",
// "January 7, 2025", "7 January 2025", "2025-01-07". Months are counted as year*12 + month index
// (0–11), the same scale as the resume parser's DateRange.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Seasons as the month a term usually ends (graduation) or starts. */
const SEASONS: Record<string, number> = { winter: 11, spring: 4, summer: 7, fall: 11, autumn: 11 };

export const MONTH_WORD = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A month-or-season and year, or a year alone. Group-free so it can be embedded. */
export const MONTH_YEAR = `(?:(?:${MONTH_WORD}|winter|spring|summer|fall|autumn)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?,?\\s+)?(?:20\\d\\d|'\\d\\d)|\\d{1,2}\\/20\\d\\d|20\\d\\d)`;
/**
 * A calendar day: "January 7, 2025", "7 January 2025", "1st of May 2027", "2025-01-07", "01/07/2025",
 * "2/12/27", "5.3.2027" (dotted: day first, as Europe writes it), "09-Dec-2027" (as India and the UK
 * often write it), "2027年1月15日" (Japanese and Chinese), "2027.01.10" / "2027/01/10" (year first, as Korea,
 * Japan and China write it in figures), "15-Jan-27" (an Oracle or PeopleSoft portal's two-figure year).
 */
export const DAY = `(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:20\\d\\d|['’]\\d\\d(?!\\d))|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD},?\\s+(?:20\\d\\d|['’]\\d\\d(?!\\d))|20\\d\\d-\\d\\d-\\d\\d|\\d{1,2}\\/\\d{1,2}\\/(?:20)?\\d\\d(?!\\d)|\\d{1,2}\\.\\d{1,2}\\.20\\d\\d|\\d{1,2}-${MONTH_WORD}-(?:20)?\\d\\d(?!\\d)|20\\d\\d年\\d{1,2}月\\d{1,2}日|20\\d\\d\\.\\d{1,2}\\.\\d{1,2}(?![\\d.])|20\\d\\d\\/\\d{1,2}\\/\\d{1,2}(?![\\d/]))`;
/** A weekday before a day ("Friday, March 5, 2027"): not part of the date. Group-free. */
export const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)';

function monthIndex(word: string): number | undefined {
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i;
}

/**
 * "Dec 2026" → {month: 2026*12+11}. A bare year gives the span of that year: as a start it means
 * January, as an end December (`edge`).
 */
export function parseMonthYear(text: string, edge: 'start' | 'end' = 'start'): number | undefined {
  const t = text.trim().toLowerCase().replace(/\.$/, '');
  let m = /^(\d{1,2})\/(20\d\d)$/.exec(t);
  if (m) return Number(m[2]) * 12 + Number(m[1]) - 1;
  m = /^([a-z]+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(20\d\d|'\d\d)$/.exec(t);
  if (m) {
    const year = m[2].startsWith("'") ? 2000 + Number(m[2].slice(1)) : Number(m[2]);
    const month = SEASONS[m[1]] ?? monthIndex(m[1]);
    return month === undefined ? undefined : year * 12 + month;
  }
  m = /^(20\d\d)$/.exec(t);
  if (m) return Number(m[1]) * 12 + (edge === 'start' ? 0 : 11);
  return undefined;
}

/** A calendar day as an ISO date ("2025-01-07"); US order for "01/07/2025". */
export function parseDay(text: string): string | undefined {
  const t = text.trim().toLowerCase().replace(/(\d)(st|nd|rd|th)\b/, '$1').replace(/^(\d{1,2}) of /, '$1 ').replace(/^([a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[a-z]+\.?),(?=\s)/, '$1');
  const iso = (y: number, mo: number, d: number) =>
    mo >= 0 && mo < 12 && d >= 1 && d <= 31 ? `${y}-${String(mo + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}` : undefined;
  let m = /^(20\d\d)-(\d\d)-(\d\d)$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{1,2})\/(\d{1,2})\/(20\d\d|\d\d)$/.exec(t);
  if (m) return iso(Number(m[3].length === 2 ? `20${m[3]}` : m[3]), Number(m[1]) - 1, Number(m[2]));
  m = /^(20\d\d)年(\d{1,2})月(\d{1,2})日$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(20\d\d)([./])(\d{1,2})\2(\d{1,2})$/.exec(t);
  if (m) return iso(Number(m[1]), Number(m[3]) - 1, Number(m[4]));
  m = /^(\d{1,2})\.(\d{1,2})\.(20\d\d)$/.exec(t);
  if (m) return iso(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  // "Jan 29, '27", "29th Jan '27": a year in two figures after an apostrophe, as slides and flyers write it.
  const year = (y: string) => Number(/^['’]/.test(y) ? `20${y.slice(1)}` : y);
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(20\d\d|['’]\d\d)$/.exec(t);
  if (m && monthIndex(m[1]) !== undefined) return iso(year(m[3]), monthIndex(m[1])!, Number(m[2]));
  m = /^(\d{1,2})(?:\s+|-)([a-z]+)\.?,?(?:\s+|-)(20\d\d|['’]\d\d)$/.exec(t);
  if (m && monthIndex(m[2]) !== undefined) return iso(year(m[3]), monthIndex(m[2])!, Number(m[1]));
  // "15-Jan-27": the day, the month's name and two figures of the year, as Oracle and PeopleSoft portals print it.
  m = /^(\d{1,2})-([a-z]+)-(\d\d)$/.exec(t);
  if (m && monthIndex(m[2]) !== undefined) return iso(2000 + Number(m[3]), monthIndex(m[2])!, Number(m[1]));
  return undefined;
}

export function monthOf(date: Date): number {
  return date.getUTCFullYear() * 12 + date.getUTCMonth();
}

export function formatMonth(month: number): string {
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[month % 12]} ${Math.floor(month / 12)}`;
}

/**
 * A day written without its year: "Dec 18", "December 18th", "18 December", "the 18th of December".
 * Not followed by a year (that is a DAY). Group-free so it can be embedded.
 */
export const DAY_NO_YEAR = `(?:${MONTH_WORD}\\s+\\d{1,2}(?:st|nd|rd|th)?(?![\\d:])(?!,?\\s+(?:20\\d\\d|'\\d\\d))|(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}(?![a-z])(?!,?\\s+(?:20\\d\\d|'\\d\\d)))`;

/**
 * "12/18": a month and day in figures without a year, as a US staffing e-mail writes a cut-off
 * ("Submittals close Friday 12/18"). Only read right after a deadline cue, where no fraction or
 * "24/7" stands. Group-free.
 */
export const NUMERIC_DAY_NO_YEAR = '\\d{1,2}\\/\\d{1,2}(?![\\/\\d])';

/**
 * A day without its year as an ISO date: the first such day on or after `reference` (an ISO date —
 * the day the posting was posted or sent), so "Dec 18" in a posting of November 2026 is 2026-12-18
 * and "Jan 9" in it is 2027-01-09. Without a reference the year is unknown and nothing is returned.
 */
export function parseDayWithoutYear(text: string, reference: string | undefined): string | undefined {
  if (!reference) return undefined;
  const t = text.trim().toLowerCase().replace(/^the\s+/, '').replace(/(\d)(st|nd|rd|th)\b/, '$1').replace(/^(\d{1,2}) of /, '$1 ');
  const day = monthAndDay(t);
  return day ? yearOnOrAfter(day.month, day.day, reference) : undefined;
}

/** "dec 18", "18 dec", "12/18" → month index and day of month. */
function monthAndDay(t: string): { month: number; day: number } | undefined {
  const figures = /^(\d{1,2})\/(\d{1,2})$/.exec(t);
  if (figures) {
    const [a, b] = [Number(figures[1]), Number(figures[2])];
    // Month first, as the US writes it ("12/18"); "18/12" can only be day first.
    return a >= 1 && a <= 12 ? { month: a - 1, day: b } : b >= 1 && b <= 12 ? { month: b - 1, day: a } : undefined;
  }
  const m = /^([a-z]+)\.?\s+(\d{1,2})$/.exec(t) ?? /^(\d{1,2})\s+([a-z]+)\.?$/.exec(t);
  if (!m) return undefined;
  const [monthWord, day] = /^\d/.test(m[1]) ? [m[2], Number(m[1])] : [m[1], Number(m[2])];
  const month = monthIndex(monthWord);
  return month === undefined ? undefined : { month, day };
}

/** The first date with this month and day on or after `reference`, as ISO. */
function yearOnOrAfter(month: number, day: number, reference: string): string | undefined {
  if (day < 1 || day > 31) return undefined;
  const refYear = Number(reference.slice(0, 4));
  for (const year of [refYear, refYear + 1]) {
    const iso = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (iso >= reference) return iso;
  }
  return undefined;
}
