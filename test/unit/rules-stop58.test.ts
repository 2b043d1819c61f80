// Stop 58, from judge51's and judge52's wrong findings on blind sets 51 and 52. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;
const of = (findings: ReturnType<typeof lint>, rule: string) => findings.filter((f) => f.ruleId === rule);

describe('rules: stop 58', () => {
  it('reads a LaTeX \\item wrapped over three lines once, not again as prose', () => {
    const tex = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\section*{Profile}',
      '\\begin{itemize}',
      '\\item Four years of pipeline design and site supervision in Nairobi and a',
      'year of hydraulic modelling in Ohio. Hardworking and reliable, with very good',
      'knowledge of EPANET.',
      '\\end{itemize}',
      '\\end{document}',
    ];
    const findings = lint(tex, 'resume.tex');
    assert.equal(of(findings, 'self-description').filter((f) => /Hardworking/.test(f.message)).length, 1);
    assert.equal(of(findings, 'filler-word').length, 1);
  });

  const resume = (bullets: string[], heading = '### Site Engineer, Marlow Civil (Jan 2020 – Dec 2022)') => [
    '# Tomas Eriksen',
    'tomas@example.com',
    '',
    '## Experience',
    '',
    heading,
    '',
    ...bullets.map((b) => `- ${b}`),
    '',
  ];

  it('does not call a passive that names another party as its doer hidden work', () => {
    const findings = lint(resume(['Designed 4 culverts for the county road upgrade', 'Culvert drawings were checked and approved by the county engineer within 5 days', 'Trained 3 junior drafters on AutoCAD Civil 3D']));
    assert.equal(of(findings, 'passive-voice').length, 0);
    const hidden = lint(resume(['Designed 4 culverts for the county road upgrade', 'Culvert drawings were prepared for the county', 'Trained 3 junior drafters on AutoCAD Civil 3D']));
    assert.equal(of(hidden, 'passive-voice').length, 1, 'no doer named: still hidden');
  });

  it('asks no metric and no past tense of the lines under a career break or a parental leave', () => {
    const findings = lint(resume(['Raising my two children while studying for the PE exam', 'Prepared our permanent residence application'], '### Parental leave (Mar 2021 – Feb 2023)'));
    assert.equal(of(findings, 'missing-metric').length, 0);
    assert.equal(of(findings, 'tense-mismatch').length, 0);
    // A job whose name holds the word is still a job: "Relocation Coordinator" asks for its results.
    const job = lint(resume(['Booked moves for staff', 'Handled paperwork for transfers', 'Scheduled movers for new hires'], '### Relocation Coordinator, Atlas Movers (Mar 2021 – Feb 2023)'));
    assert.ok(of(job, 'missing-metric').length >= 1);
  });

  it('asks no metric of a credential held ("Forklift certified.")', () => {
    const findings = lint(resume(['Loaded and checked 40 trucks a shift with zero claims', 'Forklift certified.', 'Cut pallet damage by 30% by re-planning the racking']));
    assert.equal(of(findings, 'missing-metric').length, 0);
  });

  it('calls a two-word fragment closing a list of actions too short', () => {
    const findings = lint(resume(['Reviewed 30 shop drawings a month for the bridge deck', 'Ran weekly coordination meetings with 3 subcontractors', 'Wrote the method statements for 2 crane lifts', 'Site diaries.']));
    assert.equal(of(findings, 'bullet-length').filter((f) => /2 words/.test(f.message)).length, 1);
  });

  it('reads "member since 2024" as a phrase, not an entry date written as prose', () => {
    const lines = ['# Ana Lima', 'ana@example.com', '', '## Experience', '', '### Analyst, Acme (Jan 2020 – Dec 2022)', '', '- Cut report time by 40% for 12 analysts', '', '### Engineer, Beta (Jan 2023 – Present)', '', '- Built 3 dashboards used by 50 planners', '', '## Memberships', '', '### IEEE member since 2024', ''];
    assert.equal(of(lint(lines), 'date-format').filter((f) => /since/.test(f.message)).length, 0);
    // After a LaTeX \hfill, "Since 2024" is the entry's date field written as prose: still reported.
    const tex = ['\\documentclass{article}', '\\begin{document}', '\\section*{Experience}', '{\\bf Analyst, Acme} \\hfill Jan 2020 -- Dec 2022 \\\\', 'Cut report time by 40\\% for 12 analysts \\\\', '{\\bf Engineer, Beta} \\hfill Jan 2023 -- Present \\\\', 'Built 3 dashboards used by 50 planners \\\\', '\\section*{Leadership}', '{\\bf Treasurer, Chess Club} \\hfill Since 2024 \\\\', '\\end{document}'];
    assert.equal(of(lint(tex, 'resume.tex'), 'date-format').filter((f) => /Since 2024/.test(f.message)).length, 1);
  });

  it('leaves a red diploma alone when a bracket after it gives the equivalent', () => {
    const with_ = lint(['# Ana Lima', 'ana@example.com', '', '## Education', '', '### BSc Physics, Tomsk State University (2013 – 2017)', '', 'Red diploma (with honours)', '']);
    assert.equal(of(with_, 'regional-english').length, 0);
    const without = lint(['# Ana Lima', 'ana@example.com', '', '## Education', '', '### BSc Physics, Tomsk State University (2013 – 2017)', '', 'Red diploma', '']);
    assert.equal(of(without, 'regional-english').length, 1);
  });

  it('asks no metric of a daily routine with its deadline ("Daily … by 9:00")', () => {
    const findings = lint(resume(['Cut changeover time from 40 to 25 minutes on line 2', 'Daily shift reports sent to the plant manager by 8:30', 'Trained 6 operators on the new labeller']));
    assert.equal(of(findings, 'missing-metric').length, 0);
  });

  it('leaves the date of a signed declaration to the declaration finding', () => {
    const lines = ['# Ravi Kumar', 'ravi@example.com', '', '## Experience', '', '### Analyst, Acme (Jan 2020 – Dec 2022)', '', '- Cut report time by 40% for 12 analysts', '', '### Engineer, Beta (Jan 2023 – Present)', '', '- Built 3 dashboards used by 50 planners', '', '## Declaration', '', 'I hereby declare that the above is true.', '', 'Place: Pune', '', 'Date: 7/12/2026', ''];
    const findings = lint(lines);
    assert.equal(of(findings, 'date-format').filter((f) => /7\/12\/2026/.test(f.message)).length, 0);
    assert.equal(of(findings, 'regional-english').filter((f) => /hereby declare/.test(f.message)).length, 1);
  });

  it('does not translate a Spanish date of birth that personal-details asks to remove', () => {
    const yaml = ['cv:', '  name: Catalina Rojas', '  email: cata@example.com', '  sections:', '    personal_information:', '      - label: Date of birth', '        details: 22 de julio de 1992', '    experience:', '      - company: Jardin Infantil Sol', '        position: Educator', '        start_date: 2015-03', '        end_date: 2022-12', '        highlights:', '          - Planned daily activities for 18 children aged 2 to 4', ''];
    const findings = lint(yaml, 'resume.yaml');
    assert.equal(of(findings, 'regional-english').filter((f) => /julio/.test(f.message)).length, 0);
  });

  it('reads a lone short item that opens with a past-tense verb as the entry\'s bullet, not its role line', () => {
    const doc = (item: string) => parseResumeAs(['# Tomas Eriksen', 'tomas@example.com', '', '## Experience', '', '### Atlas Movers (Mar 2021 – Feb 2023)', '', `- ${item}`, ''].join('\n'), { path: 'resume.md' });
    assert.equal(doc('Booked moves for staff').bullets.length, 1);
    assert.equal(doc('Lead Engineer').bullets.length, 0, 'a role title stays the entry\'s field');
    assert.equal(doc('Senior Staff').bullets.length, 0);
  });
});

