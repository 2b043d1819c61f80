// An "Objective" section ("Seeking a challenging position …"). It states what the applicant wants;
// the reader wants to know what the applicant offers. Suggest a short summary instead, or nothing.
import type { Rule, RuleFinding, Fix } from '../types';

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
    return out;
  },
};
