import { reverseChronological } from '../../../src/core/rules/reverse-chronological';
import { testRule } from '../../helpers/rule-tester';

const exp = (...headings: string[]) => `## Experience\n\n${headings.map((h) => `### ${h}\n\n- Built 3 services for 40 users.\n`).join('\n')}`;

testRule(reverseChronological, {
  valid: [
    { doc: true, code: exp('Engineer, Acme — Jan 2024 – Present', 'Intern, Initech — May 2023 – Aug 2023', 'Intern, Hooli — Jan 2022 – Apr 2022') },
    // Two current roles, in any order.
    { doc: true, code: exp('TA, UofT — Sep 2024 – Present', 'Engineer, Acme — Jan 2024 – Present') },
    // Year-only against month precision: 2023 is not older than May 2023.
    { doc: true, code: exp('Research Assistant, UofT — 2022 – 2023', 'Intern, Initech — May 2023 – Aug 2023') },
    // Ordered by start date: a long role that started earlier and is still going sits below a short,
    // newer one. Both conventions are right; only an entry newer both ways is out of order.
    { doc: true, code: exp('Summer Intern, Initech — May 2024 – Aug 2024', 'Research Assistant, UofT — Sep 2022 – Present') },
    { doc: true, code: exp('Intern, Initech — Jan 2023 – May 2024', 'Consultant, Acme — Jan 2023 – Present') }, // same start
    // Dates in raw LaTeX read as printed: "2019-\textbf{now}" is current.
    { doc: true, code: '## Service\n\n\\textbf{Reviewer}, 2022-\\textbf{now}\n\n\\textbf{Tutor}, 2017-\\textbf{now}\n\n\\textbf{Mentor}, 2020-\\textbf{now}\n' },
    // A recurring award lasts until its last date.
    { doc: true, code: '## Awards\n\n### Merit Scholarship\n\nSep 2019, Sep 2020, Sep 2021\n\n### Hackathon Winner\n\nNov 2019\n' },
    // A heading that is a section title is not an entry of this section, whatever the parser made of it.
    { doc: true, code: '## Education\n\n### BSc, Kyiv Polytechnic — 2015 – 2019\n\n### Courses\n\n- Intro to React, 2022\n' },
    // A sub-section title folded into the section starts a new run: each run is in order.
    { doc: true, code: '## Talks\n\n### Invited Talks\n\n### Seminar, Acme Lab — Mar 2021\n\n### Conference Talks\n\n### Keynote, DataConf — Sep 2022\n\n### Poster, EcoConf — Jul 2020\n' },
    // Undated entries are skipped.
    { doc: true, code: exp('Engineer, Acme — 2024 – Present', 'Open-source contributor, Rust compiler', 'Intern, Initech — 2022') },
    // Order is per section: Education may be older than Experience.
    {
      doc: true,
      code: '## Education\n\n### BSc, UBC — 2016 – 2020\n\n## Experience\n\n### Engineer, Acme — 2021 – 2024\n\n- Built 3 services.\n',
    },
  ],
  invalid: [
    {
      doc: true,
      code: exp('Intern, Initech — May 2022 – Aug 2022', 'Engineer, Acme — Jan 2024 – Present'),
      underlines: ['Jan 2024 – Present'],
      message: 'is current',
    },
    {
      doc: true,
      code: exp('Engineer, Acme — Jan 2024 – Present', 'Intern, Hooli — Jan 2021 – Apr 2021', 'Intern, Initech — May 2023 – Aug 2023'),
      underlines: ['May 2023 – Aug 2023'],
      message: 'ended later than the one above it (Jan 2021 – Apr 2021)',
    },
  ],
});
