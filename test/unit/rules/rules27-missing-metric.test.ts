import assert from 'node:assert/strict';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { findingsOf } from '../../helpers/rule-tester';
import { lint } from '../../../src/core/lint';

// Rules 27: more outcomes stated in words that a number would not sharpen: an assessment ended clean,
// a result clause whose subject is negated ("so no …"), a class of findings removed by the work, problems
// found before release or fixed before use, being featured, others' standing use. Invented lines.
describe('rule missing-metric (rules 27): outcomes stated without a number', () => {
  const messages = (bullet: string) =>
    findingsOf(missingMetric, `## Experience\n\n### Engineer, Brindle Works — Jan 2022 – Present\n\n- ${bullet}\n`).map((f) => f.message);

  it('an assessment or a launch that ended clean', () => {
    assert.deepEqual(messages('Prepared the weighbridge calibration file for the county inspection, which closed with no open findings.'), []);
    assert.deepEqual(messages('Cut the depot over to the new dispatch system without any downtime.'), []);
    assert.equal(messages('Prepared the weighbridge calibration file for the county inspection.').length, 1);
    // A bare "without downtime" is a constraint on how the work was done, not its result.
    assert.equal(messages('Refactored the legacy billing module without downtime.').length, 1);
  });

  it('a result clause whose subject is negated', () => {
    assert.deepEqual(messages('Moved the signing keys into the hardware module, so no build host keeps a private key on disk.'), []);
    assert.equal(messages('Moved the signing keys into the hardware module.').length, 1);
  });

  it('findings or flaws removed by the work, in a clause about it', () => {
    assert.deepEqual(messages('Rewrote the upload handler with strict type checks, which removed the path-traversal findings from the yearly audit.'), []);
    // Vulnerabilities eliminated are a count to give (how many, how severe), not an audit's outcome.
    assert.equal(messages('Hardened the booking portal by finding and eliminating cross-site scripting vulnerabilities.').length, 1);
  });

  it('problems found before release, or fixed before anyone used the work', () => {
    assert.deepEqual(messages('Load-tested the booking API and found a connection leak before release 2.0 went live.'), []);
    assert.deepEqual(messages('Reviewed the partner import feature and reported two injection flaws; both were fixed before the first customer upload.'), []);
    assert.equal(messages('Load-tested the booking API.').length, 1);
  });

  it('being featured by others is the result', () => {
    assert.deepEqual(messages('Featured by Google in the Play Store "Editors\' Choice" list after the 2023 redesign.'), []);
    assert.equal(messages('Featured the new menu items on the store website.').length, 1);
    // Coverage in the press is asked for its reach (an earlier decision); being chosen by a platform is not.
    assert.equal(messages('Featured in the regional trade press.').length, 1);
  });

  it('others\' standing use, in a clause about the work', () => {
    assert.deepEqual(messages('Replaced the paper rota with a scheduling sheet that the wards now use for every weekend.'), []);
    assert.equal(messages('Replaced the paper rota with a scheduling sheet that we now use.').length, 1);
  });
});


describe('rule missing-metric (rules 27): a RenderCV value cut by a comment', () => {
  const yaml = (highlight: string) => ['cv:', '  name: Ana Ruiz', '  email: ana@mail.example', '  sections:', '    experience:', '      - company: Acme', '        position: Analyst', '        start_date: 2022-01', '        end_date: 2024-06', '        highlights:', `          - ${highlight}`, ''].join('\n');
  it('asks nothing of the stub a " #" comment left', () => {
    const found = lint(yaml('Ranked #3 of 25 teams in the regional data challenge'), { path: 'cv.yaml' });
    assert.equal(found.filter((f) => f.ruleId === 'missing-metric').length, 0);
    assert.equal(found.filter((f) => f.ruleId === 'renders-wrongly').length, 1);
    assert.equal(lint(yaml('Wrote the onboarding guide for the analytics team'), { path: 'cv.yaml' }).filter((f) => f.ruleId === 'missing-metric').length, 1);
  });
});
