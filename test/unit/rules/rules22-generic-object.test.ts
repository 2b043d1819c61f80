import assert from 'node:assert/strict';
import { genericObject } from '../../../src/core/rules/generic-object';
import { findingsOf, inExperience } from '../../helpers/rule-tester';

const shown = (bullet: string) => findingsOf(genericObject, inExperience(bullet)).map((f) => f.message.match(/^"([^"]+)"/)?.[1]);

describe('generic-object: variety words and list closers on heads that name no work (rules22)', () => {
  it('reads "various other <head>" as one phrase', () => {
    assert.deepEqual(shown('Restocked the cooler, cleaned the fryers and various other tasks.'), ['various other tasks']);
  });
  it('does not let a modifier rescue a head that names no kind of work', () => {
    assert.deepEqual(shown('Helped with various office tasks at the front desk.'), ['various office tasks']);
    // A head that names a kind of thing is still rescued by its modifier.
    assert.deepEqual(shown('Built various billing integrations for Stripe and Adyen.'), []);
  });
  it('reports "and other tasks" closing a list as items not named', () => {
    const found = findingsOf(genericObject, inExperience('Sorted the mail, booked couriers and other duties as assigned.'));
    assert.deepEqual(found.map((f) => f.message.match(/^"([^"]+)"/)?.[1]), ['other duties']);
    assert.match(found[0].message, /items you did not name/);
  });
  it('leaves "and other" alone when the kinds follow, or on a head that names a kind', () => {
    assert.deepEqual(shown('Handled refunds and other tasks such as weekly stock counts for 2 stores.'), []);
    assert.deepEqual(shown('Built 3 dashboards and other tools for the sales team.'), []);
  });
});
