import assert from 'node:assert/strict';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { findMetrics } from '../../../src/core/nlp/metrics';
import { findingsOf } from '../../helpers/rule-tester';

// Rules 23: outcomes that happened, stated in words (an honour received, the work funded, people who
// used it for a decision, a before/after contrast, problems fixed before release, a competition stage
// reached), and a count in parentheses after a noun that otherwise leads a number ("line (12 presses)").
describe('rule missing-metric (rules 23): outcomes stated without a number', () => {
  const messages = (bullet: string) =>
    findingsOf(missingMetric, `## Experience\n\n### Engineer, Brindle Works — Jan 2022 – Present\n\n- ${bullet}\n`).map((f) => f.message);

  it('an award or prize received is the result', () => {
    assert.deepEqual(messages('Received the Harbour Guild safety award for the press retrofit.'), []);
    assert.deepEqual(messages('Was given the plant quality prize in 2024 for the inspection jig.'), []);
    // an award as a modifier, or organised for others, is not one received
    assert.equal(messages('Organized the quarterly award ceremony for the plant.').length, 1);
  });

  it('work funded, approved or merged, said in a clause about it', () => {
    assert.deepEqual(messages('Drafted the aims section of the foundation grant, which was funded in 2024.'), []);
    assert.deepEqual(messages('Wrote the zoning proposal for the depot, which was later approved by council.'), []);
    assert.equal(messages('Drafted the aims section of the foundation grant.').length, 1);
  });

  it('people who used the work for a decision of their own', () => {
    assert.deepEqual(messages('Wrote the churn study the pricing team used to rework its bundles.'), []);
    // a passive "used to" after a thing is not people using it
    assert.equal(messages('Maintained the scripts used to deploy the billing service.').length, 1);
  });

  it('a result clause that contrasts after with before', () => {
    assert.deepEqual(messages('Moved the parts catalogue into a shared wiki so technicians find drawings by part number instead of asking the office.'), []);
    assert.equal(messages('Moved the parts catalogue into a shared wiki.').length, 1);
  });

  it('problems fixed before release, and a competition stage reached', () => {
    assert.deepEqual(messages('Audited the checkout forms with keyboard-only users and fixed focus-trap issues before launch.'), []);
    assert.deepEqual(messages('Coached the chess club to the provincial finals in 2021.'), []);
    assert.deepEqual(messages('Led the robotics squad to the state semi-finals.'), []);
    assert.equal(messages('Coached the chess club after school.').length, 1);
  });

  it('a count in parentheses is a count even after a word that usually leads a name', () => {
    assert.deepEqual(
      findMetrics('Commissioned the stamping line (12 presses).').map((m) => m.text),
      ['12'],
    );
    // a version in parentheses stays a name
    assert.deepEqual(findMetrics('Ported the scripts to Python (3.12).'), []);
    assert.deepEqual(messages('Commissioned the stamping line (12 presses).'), []);
  });
});
