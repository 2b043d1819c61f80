// Stop 61, from judge58's wrong findings on blind set 58. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;
const of = (findings: ReturnType<typeof lint>, rule: string) => findings.filter((f) => f.ruleId === rule);

describe('rules: stop 61', () => {
  it('reads contacts from front matter items a template prints, whatever their keys', () => {
    const findings = lint([
      '---',
      'name: Ilse Brandt',
      'header:',
      '  - text: ilse.brandt@example.com',
      '    link: mailto:ilse.brandt@example.com',
      '  - text: ibrandt',
      '    link: https://github.com/ibrandt',
      '  - text: LinkedIn',
      '    link: https://www.linkedin.com/in/ilse-brandt',
      '---',
      '',
      '## Experience',
      '',
      '**Backend Intern**, Kestrel Labs (May 2026 – Aug 2026)',
      '',
      '- Built a Go service that parses 2 million invoices a day',
      '- Wrote a TypeScript SDK for the billing API used by 14 teams',
      '',
    ]);
    assert.deepEqual(of(findings, 'missing-contact').map((f) => f.message), []);
  });

  it("takes three '~' definitions or more (oh-my-cv's date rows) as a layout, and one among ordinary lines as a slip", () => {
    const layout = ['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', 'Backend Intern, Kestrel Labs', '  ~ 05/2026 – 08/2026', '', '- Built a Go service for 40 clinics', '', 'Tutor, Hollis College', '  ~ 01/2025 – 12/2025', '', '- Tutored 30 students a week', '', 'Cashier, Corner Shop', '  ~ 2023 – 2024', ''];
    assert.deepEqual(of(lint(layout), 'renders-wrongly').filter((f) => /definition list/.test(f.message)), []);
    const slip = ['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', 'Backend Intern, Kestrel Labs', '~ 05/2026 – 08/2026', '', '- Built a Go service for 40 clinics', ''];
    const found = of(lint(slip), 'renders-wrongly').filter((f) => /definition list/.test(f.message));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /"Backend Intern, Kestrel Labs" and the "~ …" line below/);
    // ":" definitions in plain Markdown are Pandoc syntax, however many.
    const colons = ['# Ilse Brandt', 'ilse@example.com', '', '## Personal details', '', 'Nationality', ': German', '', 'Languages', ': German, English', '', 'Work permit', ': Open work permit', ''];
    assert.equal(of(lint(colons), 'renders-wrongly').filter((f) => /definition list/.test(f.message)).length, 3);
  });

  it("leaves an oh-my-cv resume's definition rows alone (its front matter header items)", () => {
    const ohMyCv = ['---', 'name: Ilse Brandt', 'header:', '  - text: ilse@example.com', '    link: mailto:ilse@example.com', '---', '', '## Education', '', '**Hollis University**', ': Kingston, ON', '', '- Thesis on flaky tests', ''];
    assert.deepEqual(of(lint(ohMyCv), 'renders-wrongly').filter((f) => /definition list/.test(f.message)), []);
  });

  it('leaves an emoji shortcode alone (":iphone:" is no misspelt product)', () => {
    const findings = lint(['# Ilse Brandt', '', '| **Mobile** | :iphone: +1 555 0100 |', '| **E-mail** | ilse@example.com |', '', '## Experience', '', '- Built an iPhone app used by 3,000 riders', '']);
    assert.deepEqual(of(findings, 'tech-spelling').map((f) => f.message), []);
  });

  it('dates a school by the heading right above it ("### 2018 – 2022: BSc …" over "**The University**")', () => {
    const findings = lint([
      '# Ilse Brandt',
      'ilse@example.com',
      '',
      '## Education',
      '',
      '### 2018 – 2022: Bachelor of Science in Mechanical Engineering',
      '**Hollis University of Technology**, Dar es Salaam',
      '- Final year project: a solar maize dryer that cut drying time from 5 days to 2',
      '',
      '### Master of Science in Mechanical Engineering',
      '**Kestrel State University**, Terre Haute, IN',
      '- Thesis on phase-change cold storage',
      '',
    ]);
    const undated = of(findings, 'missing-graduation-date').map((f) => f.message);
    assert.ok(!undated.some((m) => /Hollis/.test(m)), undated.join('\n'));
    assert.ok(undated.some((m) => /Kestrel State|Master of Science/.test(m)), undated.join('\n'));
  });

  it("reads 'Attending weekly group meetings' as attending meetings, not the Spanish 'atender' of people", () => {
    const findings = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', '### Research Assistant, Hollis University (2025 – Present)', '', '- Attending weekly group meetings and presenting my progress', '- Attended the clients at the front desk', '']);
    const weak = of(findings, 'weak-opening').map((f) => f.message);
    assert.ok(!weak.some((m) => /Attending.*atender/.test(m)), weak.join('\n'));
    assert.ok(weak.some((m) => /Attended.*atender/.test(m)), weak.join('\n'));
  });

  it("leaves a membership line under Voluntary Work, and still flags 'Member of' in a job's bullets", () => {
    const voluntary = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Voluntary Work', '', '- Member of the volunteer fire brigade of Kirchzarten since 2016', '']);
    assert.deepEqual(of(voluntary, 'weak-opening').map((f) => f.message), []);
    const job = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', '### Intern, Kestrel Labs (2025)', '', '- Member of the team that kept the build pipeline running', '']);
    assert.equal(of(job, 'weak-opening').length, 1);
  });
});

