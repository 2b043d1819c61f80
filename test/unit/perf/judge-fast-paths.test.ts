// The judge's fast paths (issue #15, cold-lint speed) give exactly what the plain definitions give:
// the known character n-grams found by walking a trie equal every n-gram filtered by the model's
// weights, and the verdict's probability and contributions equal logistic.ts `predict` over
// `featureVector` and the weighed features sorted. Any model of model.json's format, not only the
// shipped one. Every bullet here is invented.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { clearBulletCaches, judgeBullet, SHIPPED_MODEL, type JudgeModel } from '../../../src/core/judge';
import { bulletFeatures, characterNgrams, featureVector, knownCharacterNgrams } from '../../../src/core/judge/features';
import { predict } from '../../../src/core/judge/logistic';

/** The definition: every n-gram of every word, kept when the model weighs it. */
function reference(text: string, value: number, known: Record<string, number>) {
  const features = characterNgrams(text, value).filter((f) => Object.hasOwn(known, f.name));
  return { features, weights: features.map((f) => known[f.name]) };
}

const BULLETS = [
  'Built a billing service in Go that cut invoice errors by 40% for 3,000 customers.',
  'Responsible for various tasks and worked on many different projects.',
  'Hard-working team player with a passion for clean code.',
  'Co-led the re-design of the onboarding flow; users finished sign-up 2x faster.',
  'Ünïcödé wörds, İstanbul, naïve café — and emoji 🚀 in the middle.',
  '',
];

describe('judge fast paths: same features, same verdicts', () => {
  it('finds the same known character n-grams as filtering all of them (shipped weights)', () => {
    for (const text of BULLETS) assert.deepEqual(knownCharacterNgrams(text, 0.1, SHIPPED_MODEL.weights), reference(text, 0.1, SHIPPED_MODEL.weights));
  });

  it('finds the same known character n-grams for any weights and any text', () => {
    const word = fc.stringMatching(/^[a-zäöüé'-]{1,9}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), fc.array(fc.oneof(word, fc.string({ maxLength: 12 })), { maxLength: 6 }), (vocabulary, parts) => {
        // A model weighing n-grams of an invented vocabulary (and a few words of its own).
        const known: Record<string, number> = { 'w:built': 0.5 };
        vocabulary.forEach((v, i) => {
          const n = characterNgrams(v, 1);
          for (let k = 0; k < n.length; k += 2) known[n[k].name] = (i + 1) * (k % 3 ? 0.25 : -0.5);
        });
        const text = parts.join(' ');
        assert.deepEqual(knownCharacterNgrams(text, 0.3, known), reference(text, 0.3, known));
        // The public function with `known` is the same list.
        assert.deepEqual(characterNgrams(text, 0.3, known), reference(text, 0.3, known).features);
      }),
      { numRuns: 300 },
    );
  });

  it('reads words as the WORD pattern does in any Unicode text (astral letters, lone surrogates, marks)', () => {
    const unit = fc.oneof(fc.constantFrom('a', 'Z', '9', "'", '-', ' ', 'ß', 'İ', 'é', '\u0301', '𝒜', '\ud835', '\udc9c', '٣', '中', '—'), fc.string({ unit: 'binary', maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        assert.deepEqual(knownCharacterNgrams(text, 0.1, SHIPPED_MODEL.weights), reference(text, 0.1, SHIPPED_MODEL.weights));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the probability and contributions of predict over featureVector, for the shipped model and another', () => {
    const other: JudgeModel = { ...SHIPPED_MODEL, bias: -0.7, threshold: 0.4, weights: Object.fromEntries(Object.entries(SHIPPED_MODEL.weights).map(([k, v], i) => [k, i % 5 ? -v : v * 2])) };
    for (const model of [SHIPPED_MODEL, other]) {
      clearBulletCaches();
      for (const text of BULLETS) {
        const verdict = judgeBullet(text, DEFAULT_LEXICON, model);
        const features = bulletFeatures(text, DEFAULT_LEXICON).features;
        if (model.charNgrams) features.push(...characterNgrams(text, model.charNgrams, model.weights));
        assert.equal(new Set(features.map((f) => f.name)).size, features.length, 'feature names are unique');
        assert.equal(verdict.probability, predict(model, featureVector(features)), text);
        const expected = features
          .filter((f) => model.weights[f.name] !== undefined)
          .map((f) => ({ name: f.name, amount: model.weights[f.name] * f.value }))
          .sort((x, y) => y.amount - x.amount || x.name.localeCompare(y.name));
        assert.deepEqual(verdict.contributions.map((c) => ({ name: c.feature.name, amount: c.amount })), expected, text);
      }
    }
  });
});
