import { missingGraduationDate } from '../../../src/core/rules/missing-graduation-date';
import { testRule } from '../../helpers/rule-tester';

const education = (body: string) => `## Education\n\n${body}\n`;

testRule(missingGraduationDate, {
  valid: [
    { doc: true, code: education('### BSc Computer Science, University of Waterloo — Expected May 2027') },
    { doc: true, code: education('### BSc Computer Science, University of Waterloo\n*Sep 2021 – Apr 2025*') },
    { doc: true, code: education('### University of Toronto\n#### 2019 - 2023\n- BA Economics') },
    { doc: true, code: education("**Thesis:**\nTopological phases in cold-atom lattices.") }, // a label, not an entry
    { doc: true, code: education('### Self-taught: Coursera Machine Learning') }, // no school or degree
    { doc: true, code: '## Experience\n\n### Software Engineer, Acme\n\n- Built a billing service.\n' },
  ],
  invalid: [
    {
      doc: true,
      code: education('### BSc Computer Science, University of Waterloo\n\n- GPA 3.8'),
      underlines: ['BSc Computer Science, University of Waterloo'],
      message: 'Expected',
    },
    { doc: true, code: education('### Northfield College\n\n- Diploma in Business Administration'), count: 1 },
  ],
});
