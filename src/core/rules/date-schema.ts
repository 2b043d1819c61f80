// JSON Resume's date fields as its schema defines them: ISO 8601 "YYYY-MM-DD", "YYYY-MM" or "YYYY"
// (https://github.com/jsonresume/resume-schema, the `iso8601` definition). A theme sorts, compares and
// prints the value; one outside the pattern ("2023-9", "Sept 2021", "Present") fails validation and is
// printed or ordered wrongly. A current role leaves endDate out (or empty): "Present" is the theme's word.
// Read here: the schema's shape with figures not padded ("2023-9") and a word for now in endDate; other
// text is a format the resume's majority decides (date-format's own comparison).
import type { ResumeDocument } from '../document/types';
import type { RuleFinding } from '../types';
import { isOpenEnd } from '../document/dates';

const DATE_FIELD = /"(startDate|endDate|date|releaseDate)"\s*:\s*"([^"\n]*)"/g;
const ISO = /^(?:[12]\d{3}-[01]\d-[0-3]\d|[12]\d{3}-[01]\d|[12]\d{3})$/;
/** "30/06/2023", "06.30.2023": a day, a month and a year in figures, in either order. */
const NUMERIC_DAY = /^(\d{1,2})[/.](\d{1,2})[/.]([12]\d{3})$/;
/** "2023-9", "2023-09-5": the schema's shape with a figure not padded to two. */
const UNPADDED = /^([12]\d{3})-(\d{1,2})(?:-(\d{1,2}))?$/;

export function jsonResumeDateFindings(doc: ResumeDocument): RuleFinding[] {
  if (doc.format !== 'jsonresume') return [];
  const out: RuleFinding[] = [];
  for (const m of doc.text.matchAll(DATE_FIELD)) {
    const [, field, value] = m;
    const trimmed = value.trim();
    if (!trimmed || ISO.test(trimmed)) continue;
    const start = m.index! + m[0].lastIndexOf(`"${value}"`) + 1;
    const range = { start, end: start + value.length };
    if (field === 'endDate' && isOpenEnd(trimmed)) {
      out.push({ range, message: `"${value}" is no date: JSON Resume marks a current role by leaving endDate out, and the theme prints "Present" itself (this value fails the schema's date pattern).` });
      continue;
    }
    // A day written the European or the US way ("30/06/2023", "06.30.2023"): a theme cannot read it at all.
    const dayFirst = NUMERIC_DAY.exec(trimmed);
    if (dayFirst) {
      const [a, b, year] = [Number(dayFirst[1]), Number(dayFirst[2]), dayFirst[3]];
      // Which part is the month is known only when the other is past 12.
      const [month, day] = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : [undefined, undefined];
      const iso = month && day && day <= 31 ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
      out.push({ range, message: `"${value}" is not in JSON Resume's date format (YYYY-MM-DD, YYYY-MM or YYYY)${iso ? `: write "${iso}"` : ''}; themes sort and print the dates by that pattern.` });
      continue;
    }
    // Other text ("Sept 2021", "03/2018") is held to the resume's majority format by date-format itself.
    const unpadded = UNPADDED.exec(trimmed);
    if (!unpadded) continue;
    const padded = Number(unpadded[2]) >= 1 && Number(unpadded[2]) <= 12 ? [unpadded[1], unpadded[2].padStart(2, '0'), ...(unpadded[3] ? [unpadded[3].padStart(2, '0')] : [])].join('-') : undefined;
    out.push({
      range,
      message: `"${value}" is not in JSON Resume's date format (YYYY-MM-DD, YYYY-MM or YYYY)${padded ? `: write "${padded}"` : ''}; themes sort and print the dates by that pattern.`,
    });
  }
  return out;
}
