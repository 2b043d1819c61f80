// Stop 63, from blind resume set 62: a LaTeX class whose entries are "\name{org}{dates}" commands with
// hand-made bullets drawn by a command of its own, and an outliner's page (every line a "- " block).
// Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { isOutlinePage, outlineAsMarkdown } from '../../src/core/document/outline';

const entriesOf = (text: string, path: string, kind: string) =>
  parseResumeAs(text, { path }).sections.find((s) => s.kind === kind)?.entries.map((e) => ({ org: e.organisation, dates: e.dates?.raw, bullets: e.bullets.map((b) => b.text) }));

describe('LaTeX: a class\'s dated entry command and its own bullet command (stop 63)', () => {
  const tex = [
    '\\documentclass{quillresume}',
    '\\begin{document}',
    '\\section{Experience}',
    '\\jobentry{Harrow Bay Logistics}{Jun 2026 -- Aug 2026}',
    '\\jobline{Data Engineering Intern}{Halifax, NS}',
    '\\jobdetail{',
    '    \\smallskip',
    '    \\dotbullet\\ Moved 14 nightly reports from cron scripts to Airflow',
    '    \\smallskip',
    '    \\dotbullet\\ Wrote data checks that caught 3 bad loads in the first month',
    '}',
    '\\jobentry{Campus Library}{Sep 2024 -- Apr 2026}',
    '\\jobdetail{',
    '    \\dotbullet\\ Shelved returns',
    '}',
    '\\section{Education}',
    '\\jobentry{Lakehead Polytechnic}{}',
    '\\jobline{Diploma in Computer Systems}{Thunder Bay, ON}',
    '\\end{document}',
  ].join('\n');

  it('reads each command with a name and a date range at the start of a line as an entry, and each signed line as a bullet', () => {
    assert.deepEqual(entriesOf(tex, 'resume.tex', 'experience'), [
      { org: 'Harrow Bay Logistics', dates: 'Jun 2026 – Aug 2026', bullets: ['Moved 14 nightly reports from cron scripts to Airflow', 'Wrote data checks that caught 3 bad loads in the first month'] },
      { org: 'Campus Library', dates: 'Sep 2024 – Apr 2026', bullets: ['Shelved returns'] },
    ]);
  });

  it('reads the same command with its date left empty as an undated entry', () => {
    assert.deepEqual(entriesOf(tex, 'resume.tex', 'education'), [{ org: 'Lakehead Polytechnic', dates: undefined, bullets: [] }]);
  });
});

describe('an outliner page read as the Markdown it shows (stop 63)', () => {
  const page = [
    'tags:: resume',
    '',
    '- # AMARA OSEI',
    '\t- amara@example.com · linkedin.com/in/amara-osei',
    '- ## EXPERIENCE',
    '\t- **Field Engineering Intern** — Prairie Wind Co-op · May 2026 – Aug 2026',
    '\t  id:: 64a1c2d3-0000-4000-8000-000000000000',
    '\t\t- Commissioned 6 inverters at a 4 MW solar site',
    '\t\t- Worked on various tasks',
    '\t- **Lab Assistant** — Campus Physics Lab · Sep 2024 – Apr 2026',
    '\t\t- Set up 120 lab stations each term',
    '- SKILLS',
    '  heading:: true',
    '\t- Python, AutoCAD, ETAP',
  ].join('\n');

  it('knows the page and keeps every offset', () => {
    assert.ok(isOutlinePage(page));
    const md = outlineAsMarkdown(page)!;
    assert.equal(md.length, page.length);
    assert.match(md.split('\n')[4], /^## +EXPERIENCE$/);
    assert.match(md.split('\n')[6], /^ *$/);
    assert.ok(!isOutlinePage('# Resume\n\n- one\n- two\n- three\n- four\n- five\n- six\n- seven\n- eight'));
  });

  it('reads its sections, entries and bullets', () => {
    const doc = parseResumeAs(page, { path: 'resume.md' });
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience', 'skills']);
    assert.deepEqual(entriesOf(page, 'resume.md', 'experience'), [
      { org: 'Prairie Wind Co-op', dates: 'May 2026 – Aug 2026', bullets: ['Commissioned 6 inverters at a 4 MW solar site', 'Worked on various tasks'] },
      { org: 'Campus Physics Lab', dates: 'Sep 2024 – Apr 2026', bullets: ['Set up 120 lab stations each term'] },
    ]);
  });
});

describe('Markdown: a dated list item under a school\'s dated heading (stop 63)', () => {
  it('is a detail of the school, not another school', () => {
    const md = ['# Ana', '', '## Education', '', '### Northshore University — BSc Physics · Sep 2023 – May 2027', '- Cumulative GPA: 3.6/4.0 · Dean\'s List Fall 2024', '- Top student in Optics, 2025', '- Riverside College — Diploma · 2021 – 2023'].join('\n');
    const entries = entriesOf(md, 'resume.md', 'education')!;
    assert.equal(entries.length, 2);
    assert.deepEqual(entries[0].bullets, ['Cumulative GPA: 3.6/4.0 · Dean\'s List Fall 2024', 'Top student in Optics, 2025']);
  });
});
