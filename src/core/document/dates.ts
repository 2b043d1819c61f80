// Date ranges in entry lines, in the shapes people write them: "May 2024 – Aug 2024", "2022 - Present",
// "05/2023 – 08/2023", "2024.09-2026.07", "Summer 2024", "Sept. 2021 to Current", "May '24",
// "July, 2023 - August, 2023", "July 1, 2024 ~ September 30, 2025", "2021-22", "2019->Today",
// "Jun – Aug 2022", "Since April 2019", "Expected May 2027", "Q3 2021 – Q1 2023". Values are months since year 0.
import { memoByText } from '../incremental/memo';
import type { DateRange } from './types';

// Month names and their common abbreviations, by month, in English, Spanish, Portuguese, French,
// German and Italian: resumes written in (or translated from) these languages keep their month names.
const MONTH_NAMES: string[][] = [
  ['january', 'jan', 'enero', 'ene', 'janeiro', 'janvier', 'janv', 'januar', 'jänner', 'jän', 'gennaio', 'gen'],
  ['february', 'feb', 'febrero', 'fevereiro', 'fev', 'février', 'févr', 'fevrier', 'fevr', 'fév', 'februar', 'febbraio'],
  ['march', 'mar', 'marzo', 'março', 'marco', 'mars', 'märz', 'maerz', 'mär', 'mrz'],
  ['april', 'apr', 'abril', 'abr', 'avril', 'avr', 'aprile'],
  ['may', 'mayo', 'maio', 'mai', 'maggio', 'mag'],
  ['june', 'jun', 'junio', 'junho', 'juin', 'juni', 'giugno', 'giu'],
  ['july', 'jul', 'julio', 'julho', 'juillet', 'juil', 'juli', 'luglio', 'lug'],
  ['august', 'aug', 'agosto', 'ago', 'août', 'aout'],
  ['september', 'sept', 'sep', 'septiembre', 'setiembre', 'setembro', 'set', 'septembre', 'settembre'],
  ['october', 'oct', 'octubre', 'outubro', 'out', 'octobre', 'oktober', 'okt', 'ottobre', 'ott'],
  ['november', 'nov', 'noviembre', 'novembro', 'novembre'],
  ['december', 'dec', 'diciembre', 'dic', 'dezembro', 'dez', 'décembre', 'decembre', 'déc', 'dezember', 'dicembre'],
];
const MONTH_INDEX = new Map<string, number>(MONTH_NAMES.flatMap((names, i) => names.map((n) => [n, i] as [string, number])));

/** The month (0–11) a month name or abbreviation in any of the languages above names, if it is one. */
export function monthOfName(word: string): number | undefined {
  return MONTH_INDEX.get(word.toLowerCase().replace(/\.$/, ''));
}
const SEASONS: Record<string, number> = { winter: 0, spring: 3, summer: 5, fall: 8, autumn: 8 };

// Longest names first so "September" is not read as "Sep" + "tember".
const MONTH_NAME = `(?:${[...MONTH_INDEX.keys()].sort((a, b) => b.length - a.length).join('|')})\\.?`;
const SEASON = '(?:Winter|Spring|Summer|Fall|Autumn)';
// A year of Nepal's calendar ("2070 B.S.", "2081 V.S.": Bikram Sambat, 56 years ahead) is no Gregorian
// year: past 2040 with its era's letters after it, it is not read as a date.
const YEAR = '(?:19\\d\\d|20[0-3]\\d|20[4-9]\\d(?![ \\t]*(?:B\\.?[ \\t]?S|V\\.?[ \\t]?S)\\b))';
const SHORT_YEAR = "['’‘]\\d\\d";
const MONTH_NUM = '(?:0?[1-9]|1[0-2])';
// A business quarter, "Q3 2021" or "2021 Q3": it starts on the quarter's first month and, as the end
// of a range, ends on its last.
/** A business quarter and its year: "Q3 2021", "Q3 '21", "2021 Q3" (group-free, shared with the date-format rule). */
export const QUARTER = `Q[1-4][\\s/-]?(?:${YEAR}|${SHORT_YEAR})|${YEAR}[\\s/-]?Q[1-4]`;
const QUARTER_RE = /Q([1-4])/i;
// One date. Order matters: longer shapes first.
const DATE = [
  `${MONTH_NAME}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+${YEAR}`, // July 1, 2024
  `\\d{1,2}\\.?\\s+(?:de\\s+)?${MONTH_NAME}(?:\\s+de)?,?\\s+${YEAR}`, // 1 July 2024, 3. März 2021, 5 de mayo de 2020
  `${MONTH_NAME}\\s+de\\s+${YEAR}`, // mayo de 2020
  `${MONTH_NAME}(?:,?\\s*|[/-])(?:${YEAR}|${SHORT_YEAR})`, // May 2024, July, 2023, May '24, Mar/2023
  `${SEASON},?\\s+(?:${YEAR}|${SHORT_YEAR})`,
  QUARTER, // Q3 2021, 2021 Q3: before the bare year, which would take "2021" alone
  `\\d{1,2}[/.]\\d{1,2}[/.]${YEAR}`, // 01/02/2017, 30.11.2023: a day's date (day first unless that cannot be)
  `${MONTH_NUM}[/.]${YEAR}`, // 05/2024, 5.2024
  `${YEAR}[-/.]${MONTH_NUM}(?![\\d])`, // 2024-05, 2024.09, 2019.7
  YEAR,
  SHORT_YEAR, // '13 – '16: only in a range (toFound)
].join('|');
// The open end, in the same languages as the month names.
const PRESENT =
  "(?:Present|Current(?:ly)?|Now|Today|Ongoing|Date|Onwards?|Presente|Actual(?:idad|mente)?|Atual(?:mente)?|Hoje|Hoy|Aujourd['’]hui|Pr[ée]sent|En cours|Heute|Jetzt|Aktuell|Laufend|Oggi|In corso|Halen|G[üu]n[üu]m[üu]z|Devam [Ee]diyor|\\?)";
