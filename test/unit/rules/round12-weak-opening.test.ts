import assert from 'node:assert/strict';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { findingsOf, inExperience } from '../../helpers/rule-tester';

// Round 12: suggestions that would change the claim or break the sentence are not offered.
describe('rule weak-opening (round 12): suggestions', () => {
  const texts = (bullet: string) => (findingsOf(weakOpening, inExperience(bullet))[0]?.fixes ?? []).map((f) => f.edits[0].newText);

  it('reads a rotation as shared when a time adverbial follows it ("every 4 weeks")', () => {
    for (const b of ['Was responsible for the pager rotation every 4 weeks.', 'Responsible for weekend rotation each month.']) {
      const got = texts(b);
      assert.ok(!got.some((t) => /^(Owned|Led|Managed|Own|Lead|Manage)$/.test(t)), `${b} → ${got}`);
    }
    // A thing one owns, with the same adverbial, still gets an ownership verb.
    assert.ok(texts('Was responsible for the billing service every quarter.').includes('Owned'));
  });

  it('offers no rewrite when a list goes on with a noun after a rewritten -ing word', () => {
    // "Planned menus, ordered and staff scheduling" would not read.
    assert.deepEqual(texts('Responsible for planning menus, ordering and staff scheduling.'), []);
    // All verbs: every one is rewritten.
    assert.ok(texts('Responsible for planning menus, ordering supplies and cleaning the kitchen.').some((t) => /^Planned menus, ordered supplies and cleaned$/.test(t)), texts('Responsible for planning menus, ordering supplies and cleaning the kitchen.').join('|'));
  });
});
