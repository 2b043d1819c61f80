import { referencesLine } from '../../../src/core/rules/references-line';
import { findingsOf, testRule } from '../../helpers/rule-tester';
import assert from 'node:assert/strict';

const SKILLS = '## Skills\n\n- Python, SQL, Tableau\n';

testRule(referencesLine, {
  valid: [
    // A references label that says they are on request is the other finding's; one with no contact is left alone.
    { doc: true, code: `${SKILLS}\n## Personal\n\nReferences: from two former managers\n` },
    { doc: true, code: SKILLS },
    // A referee named without contact details, and an academic CV's referees, are left alone.
    { doc: true, code: '## References\n\n- Dr. Jane Roe, Professor of Geology, UBC\n' },
    // A line of contact details alone belongs to the referee named above it; the heading's finding covers the section.
    { doc: true, code: '## Experience\n\n- Supervised by Dr. Ada Kim on a thesis project\n' },
    { doc: true, code: '## Publications\n\n1. Roe, J. Tides. 2024.\n\n## References\n\n- Dr. Jane Roe, Professor, UBC — jane.roe@example.com\n' },
    'Built an on-request report generator that saves analysts 6 hours a week.',
    'Made API docs available on request-time schemas for 40 endpoints.',
  ],
  invalid: [
    {
      // A bold label before the phrase.
      doc: true,
      code: `${SKILLS}\n**References:** Available upon request\n`,
      underlines: ['References:** Available upon request'],
      output: SKILLS,
    },
    {
      // A section that lists one referee and promises the other: the promise and the listed referee are each flagged.
      doc: true,
      code: `${SKILLS}\n## References\n\nTara Lund, Ops Director, Polar Freight — tara.lund@example.com\nKen Oduya, Shift Lead, Polar Freight — available on request\n`,
      underlines: ['Tara Lund, Ops Director, Polar Freight — tara.lund@example.com', 'available on request'],
    },
    {
      // A phone written in groups of two and four digits, as outside North America.
      doc: true,
      code: `${SKILLS}\n## References\n\nIng. Rafael Soto, Plant Manager, Acme — +52 33 5550 2211\n`,
      underlines: ['## References', 'Ing. Rafael Soto, Plant Manager, Acme — +52 33 5550 2211'],
      message: /ask for references near the offer/,
    },
    {
      // A "References:" line with a referee's contact details under another heading.
      doc: true,
      code: `${SKILLS}\n## Personal\n\nReferences: Dana Li (former manager) at dana.li@example.com, 614-555-0142\n`,
      underlines: ['References: Dana Li (former manager) at dana.li@example.com, 614-555-0142'],
      message: /A referee with their contact details/,
    },
    {
      // Referees listed with their contact details: a suggestion to delete the section, never applied in bulk.
      doc: true,
      // Each referee is flagged on its own line too, with or without contact details when an honorific names them.
      code: `${SKILLS}\n## Referees\n\n1. Dr. Jane Roe, Professor, UBC — jane.roe@example.com\n2. Sam Poe, Manager, Tidewater — +1 604 555 0199\n3. Mr. Obi Nwosu, Site Lead, Harbor Works\n`,
      underlines: ['## Referees', 'Dr. Jane Roe, Professor, UBC — jane.roe@example.com', 'Sam Poe, Manager, Tidewater — +1 604 555 0199', 'Mr. Obi Nwosu, Site Lead, Harbor Works'],
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

// Rules 27: a page footer below a rule is not the References section's content.
describe('rule references-line: the section ends at a rule', () => {
  it('deletes the heading with the line when only a footer follows the rule', () => {
    const doc = '# Ana Ruiz\nana@mail.example\n\n## Experience\n\n- Built 3 dashboards for 40 stores.\n\n## References\n\nAvailable on request.\n\n---\n\n[Download PDF](cv.pdf) · Last updated 2026\n';
    const [f] = findingsOf(referencesLine, doc);
    assert.equal(f.fixes[0].title, 'Delete the References section');
    const e = f.fixes[0].edits[0];
    const out = doc.slice(0, e.range.start) + e.newText + doc.slice(e.range.end);
    assert.ok(!out.includes('References') && out.includes('---') && out.includes('Download PDF'), out);
  });
});