describe('duplicate-bullet: a bullet written again with a few words more (stop 61)', () => {
  it('reports it within one entry', () => {
    const findings = lint([
      '# Ilse Brandt',
      'ilse@example.com',
      '',
      '## Experience',
      '',
      '### Barista, Corner Cafe (2023 – 2024)',
      '',
      '- Served customers and operated the cash register',
      '- Trained two new baristas on the espresso machine',
      '- Served customers and operated the cash register during busy hours',
      '',
      '### Cashier, Hollis Market (2022)',
      '',
      '- Served customers and operated the cash register at weekends',
      '- Built a weekly stock sheet in Excel that the owner used for 40 suppliers',
      '',
    ]);
    const added = of(findings, 'duplicate-bullet').filter((f) => /with a few words added/.test(f.message));
    assert.equal(added.length, 1, of(findings, 'duplicate-bullet').map((f) => f.message).join('\n'));
    assert.match(added[0].message, /repeats the bullet on line 8 with a few words added/);
  });
});

describe('judge59 (stop 61)', () => {
  it("leaves 'very' that opens a spelt-out acronym ('very high frequency (VHF)'), and still flags a very large claim", () => {
    const findings = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Projects', '', '### Radio receiver (2025)', '', '- Built a very high frequency (VHF) receiver for weather balloons, decoding 30 launches', '- Cleaned a very large dataset of 2 million rows', '']);
    const fillers = of(findings, 'filler-word').map((f) => f.message);
    assert.equal(fillers.length, 1, fillers.join('\n'));
  });

  it("asks a teaching assistant's marked 'tests' and 'reports' for students, not test cases or records", () => {
    const findings = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', '### Teaching Assistant, Hollis University (2024 – 2025)', '', '- Corrected tests and homeworks', '- Marked lab reports and exams', '']);
    const asks = of(findings, 'missing-metric').map((f) => f.message);
    assert.equal(asks.length, 2, asks.join('\n'));
    assert.ok(asks.every((m) => /students or submissions/.test(m)), asks.join('\n'));
  });

  it('suggests cutting an undated high school beside a university degree', () => {
    const findings = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Education', '', '### MSc Biomedical Engineering, Hollis University (2025 – present)', '', '### Jacaranda State High School', '', '- Senior studies in physics and chemistry', '']);
    const undated = of(findings, 'missing-graduation-date').map((f) => f.message);
    assert.equal(undated.length, 1, undated.join('\n'));
    assert.match(undated[0], /leave high school out\. Cut it/);
  });
});

describe('missing-metric: a written report is read (stop 61)', () => {
  it('asks whom a written report reached, not how much data it holds', () => {
    const findings = lint(['# Ilse Brandt', 'ilse@example.com', '', '## Experience', '', '### Design Intern, Kestrel Medical (2025)', '', '- Wrote the design verification report for the Class II licence application', '']);
    const asks = of(findings, 'missing-metric').map((f) => f.message);
    assert.equal(asks.length, 1, asks.join('\n'));
    assert.match(asks[0], /whom it reached/);
  });
});

describe('first-person: a LaTeX heading (judge60, stop 61)', () => {
  it("does not read 'me' in \\section{About me} as a pronoun, and still reads the text under it", () => {
    const tex = ['\\documentclass{article}', '\\begin{document}', '\\section{About me}', 'I am a data student who likes maps.', '\\section{Experience}', '\\begin{itemize}', '\\item Built a map server for 40 clinics', '\\end{itemize}', '\\end{document}', ''];
    const found = of(lint(tex, 'resume.tex'), 'first-person').map((f) => f.message);
    assert.equal(found.length, 1, found.join('\n'));
    assert.match(found[0], /"I"/);
  });
});
