// Dates a resume gives for a role in another place: a Google Docs or Word export often lists the roles
// in a table ("Company | Role | Dates") and then describes each under its own undated bold line
// ("**Data Analyst – Acme Co., Ltd.**"). The description's dates are those of the row naming the same
// role at the same organisation.
import type { DateRange, Entry, Section } from './types';

/** Lower case letters and digits only, for comparing names across punctuation ("Co., Ltd." / "Co. Ltd"). */
function words(text: string | undefined): string[] {
  return (text ?? '').toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** One name opens the other ("Acme Analytics Co., Ltd." and "Acme Analytics Co., Ltd. (Taipei)"). */
function sameName(a: string | undefined, b: string | undefined): boolean {
  const x = words(a);
  const y = words(b);
  if (!x.length || !y.length) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return short.every((w, i) => long[i] === w);
}

/**
 * The dates of the one other dated entry of the section with the same role and organisation as this
 * undated one; undefined when there is none, or more than one.
 */
export function listedDates(section: Section, entry: Entry): DateRange | undefined {
  if (entry.dates || !entry.role || !entry.organisation) return undefined;
  const rows = section.entries.filter((e) => e !== entry && e.dates && sameName(e.role, entry.role) && sameName(e.organisation, entry.organisation));
  return rows.length === 1 ? rows[0].dates : undefined;
}
