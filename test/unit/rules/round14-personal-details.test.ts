import assert from 'node:assert/strict';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { findingsOf } from '../../helpers/rule-tester';

// Round 14: a label that ends in an abbreviation keeps its period ("Passport No.:").
describe('rule personal-details (round 14): abbreviated labels with a period', () => {
  const personal = (line: string) => `## Personal Information\n\n- Languages: English, Tamil\n- ${line}\n`;

  it('flags "Passport No.:" and "ID No. –" like "Passport No:"', () => {
    for (const line of ['Passport No.: Z1234567', 'Passport No.: on request', 'ID No. – 55-0192', 'Passport No: Z1234567']) {
      const found = findingsOf(personalDetails, personal(line));
      assert.equal(found.length, 1, line);
      assert.match(found[0].message, /ID number/, line);
    }
  });

  it('a sentence that ends in a label word is not a label', () => {
    assert.deepEqual(findingsOf(personalDetails, personal('Renewed my passport. Then moved to Austin')), []);
  });
});
