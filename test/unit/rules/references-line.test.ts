import { referencesLine } from '../../../src/core/rules/references-line';
import { testRule } from '../../helpers/rule-tester';

const SKILLS = '## Skills\n\n- Python, SQL, Tableau\n';

testRule(referencesLine, {
  valid: [
    { doc: true, code: SKILLS },
    // A referee named without contact details, and an academic CV's referees, are left alone.
    { doc: true, code: '## References\n\n- Dr. Jane Roe, Professor of Geology, UBC\n' },
    { doc: true, code: '## Publications\n\n1. Roe, J. Tides. 2024.\n\n## References\n\n- Dr. Jane Roe, Professor, UBC — jane.roe@example.com\n' },
    'Built an on-request report generator that saves analysts 6 hours a week.',
    'Made API docs available on request-time schemas for 40 endpoints.',
  ],
  invalid: [
    {
      // Referees listed with their contact details: a suggestion to delete the section, never applied in bulk.
      doc: true,
      code: `${SKILLS}\n## Referees\n\n1. Dr. Jane Roe, Professor, UBC — jane.roe@example.com\n2. Sam Poe, Manager, Tidewater — +1 604 555 0199\n`,
      underlines: ['## Referees'],
      message: /ask for references near the offer/,
    },
    {
      doc: true,
      code: `${SKILLS}\nReferences available upon request.\n`,
      underlines: ['References available upon request.'],
      output: SKILLS,
    },
    {
      // The whole section goes when the line is all it says.
      doc: true,
      code: `${SKILLS}\n## References\n\nAvailable upon request.\n`,
      underlines: ['Available upon request.'],
      output: SKILLS,
    },
    {
      doc: true,
      code: `${SKILLS}\n*References furnished on request*\n\n## Awards\n\n- Dean’s List 2023\n`,
      underlines: ['References furnished on request'],
      output: `${SKILLS}\n## Awards\n\n- Dean’s List 2023\n`,
    },
    {
      doc: true,
      code: `${SKILLS}\nLanguages: English, French. References available on request.\n`,
      underlines: ['References available on request.'],
      output: `${SKILLS}\nLanguages: English, French.\n`,
    },
  ],
});
