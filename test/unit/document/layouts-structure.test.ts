// The parser on invented resumes for the layout classes added for issue #10's held-out resumes:
// raw LaTeX inside Markdown, tables (record rows and key-value tables), non-English section and month
// names, sections found by the outline's structure, hard-wrapped lines and bullets inside code fences.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResume } from '../../../src/core/document/parse';
import { findDateRange } from '../../../src/core/document/dates';
import { exactSectionKindOf, sectionKindOf } from '../../../src/core/document/section-kinds';
import { renderLatexInline } from '../../../src/core/document/latex-inline';
import type { Bullet, ResumeDocument } from '../../../src/core/document/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), 'utf8');
const texts = (bullets: Bullet[]) => bullets.map((b) => b.text);
const lineOf = (doc: ResumeDocument, offset: number) => doc.lines.positionAt(offset).line + 1;
const ym = (v?: number) => (v === undefined ? undefined : `${Math.floor(v / 12)}-${(v % 12) + 1}`);

/** Every character of every bullet maps to the same character in the source (line breaks read as spaces). */
function assertExactOffsets(doc: ResumeDocument): void {
  for (const b of doc.bullets) {
    assert.equal(b.offsets.length, b.text.length + 1, `offsets of "${b.text}"`);
    for (let i = 0; i < b.text.length; i++) {
      const src = doc.text[b.offsets[i]];
      assert.ok(src === b.text[i] || (b.text[i] === ' ' && /\s/.test(src)), `"${b.text}"[${i}] = ${JSON.stringify(b.text[i])} maps to ${JSON.stringify(src)}`);
    }
  }
}

