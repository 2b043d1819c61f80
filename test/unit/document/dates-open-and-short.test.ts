// Date shapes read in resumes written outside the team: a range left open by a dash alone ("05.2022–"),
// two-digit years after an apostrophe ("'13–'16"), and an accomplishment with a year in brackets that
// is not an entry's heading. Invented lines only.
import assert from 'node:assert/strict';
import { findDateRange } from '../../../src/core/document/dates';
import { isOrgDateLine } from '../../../src/core/document/line-kinds';
import { parseResume } from '../../../src/core/document/parse';

describe('dates: open ranges and apostrophe years', () => {
  it('reads a range with nothing after its dash as still open', () => {
    for (const text of ['03.2021–', '2019 - ', 'Acme Robotics (2021–)', 'Sep 2023 —<br>']) {
      const found = findDateRange(text);
      assert.ok(found, text);
      assert.equal(found.current, true, text);
      assert.equal(found.end, undefined, text);
    }
    assert.equal(findDateRange('2024-05')?.current, false, 'an ISO month is not an open range');
  });

  it('reads an open end said with a preposition: "– till now", "up to present", "– to date"', () => {
    for (const text of ['01.2020 – till now', 'April 2018 up to present', 'Feb 2021 - to date', '2017 till date', 'Oct 2022 – until now']) {
      const found = findDateRange(text);
      assert.ok(found, text);
      assert.equal(found.raw, text, text);
      assert.equal(found.current, true, text);
    }
    const closed = findDateRange('2015 up to 2018');
    assert.equal(closed?.end, 2018 * 12, 'a closed range with "up to" keeps its end');
    assert.equal(findDateRange('Worked up to 2018')?.raw, '2018', 'a lone year after "up to" is a single date');
  });

  it("reads '13–'16 as a range of years and a lone '13 as no date", () => {
    const found = findDateRange("'13–'16");
    assert.ok(found);
    assert.equal(found.start, 2013 * 12);
    assert.equal(found.end, 2016 * 12);
    assert.deepEqual(found.formats, ["'YY", "'YY"]);
    assert.equal(findDateRange("quoted in '13 interviews"), undefined);
  });

  it('does not read a verb and its object with a year as an organisation line', () => {
    assert.equal(isOrgDateLine('Completed the Azure Fundamentals Certificate (2023)'), false);
    assert.equal(isOrgDateLine('Applied Materials, Santa Clara, 2019 – 2021'), true);
  });

  it('keeps bullets with a year under the entry of a labelled block', () => {
    const doc = parseResume(
      [
        '# Rosa Diaz',
        '',
        'rosa@example.com',
        '',
        '## Experience',
        '',
        '**Employer:** Lakeshore Credit Union  ',
        '**Title:** Member Services Rep  ',
        "**Dates:** '15–'18",
        '',
        '- Opened 30+ accounts a week with a 99% audit score',
        '- Completed the Microsoft Excel Expert certification (2017)',
        '',
      ].join('\n'),
    );
    const entries = doc.sections.flatMap((s) => s.entries);
    assert.equal(entries.length, 1, entries.map((e) => e.heading.text).join(' | '));
    assert.equal(entries[0].bullets.length, 2);
    assert.equal(entries[0].dates?.start, 2015 * 12);
  });
});