const DASH = '(?:\\s*(?:–|—|―|‒|−|-{1,2}|~|〜|->|=>|→|⟶|»)\\s*|\\s+(?:up\\s+to|up\\s+till|to|until|till|through|thru|a|al|hasta|até|à|au|bis|al|fino a)\\s+)';
// "– till now", "– up to present", "– to date": the open end said with a preposition after the dash.
const UP_TO = '(?:(?:up\\s+)?(?:to|till|until|til)\\s+(?=(?:present|now|date|today)\\b))?';
// "05.2022–" with nothing after the dash (the line or a cell ends): a range still open, as "– Present".
const OPEN_END = '(\\s*(?:–|—|―|‒|−|-{1,2})\\s*(?=$|<|\\||\\)|\\]))';
// "Jan 2021 - Grad. 2023", "2019 – expected 2023": a word before the end date.
const EXPECTED = '(?:(?:grad(?:uat(?:ed|ion|ing))?|expected|exp|est)\\.?\\s*)?';
// A start month without its year, taking the year of the end: "Jun – Aug 2022".
const BARE_MONTH = `${MONTH_NAME}`;
const RANGE_RE = new RegExp(
  `(?<![\\p{L}\\p{N}_/.]|\\w-)(?:(?:since|from|desde|depuis|seit|dès|a partir de)\\s+)?(${DATE}|${BARE_MONTH})(?:${DASH}${EXPECTED}${UP_TO}(${DATE}|${PRESENT}|\\d\\d(?!\\d))(?![\\p{L}\\p{N}_/])|${OPEN_END})?(?![\\p{L}\\p{N}_/]|-\\d{3})`,
  'giu',
);
const SINCE_RE = /^(?:since|from|desde|depuis|seit|dès|a partir de)\s/i;
const PRESENT_RE = new RegExp(`^${PRESENT}$`, 'iu');
/** An open end written alone, as a date field holds it: "Present", "Aktuell", "until today", "till date", "to date". */
const OPEN_END_ALONE = new RegExp(`^(?:(?:up\\s+)?(?:to|till|until|til)\\s+)?${PRESENT}$`, 'iu');

/** Whether a date field's whole value says the entry is still running ("Present", "until today", "Heute"). */
export function isOpenEnd(value: string): boolean {
  return OPEN_END_ALONE.test(value.trim());
}

