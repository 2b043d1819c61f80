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
    // The dates under a label about them, or a value that opens with the dates, still date the entry.
    { doc: true, code: education('**Northfield College**, Springfield\n- Graduated: June 2021\n- GPA: 3.4') },
    { doc: true, code: education('**Northfield College**, Springfield\n- Major: 2019 – 2023, Chemistry') },
  ],
  invalid: [
    // A year in a detail's value ("GPA … (Fall 2024 – Spring 2025)", "Dean's List 2023") dates the detail, not the studies.
    {
      doc: true,
      code: education('**Northfield College**, Springfield, OR\nAssociate of Science, Chemistry\n* GPA: 3.6 / 4.0 (Fall 2024 – Winter 2025)\n* Awards: Dean\'s List 2024'),
      count: 1,
    },
    {
      doc: true,
      code: education('### BSc Computer Science, University of Waterloo\n\n- GPA 3.8'),
      underlines: ['BSc Computer Science, University of Waterloo'],
      message: 'Expected',
    },
    { doc: true, code: education('### Northfield College\n\n- Diploma in Business Administration'), count: 1 },
  ],
});
