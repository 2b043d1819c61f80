// The near-miss search of tech-name-variants looks a word's deletion variants up by hash, computed
// from prefix hashes without building the strings: the hashes must be exactly those of the strings
// eachDeletion builds. (That a collision cannot change an answer is argued in nearMissOf; the
// English-word list test in rules/round13-tech-names.test.ts re-derives 275,000 answers.)
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachDeletion, eachDeletionHash, variantHash } from '../../../src/core/rules/tech-name-variants';

const hashesOfStrings = (s: string) => {
  const out = new Set<number>();
  eachDeletion(s, 2, (v) => out.add(variantHash(v)));
  return out;
};
const hashesComputed = (s: string) => {
  const out = new Set<number>();
  eachDeletionHash(s, (h) => out.add(h));
  return out;
};

describe('tech-name-variants: deletion variants by hash', () => {
  it('gives the hashes of the variant strings, for words of any length', () => {
    for (const s of ['', 'a', 'ab', 'kubernetes', 'terrafrom', 'postgresql', 'aaaaaaa', 'x'.repeat(200)]) assert.deepEqual(hashesComputed(s), hashesOfStrings(s), s);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,40}$/), (s) => assert.deepEqual(hashesComputed(s), hashesOfStrings(s))),
      { numRuns: 500 },
    );
  });

  it('hashes to small non-negative integers', () => {
    for (const s of ['kubernetes', 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzz']) {
      const h = variantHash(s);
      assert.ok(Number.isInteger(h) && h >= 0 && h < 2 ** 30);
    }
  });
});
