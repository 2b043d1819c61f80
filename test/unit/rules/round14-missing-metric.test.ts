import assert from 'node:assert/strict';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { findingsOf } from '../../helpers/rule-tester';

// Round 14: a frequency in words is a number; a talk at a routine internal forum is not asked for
// an audience count; presenting is not asked software's question because a technology names the topic.
describe('rule missing-metric (round 14): frequencies, routine forums, presenting', () => {
  const messages = (bullet: string) =>
    findingsOf(missingMetric, `## Experience\n\n### Engineer, Acme — Jan 2024 – Present\n\n- ${bullet}\n`).map((f) => f.message);

  it('"twice a week" states the scale of a recurring practice, like "three times a month"', () => {
    assert.deepEqual(messages('Review pull requests with the platform lead twice a week.'), []);
    assert.deepEqual(messages('Meet the support team once per sprint to triage defects.'), []);
    // without the frequency the line is still asked
    assert.equal(messages('Review pull requests with the platform lead.').length, 1);
  });

  it('a talk at a team meeting, journal club or reading group is left alone', () => {
    assert.deepEqual(messages('Presented findings at the weekly lab meeting.'), []);
    assert.deepEqual(messages('Presented a paper at the internal NLP reading group.'), []);
    // a talk elsewhere is still asked whom it reached
    assert.match(messages('Presented findings to the leadership team.')[0], /readers, attendees/);
  });

  it('presenting is asked its own question when a technology only names the topic', () => {
    assert.match(messages('Presented results at the regional ML meetup.')[0], /readers, attendees/);
  });
});