function formatOf(date: string): string {
  if (/^\d{1,2}[/.]\d{1,2}[/.]\d{4}/.test(date)) return 'DD/MM/YYYY';
  if (/^\d{1,2}[/.]\d{4}/.test(date)) return 'MM/YYYY';
  if (/^\d{4}[-/.]\d/.test(date)) return 'YYYY-MM';
  if (/^\d{4}$/.test(date)) return 'YYYY';
  if (/^['’‘]\d\d$/.test(date)) return "'YY";
  if (new RegExp(`^${SEASON}`, 'i').test(date)) return 'Season YYYY';
  if (QUARTER_RE.test(date)) return 'Quarter YYYY';
  const word = date.split(/[\s,]+/)[0].replace('.', '');
  return word.length <= 4 && word.toLowerCase() !== 'june' && word.toLowerCase() !== 'july' ? 'Mon YYYY' : 'Month YYYY';
}

function yearOf(date: string): number | undefined {
  const full = /(?:19|20)\d\d/.exec(date);
  if (full) return Number(full[0]);
  const short = /['’‘](\d\d)/.exec(date);
  return short ? 2000 + Number(short[1]) : undefined;
}

function monthOf(date: string, asEnd = false): number | undefined {
  const quarter = QUARTER_RE.exec(date);
  if (quarter) return (Number(quarter[1]) - 1) * 3 + (asEnd ? 2 : 0);
  // "30/11/2023" is day first; "11/30/2023" (US) month first; "01/02/2017" is read day first, as most of the world writes it.
  const full = /^(\d{1,2})[/.](\d{1,2})[/.]\d{4}/.exec(date);
  if (full) return (Number(full[2]) > 12 && Number(full[1]) <= 12 ? Number(full[1]) : Number(full[2])) - 1;
  const mm = /^(\d{1,2})[/.]\d{4}/.exec(date) ?? /^\d{4}[-/.](\d{1,2})/.exec(date);
  if (mm) return Number(mm[1]) - 1;
  const word = date.toLowerCase();
  for (const token of word.split(/[^\p{L}]+/u)) {
    const month = MONTH_INDEX.get(token);
    if (month !== undefined) return month;
  }
  for (const [s, v] of Object.entries(SEASONS)) if (word.startsWith(s)) return v;
  return undefined;
}

function valueOf(date: string, fallbackYear?: number, asEnd = false): number | undefined {
  const y = yearOf(date) ?? fallbackYear;
  if (y === undefined) return undefined;
  return y * 12 + (monthOf(date, asEnd) ?? 0);
}

type Found = Omit<DateRange, 'range'> & { index: number };

function toFound(m: RegExpExecArray): Found | undefined {
  let raw = m[0];
  let index = m.index;
  const lead = SINCE_RE.exec(raw);
  const since = !!lead;
  const [, from, to, openEnd] = m;
  if (yearOf(from) === undefined && !to) return undefined; // a bare month name is not a date
  if (/^['’‘]\d\d$/.test(from) && !to && !openEnd) return undefined; // a lone '13 is a quote, not a date
  if (lead) {
    raw = raw.slice(lead[0].length);
    index += lead[0].length;
  }
  const current = (!!to && PRESENT_RE.test(to) && to !== '?') || (since && !to) || !!openEnd;
  const unknownEnd = to === '?';
  const formats = [formatOf(from)];
  let end: number | undefined;
  let start: number | undefined;
  if (to && !PRESENT_RE.test(to)) {
    if (/^\d\d$/.test(to)) {
      // "2021-22": the second year is written short.
      const y = yearOf(from);
      if (y === undefined || !/^\d{4}$/.test(from)) return undefined;
      const century = Math.floor(y / 100) * 100;
      const endYear = century + Number(to);
      if (endYear < y) return undefined;
      end = endYear * 12;
    } else {
      end = valueOf(to, undefined, true);
      formats.push(formatOf(to));
    }
    start = valueOf(from, end !== undefined ? Math.floor(end / 12) : undefined);
  } else {
    start = valueOf(from);
    end = current || unknownEnd ? undefined : start;
  }
  if (start === undefined) return undefined;
  return { raw, index, start, end, current, formats };
}

/** The first date range in `text`, else its first single date; offsets are relative to `text`. Remembered per line (src/core/incremental/memo.ts). */
export const findDateRange = memoByText(scanDateRange);

/**
 * What every date toFound accepts holds: a year, four digits or two after an apostrophe (a bare month
 * needs the year of the end, "2021-22" a four-digit start). A line without one has no date, and
 * this test costs a fraction of RANGE_RE's search for one.
 */
const HAS_YEAR = /(?:19|20)\d\d|['’‘]\d\d/;

function scanDateRange(text: string): Found | undefined {
  if (!HAS_YEAR.test(text)) return undefined;
  RANGE_RE.lastIndex = 0;
  let first: Found | undefined;
  for (let m = RANGE_RE.exec(text); m; m = RANGE_RE.exec(text)) {
    const found = toFound(m);
    if (!found) continue;
    if (m[2] || found.current) return found;
    first ??= found;
  }
  return first;
}

/** True when `text` is only a date or date range (with brackets, "Expected" and separators around it). */
export function isDateOnly(text: string): boolean {
  if (text.length > 120) return false;
  const found = findDateRange(text);
  if (!found) return false;
  const rest = (text.slice(0, found.index) + text.slice(found.index + found.raw.length))
    .replace(/\b(?:expected|anticipated|graduat(?:ed|ion|ing)|grad\.?|since|from|est\.?)\b/gi, '')
    .replace(/[\s()[\]{}|,.;:*_–—~-]+/g, '');
  return rest.length === 0;
}
