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
    // A paragraph about the studies read as an entry of its own, with the next entry's school below it.
    {
      doc: true,
      code: education(
        '### Lakeside Institute | PhD Candidate\n\n- Computing Science, School of Engineering | Direct PhD Program\n- Sep 2022 — Jun 2027 (Expected)\n\nWorking on **verified compilers**, with a long list of side interests in type systems and proof tooling.\n\n### Harbor State University | Undergraduate\n\n- Mathematics, Faculty of Science | Bachelor of Science\n- Sep 2018 — Jun 2022',
      ),
    },
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
