// Small wording helpers: names, school articles, lists, and shortening text without cutting a word.

const HONORIFIC = /^(dr|mr|mrs|ms|mx|prof|professor)\.?$/i;

/** The name to greet someone by: "Jane" for "Jane Doe", "Dr. Chen" for "Dr. Wei Chen". Placeholders pass through. */
export function greetingName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.startsWith('[')) return trimmed;
  const parts = trimmed.split(/\s+/);
  if (parts.length > 1 && HONORIFIC.test(parts[0])) return `${parts[0]} ${parts[parts.length - 1]}`;
  return parts[0];
}

/** How the user names themself: "Wei Chen" for "Dr. Wei Chen" (a title is for others to use). */
export function ownName(name: string): string {
  const parts = name.trim().split(/\s+/);
  return parts.length > 1 && HONORIFIC.test(parts[0]) ? parts.slice(1).join(' ') : name.trim();
}

/** "the University of Waterloo" but "Stanford University": the article that a school's name takes in a sentence. */
export function schoolInSentence(school: string): string {
  if (/^the\s/i.test(school) || school.startsWith('[')) return school;
  return /^(University|College|Institute|School|Academy|Polytechnic)\b/.test(school) || /\bInstitute of\b/.test(school)
    ? `the ${school}`
    : school;
}

/** "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** "Alexa Shopping" → "the Alexa Shopping team"; "Payments Team" stays one team. */
export function teamPhrase(team: string): string {
  const t = team.trim();
  return /\bteam$/i.test(t) ? (/^the\s/i.test(t) ? t : `the ${t}`) : `the ${t} team`;
}

/**
 * The longest prefix of `text` that ends at a word boundary and, with "…", fits in `max` characters.
 * Never cuts inside a word: when even the first word does not fit, the result is "…" alone (or "" when max is 0).
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  const room = text.slice(0, max - 1);
  // The cut is a word boundary only where the next character is a space.
  const boundary = /\s/.test(text[max - 1] ?? '') ? room.length : room.search(/\s+\S*$/);
  const kept = boundary > 0 ? room.slice(0, boundary).replace(/[\s,;:–—-]+$/, '') : '';
  return `${kept}…`;
}

/** Drops the last word of a phrase, marking the cut with "…"; undefined when one word (or less) is left. */
export function dropLastWord(phrase: string): string | undefined {
  const base = phrase.replace(/…$/, '').trimEnd();
  const cut = base.search(/\s+\S+$/);
  if (cut <= 0) return undefined;
  return `${base.slice(0, cut).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** Words as written, for comparing names loosely. */
export function wordCount(text: string): number {
  return text.trim() ? text.trim().split(/\s+/).length : 0;
}

/**
 * The title without the company repeated: "AWS Elemental Software Development Engineer" at
 * "AWS Elemental" is the "Software Development Engineer" role there. Only a company name at the
 * very start or end of the title (after "at", a dash or in parentheses) is removed, and never the
 * whole title.
 */
export function titleWithoutCompany(title: string, company: string | undefined): string {
  const c = company?.trim();
  if (!c || title.startsWith('[')) return title;
  const name = c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title
    .replace(new RegExp(`^${name}(?:'s|’s)?\\s*[-–—:|,]?\\s+`, 'i'), '')
    .replace(new RegExp(`\\s*(?:\\bat\\s+|[-–—|,]\\s*|\\()${name}\\)?$`, 'i'), '')
    .trim();
  // "Salesforce Developer" is a role of its own: a single word left is not a title without the company.
  return stripped.split(/\s+/).length >= 2 ? stripped : title;
}
