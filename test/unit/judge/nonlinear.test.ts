// Issue #12 round six's non-linear learners (eval-only, scripts/lib): boosted trees and a
// one-hidden-layer network must learn a conjunction a linear model cannot, and do it deterministically.
import assert from 'node:assert/strict';
import { trainTrees, treeProbability } from '../../../scripts/lib/boosted-trees';
import { mlpProbability, trainMlp } from '../../../scripts/lib/mlp';
import { frequencyBand, frequencyFeatures } from '../../../scripts/lib/frequency-features';
import { predict, train } from '../../../src/core/judge/logistic';

// "weak verb" AND "generic head" is vague; either alone is not (an exclusive-or on the pair plus noise-free copies).
const cell = (weak: boolean, generic: boolean) => {
  const x = new Map<string, number>();
  if (weak) x.set('verb:weak', 1);
  if (generic) x.set('head:generic', 1);
  return { x, y: (weak && generic ? 1 : 0) as 0 | 1 };
};
const data = Array.from({ length: 20 }, (_, i) => cell(i % 2 === 0, i % 4 < 2));
const both = cell(true, true).x;
const one = cell(true, false).x;
const other = cell(false, true).x;

describe('judge: non-linear learners (eval-only)', () => {
  it('boosted trees score the conjunction above either feature alone', () => {
    const model = trainTrees(data, { rounds: 50, depth: 2, eta: 0.3, lambda: 1, minChildWeight: 0.5, minCount: 1 });
    assert.ok(treeProbability(model, both) > 0.8);
    assert.ok(treeProbability(model, one) < 0.2);
    assert.ok(treeProbability(model, other) < 0.2);
    assert.deepEqual(trainTrees(data, { rounds: 50, depth: 2, eta: 0.3, lambda: 1, minChildWeight: 0.5, minCount: 1 }), model);
  });

  it('boosted trees split a numeric feature at one of its values', () => {
    const rows = [0.1, 0.2, 0.3, 0.7, 0.8, 0.9].map((v) => ({ x: new Map([['share', v]]), y: (v > 0.5 ? 1 : 0) as 0 | 1 }));
    const model = trainTrees(rows, { rounds: 30, depth: 1, eta: 0.5, lambda: 0.1, minChildWeight: 0.1, minCount: 1 });
    assert.equal(model.trees[0][0].feature, 'share');
    assert.equal(model.trees[0][0].threshold, 0.7);
    assert.ok(treeProbability(model, new Map([['share', 0.75]])) > 0.8);
    assert.ok(treeProbability(model, new Map()) < 0.2); // a missing feature reads as 0
  });

  it('the network learns the conjunction deterministically; a linear model cannot separate it as well', () => {
    const opts = { hidden: 4, epochs: 300, rate: 0.05, l2: 0, minCount: 1, seed: 7 };
    const model = trainMlp(data, opts);
    assert.ok(mlpProbability(model, both) > 0.8);
    assert.ok(mlpProbability(model, one) < 0.2);
    assert.equal(mlpProbability(trainMlp(data, opts), both), mlpProbability(model, both));
    // Logistic regression puts the single-feature cells far closer to the conjunction.
    const lr = train(data, { l2: 0, minCount: 1 });
    assert.ok(predict(lr, both) - predict(lr, one) < mlpProbability(model, both) - mlpProbability(model, one));
  });

  it('frequency features read the object head and modifiers from the analysis features', () => {
    assert.equal(frequencyBand('things'), 'everyday');
    assert.equal(frequencyBand('xylograph-compiler'), 'absent');
    const span = { start: 0, end: 1 };
    const names = frequencyFeatures([
      { name: 'head:things', value: 1, group: 'object', span },
    ]).map((f) => f.name);
    assert.deepEqual(names, ['freq-head:everyday', 'freq-object-rarest:everyday', 'freq-object-all-common', 'freq-bare-head:everyday']);
    assert.deepEqual(frequencyFeatures([{ name: 'open:built', value: 1, group: 'opening', span }]), []);
  });
});
