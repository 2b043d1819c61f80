// regional-english: forms that read as another country's English or as a translation. Invented examples.
import { strict as assert } from 'node:assert';
import { regionalEnglish } from '../../../src/core/rules/regional-english';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';
import { findingsOf, testRule } from '../../helpers/rule-tester';

testRule(regionalEnglish, {
  valid: [
    // Not decimal commas or thousands: lists of small numbers, versions, precise measures.
    'Covered weeks 3,4 and chapters 1,2,3 of the field guide for 12 crews.',
    'Kept release 2.100 builds green and tuned a 4.250 mm gauge for 3 lines.',
    'Grew the user base to 1,200 teams and revenue by 12.5% in two quarters.',
    'Trained 14 new hires on the returns process.', // "trained", not "trainings"
    'Shipped the software update to 3,400 kiosks.',
    'Assisted the finance lead with 12 month-end closes.', // "assisted" as "helped" is English
    'Realized $40K in annual savings by renegotiating 3 carrier contracts.', // realized savings is English
    'Ran the actual-versus-budget report every month for 9 cost centres.',
    { doc: true, code: '# CV\n\n## Publications\n\n- A paper, 2024.\n' }, // an academic CV
    'Passed the AWS Solutions Architect exam in 2024.', // "passed", not "passed out"
    'Passed out 300 flyers at the spring fair.', // handing out, not graduating
    'Reputable carriers cut damage claims by 18%.',
    'Having shipped 3 releases, moved to the platform team in 2023.', // a participle clause, not "having N years"
    'Hired 6 new graduates and mentored them through onboarding.',
    'Sized the cluster with a capacity of 40 TB for 3 regions.', // "a capacity of" a quantity is English
    'Cut emissions of the fleet by 12% with route planning.', // emissions of vehicles are emissions
    'Saved $1.25M a year in freight; priced 1,200 SKUs.',
    'Graduated with a GPA of 3.7/4.0.',
    '**Industrial Engineering** — Universidad de Los Andes, 2018', // a university\'s name keeps its "de"
    '**Licenciatura en Economía** (Bachelor of Economics equivalent, 4 years) — 2016', // English gloss given
    'BSc (Hons) Physics, Second Class Honours, Upper Division — GPA 3.4/4.0', // the class comes with its GPA
    '**Data Analyst** | Jan 2022 – Present',
    '- Led stage 2 of the rollout in 4 stores.',
    'Kept FY2024 - actual spend within 2% of plan; 2023 - actual results beat forecast.',
    { doc: true, code: '## Experience\n\n### Stage Manager — Riverside Theatre\n\n- Ran 60 shows.\n' },
    'Built a career in data engineering over 8 years.',
    'Reverted 3 failed deployments to the last good build.', // "revert" of a change is English
    'Studied the formation of river deltas over 4 field seasons.',
    { doc: true, code: '# Ana Lima\n\nana@mail.example\n\n## Skills\n\nMachine Learning | CV\n' }, // CV = computer vision
  ],
  invalid: [
    // Stop 64 (blind sets 63 and 50): a field of study left in Spanish before its capitalised complement.
    { code: '**Ingeniería Industrial** — Universidad de Los Andes, 2018', underlines: ['Ingeniería Industrial'] },
    // Session 21: a decimal comma on its own or after a scale's slash, a percent sign before the
    // number, periods between thousands before a unit or a noun.
    { code: 'Kept a GPA of 3,71 / 4,00 while working 20 hours a week.', underlines: ['3,71', '4,00'] },
    { code: 'Scored 91,5 on the engineering licence exam in 2023.', underlines: ['91,5'] },
    { code: 'Lowered scrap by %12 on 3 presses.', underlines: ['%12'], output: 'Lowered scrap by 12% on 3 presses.' },
    { code: 'Supervised 380.000 m² of warehouse floor for 14.200 visitors.', underlines: ['380.000', '14.200'] },
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
    // Indian English set phrases
    { code: 'Passed out from Anna University in 2021 with distinction.', underlines: ['Passed out'], output: 'Graduated from Anna University in 2021 with distinction.' },
    { code: 'Seeking a role in a reputed software firm.', underlines: ['reputed'] },
    { code: 'Onboarded 12 freshers to the billing codebase.', underlines: ['freshers'] },
    { code: 'Having 4 years of experience in payroll systems for 3 clients.', underlines: ['Having 4 years'] },
    { code: 'Built the release tooling, having been on the team till now.', underlines: ['till now'] },
    { code: 'I hereby declare that the details above are correct.', underlines: ['hereby declare'] },
    { code: 'Completed a 3-month Industrial Attachment at a brewery.', underlines: ['Industrial Attachment'] },
    // Spanish and Portuguese calques and false friends
    { code: '**Warehouse Lead** | 04/2021 – actualidad', underlines: ['actualidad'] },
    { code: '*June 2020 – Actual*', underlines: ['Actual'] },
    { code: 'Lisboa, 3 de marzo de 2025', underlines: ['3 de marzo de 2025'] },
    { code: 'Emission of 900 invoices a month in SAP.', underlines: ['Emission of'] },
    { code: 'Scripted the bank reconciliation, liberating 12 hours a week.', underlines: ['liberating'] },
    { code: 'Sent weekly reports to the financial area.', underlines: ['financial area'] },
    { code: 'Eager to contribute with my knowledge of cold-chain logistics.', underlines: ['contribute with'] },
    { code: 'Salary pretension: negotiable.', underlines: ['Salary pretension'] },
    { code: 'Marital details — Civil status: single', underlines: ['Civil status'] },
    { code: 'Organized, with capacity of planning and leading teams.', underlines: ['with capacity of'] },
    { code: 'Post-graduation (lato sensu) in Finance, 2019', underlines: ['Post-graduation', 'lato sensu'] },
    { code: '- Curso de Power BI Avanzado, 2022', underlines: ['Curso'] },
    { code: '**Analista de Compras** — Grupo Norte, 2019', underlines: ['Analista'] },
    // Number forms
    { code: 'Thesis graded 9,2/10.', underlines: ['9,2'] },
    { code: 'Expected salary: USD 64.500 a year.', underlines: ['64.500'], output: 'Expected salary: USD 64,500 a year.' },
    // British and Commonwealth qualifications without a GPA
    { code: 'BA (Hons) History, 2:2, 2016', underlines: ['2:2'] },
    { code: 'BEng Civil, First Class Honours, 2019', underlines: ['First Class Honours'] },
    { code: 'Three A-Levels and nine GCSEs.', underlines: ['A-Levels', 'GCSEs'] },
    { code: '- Enhanced DBS check, 2024', underlines: ['Enhanced DBS'] },
    { code: 'MSc Physics, 2012, red diploma', underlines: ['red diploma'] },
    { code: 'Graduated with Good classification, thesis 8/10.', underlines: ['Good classification'] },
    { code: '**Engineering career in Biomedicine**, 2015 – 2020', underlines: ['Engineering career in'] },
    { doc: true, code: '## Experience\n\n### Stage in Data Science — Lyon\n\n- Built 3 dashboards.\n\n### Praktikum, Bosch\n', underlines: ['Stage', 'Praktikum'] },
    { code: 'Handled updation of 2,000 vendor records a month.', underlines: ['updation'] },
    { code: 'Reverted to client queries within 4 hours; mentored 3 batchmates.', underlines: ['Reverted', 'batchmates'] },
    { code: 'Completed my professional formation in accounting in 2019.', underlines: ['professional formation'] },
    // Headings and titles
    { doc: true, code: '# Ana Lima – Curriculum Vitae\n\nana@mail.example\n\n## Skills\n\n- SQL\n', underlines: ['Curriculum Vitae'] },
    { doc: true, code: '---\ntitle: Ana\nlayout: page\ndate: 2026-01-01\n---\n\n<!-- notes -->\n\n# Ana Lima - Curriculum Vitae\n\nana@mail.example\n', underlines: ['Curriculum Vitae'] }, // counted from below the front matter
    { doc: true, code: '# Curriculum Vitae #\n\nAna Lima · ana@mail.example\n\n## Skills\n\n- SQL\n', underlines: ['# Curriculum Vitae #'] },
    { doc: true, code: '# Ana Lima\n\n> [!note] Personal Statement\n> Analyst with 5 years in pricing.\n\n## Referees\n\nOn request.\n', underlines: ['Personal Statement', 'Referees'] },
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

describe('rule regional-english: lines (session 20)', () => {
  it('reads a phrase that runs on into the next line of its paragraph, and starts no finding there twice', () => {
    const text = '# Ana Lima\n\n## Summary\n\nCalm under pressure, with great capacity for\nplanning and budgeting across 3 plants.\n';
    const found = findingsOf(regionalEnglish, text).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['with great capacity for']);
  });

  it('reads no line longer than a line of prose (a pasted blob), and still reads the lines around it', () => {
    const text = `# Ana Lima\n\n## Summary\n\n${'informations '.repeat(200)}\n\nRaised fill rate to 97,5% in 2 quarters.\n`;
    const found = findingsOf(regionalEnglish, text).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['97,5']);
  });
});

// Rules 27: "Werkstudent" is part-time work beside studies, not an internship; the original title in
// parentheses after the English one is a gloss.
describe('rule regional-english: German and French work titles', () => {
  const messages = (doc: string) => findingsOf(regionalEnglish, doc).map((f) => f.message);
  it('names "Werkstudent" a working student, and "Praktikum" German, "Stagiaire" French', () => {
    const [w] = messages('## Experience\n\n### Werkstudent, Brindle GmbH\n\n- Built 3 dashboards.\n');
    assert.match(w, /Working Student/);
    assert.doesNotMatch(w, /Intern|French/);
    assert.match(messages('## Experience\n\n### Praktikum, Brindle GmbH\n\n- Built 3 dashboards.\n')[0], /German word for an internship/);
    assert.match(messages('## Experience\n\n### Stagiaire, Brindle SA\n\n- Built 3 dashboards.\n')[0], /French word for an internship/);
  });
  it('leaves the original in parentheses after the English title alone', () => {
    assert.deepEqual(messages('## Experience\n\n### Working Student (Werkstudent), Brindle GmbH\n\n- Built 3 dashboards.\n'), []);
    assert.deepEqual(messages('## Experience\n\n### Intern (Praktikum), Brindle GmbH\n\n- Built 3 dashboards.\n'), []);
  });
});
