import assert from 'node:assert/strict';
import { dateFormat } from '../../../src/core/rules/date-format';
import { applyEdits, fixAllEdits } from '../../../src/core/fixes';
import { findingsOf } from '../../helpers/rule-tester';

// Round 13: Fix All rewrites a date range whole or not at all — never "January – Apr 2026".
describe('rule date-format (round 13): a range changes as a whole', () => {
  const resume = (first: string, others: [string, string]) =>
    `## Experience\n\n### Analyst, Acme — ${first}\n\n- Built 3 reports.\n\n### Intern, Initech — ${others[0]}\n\n- Built 2 tools.\n\n### Clerk, Hooli — ${others[1]}\n\n- Filed 400 claims.\n`;
  const fixAll = (text: string) => applyEdits(text, fixAllEdits(findingsOf(dateFormat, text)));

  it('takes a month without its year along with the date it shares the year with', () => {
    const text = resume('January – April 2026', ['Feb 2024 – Aug 2024', 'Sep 2022 – Dec 2022']);
    const fixed = fixAll(text);
    assert.match(fixed, /Acme — Jan – Apr 2026\n/);
    assert.doesNotMatch(fixed, /January/);
  });

  it('writes the lone month in full when full names win', () => {
    const text = resume('Jan – Apr 2026', ['February 2024 – August 2024', 'September 2022 – December 2022']);
    assert.match(fixAll(text), /Acme — January – April 2026\n/);
  });

  it('leaves the range alone when the winning format has no form for a lone month', () => {
    const text = resume('January – April 2026', ['02/2024 – 08/2024', '09/2022 – 12/2022']);
    const [f] = findingsOf(dateFormat, text);
    assert.equal(f.fixes.length, 0);
    assert.match(f.message, /whole range/);
    assert.equal(fixAll(text), text);
  });

  it('still rewrites a range whose ends both carry a year, one date at a time', () => {
    const text = resume('January 2025 – April 2026', ['Feb 2024 – Aug 2024', 'Sep 2022 – Dec 2022']);
    assert.match(fixAll(text), /Acme — Jan 2025 – Apr 2026\n/);
  });
});
