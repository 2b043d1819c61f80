import assert from 'node:assert/strict';
import { nounClassOf } from '../../../src/core/nlp/noun-class';
import { NOUN_CLASS_WORDS } from '../../../src/core/lexicon/noun-classes';

describe('nounClassOf (WordNet lexicographer classes)', () => {
  const cases: [string, string | undefined][] = [
    ['robots', 'artifact'],
    ['pallet', 'artifact'],
    ['patients', 'person'],
    ['customers', 'person'],
    ['team', 'group'],
    ['committee', 'group'],
    // noun.group split: collections are not people.
    ['batches', 'collection'],
    ['budget', 'possession'],
    ['papers', 'communication'],
    ['studies', 'act'],
    ['analyses', 'act'],
  ];
  for (const [word, cls] of cases) it(`${word} → ${cls}`, () => assert.equal(nounClassOf(word), cls));

  it('knows nothing of names, jargon, versions and short tokens', () => {
    for (const w of ['kubernetes', 'v2', 'qa', 'xyzzy', '', '42', 'npm']) assert.equal(nounClassOf(w), undefined, w);
  });

  it('the generated table is small and has no word in two classes', () => {
    const seen = new Map<string, string>();
    let chars = 0;
    for (const [cls, words] of Object.entries(NOUN_CLASS_WORDS)) {
      chars += words.length;
      for (const w of words.split(' ')) {
        assert.ok(!seen.has(w), `${w} in ${seen.get(w)} and ${cls}`);
        seen.set(w, cls);
      }
    }
    assert.ok(chars < 130_000, `table is ${chars} characters`);
  });
});
