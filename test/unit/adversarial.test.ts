// No catastrophic regexes: every rule's time on adversarial text grows linearly. Growth is judged as
// a ratio between two sizes measured in the same run (8× the input may cost at most 24×: linear is
// 8×, quadratic 64×), so machine noise does not decide the result. The benchmark reports the
// worst case on 1 MB inputs (bench/adversarial.bench.mjs).
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { parseResume } from '../../src/core/document/parse';
import { RULES } from '../../src/core/rules';
import { DEFAULT_LEXICON } from '../../src/core/lexicon';
import { ADVERSARIAL_CASES, HOSTILE_DOCUMENTS } from '../helpers/adversarial';
import type { Rule } from '../../src/core/types';
import { lint, type PublicFinding } from '../../src/core/lint';
import { MAX_ANALYSED_CHARS } from '../../src/core/limits';

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

/** Lint time (fastest of two) of `text`, and its findings. */
function timeLint(text: string): { ms: number; findings: PublicFinding[] } {
  let findings: PublicFinding[] = lint(text); // warm-up
  let best = Infinity;
  for (let i = 0; i < 2; i++) {
    const t = performance.now();
    findings = lint(text);
    best = Math.min(best, performance.now() - t);
  }
  return { ms: best, findings };
}

// The ten hostile documents of issue 15 (1 MB in `npm run bench`; here small enough for CI): the full
// lint never throws, keeps every range inside the document, and grows linearly (8× the input may
// cost at most 24×, judged in the same run).
describe('hostile documents: the whole lint is bounded', function () {
  this.timeout(300_000);
  for (const c of HOSTILE_DOCUMENTS) {
    it(c.name, () => {
      const small = timeLint(c.make(SMALL));
      const text = c.make(LARGE);
      const large = timeLint(text);
      const lines = text.split(/\r\n|\r|\n/);
      for (const f of large.findings) {
        const where = `${f.ruleId} at ${f.line}:${f.column}–${f.endLine}:${f.endColumn}`;
        assert.ok(f.line >= 1 && f.endLine <= lines.length && (f.line < f.endLine || (f.line === f.endLine && f.column <= f.endColumn)), where);
        assert.ok(f.column >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1, where);
      }
      const a = Math.max(small.ms, 2); // below 2 ms the clock is noise
      assert.ok(large.ms / a <= MAX_GROWTH, `8× input: ${a.toFixed(1)} ms → ${large.ms.toFixed(1)} ms (${(large.ms / a).toFixed(0)}×)`);
    });
  }

  it('says what it did not check', () => {
    const findings = lint(HOSTILE_DOCUMENTS.find((c) => c.name === 'one 1 MB line')!.make(MAX_ANALYSED_CHARS + 10_000));
    const limits = findings.filter((f) => f.ruleId === 'analysis-limit').map((f) => f.message);
    assert.ok(limits.some((m) => /only the first 64 KB/i.test(m)), limits.join('\n'));
    assert.ok(limits.some((m) => /only its first 2,000 are checked/.test(m)), limits.join('\n'));
  });
});
