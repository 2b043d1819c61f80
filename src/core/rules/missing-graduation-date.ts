// An education entry without a graduation date. Reviewers of student and new-grad resumes look for
// it first: it says when the applicant can start. A student writes the expected date ("Expected May
// 2027"). An entry counts as dated when the parse found its dates or any year appears in it.
import type { Entry, ResumeDocument } from '../document/types';
import type { OffsetRange, Rule, RuleFinding } from '../types';
import { sourceRange, trimMapped } from '../text/mapped';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|['’]\d\d\b/;
/** The entry names a school or a degree (not a course, a thesis line or self-study). */
const SCHOOL_OR_DEGREE =
  /\b(?:universit\w*|college|school|institut\w*|academy|polytechnic\w*|bachelor\w*|master\w*|doctor\w*|ph\.?\s?d|b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|mba|diploma|degree|associate of|b\.[as]\.|m\.[as]\.|gcse|a-levels?)\b/i;

/**
 * "GPA: 3.8 (Fall 2024 – Spring 2025)", "Awards: Dean's List 2023": a year in the value of a labeled
 * detail line dates that detail, not the studies. A label about the dates themselves ("Graduated:",
 * "Expected:", "Class of", "Dates:") still counts.
 */
const DETAIL_LINE = /^[ \t]*(?:[-*+•][ \t]+)?(?:[*_]{1,3})?([\p{L}][\p{L} .&/'’-]{0,30}?)(?:[*_]{1,3})?:(?:[*_]{1,3})?[ \t]/u;
const DATE_LABEL = /\b(?:graduat\w*|expected|class|dates?|years?|completed|completion|attended|period|duration|conferred|awarded|since|until)\b/i;

/** The line's label when it names a detail of the studies (not their dates, the degree or the school), and the value does not open with the date. */
function detailLabel(line: string): RegExpExecArray | undefined {
  const m = DETAIL_LINE.exec(line);
  if (!m || DATE_LABEL.test(m[1]) || SCHOOL_OR_DEGREE.test(m[1])) return undefined;
  // "Major: 2019 – 2023" is the entry's own dates under another label.
  return /^[\s(]*(?:(?:19|20)\d\d|[\p{L}.]+[ \t]+(?:19|20)\d\d)/u.test(line.slice(m[0].length)) ? undefined : m;
}

/** The text with the year-bearing values of labeled detail lines left out. */
function withoutDetailYears(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const m = detailLabel(line);
      return m ? line.slice(0, m[0].length) : line;
    })
    .join('\n');
}

/** Whether the entry's dates stand in the value of a labeled detail line ("GPA: 3.8 (Fall 2024 – Spring 2025)"). */
function datesOfADetail(doc: ResumeDocument, range: OffsetRange | undefined): boolean {
  if (!range) return false;
  const at = doc.lines.positionAt(range.start).line;
  const lineStart = doc.lines.lineStart(at);
  const m = detailLabel(doc.lines.lineText(at));
  return !!m && lineStart + m[0].length <= range.start;
}

/** A year after a comma or a dash at the end of a line: "…, 2020", "— 2019". */
const TRAILING_YEAR = /[,–—-]\s*\(?(?:19|20)\d\d\)?[\s.*_]*$/;

/** The title for a message: cut at a word boundary, never mid-word. */
function shortTitle(text: string): string {
  const t = text.trim().split('\n')[0];
  if (t.length <= 60) return t;
  const cut = t.slice(0, 60);
  const space = cut.lastIndexOf(' ');
  return `${(space > 30 ? cut.slice(0, space) : cut).replace(/[\s,;:(–—-]+$/, '')}…`;
}

/** A sentence rather than a heading: many words, or a full stop ending a line of more than a few words. */
function isProse(text: string): boolean {
  const first = text.split('\n')[0].trim();
  const words = first.split(/\s+/).filter(Boolean).length;
  return words > 16 || (words > 8 && /[.!?]$/.test(first));
}

export const missingGraduationDate: Rule = {
  id: 'missing-graduation-date',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'An education entry without a graduation or expected graduation date.',
  docs: {
    why: 'The graduation date tells a reviewer when you can start and which roles (internship, new grad) fit you. Without it they guess, or move on. Students write the expected date.',
    bad: '## Education\n\n### BSc Computer Science, University of Waterloo',
    good: '## Education\n\n### BSc Computer Science, University of Waterloo — Expected May 2027',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      if (section.kind !== 'education') continue;
      for (const entry of section.entries) {
        // Only a start date ("startDate" with no "endDate", "Sep 2020" alone): when the studies end, or are
        // expected to, is what the reader looks for, and nothing says it.
        if (entry.dates && onlyStarted(doc, entry)) {
          const title = trimMapped(entry.heading);
          out.push({
            range: sourceRange(title, 0, title.text.length),
            message: secondaryBesideDegree(doc, section.entries, entry)
              ? `Only a start date for "${shortTitle(title.text)}", a secondary school: beside a university degree, North American resumes usually leave high school out. Cut it, or add the year it ended.`
              : `Only a start date for "${shortTitle(title.text)}": add the graduation date, or "Expected May 2027" if you are still studying.`,
          });
          continue;
        }
        if (entry.dates && !datesOfADetail(doc, entry.dates.range)) continue;
        const heading = entry.heading;
        if (!heading.text.trim() || /:\s*$/.test(heading.text.split('\n')[0])) continue;
        // Dates on the lines right below the heading count too (a dates line or sub-heading).
        const headLine = doc.lines.positionAt(heading.range.end).line;
        const below = Math.min(doc.lines.lineCount - 1, headLine + 2);
        // Not past the start of the next entry that names its place ("Title — School"): its years are its
        // own. A stray line read as an entry ("- Passed out in 2023") still dates the one above.
        const next = section.entries.find((e) => e.range.start > heading.range.end && !!e.organisation);
        const nearEnd = doc.lines.lineStart(below) + doc.lines.lineText(below).length;
        const near = doc.text.slice(heading.range.start, next ? Math.min(nearEnd, next.range.start) : nearEnd);
        const body = doc.text.slice(entry.range.start, entry.range.end);
        if (YEAR.test(withoutDetailYears(body)) || YEAR.test(withoutDetailYears(near))) continue;
        // "### 2018 – 2022: BSc Mechanical Engineering" over "**The University**, City": a dated heading with
        // nothing under it and the school's line right after, read as two entries, is one.
        if (datedHeadingAbove(doc, section.entries, entry)) continue;
        // "Coursera: Signal Processing (UPF), 2020": a year closing the entry's own title line dates it,
        // even when the title opens with a "Provider:" label.
        if (TRAILING_YEAR.test(heading.text.split('\n')[0])) continue;
        // The school or degree must be this entry's own (the lines below may be the next entry's).
        // A school whose name has no school word ("Lycée Hoche — classes prépas") still counts when it is
        // named as "programme — institution" among entries that all carry their years: the one undated place.
        if (!SCHOOL_OR_DEGREE.test(body) && !(entry.organisation && datedSiblings(section.entries, entry))) continue;
        // A paragraph read as an entry ("Focused on X research, with …") describes studies; it is not one.
        if (isProse(heading.text)) continue;
        const title = trimMapped(heading);
        const school = secondaryBesideDegree(doc, section.entries, entry);
        out.push({
          range: sourceRange(title, 0, title.text.length),
          message: school
            ? `No date for "${shortTitle(heading.text)}", a secondary school: beside a university degree, North American resumes usually leave high school out. Cut it, or add its year.`
            : `No graduation date for "${shortTitle(heading.text)}": add it, or "Expected May 2027" if you are still studying.`,
        });
      }
    }
    out.push(...undatedSchoolItems(doc));
    return out;
  },
};

/** The entry just above is a heading alone (no body), carries a year, and nothing written parts the two. */
function datedHeadingAbove(doc: ResumeDocument, entries: readonly Entry[], entry: Entry): boolean {
  const above = entries[entries.indexOf(entry) - 1];
  if (!above || !YEAR.test(above.heading.text)) return false;
  const own = doc.text.slice(above.range.start, above.range.end).trim();
  const headingOnly = own.split('\n').length === above.heading.text.trim().split('\n').length;
  // The one above is a Markdown heading naming the degree, and the school's line follows it directly:
  // one line break and the line's bold marks between them, no blank line, no heading of its own.
  const headingLine = doc.lines.lineText(doc.lines.positionAt(above.range.start).line);
  const gap = doc.text.slice(above.range.end, entry.range.start);
  return headingOnly && /^\s{0,3}#{1,6}\s/.test(headingLine) && SCHOOL_OR_DEGREE.test(above.heading.text) && /^[ \t]*\r?\n[ \t]*[*_]{0,3}$/.test(gap);
}

/** A secondary school, by the words schools of that level call themselves in English and abroad. */
// ("Instituto" and "junior college" name colleges too in some countries: not read as secondary.)
const SECONDARY_SCHOOL = /\b(?:high school|secondary school|senior high|sixth form|grammar school|lyc[ée]e|gymnasium|liceo|colegio|preparatory school|a-levels?|gcse|igcse|abitur|baccalaur[ée]at(?! (?:en|in|of)\b)|bachillerato|ssc|hsc|cbse|waec)\b/i;
/** A university degree or institution in another entry (an associate degree is post-secondary too). */
const UNIVERSITY_DEGREE = /\b(?:universit\w*|bachelor\w*|master\w*|doctor\w*|ph\.?\s?d|b\.?\s?sc|m\.?\s?sc|b\.?\s?eng|m\.?\s?eng|b\.?\s?tech|m\.?\s?tech|mba|masc|b\.[as]\.|m\.[as]\.|associate(?:'s)? (?:degree|of)|a\.[as]\.)\b/i;

/** A secondary school beside a university degree: reviewers cut it rather than ask for its year. */
function secondaryBesideDegree(doc: ResumeDocument, entries: readonly Entry[], entry: Entry): boolean {
  const own = (e: Entry) => doc.text.slice(e.range.start, e.range.end);
  return SECONDARY_SCHOOL.test(own(entry)) && !UNIVERSITY_DEGREE.test(own(entry)) && entries.some((e) => e !== entry && UNIVERSITY_DEGREE.test(own(e)));
}

/** Words that say the studies go on ("Present", "ongoing", "expected …"): an end, in its way. */
const GOES_ON = /\b(?:present|current(?:ly)?|now|today|ongoing|expected|anticipated|in progress|exp\.)/i;

/** The entry's dates are a start alone: no end date and no word that the studies go on. */
function onlyStarted(doc: ResumeDocument, entry: Entry): boolean {
  const d = entry.dates!;
  if (!d.current || d.end !== undefined || d.start === undefined || d.formats.length !== 1) return false;
  // "Sep 2020 –" and "since 2020" say it goes on; so do the words around the date.
  const around = doc.text.slice(Math.max(0, d.range.start - 40), d.range.end + 40);
  return !/[–—-]\s*$/.test(d.raw) && !/\bsince\b/i.test(around) && !GOES_ON.test(around) && !GOES_ON.test(entry.heading.text);
}

/** Whether the section's other entries (at least one) are all dated. */
function datedSiblings(entries: readonly Entry[], entry: Entry): boolean {
  const others = entries.filter((e) => e !== entry);
  return others.length > 0 && others.every((e) => !!e.dates);
}

/**
 * "Educational Credential Assessment (WES): Canadian bachelor's degree equivalent": an evaluation of a
 * degree listed elsewhere, not a degree of its own to date.
 */
const CREDENTIAL_EVALUATION = /\b(?:equivalen(?:t|ce|cy)|credential (?:assessment|evaluation)|(?:degree|course-by-course) evaluation|assessed as)\b/i;

/**
 * List items outside any entry, in Education or a certifications list, that name a school or a degree
 * and give no year while the other items of the section do ("- High School Diploma, Lakeview Secondary
 * School" under dated courses): the one item the reader cannot place.
 */
/** "Associate Member, Institution of Engineers": a body's membership, not studies (its "Institution" is no school). */
const MEMBERSHIP = /\b(?:member(?:ship)?|fellow|affiliate)\b/i;

function undatedSchoolItems(doc: ResumeDocument): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const section of doc.sections) {
    if (section.kind !== 'education' && section.kind !== 'certifications') continue;
    const items = section.bullets.filter((b) => !b.entry && b.depth === 0);
    if (!items.some((b) => YEAR.test(b.text))) continue;
    for (const b of items) {
      if (YEAR.test(b.text) || !SCHOOL_OR_DEGREE.test(b.text) || isProse(b.text) || CREDENTIAL_EVALUATION.test(b.text) || MEMBERSHIP.test(b.text)) continue;
      const title = trimMapped(b);
      out.push({
        range: sourceRange(title, 0, title.text.length),
        message: `No graduation date for "${b.text.trim().slice(0, 60)}": add the year, as the other items here do.`,
      });
    }
  }
  return out;
}
