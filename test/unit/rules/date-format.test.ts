import { dateFormat } from '../../../src/core/rules/date-format';
import assert from 'node:assert/strict';
import { findingsOf, testRule } from '../../helpers/rule-tester';

const exp = (...headings: string[]) => `## Experience\n\n${headings.map((h) => `### ${h}\n\n- Built 3 services for 40 users.\n`).join('\n')}`;

testRule(dateFormat, {
  valid: [
    { doc: true, code: exp('Engineer, Acme — May 2024 – Present', 'Intern, Initech — Jan 2023 – Aug 2023', 'Intern, Hooli — Sep 2022 – Dec 2022') },
    // "May", "June", "July" and year-only dates fit any style.
    { doc: true, code: exp('Engineer, Acme — June 2024 – Present', 'Intern, Initech — May 2023 – Aug 2023', 'TA, UofT — 2021 – 2022') },
    { doc: true, code: exp('Engineer, Acme — 05/2024 – Present', 'Intern, Initech — 01/2023 – 08/2023') },
    { doc: true, code: exp('Intern, Acme — Summer 2024', 'Intern, Initech — 2023-01 – 2023-08') },
    // A resume written in Spanish keeps its month names.
    { doc: true, code: exp('Ingeniera, Acme — ene 2023 – abr 2024', 'Practicante, Initech — sep 2021 – dic 2022') },
  ],
  invalid: [
    {
      // One range left in Spanish among English dates: the English names are a suggestion.
      doc: true,
      code: exp('Engineer, Acme — May 2024 – Present', 'Engineer, Initech — ene 2021 – abr 2023', 'Intern, Hooli — Sep 2020 – Dec 2020'),
      underlines: ['ene', 'abr'],
      message: 'another language',
    },
    {
      doc: true,
      code: exp('Engineer, Acme — May 2024 – Present', 'Intern, Initech — 01/2023 – Aug 2023', 'Intern, Hooli — Sep 2022 – Dec 2022'),
      underlines: ['01/2023'],
      message: 'Mon YYYY',
      output: exp('Engineer, Acme — May 2024 – Present', 'Intern, Initech — Jan 2023 – Aug 2023', 'Intern, Hooli — Sep 2022 – Dec 2022'),
    },
    {
      doc: true,
      code: exp('Engineer, Acme — 2024-05 – Present', 'Intern, Initech — 2023-01 – 2023-08', 'Intern, Hooli — September 2022 – 12/2022'),
      underlines: ['September 2022', '12/2022'],
      output: exp('Engineer, Acme — 2024-05 – Present', 'Intern, Initech — 2023-01 – 2023-08', 'Intern, Hooli — 2022-09 – 12/2022'),
    },
    {
      // Full month names against abbreviations.
      doc: true,
      code: exp('Engineer, Acme — January 2024 – Present', 'Intern, Initech — Jan 2023 – Aug 2023', 'Intern, Hooli — Sep 2022 – Dec 2022'),
      underlines: ['January 2024'],
      output: exp('Engineer, Acme — Jan 2024 – Present', 'Intern, Initech — Jan 2023 – Aug 2023', 'Intern, Hooli — Sep 2022 – Dec 2022'),
    },
    {
      // Dates on an italic line under the heading count too.
      doc: true,
      code: '## Experience\n\n### Engineer, Acme\n\n*Jan 2024 – Present*\n\n- Built X for 4 teams.\n\n### Intern, Initech\n\n*Jan 2023 – Apr 2023*\n\n- Built Y for 9 teams.\n\n### Intern, Hooli\n\n*05/2022 – 08/2022*\n\n- Built Z for 2 teams.\n',
      underlines: ['05/2022', '08/2022'],
    },
  ],
});

describe('date-format: a date that a sentence runs into (session 20)', () => {
  it('holds an item\'s own closing date to the format, but not a date inside its prose', () => {
    const doc = [
      '# Sam Okafor', '', '## Experience', '',
      '### Analyst, Acme — 2021-04 – 2023-09', '', '- Built dashboards', '',
      '### Intern, Globex — 2020-05 – 2020-08', '', '- Thesis on demand forecasting (expected defence March 2027)', '',
    ].join('\n');
    const found = findingsOf(dateFormat, doc);
    assert.deepEqual(found.map((f) => f.ruleId), []);
  });
});

describe('date-format: prose dates are evidence, not targets (session 20)', () => {
  it('rewrites dotted entry dates toward the month names a sentence uses, and leaves the sentence alone', () => {
    const doc = [
      '# Sam Okafor', '', '## Experience', '',
      '### Analyst, Acme', '03.2021 – 09.2023', '', '- Ran the audit programme, certified in May 2022', '',
      '### Intern, Globex', '05.2020 – 08.2020', '', '- Built the stock model; handed over in August 2020', '',
    ].join('\n');
    const found = findingsOf(dateFormat, doc).map((f) => doc.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['03.2021', '09.2023', '05.2020', '08.2020']);
  });
});
