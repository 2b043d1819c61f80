import assert from 'node:assert/strict';
import { fillerWord } from '../../../src/core/rules/filler-word';
import { findingsOf, inExperience, testRule } from '../../helpers/rule-tester';

testRule(fillerWord, {
  valid: [
    'Migrated a 2 TB PostgreSQL database to AWS RDS with 4 minutes of downtime.',
    'Built a real-time dashboard for 30 support agents.', // "real-time" is a compound, not "really"
    'Shipped the very first release of the scheduling app.', // "the very first": a fixed phrase
    'Presented at the Really Good Conference on caching.', // part of a name
  ],
  invalid: [
    // Session 21: fillers side by side are one finding, deleted together ("Very reduced …" otherwise).
    {
      code: 'Very successfully cut cloud spend by 18% across 6 teams.',
      underlines: ['Very successfully'],
      output: 'Cut cloud spend by 18% across 6 teams.',
    },
    {
      code: 'Successfully migrated a 2 TB database to AWS RDS.',
      underlines: ['Successfully'],
      output: 'Migrated a 2 TB database to AWS RDS.',
    },
    {
      code: 'Cut build times by a very large 60% for 12 teams.',
      underlines: ['very'],
      output: 'Cut build times by a large 60% for 12 teams.',
    },
    {
      code: 'Moved 40 sites to the new CDN seamlessly.',
      underlines: ['seamlessly'],
      output: 'Moved 40 sites to the new CDN.',
    },
    {
      code: 'Trained support staff to effectively triage 200 tickets a week.',
      underlines: ['effectively'],
      output: 'Trained support staff to triage 200 tickets a week.',
    },
  ],
});

describe('rule filler-word: the fix is safe only when the sentence stays whole', () => {
  const fixesOf = (bullet: string) => findingsOf(fillerWord, inExperience(bullet)).map((f) => f.fixes);

  it('is a style finding, not a vague one', () => assert.equal(fillerWord.category, 'style'));

  it('marks a clean deletion safe and preferred', () => {
    const [fixes] = fixesOf('Successfully rolled out SSO to 3 offices.');
    assert.equal(fixes.length, 1);
    assert.equal(fixes[0].safe, true);
    assert.equal(fixes[0].isPreferred, true);
  });

  // Deleting the word would change the claim: only a suggestion, never applied by Fix All.
  for (const bullet of [
    'Was not very involved in the vendor audit.',
    'The rewrite was not quite finished when the grant ended.',
    'Effectively doubled the on-call team overnight.',
    'Was effectively the release manager for 2 quarters.',
    "Didn't really ship the mobile client before launch.",
    'Wasn’t very involved in the 2 vendor audits.',
  ]) {
    it(`offers the deletion only as a suggestion: ${bullet}`, () => {
      const [fixes] = fixesOf(bullet);
      assert.equal(fixes.length, 1);
      assert.notEqual(fixes[0].safe, true);
      assert.notEqual(fixes[0].isPreferred, true);
    });
  }

  it('keeps manner adverbs safe: "communicated effectively", "to effectively triage"', () => {
    for (const bullet of ['Communicated the outage plan effectively to 4 teams.', 'Trained staff to effectively triage 200 tickets a week.']) {
      const [fixes] = fixesOf(bullet);
      assert.equal(fixes[0].safe, true, bullet);
    }
  });

  it('does not flag "quite" in a quantity idiom ("quite a few" is many, "a few" is not)', () => {
    assert.deepEqual(findingsOf(fillerWord, inExperience('Closed quite a few flaky-test tickets in 2 sprints.')), []);
    assert.equal(findingsOf(fillerWord, inExperience('Kept the 3 nightly jobs quite fast.')).length, 1);
  });

  it('offers no fix when deleting would leave empty brackets', () => {
    const [fixes] = fixesOf('Rebuilt the importer (successfully) in Go.');
    assert.deepEqual(fixes, []);
  });

  it('offers no fix when deleting would leave a dangling comma', () => {
    const [fixes] = fixesOf('Shipped the app, successfully, in 6 weeks.');
    assert.deepEqual(fixes, []);
  });
});
