// tech-name-variants' fast paths give what the plain definitions give. The near-miss search looks a
// word's deletion variants up by hash, computed from prefix hashes without building the strings: the
// hashes must be exactly those of the strings eachDeletion builds. (That a collision cannot change an
// answer is argued in nearMissOf; the English-word list test in rules/round13-tech-names.test.ts
// re-derives 275,000 answers.) nameVariantsOn joins its words' keys for a run's key: that must be the
// run text's own key.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { eachDeletion, eachDeletionHash, nameKey, variantHash } from '../../../src/core/rules/tech-name-variants';
import { words } from '../../../src/core/text/words';

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

  it("gives a run of words one space apart the key of its text (a final 's dropped)", () => {
    const word = fc.oneof(
      fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,6}(?:[-.'’][A-Za-z0-9]{1,4})?(?:['’]s)?$/),
      fc.constantFrom('ΑΣ', 'ΣΑ', 'İstanbul', 'Node.js', 'C++', 'C#', 'Postgre', 'SQL', "Redis's", 'ß', 'Ǆ', 'ﬃ'),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), (parts) => {
        const text = parts.join(' ');
        const ws = words(text);
        // Only lines the words cut into exactly these parts, one space apart.
        if (ws.length !== parts.length || ws.some((w, j) => w.text !== parts[j])) return;
        const keys = ws.map((w) => nameKey(w.text));
        const last = ws[ws.length - 1].text;
        const lastKey = /['’]s$/.test(last) ? nameKey(last.replace(/['’]s$/, '')) : keys[keys.length - 1];
        assert.equal(keys.slice(0, -1).join('') + lastKey, nameKey(text.replace(/['’]s$/, '')));
      }),
      { numRuns: 2000 },
    );
  });
});
