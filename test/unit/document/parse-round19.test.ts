// Shapes from Markdown resumes written outside the team: a company line ending in a legal form with its
// period ("Harbor Freight Lines, Inc.") between an entry's title and its dates, and ranges whose open
// end is said with a preposition ("– till now"). Invented resumes only.
import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';

describe('parseResume: round 19 shapes', () => {
  it('reads a company line ending in "Inc." as the entry\'s field, not a bullet', () => {
    const doc = parseResume(
      ['## Experience', '', '**Dispatcher**', 'Harbor Freight Lines, Inc.', 'May 2015 - Jan 2018', '', '- Routed 40 trucks a day across 3 states.', ''].join('\n'),
    );
    const exp = doc.sections.find((s) => s.kind === 'experience')!;
    assert.equal(exp.entries.length, 1);
    assert.equal(exp.entries[0].dates?.raw, 'May 2015 - Jan 2018');
    assert.deepEqual(exp.bullets.map((b) => b.text), ['Routed 40 trucks a day across 3 states.']);
  });

  it('reads "– till now" as a current range in an entry', () => {
    const doc = parseResume(['## Experience', '', '### Tester — Nordlys GmbH', '04.2021 – till now', '', '- Wrote 300 API tests in Python.', ''].join('\n'));
    const entry = doc.sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.equal(entry.dates?.current, true);
    assert.equal(entry.dates?.raw, '04.2021 – till now');
  });

  it('reads a layout table: the column headed "Experience" holds entries and bullets', () => {
    const doc = parseResume(
      [
        '# Noor Haddad', '',
        '| Skills | Experience |',
        '|---|---|',
        '| Python, SQL | **Data Analyst, Cedar Health** · Mar 2022 – present |',
        '| Tableau | • Built 14 dashboards used by 6 clinics. |',
        '| dbt | Snowflake | • Cut report build time from 3 hours to 20 minutes. |',
        '| | **Intern, Birch Labs** · Jun 2021 – Aug 2021 |',
        '| | • Cleaned 2 years of survey data in pandas. |',
        '',
      ].join('\n'),
    );
    const exp = doc.sections.find((s) => s.kind === 'experience')!;
    assert.ok(exp, 'an experience section');
    assert.deepEqual(exp.entries.map((e) => e.dates?.raw), ['Mar 2022 – present', 'Jun 2021 – Aug 2021']);
    assert.deepEqual(exp.entries.map((e) => e.bullets.length), [2, 1]);
    // The row with an unescaped "|" in its first cell still has its bullet in the last column.
    assert.equal(exp.entries[0].bullets[1].text, 'Cut report build time from 3 hours to 20 minutes.');
  });

  it('reads a record table row by row as before (its header names no section)', () => {
    const doc = parseResume(['## Experience', '', '| Company | Role | Period |', '|---|---|---|', '| Cedar Health | Analyst | 2022 – 2024 |', '| Birch Labs | Intern | 2021 – 2021 |', ''].join('\n'));
    assert.equal(doc.sections.filter((s) => s.kind === 'experience').length, 1);
    assert.equal(doc.sections.find((s) => s.kind === 'experience')!.entries.length, 2);
  });

  it('dates an undated entry from the line under it that opens with a range and a note', () => {
    const doc = parseResume(['## Experience', '', '### Career break', '03.2020 – 01.2021 — caring for a parent; took 2 online courses.', '', '### Clerk — Ash Books', '2017 – 2019', '', '- Shelved 500 books a week.', ''].join('\n'));
    const entries = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.equal(entries[0].dates?.raw, '03.2020 – 01.2021');
    assert.equal(entries[0].dates?.end, 2021 * 12);
  });

  it('splits an entry line at a LaTeX-style " -- " and keeps "at" in a school\'s name', () => {
    const doc = parseResume(['## Education', '', '**University of Illinois at Chicago** -- B.S. in Physics, 2019 -- 2023', ''].join('\n'));
    const entry = doc.sections.find((s) => s.kind === 'education')!.entries[0];
    assert.equal(entry.title, 'University of Illinois at Chicago');
    assert.equal(entry.organisation, 'B.S. in Physics');
    assert.equal(entry.dates?.end, 2023 * 12);
  });
});
