import assert from 'node:assert/strict';
import { fillerWord } from '../../../src/core/rules/filler-word';
import { applyEdits, fixAllEdits } from '../../../src/core/fixes';
import { findingsOf } from '../../helpers/rule-tester';

// Round 14: informal fillers ("a lot", "and stuff"); deleting them is offered, not applied by Fix All.
describe('rule filler-word (round 14): informal fillers', () => {
  const resume = (bullet: string) => `## Experience\n\n### Intern, Acme — Jan 2024 – Present\n\n- ${bullet}\n`;
  const shown = (bullet: string) => {
    const text = resume(bullet);
    return findingsOf(fillerWord, text).map((f) => text.slice(f.range.start, f.range.end));
  };

  it('flags "a lot" on its own and vague tails such as "and stuff"', () => {
    assert.deepEqual(shown('Learned a lot about kanban boards.'), ['a lot']);
    assert.deepEqual(shown('Set up logging and stuff for the booking API.'), ['and stuff']);
    assert.deepEqual(shown('Cleaned data, built charts and so on.'), ['and so on']);
  });

  it('leaves "a lot of …" and "a lot more" alone: the amount of a noun or a comparison', () => {
    assert.deepEqual(shown('Answered a lot of tickets.'), []);
    assert.deepEqual(shown('Made the page a lot faster.'), []);
  });

  it('offers the deletion but Fix All does not apply it', () => {
    const text = resume('Learned a lot about kanban boards.');
    const [f] = findingsOf(fillerWord, text);
    assert.match(f.message, /informal filler: say how much/);
    assert.equal(applyEdits(text, f.fixes[0].edits), resume('Learned about kanban boards.'));
    assert.equal(applyEdits(text, fixAllEdits(findingsOf(fillerWord, text))), text);
  });
});