describe('parseResume on structural layouts', () => {
  it('reads raw LaTeX inside Markdown as the PDF shows it: section lines, \\hfill dates, longtable rows, \\item bullets', () => {
    const doc = parseResume(fixture('latex-in-markdown.md'));
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [['header', ''], ['experience', 'WORK EXPERIENCE'], ['leadership', 'Service']]);
    assert.equal(lineOf(doc, doc.sections[1].headingRange!.start), 12, 'the heading is its own line, not the \\vspace before it');
    const [lab] = doc.sections[1].entries;
    assert.equal(lab.dates?.current, true);
    assert.equal(ym(lab.dates?.start), '2021-3');
    assert.deepEqual(texts(lab.bullets), ['Catalogued 1,200 plankton samples for the seasonal survey', 'Calibrated 4 salinity probes before each field trip']);
    const [reviewer, technician] = doc.sections[2].entries;
    assert.equal(reviewer.dates?.current, true, '2020-\\textbf{now}');
    assert.deepEqual(texts(reviewer.bullets), ['Reviewed 15 manuscripts on coastal food webs']);
    assert.equal(ym(technician.dates?.start), '2017-9');
    assert.equal(ym(technician.dates?.end), '2019-6');
    assert.deepEqual(texts(technician.bullets), ['Mapped 30 tide pools with a drone and open-source photogrammetry']);
    assert.equal(doc.profile.name, 'Noor Haddad');
    assert.equal(doc.profile.email, 'noor.haddad@example.com');
    assertExactOffsets(doc);
  });

  it('reads a longtable row of a date and a long bold title as an entry, however long the title', () => {
    const row = (date: string, title: string, place: string) =>
      `${date} & \\parbox[t]{0.85\\textwidth}{%\n\\textbf{${title}}\\\\[-0.1cm]{\\footnotesize ${place}}}\\\\[0.4cm]`;
    const doc = parseResume(
      [
        '## Invited Talks',
        '',
        '\\begin{longtable}{@{\\extracolsep{\\fill}}ll}',
        row('Mar 2024', 'Keynote at the fourth workshop of the Northern Soil Data Network on \'Sharing field measurements across regional archives\'', 'Tromsø, Norway'),
        row('Oct 2023', 'Seminar of the coastal ecology group', 'Online'),
        '\\end{longtable}',
        '',
      ].join('\n'),
    );
    const entries = doc.sections[1].entries;
    assert.deepEqual(entries.map((e) => e.dates?.raw), ['Mar 2024', 'Oct 2023']);
    assert.match(entries[0].heading.text, /^Mar 2024\s+Keynote at the fourth workshop/);
  });

  it('renders LaTeX inline text with styles and keeps text that is not LaTeX', () => {
    const plain = (t: string) => ({ text: t, offsets: [...Array(t.length + 1).keys()], styles: Array(t.length).fill(0) });
    const out = renderLatexInline(plain('\\textbf{Role}\\hfill{\\footnotesize Org}\\newline Place % note'), '\\textbf{Role}\\hfill{\\footnotesize Org}\\newline Place % note');
    assert.equal(out.text.replace(/ +/g, ' '), 'Role Org\n Place ');
    assert.equal(out.styles[0], 1, 'bold');
    const path = 'C:\\Users\\me';
    assert.equal(renderLatexInline(plain(path), path).text, path, 'a Windows path is not LaTeX');
  });

  it('reads record tables (a row with a date is an entry) and key-value tables (dates and bullets of the entry)', () => {
    const doc = parseResume(fixture('tables.md'));
    const [larkspur, boxwood] = doc.sections[1].entries;
    assert.equal(larkspur.heading.text, 'Larkspur Games | Gameplay Programmer | Feb 2022 – Present');
    assert.equal(larkspur.dates?.current, true);
    assert.equal(ym(boxwood.dates?.end), '2021-8');
    assert.equal(doc.sections[1].bullets.length, 0, 'table rows are entries, not bullets');
    const [ferry] = doc.sections[2].entries;
    assert.equal(lineOf(doc, ferry.heading.range.start), 12);
    assert.equal(ym(ferry.dates?.start), '2023-3');
    assert.equal(ym(ferry.dates?.end), '2023-7');
    assert.deepEqual(texts(ferry.bullets), ['Designed the seat map API and wrote the load tests'], 'Role, Team size and Environment are fields');
    assertExactOffsets(doc);
  });

  it('reads Spanish, French and German section and month names', () => {
    const doc = parseResume(fixture('multilingual.md'));
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience', 'education', 'skills', 'experience']);
    const [analyst] = doc.sections[1].entries;
    assert.equal(ym(analyst.dates?.start), '2021-1');
    assert.equal(analyst.dates?.current, true, 'Actualidad');
    assert.equal(ym(doc.sections[2].entries[0].dates?.end), '2020-12', 'Dic.');
    assert.equal(doc.sections[4].entries[0].dates?.current, true, 'bis heute');
    assert.equal(ym(findDateRange('janv. 2019 – août 2020')?.end), '2020-8');
    assert.equal(findDateRange('Set 2021 - Atual')?.current, true);
    assert.equal(ym(findDateRange('Mar/2023 – Present')?.start), '2023-3');
  });

  it('finds sections by the outline: siblings, headings above entry headings, and umbrella headings', () => {
    const doc = parseResume(fixture('outline.md'));
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.title]),
      [
        ['header', ''],
        ['skills', 'Skills'],
        ['experience', 'Experience'],
        ['projects', 'Pet Projects'],
        ['experience', 'Work History'],
        ['other', 'Languages'],
        ['experience', 'Academic Work'],
        ['publications', 'Publications'],
      ],
    );
    const [support] = doc.sections[4].entries;
    assert.equal(support.dates?.start, 2019 * 12, 'the date line under a role heading');
    assert.deepEqual(texts(doc.sections[3].bullets), ['A terminal file manager written in Rust, with plugins loaded at run time and a preview pane.']);
  });

  it('names section kinds by the head noun of the first conjunct', () => {
    assert.equal(exactSectionKindOf('Academic Research'), 'research');
    assert.equal(exactSectionKindOf('Research Experience'), 'research');
    assert.equal(exactSectionKindOf('Skills Summary'), 'skills');
    assert.equal(exactSectionKindOf('Experience & Projects'), 'experience');
    assert.equal(exactSectionKindOf('Personal Projects'), 'projects');
    assert.equal(exactSectionKindOf('Invited Talks'), 'other');
    assert.equal(exactSectionKindOf('Resume'), undefined);
    assert.equal(sectionKindOf('Private Practice / Freelance'), 'experience');
  });

  it('joins hard-wrapped lines, reads bullets in code fences and the description of a loose list item', () => {
    const doc = parseResume(fixture('wrapped-and-fenced.md'));
    const [fennel, freelance] = doc.sections[1].entries;
    assert.match(fennel.heading.text, /warehouse systems coordinator/, 'a job title list item is a field');
    assert.equal(fennel.dates?.current, true, 'the dates heading under the role');
    assert.deepEqual(texts(fennel.bullets), [
      'Owner of the scanning and routing software for two warehouses.',
      "Replaced the label printers' driver stack, cutting misprints by a third across both sites.",
      'Moved the routing service to containers and wrote the runbook the night shift uses.',
    ]);
    assert.equal(freelance.dates?.start, 2016 * 12);
    assert.deepEqual(texts(freelance.bullets), ['Built booking sites for small hotels in the region; kept them running for five years.']);
    assertExactOffsets(doc);
  });
  it('reads "Research Summary" as a summary of the field, not a research section; "Skills Summary" stays skills', () => {
    assert.equal(exactSectionKindOf('Research Summary'), 'summary');
    assert.equal(exactSectionKindOf('Research Overview'), 'summary');
    assert.equal(exactSectionKindOf('Research Experience'), 'research');
    assert.equal(exactSectionKindOf('Skills Summary'), 'skills');
    const doc = parseResume('# Kai Moreno\n\n## Research Summary\n\nPlant ecologist studying drought tolerance in grassland species across three continents.\n\n## Experience\n\n### Field Technician, Prairie Lab — 2020 – 2023\n\n- Sampled 400 plots\n');
    assert.equal(doc.sections[1].kind, 'summary');
  });

  it('keeps undated bold lines under a dated role heading inside that role: its company line, its sub-projects, its tech line', () => {
    const md = [
      '# Rosa Quintero', '', '## Experience', '',
      '### Analytics Engineer, Tidewater Freight, Mar 2022 - Present',
      '**Fleet telemetry warehouse for a regional carrier**', '',
      '- Modelled 40 telemetry tables into a star schema in dbt',
      '- Cut the nightly load from 3 hours to 50 minutes', '',
      '**Customer churn dashboard for the sales team**', '',
      '- Built a Looker dashboard used by 25 account managers', '',
      '### Data Analyst (Jun 2019 -- Feb 2022)',
      '**Harbour Bank — Lisbon**', '',
      '- Automated 12 weekly reports with Python', '',
      '### Kelp Labs | Jan 2018 - May 2019', '',
      '> Route planning for delivery vans', '',
      '**Go, Redis**', '',
      '- Wrote the solver that assigns 300 stops a day', '',
    ].join('\n');
    const doc = parseResume(md);
    const entries = doc.sections[1].entries;
    assert.deepEqual(entries.map((e) => e.heading.text.split('\n')[0]), [
      'Analytics Engineer, Tidewater Freight, Mar 2022 - Present',
      'Data Analyst (Jun 2019 -- Feb 2022)',
      'Kelp Labs | Jan 2018 - May 2019',
    ]);
    assert.equal(entries[0].bullets.length, 3, 'both sub-projects group bullets of the one role');
    assert.match(entries[1].heading.text, /Harbour Bank/, 'the bold line right under the heading is its company');
    assert.ok(texts(entries[2].bullets).includes('Wrote the solver that assigns 300 stops a day'), 'a two-name tech line is not the next entry');
  });

  it('still opens a new entry for a dated bold line under a dated role heading', () => {
    const md = ['# Ana Li', '', '## Experience', '', '### Acme Robotics (2019 – 2023)', '',
      '**Senior Engineer, Jan 2021 – Dec 2023**', '', '- Led the arm firmware rewrite', '',
      '**Engineer, Jan 2019 – Dec 2020**', '', '- Wrote the motor driver tests', ''].join('\n');
    const entries = parseResume(md).sections[1].entries;
    assert.equal(entries.length, 3);
    assert.deepEqual(texts(entries[2].bullets), ['Wrote the motor driver tests']);
  });
});
