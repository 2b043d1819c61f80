// Two roles stacked under one employer, before the bullets: one entry whose dates span both.
// Invented resumes only.
import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';
import { lintDocument } from '../../../src/core/lint';

const RESUME = [
  '# Mina Kovac',
  'mina@example.com',
  '',
  '## Experience',
  '',
  '### Halden Freight, Oslo',
  '',
  '**Engineering Manager** · Apr 2023 – present',
  '**Senior Engineer** · Feb 2020 – Apr 2023',
  '',
  '- Own the routing platform roadmap for 3 teams (14 engineers)',
  '- Cut failed deliveries 18% by rebuilding address validation in Go',
  '',
  '### Brisk Parcel, Bergen',
  '',
  '**Software Engineer** · Jun 2017 – Jan 2020',
  '',
  '- Built the courier app backend serving 4,000 drivers',
  '',
].join('\n');

describe('parse: roles stacked under one employer', () => {
  it('reads the second role line as the same entry, its dates spanning both roles', () => {
    const doc = parseResume(RESUME);
    const entries = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.equal(entries.length, 2);
    assert.equal(entries[0].bullets.length, 2);
    assert.equal(entries[0].dates?.current, true);
    assert.equal(entries[0].dates?.start, 2020 * 12 + 1);
  });

  it('does not report the current role\'s present tense as a finished job', () => {
    const findings = lintDocument(parseResume(RESUME)).findings.filter((f) => f.ruleId === 'tense-mismatch');
    assert.deepEqual(findings, []);
  });

  it('keeps two employers on adjacent lines as two entries', () => {
    const doc = parseResume(['# A B', '', '## Experience', '', '**Halden Freight, Oslo** · 2020 – 2023', '**Brisk Parcel, Bergen** · 2017 – 2020', ''].join('\n'));
    assert.equal(doc.sections.find((s) => s.kind === 'experience')!.entries.length, 2);
  });
});

describe('parse: a summary written as prose', () => {
  it('opens no entry on a wrapped sentence that names a year', () => {
    const doc = parseResume([
      '# Ana Ruiz', '', '## Summary', '', 'Nurse with six years in cardiac care, now moving into informatics.',
      'I have been the unit\'s charting super-user since 2020 and I am finishing a certificate in Health',
      'Informatics at Lakeview College (expected May 2027). Careful with data.', '', '## Experience', '',
      '**Charge Nurse**, Lakeview Hospital, 2021 – Present', '', '- Trained 30 nurses on the new charting system', '',
    ].join('\n'));
    assert.deepEqual(doc.sections.find((s) => s.kind === 'summary')!.entries, []);
    assert.equal(doc.sections.find((s) => s.kind === 'experience')!.entries.length, 1);
  });
});

describe('parse: Pandoc header attributes', () => {
  it('reads "# Technical Skills {.unnumbered}" as the Skills section', () => {
    const doc = parseResume(['# Ana Ruiz', '', '# Experience {#work .unnumbered}', '', '- Built a thing in Go for 3 teams', '', '# Technical Skills {.unnumbered}', '', 'Go, SQL', ''].join('\n'));
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]).slice(1), [['experience', 'Experience'], ['skills', 'Technical Skills']]);
  });

  it('reads "## Role {-}" under "# Experience {.unnumbered}" as an entry, not a section', () => {
    const doc = parseResume([
      '---', 'title: Ana Ruiz', '---', '', '# Summary {.unnumbered}', '', 'Nurse of six years.', '',
      '# Experience {.unnumbered}', '', '## Charge Nurse, Cardiac Unit {-}', '*Lakeview Hospital* | 2021--present', '',
      '- Trained 30 nurses on the new charting system', '', '## Staff Nurse {-}', '*Lakeview Hospital* | 2018--2021', '',
      '- Cared for 5 patients a shift', '', '# Education {.unnumbered}', '', '**BSN**, Lakeview College, 2018', '',
    ].join('\n'));
    assert.deepEqual(doc.sections.map((s) => s.kind).slice(1), ['summary', 'experience', 'education']);
    assert.deepEqual(doc.sections[2].entries.map((e) => [e.title, e.bullets.length]), [['Charge Nurse, Cardiac Unit', 1], ['Staff Nurse', 1]]);
  });

  it('keeps braces that are the heading\'s own words', () => {
    const doc = parseResume(['# Ana Ruiz', '', '## Projects', '', '### {fmt} contributions', ''].join('\n'));
    assert.ok(doc.sections.some((s) => s.entries.some((e) => e.heading.text.includes('{fmt}'))));
  });
});

describe('parse: labelled dates under an education heading', () => {
  it('reads "- **dates:** 2020 - 2022" as the entry\'s dates, not a new entry', () => {
    const doc = parseResume(['# Ana Ruiz', '', '## Education', '', '### MS, Solid State Physics', '', '- **dates:** 2020 - 2022', '- **place:** Northfield University', ''].join('\n'));
    const entry = doc.sections.find((s) => s.kind === 'education')!.entries[0];
    assert.equal(entry.dates?.raw, '2020 - 2022');
  });
});
