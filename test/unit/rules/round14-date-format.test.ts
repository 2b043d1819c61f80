import assert from 'node:assert/strict';
import { dateFormat } from '../../../src/core/rules/date-format';
import { findingsOf } from '../../helpers/rule-tester';

// Round 14: year-first numeric dates with "/" or "." are a format of their own, and each entry votes once.
describe('rule date-format (round 14): year-first numeric forms, one vote per entry', () => {
  const resume = (a: string, b: string, c: string) =>
    `## Experience\n\n### Analyst, Acme — ${a}\n\n- Built 3 reports.\n\n### Intern, Initech — ${b}\n\n- Built 2 tools.\n\n### Clerk, Hooli — ${c}\n\n- Filed 400 claims.\n`;
  const flagged = (text: string) => findingsOf(dateFormat, text).map((f) => text.slice(f.range.start, f.range.end));

  it('flags "2023/06 – 2023/09" among month-name dates and rewrites it', () => {
    const text = resume('Feb 2024 – Aug 2024', '2023/06 – 2023/09', 'Sep 2022 – Dec 2022');
    assert.deepEqual(flagged(text), ['2023/06', '2023/09']);
    assert.match(findingsOf(dateFormat, text)[0].fixes[0].title, /"Jun 2023"/);
  });

  it('flags dotted "2021.04" forms even when they outnumber the named dates', () => {
    const text = resume('Oct 2022 – present', '2021.04 – 2021.08', '2019.03 – 2020.01');
    // rules19: dots are never spread to a month-name date (reviewers judged that wrong twice); beside
    // one, the dotted dates are rewritten with names.
    assert.deepEqual(flagged(text), ['2021.04', '2021.08', '2019.03', '2020.01']);
  });

  it('a one-to-one tie between entries goes to month names', () => {
    const text = `## Experience\n\n### Clerk, Acme — Mar 2024 – Now\n\n- Filed 40 claims.\n\n### Tutor, Initech — 10/2021 – 04/2023\n\n- Tutored 6 students.\n`;
    assert.deepEqual(flagged(text), ['10/2021', '04/2023']);
  });

  it('a dotted format used everywhere is not flagged, and "2024.1" is not read as a month', () => {
    assert.deepEqual(flagged(resume('03.2024 – Present', '06.2022 – 02.2024', '01.2021 – 05.2022')), []);
    assert.deepEqual(flagged(resume('2024.1 – Present', 'Jun 2022 – Feb 2024', 'Jan 2021 – May 2022')), []);
  });
});
