// Stop 56, from judge45's wrong findings on blind set 45. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;

describe('rules: stop 56', () => {
  it('leaves "--" alone in a resume.md-shaped file (smarty sets it as an en dash) and still flags it in plain Markdown', () => {
    const entries = (heading: (title: string, dates: string) => string) => [
      '# Lena Ortiz',
      '',
      '- <lena@example.com>',
      '',
      '## Experience',
      '',
      heading('Data Intern, Northwind Freight', 'May 2025 -- Aug 2025'),
      '',
      '- Built a dashboard of 40 lane-level delay metrics for 12 dispatchers',
      '',
      heading('Analyst, Lakeview Books', 'Jan 2023 -- Apr 2025'),
      '',
      '- Cut month-end close from 6 days to 4 by scripting 3 reconciliations',
      '',
    ];
    const dash = (lines: string[]) => lint(lines).filter((f) => f.ruleId === 'date-format' && /--/.test(f.message));
    assert.equal(dash(entries((t, d) => `### <span>${t}</span> <span>${d}</span>`)).length, 0);
    assert.equal(dash(entries((t, d) => `### ${t} (${d})`)).length, 2);
  });

  it('reads an amount after a currency sign written in letters (Rp, Rs, RM) as a number', () => {
    for (const amount of ['Rp 4,2 miliar', 'Rs 12 lakh', 'RM 1,300']) {
      const findings = lint(['# Dewi Lestari', 'dewi@example.com', '', '## Experience', '', '### Analyst, Kampung Data (2021 – 2023)', '', `- Presented a ${amount} fraud-loss review to the directors`, '']);
      assert.equal(findings.filter((f) => f.ruleId === 'missing-metric').length, 0, amount);
    }
  });

  it('reads an entry with no end written that starts inside the one above it as nested, not as current and out of order', () => {
    const resume = (second: object) =>
      JSON.stringify({
        basics: { name: 'Deniz Kaya', email: 'deniz@example.com' },
        education: [
          { institution: 'Anadolu Coast Technical University', area: 'Civil Engineering', studyType: 'Licence', startDate: '2014-09', endDate: '2019-06' },
          second,
        ],
      }, null, 2);
    const order = (text: string) => lint([text], 'resume.json').filter((f) => f.ruleId === 'reverse-chronological');
    assert.equal(order(resume({ institution: 'Danube Technical University', area: 'Exchange semester', startDate: '2017-09' })).length, 0);
    // Started after the entry above ended and still running: newer, so out of order.
    assert.equal(order(resume({ institution: 'Danube Technical University', area: 'MSc', startDate: '2023-09' })).length, 1);
  });

  it('reads a pagedown resume: the name from "author", its name section as the header, and first person in its summary', () => {
    const text = [
      '---',
      'title: "Resume"',
      'author: Minh Anh Pham',
      'output: pagedown::html_resume',
      '---',
      '',
      'Aside',
      '================================================================================',
      '',
      'Contact Info {#contact}',
      '--------------------------------------------------------------------------------',
      '',
      '- minh@example.com',
      '',
      'Main',
      '================================================================================',
      '',
      'Minh Anh Pham {#title}',
      '--------------------------------------------------------------------------------',
      '',
      '### Data analyst',
      '',
      'I am a data analyst with four years of experience in retail forecasting and reporting.',
      '',
      'Experience {data-icon=suitcase}',
      '--------------------------------------------------------------------------------',
      '',
      '### Analyst',
      '',
      'Lotus Retail',
      '',
      'Hanoi',
      '',
      '2021 - 2024',
      '',
      '- Built 14 weekly sales dashboards for 60 store managers',
      '',
    ];
    const doc = parseResumeAs(text.join('\n'), { path: 'resume.Rmd' });
    assert.equal(doc.profile.name, 'Minh Anh Pham');
    const first = lint(text, 'resume.Rmd').filter((f) => f.ruleId === 'first-person');
    assert.equal(first.length, 1);
  });

  it("reads twentysecondcv's photo and birth-date macros as personal details, not a month and year", () => {
    const tex = (date: string) => [
      '\\documentclass{twentysecondcv}',
      '\\profilepic{joy_2x2.jpg}',
      '\\cvname{Joy Reyes}',
      `\\cvdate{${date}}`,
      '\\cvmail{joy@example.com}',
      '\\begin{document}',
      '\\makeprofile',
      '\\section{Experience}',
      '\\end{document}',
      '',
    ];
    const details = (date: string) => lint(tex(date), 'cv.tex').filter((f) => f.ruleId === 'personal-details').map((f) => f.message);
    const found = details('14 March 1994');
    assert.ok(found.some((m) => /photos/.test(m)));
    assert.ok(found.some((m) => /birth dates/.test(m)));
    assert.ok(!details('June 2024').some((m) => /birth dates/.test(m)));
  });

  it('reads a phone number written in spaced groups of X\'s as a placeholder, once, and leaves a Roman numeral alone', () => {
    const placeholders = (line: string) => lint(['# Ana Lima', 'ana@example.com', '', '## References', '', line, '']).filter((f) => f.ruleId === 'placeholder');
    assert.equal(placeholders('Tel: +254 7XX XXX XXX, grace@example.com').length, 1);
    assert.equal(placeholders('Phone: (416) XXX XXX XXXX').length, 1);
    assert.equal(placeholders('Volunteer at Super Bowl XXX').length, 0);
  });

  it('reports a JSON Resume highlight holding a line break and a second item, and not a plain highlight', () => {
    const resume = (highlights: string[]) =>
      JSON.stringify({ basics: { name: 'Deniz Kaya', email: 'deniz@example.com' }, work: [{ name: 'Kiyi Yapi', position: 'Site Engineer', startDate: '2021-01', endDate: '2023-06', highlights }] }, null, 2);
    const wrong = (highlights: string[]) => lint([resume(highlights)], 'resume.json').filter((f) => f.ruleId === 'renders-wrongly');
    assert.equal(wrong(['Designed the shoring for a 2-level basement\n- Coordinated 14 site inspections']).length, 1);
    assert.equal(wrong(['Designed the shoring for a 2-level basement', 'Coordinated 14 site inspections']).length, 0);
  });

  it('asks work in a care role how many patients it served, and the same work elsewhere its own question', () => {
    const ask = (role: string, bullet: string) =>
      lint(['# Ana Lima', 'ana@example.com', '', '## Experience', '', `### ${role} (2019 – 2021)`, '', `- ${bullet}`, '']).find((f) => f.ruleId === 'missing-metric')?.message ?? '';
    assert.match(ask('Staff Nurse, Harbour Hospital', 'Documented assessments in Epic and scanned medications'), /patients/);
    assert.match(ask('Dental Hygienist, Bayside Dental', 'Applied fluoride varnish and sealants'), /patients/);
    assert.doesNotMatch(ask('Technical Writer, Harbour Software', 'Documented the deployment process'), /patients/);
  });

  it('reads "Attended" with people as its object as "atender" (to serve), and attending a meeting as exposure', () => {
    const weak = (bullet: string) => lint(['# Ana Lima', 'ana@example.com', '', '## Experience', '', '### Clerk, Puerto Sur (2019 – 2021)', '', `- ${bullet}`, '']).find((f) => f.ruleId === 'weak-opening');
    const serving = weak('Attended the customs agents and the clients by phone');
    assert.match(serving!.message, /atender/);
    assert.equal(serving!.fixes?.length ?? 0, 0);
    assert.match(weak('Attended weekly progress meetings')!.message, /exposure/);
  });

  it('reads a LaTeX line above the first section that prints only "Curriculum Vitae" as a CV title', () => {
    const tex = (title: string) => ['\\documentclass{article}', '\\begin{document}', title, '\\section{Experience}', 'Audit associate', '\\end{document}', ''];
    const cv = (title: string) => lint(tex(title), 'cv.tex').filter((f) => f.ruleId === 'regional-english' && /titles the page/.test(f.message));
    assert.equal(cv('\\centerline{\\bf CURRICULUM VITAE}').length, 1);
    assert.equal(cv('\\centerline{\\bf Faith Wanjiru}').length, 0);
  });

  it('reads RenderCV date fields as the theme prints them: no format finding on "2023-05", one on a free-text date in another shape', () => {
    const yaml = [
      'cv:',
      '  name: Joao Lima',
      '  email: joao@example.com',
      '  sections:',
      '    experience:',
      '      - company: Lumen Apps',
      '        position: Android Engineer',
      '        start_date: 2023-05',
      '        end_date: present',
      '        highlights:',
      '          - Shipped 3 releases a month to 40,000 users',
      '      - company: Kite Labs',
      '        position: Developer',
      '        start_date: 2020-11',
      '        end_date: 2023-03',
      '        highlights:',
      '          - Cut crash rate from 2% to 0.4% in 6 months',
      '      - company: Norte Tech',
      '        position: Intern',
      '        date: 03/2019 – 11/2019',
      '        highlights:',
      '          - Wrote 120 unit tests for the billing module',
      '',
    ];
    const formats = lint(yaml, 'cv.yaml').filter((f) => f.ruleId === 'date-format');
    assert.ok(formats.every((f) => !/2023-05|2020-11|2023-03/.test(f.message)), formats.map((f) => f.message).join('\n'));
    assert.ok(formats.some((f) => /03\/2019/.test(f.message)));
  });

  it('leaves definition lists alone in a Jekyll page (kramdown renders them) and still reports them in plain Markdown', () => {
    const page = (front: string[]) => [...front, '# Ama Owusu', '', 'ama@example.com', '', '## Skills', '', 'Languages', ': English, Twi', '', '## Experience', '', '### Pharmacy Technician, Elm Pharmacy (2021 – 2024)', '', '- Filled 180 prescriptions a day', ''];
    const dl = (lines: string[]) => lint(lines).filter((f) => f.ruleId === 'renders-wrongly' && /definition list/.test(f.message));
    assert.equal(dl(page(['---', 'layout: resume', 'permalink: /resume/', '---', ''])).length, 0);
    assert.equal(dl(page([])).length, 1);
  });

  it('reads a RenderCV "date: Since Feb 2024" as going on, a passive of approval as an outcome, and a "Software" section as skills', () => {
    const yaml = [
      'cv:',
      '  name: Joao Lima',
      '  email: joao@example.com',
      '  sections:',
      '    volunteering:',
      '      - company: Community Coding Club',
      '        position: Mentor',
      '        date: Since Feb 2024',
      '        highlights:',
      '          - Teach a monthly Kotlin workshop for 15 students',
      '',
    ];
    assert.equal(lint(yaml, 'cv.yaml').filter((f) => f.ruleId === 'tense-mismatch').length, 0);
    const passives = lint(['# Ana Lima', 'ana@example.com', '', '## Experience', '', '### Analyst, Acme (2019 – 2021)', '', '- The churn model was approved for production by the board', '']).filter((f) => f.ruleId === 'passive-voice');
    assert.equal(passives.length, 0);
    const doc = parseResumeAs(['# Ana Lima', '', '## Software', '', 'Revit, Rhino, AutoCAD', ''].join('\n'), { path: 'resume.md' });
    assert.equal(doc.sections.find((sec) => sec.title === 'Software')?.kind, 'skills');
  });

  it('reads an sb2nov item with an empty title from its text, and a label before a verb as a label', () => {
    const tex = [
      '%-------------------------',
      '% Resume in Latex',
      '\\documentclass{article}',
      '\\newcommand{\\resumeItem}[2]{\\item\\small{\\textbf{#1}{: #2}}}',
      '\\begin{document}',
      '\\section{Experience}',
      '\\textbf{Backend Intern, Hanbit Logistics} \\hfill Jun 2024 -- Aug 2024',
      '\\begin{itemize}',
      '  \\resumeItem{}{Worked on various backend tasks with the platform team}',
      '  \\resumeItem{Export job}{Implement a nightly export of 2.3M records in Python}',
      '\\end{itemize}',
      '\\end{document}',
      '',
    ];
    const findings = lint(tex, 'resume.tex');
    assert.ok(findings.some((f) => f.ruleId === 'weak-opening'), findings.map((f) => f.ruleId).join(', '));
    assert.ok(findings.some((f) => f.ruleId === 'tense-mismatch'));
    // Nothing is read from the comment block above the class.
    assert.ok(!findings.some((f) => f.range.start < 40 && f.ruleId === 'missing-metric'));
  });

  it('says a decimal comma once, leaves a Spanish term in brackets after the English alone, and reads "Assisted to" an event as attended', () => {
    const regional = (bullet: string) => lint(['# Ana Lima', 'ana@example.com', '', '## Experience', '', '### Analyst, Acme (2019 – 2021)', '', `- ${bullet}`, '']).filter((f) => f.ruleId === 'regional-english' || f.ruleId === 'weak-opening');
    assert.equal(regional('Measured nitrate from 12,5 to 86,3 mg/L in 40 wells').length, 2);
    assert.equal(regional('Completed a 6-month supply chain internship (práctica profesional) at 3 plants').length, 0);
    const attended = regional('Assisted to the Andean Data Science Congress 2023 and presented a poster');
    assert.deepEqual(attended.map((f) => f.ruleId), ['regional-english']);
  });
});

