// No catastrophic regexes: every rule's time on adversarial text grows linearly. Growth is judged as
// a ratio between two sizes measured in the same run (8× the input may cost at most 24×: linear is
// 8×, quadratic 64×), so machine noise does not decide the result. The benchmark reports the
// worst case on 1 MB inputs (bench/adversarial.bench.mjs).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parseResume } from '../../src/core/document/parse';
import { RULES } from '../../src/core/rules';
import { DEFAULT_LEXICON } from '../../src/core/lexicon';
import { ADVERSARIAL_CASES } from '../helpers/adversarial';
import type { Rule } from '../../src/core/types';

const SMALL = 4 * 1024;
const LARGE = 8 * SMALL;
const MAX_GROWTH = 24;

function timeRule(rule: Rule, text: string): number {
  const doc = parseResume(text);
  const ctx = { lexicon: DEFAULT_LEXICON, options: {} };
  rule.check(doc, ctx); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    rule.check(doc, ctx);
    samples.push(performance.now() - t);
  }
  return Math.min(...samples);
}

describe('adversarial input: every rule runs in linear time', function () {
  this.timeout(300_000);
  for (const c of ADVERSARIAL_CASES) {
    it(c.name, () => {
      const small = c.make(SMALL);
      const large = c.make(LARGE);
      const slow: string[] = [];
      for (const rule of RULES) {
        const a = Math.max(timeRule(rule, small), 0.5); // below 0.5 ms the clock is noise
        const b = timeRule(rule, large);
        if (b / a > MAX_GROWTH) slow.push(`${rule.id}: ${a.toFixed(1)} ms → ${b.toFixed(1)} ms (${(b / a).toFixed(0)}×)`);
      }
      assert.deepEqual(slow, [], `8× input grew more than ${MAX_GROWTH}×`);
    });
  }
});
