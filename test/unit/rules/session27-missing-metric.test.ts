import assert from 'node:assert/strict';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { findingsOf } from '../../helpers/rule-tester';

// Session 27: "trained" read by what was trained. A model is measured by its data and accuracy; a
// trainee line ("Trained in the shop on …") has no one trained and no number to ask for. Invented lines.
describe('rule missing-metric (session 27): training given, received, or of a model', () => {
  const messages = (bullet: string) =>
    findingsOf(missingMetric, `## Experience\n\n### Analyst, Copperleaf Mills — Jan 2021 – Dec 2022\n\n- ${bullet}\n`).map((f) => f.message);

  it('a trained model is asked for its data and accuracy, not for people', () => {
    const [m] = messages('Trained a sentiment model on a rented GPU for labelling product reviews.');
    assert.match(m, /data|accuracy/);
    assert.doesNotMatch(m, /people/);
    const first = messages("I have trained an intent classifier model on the help desk's chat transcripts.");
    assert.equal(first.length, 1);
    assert.doesNotMatch(first[0], /people/);
  });

  it('training received is not work to measure', () => {
    assert.deepEqual(messages('Trained in the welding shop on pipe fitting and bead inspection.'), []);
    assert.deepEqual(messages('Trained on the warehouse inventory system during onboarding.'), []);
  });

  it('training people is still asked how many and what they achieved', () => {
    assert.match(messages('Trained new hires on the returns process.')[0], /people/);
    assert.match(messages('Coached new tellers in fraud checks.')[0], /people/);
    // The system they were trained on is the lesson, not a model trained.
    assert.match(messages('Trained new hires on the POS system.')[0], /people/);
  });
});
