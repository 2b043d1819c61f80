// An "Objective" section ("Seeking a challenging position …"). It states what the applicant wants;
// the reader wants to know what the applicant offers. Suggest a short summary instead, or nothing.
import type { Rule, RuleFinding, Fix } from '../types';
import { proseLines } from './util';

/**
 * "Looking for a position in a stable company …", "Seeking a challenging role where I can grow": a
 * sentence whose claim is the job the writer wants. In a summary it is an objective all the same.
 */
const WANTS_A_JOB =
  /\b(?:(?:i\s+am\s+|i['’]m\s+|currently\s+)?(?:looking\s+for|seeking|in\s+search\s+of|searching\s+for)|(?:to\s+obtain|to\s+secure|hoping\s+to\s+(?:find|join|obtain|secure)))\s+(?:an?\s+|the\s+|my\s+)?(?:[\p{L}-]+\s+){0,5}?(?:position|role|job|opportunit(?:y|ies)|internship|employment|placement|career)\b/iu;
const SUMMARY_KINDS = new Set(['summary']);

export const objectiveSection: Rule = {
  id: 'objective-section',
  category: 'structure',
  defaultSeverity: 'info',
  description: 'An "Objective" section, which modern resumes replace with a short summary or leave out.',
  docs: {
    why: 'An objective says what you want ("a challenging internship"), which every applicant wants; it spends the most-read lines of the page on nothing the reader can use. A two-line summary of your strongest evidence, or no section at all, serves you better.',
    bad: '## Objective\n\nHard-working student seeking a challenging software engineering internship.',
    good: '## Summary\n\nThird-year CS student; shipped a Kafka fraud pipeline (2M events/day) and a campus app used by 600 students.',
  },
  check(doc) {
    const out: RuleFinding[] = [];
    for (const section of doc.sections) {
      if (section.kind !== 'objective' || !section.headingRange) continue;
      const heading = doc.text.slice(section.headingRange.start, section.headingRange.end);
      const at = heading.indexOf(section.title);
      const range =
        at >= 0
          ? { start: section.headingRange.start + at, end: section.headingRange.start + at + section.title.length }
          : section.headingRange;
      const fixes: Fix[] = [
        { title: 'Delete the Objective section', edits: [{ range: { start: section.range.start, end: section.range.end }, newText: '' }] },
      ];
      if (at >= 0) fixes.push({ title: 'Rename it "Summary" (then rewrite it as one)', edits: [{ range, newText: 'Summary' }] });
      out.push({
        range,
        message: `The "${section.title}" section says what you want; reviewers read for what you offer. Replace it with a two-line Summary of your strongest results, or remove it.`,
        fixes,
      });
    }
    // A summary whose sentence asks for a job: the objective inside it.
    for (const line of proseLines(doc, SUMMARY_KINDS)) {
      const text = doc.text.slice(line.start, line.end);
      const m = WANTS_A_JOB.exec(text);
      if (!m) continue;
      // The sentence that holds it, up to its full stop.
      const from = Math.max(text.lastIndexOf('. ', m.index) + 1, 0);
      // Only a sentence that opens with the want: "…, seeking a full-time role from June" closing a
      // sentence of qualifications states availability beside what the writer offers.
      if (text.slice(from, m.index).trim()) continue;
      const stop = text.slice(m.index).search(/[.!?](?:\s|$)/);
      const to = stop < 0 ? text.replace(/\s+$/, '').length : m.index + stop + 1;
      const start = line.start + from + (/^\s/.test(text.slice(from)) ? text.slice(from).search(/\S/) : 0);
      out.push({
        range: { start, end: line.start + to },
        message: 'This sentence says what you want (a position), not what you offer: reviewers skip it. Cut it, or replace it with your strongest result.',
      });
    }
    return out;
  },
};
