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
});
