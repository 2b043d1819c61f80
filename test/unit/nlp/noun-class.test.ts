import assert from 'node:assert/strict';
import { nounClassOf, nounClassesOf } from '../../../src/core/nlp/noun-class';
import { NOUN_CLASS_CODES, NOUN_CLASS_ENTRIES } from '../../../src/core/lexicon/noun-classes';

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

  it('keeps every class of a noun, ranked: a minor sense is still there for a verb to pick', () => {
    // "driver" is mostly a person, but also a device and a program; "board" mostly a committee.
    assert.deepEqual(nounClassesOf('drivers')?.classes.slice(0, 1), ['person']);
    assert.ok(nounClassesOf('drivers')?.classes.includes('artifact'));
    assert.ok(nounClassesOf('boards')?.classes.includes('artifact'));
    assert.ok(nounClassesOf('ports')?.classes.includes('artifact'));
    // A word without a dominant class has classes but no nounClassOf.
    const dual = NOUN_CLASS_ENTRIES.split(' ').find((e) => /:[a-z]/.test(e))!.split(':')[0];
    assert.ok(nounClassesOf(dual)!.classes.length >= 1);
    assert.equal(nounClassOf(dual), undefined);
  });

  it('places one runs are structures, not things made: store, room', () => {
    assert.equal(nounClassOf('rooms'), 'structure');
    assert.equal(nounClassOf('stores'), 'structure');
    assert.equal(nounClassOf('robot'), 'artifact');
  });

  it('the generated table is small, each word once, every code a class', () => {
    const seen = new Set<string>();
    for (const e of NOUN_CLASS_ENTRIES.split(' ')) {
      const [w, codes] = e.split(':');
      assert.ok(!seen.has(w), w);
      seen.add(w);
      for (const c of codes.toLowerCase()) assert.ok(NOUN_CLASS_CODES[c.charCodeAt(0) - 97], `${e}`);
    }
    assert.ok(NOUN_CLASS_ENTRIES.length < 140_000, `table is ${NOUN_CLASS_ENTRIES.length} characters`);
  });
});
