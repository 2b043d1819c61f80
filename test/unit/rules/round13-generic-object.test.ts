import assert from 'node:assert/strict';
import { genericObject } from '../../../src/core/rules/generic-object';
import { findingsOf, inExperience } from '../../helpers/rule-tester';

// Round 13: a variety quantifier ("various", "assorted", "different", "miscellaneous") before a
// generic noun is reported wherever the phrase stands, not only as the judged main object.
describe('rule generic-object (round 13): variety quantifier + generic noun', () => {
  const spans = (bullet: string) => {
    const text = inExperience(bullet);
    return findingsOf(genericObject, text).map((f) => text.slice(f.range.start, f.range.end));
  };

  it('reports the phrase as object, after a preposition, or beside a specific object', () => {
    assert.deepEqual(spans('Handled various tasks for the office.'), ['various tasks']);
    assert.deepEqual(spans('Did different things for the team.'), ['different things']);
    assert.deepEqual(spans('Performed assorted duties in the warehouse.'), ['assorted duties']);
    assert.deepEqual(spans('Supported the shop floor crew with various tasks.'), ['various tasks']);
    assert.deepEqual(spans('Checked wiring diagrams and parts lists for various projects.'), ['various projects']);
    assert.deepEqual(spans('Sorted mail and covered miscellaneous duties at reception.'), ['miscellaneous duties']);
  });

  it('does not report a counted or fixed phrase, a named kind, or a noun that is not generic', () => {
    for (const b of [
      'Compared three different approaches to caching in the order service.', // counted
      'Mapped the different stages of the billing pipeline.', // fixed by "the"
      'Met with diverse vendors and signed 4 supply contracts.', // "vendors" is not a generic noun
      'Worked with different teams on the 2024 pricing launch.',
    ]) {
      assert.deepEqual(spans(b), [], b);
    }
  });

  it('reports the phrase once when the verdict already found it', () => {
    assert.deepEqual(spans('Worked on various projects.'), ['various projects']);
  });
});
