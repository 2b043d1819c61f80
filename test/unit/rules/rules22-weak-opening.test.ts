import assert from 'node:assert/strict';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { findingsOf, inExperience } from '../../helpers/rule-tester';

const shown = (bullet: string) => findingsOf(weakOpening, inExperience(bullet)).map((f) => f.message.match(/^"([^"]+)"/)?.[1]);

describe('weak-opening: "do" on an indefinite object, at any length (rules22)', () => {
  it('names the empty verb when its object is left open ("some", "various", "whatever")', () => {
    assert.deepEqual(shown('Did some filing and phone stuff for the two partners most days.'), ['Did']);
    assert.deepEqual(shown('Did various other jobs around the warehouse when it was quiet.'), ['Did']);
  });
  it('leaves a long "Did" line with a definite object to the judge', () => {
    assert.deepEqual(shown('Did the monthly payroll reconciliation for 40 staff across 3 sites.'), []);
  });
});

describe('weak-opening: "Participated" with any preposition (rules22)', () => {
  it('reads "Participated on/of" as the same duty phrase as "Participated in"', () => {
    assert.deepEqual(shown('Participated on the quarterly stock audits for the branch.'), ['Participated']);
    assert.deepEqual(shown('Participated of the weekly shelf counts at the store.'), ['Participated']);
  });
  it('still prefers the longer phrase "Participated in"', () => {
    assert.deepEqual(shown('Participated in the quarterly stock audits for the branch.'), ['Participated in']);
  });
});
