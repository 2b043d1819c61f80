// An education entry without a graduation date. Reviewers of student and new-grad resumes look for
// it first: it says when the applicant can start. A student writes the expected date ("Expected May
// 2027"). An entry counts as dated when the parse found its dates or any year appears in it.
import type { Rule, RuleFinding } from '../types';
import { sourceRange, trimMapped } from '../text/mapped';

const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)|['’]\d\d\b/;
/** The entry names a school or a degree (not a course, a thesis line or self-study). */
const SCHOOL_OR_DEGREE =
  /\b(?:universit\w*|college|school|institut\w*|academy|polytechnic\w*|bachelor\w*|master\w*|doctor\w*|ph\.?\s?d|b\.?\s?sc|m\.?\s?sc|b\.?\s?tech|m\.?\s?tech|b\.?\s?eng|m\.?\s?eng|mba|diploma|degree|associate of|b\.[as]\.|m\.[as]\.|gcse|a-levels?)\b/i;

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
        if (entry.dates) continue;
        const heading = entry.heading;
        if (!heading.text.trim() || /:\s*$/.test(heading.text.split('\n')[0])) continue;
        // Dates on the lines right below the heading count too (a dates line or sub-heading).
        const headLine = doc.lines.positionAt(heading.range.end).line;
        const below = Math.min(doc.lines.lineCount - 1, headLine + 2);
        const near = doc.text.slice(heading.range.start, doc.lines.lineStart(below) + doc.lines.lineText(below).length);
        const body = doc.text.slice(entry.range.start, entry.range.end);
        if (YEAR.test(body) || YEAR.test(near)) continue;
        // The school or degree must be this entry's own (the lines below may be the next entry's).
        if (!SCHOOL_OR_DEGREE.test(body)) continue;
        // A paragraph read as an entry ("Focused on X research, with …") describes studies; it is not one.
        if (isProse(heading.text)) continue;
        const title = trimMapped(heading);
        out.push({
          range: sourceRange(title, 0, title.text.length),
          message: `No graduation date for "${heading.text.trim().slice(0, 60)}": add it, or "Expected May 2027" if you are still studying.`,
        });
      }
    }
    return out;
  },
};
