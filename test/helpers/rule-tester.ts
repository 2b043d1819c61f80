// ESLint-style rule tester: `valid` bullets must raise nothing, `invalid` ones must raise findings that
// underline exactly the given words. Bullets are placed in a small experience section unless a whole
// document is given.
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import { lintDocument } from '../../src/core/lint';
import { applyEdits } from '../../src/core/fixes';
import type { BulletproofConfig } from '../../src/core/config';
import type { Finding, Rule } from '../../src/core/types';

export interface InvalidCase {
  /** A bullet (wrapped in an experience section) or, with `doc: true`, a whole document. */
  code: string;
  doc?: boolean;
  /** The exact source text each finding underlines, in order. */
  underlines?: string[];
  /** Number of findings when `underlines` is not given (default: at least one). */
  count?: number;
  /** Substring the first finding's message must contain. */
  message?: string | RegExp;
  /** The text after applying the first finding's first (preferred) fix. */
  output?: string;
  /** Rule options / config. */
  config?: BulletproofConfig;
}

export interface ValidCase {
  code: string;
  doc?: boolean;
  config?: BulletproofConfig;
}

/** Wraps a bullet in a minimal resume: a past role in an experience section. */
export function inExperience(bullet: string, heading = '### Software Engineer Intern, Acme Corp — Jan 2023 – Apr 2023'): string {
  return `## Experience\n\n${heading}\n\n- ${bullet}\n`;
}

export function findingsOf(rule: Rule, text: string, config?: BulletproofConfig): Finding[] {
  const result = lintDocument(parseResume(text), {
    rules: [rule],
    config: { markdownlint: false, ...config },
  });
  assert.deepEqual(result.ruleErrors, [], `rule ${rule.id} threw`);
  return result.findings.filter((f) => f.ruleId === rule.id);
}

export function testRule(rule: Rule, cases: { valid: (string | ValidCase)[]; invalid: InvalidCase[] }): void {
  describe(`rule ${rule.id}`, () => {
    for (const v of cases.valid) {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`accepts: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
        const text = c.doc ? c.code : inExperience(c.code);
        const found = findingsOf(rule, text, c.config);
        assert.deepEqual(
          found.map((f) => `${text.slice(f.range.start, f.range.end)} — ${f.message}`),
          [],
          'expected no findings',
        );
      });
    }
    for (const c of cases.invalid) {
      it(`flags: ${c.code.slice(0, 70).replace(/\n/g, '⏎')}`, () => {
        const text = c.doc ? c.code : inExperience(c.code);
        const found = findingsOf(rule, text, c.config);
        if (c.underlines) {
          assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), c.underlines);
        } else if (c.count !== undefined) {
          assert.equal(found.length, c.count);
        } else {
          assert.ok(found.length > 0, 'expected at least one finding');
        }
        if (c.message) {
          const m = found[0]?.message ?? '';
          if (typeof c.message === 'string') assert.ok(m.includes(c.message), `message "${m}" lacks "${c.message}"`);
          else assert.match(m, c.message);
        }
        if (c.output !== undefined) {
          const fix = found[0]?.fixes[0];
          assert.ok(fix, 'expected a fix');
          const fixed = applyEdits(text, fix.edits);
          assert.equal(c.doc ? fixed : fixed.replace(/^[\s\S]*\n- /, '').replace(/\n$/, ''), c.output);
        }
      });
    }
  });
}
