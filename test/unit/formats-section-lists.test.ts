// Resume shapes read from blind set 39: al-folio's `_data/cv.yml` (a top-level list of titled
// sections), currvita's \begin{cvlist}{Title} sections, and the headings "Areas of Competence" and
// "Registration & Licensure". All resumes are invented.
import { strict as assert } from 'node:assert';
import { parseResumeAs } from '../../src/core/formats';
import { detectFormat } from '../../src/core/formats/detect';
import { lintDocument } from '../../src/core/lint';

describe('formats: sections written as a list or an environment', () => {
  const alFolio = [
    '- title: General Information',
    '  type: map',
    '  contents:',
    '    - name: Full Name',
    '      value: Mariam Tesfaye',
    '    - name: E-mail',
    '      value: mariam@example.com',
    '- title: Experience',
    '  type: time_table',
    '  contents:',
    '    - title: Warehouse Planner',
    '      institution: Northgate Freight, Laval',
    '      year: 2023 - present',
    '      description:',
    '        - Planned 40 inbound containers a week for three retail clients.',
    '        - Cut detention fees by 30% by booking dock slots two days ahead.',
    '- title: Education',
    '  type: time_table',
    '  contents:',
    '    - title: B.Sc. Logistics',
    '      institution: Université de Montréal',
    '      year: 2019 - 2022',
    '',
  ].join('\n');

  it("reads al-folio's list of titled sections: the person, entries with role, organisation and dates, bullets", () => {
    assert.equal(detectFormat(alFolio, '_data/cv.yml'), 'rendercv');
    const doc = parseResumeAs(alFolio, { path: '_data/cv.yml' });
    assert.equal(doc.profile.email, 'mariam@example.com');
    const work = doc.sections.find((s) => s.kind === 'experience');
    assert.ok(work, JSON.stringify(doc.sections.map((s) => s.kind)));
    const entry = work.entries[0];
    assert.equal(entry.role, 'Warehouse Planner');
    assert.equal(entry.organisation, 'Northgate Freight, Laval');
    assert.ok(entry.dates?.current, JSON.stringify(entry.dates));
    assert.deepEqual(
      doc.bullets.map((b) => b.text.slice(0, 12)),
      ['Planned 40 i', 'Cut detentio'],
    );
    assert.ok(doc.sections.some((s) => s.kind === 'education'));
  });

  it('leaves a YAML list that is no resume alone', () => {
    assert.notEqual(detectFormat('- title: Home\n  url: /\n- title: Blog\n  url: /blog/\n', 'nav.yml'), 'rendercv');
  });

  it("reads currvita's \\begin{cvlist}{Work Experience} as a section and its headings by their words", () => {
    const tex = [
      '\\documentclass{article}',
      '\\usepackage{currvita}',
      '\\begin{document}',
      '\\begin{cv}{Ana Lima}',
      '\\begin{cvlist}{Work Experience}',
      '\\item[2022 -- 2024] Staff Nurse, Harbour Clinic',
      '\\begin{itemize}',
      '  \\item Triaged 30 walk-in patients a shift.',
      '\\end{itemize}',
      '\\end{cvlist}',
      '\\begin{cvlist}{Areas of Competence}',
      '\\item Wound care, IV therapy',
      '\\end{cvlist}',
      '\\begin{cvlist}{Registration \\& Licensure}',
      '\\item[2021] Registered Nurse',
      '\\end{cvlist}',
      '\\end{cv}',
      '\\end{document}',
    ].join('\n');
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    assert.deepEqual(
      doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind),
      ['experience', 'skills', 'certifications'],
    );
    assert.ok(doc.bullets.some((b) => b.text.startsWith('Triaged 30')));
  });
});

describe('markdown: a line of dates over the entry it dates', () => {
  it('dates the entry under a line that holds only its dates (markdown-cv), and tense-mismatch reads them', () => {
    const md = [
      '# Nok Srisai',
      'nok@example.com · linkedin.com/in/nok-srisai',
      '',
      '## Work Experience',
      '',
      '`Jun 2023 - Present`',
      '__F&B Supervisor, *Harbor Hotel*__, Seattle',
      '- Lead a team of 14 servers across 2 restaurants',
      '',
      '`2017 - 2023`',
      '__Banquet Captain, *Sunbird Resort*__, Phuket',
      '- Ran 60 weddings a season for up to 400 guests',
      '- Handle guest complaints for 300 rooms a night',
      '',
    ].join('\n');
    const doc = parseResumeAs(md, { path: 'index.md' });
    const work = doc.sections.find((s) => s.kind === 'experience')!;
    assert.equal(work.entries.length, 2, JSON.stringify(work.entries.map((e) => e.heading.text)));
    assert.ok(work.entries[0].dates?.current);
    assert.equal(work.entries[1].dates?.raw, '2017 - 2023');
    const findings = lintDocument(doc, { today: '2026-12-01' }).findings;
    const tense = findings.filter((f) => f.ruleId === 'tense-mismatch');
    assert.deepEqual(tense.map((f) => md.slice(f.range.start, f.range.end)), ['Handle']);
    assert.ok(!findings.some((f) => f.ruleId === 'reverse-chronological'));
  });
});
