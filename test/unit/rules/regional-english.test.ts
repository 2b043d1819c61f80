// regional-english: forms that read as another country's English or as a translation. Invented examples.
import { strict as assert } from 'node:assert';
import { regionalEnglish } from '../../../src/core/rules/regional-english';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';
import { findingsOf, testRule } from '../../helpers/rule-tester';

testRule(regionalEnglish, {
  valid: [
    'Grew the user base to 1,200 teams and revenue by 12.5% in two quarters.',
    'Trained 14 new hires on the returns process.', // "trained", not "trainings"
    'Shipped the software update to 3,400 kiosks.',
    'Assisted the finance lead with 12 month-end closes.', // "assisted" as "helped" is English
    'Realized $40K in annual savings by renegotiating 3 carrier contracts.', // realized savings is English
    'Ran the actual-versus-budget report every month for 9 cost centres.',
    { doc: true, code: '# CV\n\n## Publications\n\n- A paper, 2024.\n' }, // an academic CV
  ],
  invalid: [
    { code: 'Raised pick accuracy from 94,1% to 99,2%.', underlines: ['94,1', '99,2'], output: 'Raised pick accuracy from 94.1% to 99,2%.' },
    { code: 'Cut freight spend by R$ 2,4 millions a year.', underlines: ['2,4'] },
    { code: 'Managed a budget of 45 lakh for 3 plants.', underlines: ['lakh'] },
    { code: 'Actually I am responsible for the payroll of 300 staff.', underlines: ['Actually'] },
    { code: 'Assisted to weekly meetings with 4 suppliers.', underlines: ['Assisted'] },
    { code: 'Participated of the ERP rollout in 2 warehouses.', underlines: ['Participated of'] },
    { code: 'Realized the implantation of a new WMS in 3 sites.', underlines: ['Realized', 'implantation'] },
    { code: 'Ran fortnightly demos for 5 client teams.', underlines: ['fortnightly'] },
    { doc: true, code: '# Ana Lima\n\n## Informatic Knowledges\n\n- Excel, SAP\n\n## Additional Informations\n\n- Driver licence\n', underlines: ['Knowledges', 'Informations'] },
    { doc: true, code: '# CURRICULUM VITAE\n\n**Ana Lima** · ana@mail.example\n\n## Academic Formation\n\n- BSc Logistics, 2019\n', underlines: ['# CURRICULUM VITAE', 'Academic Formation'] },
    { doc: true, code: '# Ana Lima\n\n## Summary\n\nMy actual position is logistics coordinator at a 3PL.\n', underlines: ['actual'] },
  ],
});

describe('rule regional-english: fixes', () => {
  it('offers its replacements as suggestions only, never to Fix All', () => {
    const text = '# Ana Lima\n\n## Experience\n\n### Analyst, Acme — 2020 – 2024\n\n- Raised fill rate from 91,5% to 97,0% with 3 new suppliers.\n';
    const found = findingsOf(regionalEnglish, text);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['91,5', '97,0']);
    for (const f of found) for (const fix of f.fixes) assert.ok(!fix.safe && !fix.isPreferred, fix.title);
  });

  it('reads no RenderCV key as a title', () => {
    const text = 'cv:\n  name: Ana Lima\n  sections:\n    summary:\n      - Analyst with 6 years in retail pricing.\n';
    const { findings } = lintDocument(parseResumeAs(text, { path: 'Ana_Lima_CV.yaml' }), { rules: [regionalEnglish], config: { markdownlint: false } });
    assert.deepEqual(findings.map((f) => f.message), []);
  });
});
