// A resume without the sections every reviewer looks for: work (Experience or Projects), Education
// and Skills. Reported at the top of the document (the name line), one finding per missing section.
import type { SectionKind } from '../document/types';
import type { Rule, RuleFinding } from '../types';
import { documentTopRange } from './source-scan';
import { stringListOption } from './util';

interface Expected {
  name: string;
  /** Section kinds that satisfy it. */
  kinds: SectionKind[];
  advice: string;
}

const EXPECTED: Record<string, Expected> = {
  experience: {
    name: 'Experience or Projects',
    kinds: ['experience', 'projects', 'research', 'leadership'],
    advice: 'add an "Experience" section (jobs, internships) or a "Projects" section with what you built',
  },
  education: {
    name: 'Education',
    kinds: ['education'],
    advice: 'add an "Education" section with your degree, school and graduation date',
  },
  skills: {
    name: 'Skills',
    kinds: ['skills'],
    advice: 'add a "Skills" section listing languages, tools and frameworks — screeners search for them',
  },
};

export const missingSection: Rule = {
  id: 'missing-section',
  category: 'structure',
  defaultSeverity: 'warning',
  description: 'No Experience/Projects, Education or Skills section.',
  docs: {
    why: 'Recruiters and applicant-tracking systems look for these sections by name; when one is missing (or has a heading they do not recognise) the resume reads as incomplete.',
    bad: '# Ana Silva\n\n## What I did\n\n- Built …',
    good: '# Ana Silva\n\n## Experience\n\n- Built …\n\n## Education\n\n…\n\n## Skills\n\n…',
  },
  check(doc, { options }) {
    if (!doc.text.trim()) return [];
    const required = stringListOption(options, 'sections', Object.keys(EXPECTED)).filter((s) => EXPECTED[s]);
    // With at most one section found the layout was not understood (the layout-unrecognized
    // finding says so); claiming that sections are missing would be wrong more often than right.
    if (doc.sections.filter((s) => s.kind !== 'header').length <= 1) return [];
    const present = new Set(doc.sections.map((s) => s.kind));
    const range = documentTopRange(doc);
    const out: RuleFinding[] = [];
    for (const key of required) {
      const expected = EXPECTED[key];
      if (expected.kinds.some((k) => present.has(k))) continue;
      out.push({ range, message: `No ${expected.name} section: ${expected.advice}.` });
    }
    return out;
  },
};
