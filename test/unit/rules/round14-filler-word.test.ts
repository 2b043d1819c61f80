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

describe('rule filler-word: a vague tail includes what it drags along', () => {
  const resume = (bullet: string) => `## Projects\n\n### Recipe Box\n\n- ${bullet}\n`;
  const shownAndFixed = (bullet: string) => {
    const text = resume(bullet);
    return findingsOf(fillerWord, text).map((f) => ({ shown: text.slice(f.range.start, f.range.end), fixed: f.fixes[0] ? applyEdits(text, f.fixes[0].edits) : undefined }));
  };

  it('takes "like that" with "and stuff", so the deletion leaves no dangling comparison', () => {
    assert.deepEqual(shownAndFixed('Styled the forms with Tailwind and stuff like that.'), [{ shown: 'and stuff like that', fixed: resume('Styled the forms with Tailwind.') }]);
    assert.deepEqual(shownAndFixed('Wrote unit tests and stuff like this for the parser.'), [{ shown: 'and stuff like this', fixed: resume('Wrote unit tests for the parser.') }]);
  });
  it('reads "and things like that" as one filler and "and so on and so forth" as one run', () => {
    assert.deepEqual(shownAndFixed('Added search and tags and things like that.'), [{ shown: 'and things like that', fixed: resume('Added search and tags.') }]);
    const run = shownAndFixed('Added search, tags, filters and so on and so forth.');
    assert.equal(run.length, 1);
    assert.equal(run[0].shown, 'and so on and so forth');
    assert.equal(run[0].fixed, resume('Added search, tags, filters.'));
  });
  it('leaves "things" alone when no vague tail follows', () => {
    assert.deepEqual(shownAndFixed('Sold things like cables and chargers at the kiosk.'), []);
  });
});
