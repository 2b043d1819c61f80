// A range of full dates, day first as most of the world writes them ("01/02/2017 – 30/11/2023"), or
// month first when the day cannot be first ("11/30/2023"). Invented lines only.
import assert from 'node:assert/strict';
import { findDateRange } from '../../../src/core/document/dates';
import { lint } from '../../../src/core/lint';

describe('dates: full dates with a day', () => {
  it('reads a day-first range and its months', () => {
    const found = findDateRange('**Bookkeeper** — Brindle S.A.S., Cali — 01/02/2017 – 30/11/2023');
    assert.ok(found);
    assert.equal(found.start, 2017 * 12 + 1);
    assert.equal(found.end, 2023 * 12 + 10);
    assert.equal(findDateRange('11/30/2023 – 04/15/2024')?.start, 2023 * 12 + 10);
  });

  it('opens an entry, so its bullets get their own role\'s tense', () => {
    const text = [
      '# Ana Ruiz', 'ana@mail.example', '', '## Experience', '',
      '**Analyst** — Brindle Foods, Lima — March 2024 – Present', '', '- Reconciles 400 invoices a month.', '',
      '**Bookkeeper** — Brindle S.A.S., Cali — 01/02/2017 – 30/11/2023', '', '- In charge of the monthly closing for 3 companies.', '',
    ].join('\n');
    const weak = lint(text).find((f) => f.ruleId === 'weak-opening')!;
    assert.ok(weak.fixes.length > 0);
    for (const f of weak.fixes) assert.match(f.edits[0].newText, /ed$|^Led$/);
    // The month and year inside a full date are no "MM.YYYY" of their own.
    assert.equal(lint(text).filter((f) => f.ruleId === 'date-format' && /11\/2023|02\/2017/.test(f.message)).length, 0);
  });
});
