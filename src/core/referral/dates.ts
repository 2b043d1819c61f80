// Reading the dates a posting or resume writes ("2025-10-01", "Oct 1, 2025", "1 October 2025",
// "10/01/2025", "April 2027") as calendar days, so deadlines compare with a given `today`.

export interface CalendarDay {
  year: number;
  /** 0–11. */
  month: number;
  day: number;
  /** The text named only a month: the day is that month's last. */
  monthOnly?: boolean;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';

const monthIndex = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase());
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month + 1, 0)).getUTCDate();

function valid(year: number, month: number, day: number): CalendarDay | undefined {
  if (month < 0 || month > 11 || day < 1 || day > daysIn(year, month)) return undefined;
  return { year, month, day };
}

/** A calendar day from loosely written text, or undefined when it names no full date (a year is required). */
export function parseDay(text: string): CalendarDay | undefined {
  const s = text.trim();
  let m = new RegExp(`^${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)`).exec(s);
  if (m) return valid(+m[1], +m[2] - 1, +m[3]);
  m = new RegExp(`^(\\d{1,2})[/.](\\d{1,2})[/.]${YEAR}\\b`).exec(s);
  if (m) {
    // Month first, as US postings write it, unless the first number cannot be a month.
    const [a, b] = [+m[1], +m[2]];
    return a > 12 ? valid(+m[3], b - 1, a) : valid(+m[3], a - 1, b);
  }
  m = new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'i').exec(s);
  if (m) return valid(+m[3], monthIndex(m[1]), +m[2]);
  m = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'i').exec(s);
  if (m) return valid(+m[3], monthIndex(m[2]), +m[1]);
  m = new RegExp(`\\b${MONTH},?\\s+${YEAR}\\b`, 'i').exec(s) ?? new RegExp(`^${YEAR}-(\\d{1,2})$`).exec(s);
  if (m) {
    const [year, month] = /^\d/.test(m[1]) ? [+m[1], +m[2] - 1] : [+m[2], monthIndex(m[1])];
    const day = valid(year, month, daysIn(year, month));
    return day && { ...day, monthOnly: true };
  }
  return undefined;
}

const dayNumber = (d: CalendarDay) => Math.round(Date.UTC(d.year, d.month, d.day) / 86_400_000);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  return dayNumber(to) - dayNumber(from);
}

/** A year alone ("2027") or any parseable date: is it after today? Undefined when unknown. */
export function isFuture(text: string | undefined, today: CalendarDay): boolean | undefined {
  if (!text) return undefined;
  const day = parseDay(text);
  if (day) return daysBetween(today, day) > 0;
  const year = /\b((?:19|20)\d\d)\b/.exec(text);
  return year ? +year[1] >= today.year : undefined;
}
