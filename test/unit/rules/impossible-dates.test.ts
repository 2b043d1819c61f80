import assert from 'node:assert/strict';
import { impossibleDates } from '../../../src/core/rules/impossible-dates';
import { parseResume } from '../../../src/core/document/parse';
import { lintDocument } from '../../../src/core/lint';
import { testRule, inExperience } from '../../helpers/rule-tester';

const role = (dates: string, bullet = 'Built a billing service in Go for 3 markets.') => inExperience(bullet, `### Backend Developer, Finch — ${dates}`);
const TODAY = { rules: { 'impossible-dates': { today: '2025-06-15' } } };

testRule(impossibleDates, {
  valid: [
    { doc: true, code: role('Sep 2021 – May 2023') },
    { doc: true, code: role('2021 – 2021') },
    { doc: true, code: role('Jan 2023 – Present') },
    // Without today's date, the calendar check does not run (core has no clock).
    { doc: true, code: role('Jan 2030 – Apr 2030') },
    // An upcoming internship described in the future tense is fine.
    { doc: true, code: role('Jan 2026 – Apr 2026', 'Will build the fraud-scoring service.'), config: TODAY },
    // Education: a future date is an expected graduation.
    { doc: true, code: '## Education\n\n### BSc Computer Science, McGill — 2024 – 2028\n\n- Dean’s list.\n', config: TODAY },
    // A validity date or a booked exam is in the future by design.
    { doc: true, code: '## Certifications\n\n- Ontario RN licence, active through March 2026\n- Scrum Master exam booked for October 2025\n', config: TODAY },
  ],
  invalid: [
    { doc: true, code: role('Sep 2023 – May 2021'), underlines: ['Sep 2023 – May 2021'], message: 'ends before it starts' },
    { doc: true, code: role('2023 – 2021'), underlines: ['2023 – 2021'] },
    { doc: true, code: role('Jan 2026 – Apr 2026'), config: TODAY, underlines: ['Jan 2026 – Apr 2026'], message: 'starts after today' },
    { doc: true, code: '## Certifications\n\n- Scrum Master, October 2025\n', config: TODAY, underlines: ['October 2025'], message: 'after today' },
  ],
});

describe('rule impossible-dates: today from the lint options', () => {
  it('takes today from the edge that runs the lint', () => {
    const text = role('Jan 2026 – Apr 2026');
    const run = (today?: string) =>
      lintDocument(parseResume(text), { rules: [impossibleDates], config: { markdownlint: false }, today }).findings.length;
    assert.equal(run(), 0);
    assert.equal(run('2025-06-15'), 1);
    assert.equal(run('2026-06-15'), 0);
  });
});
