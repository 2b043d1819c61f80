// Property tests: whatever Markdown arrives, the linter never throws, every range lies inside the
// document, every fix applies cleanly and touches nothing outside its range, and fix-all is idempotent.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseResume } from '../../src/core/document/parse';
import { fixAll, lintDocument } from '../../src/core/lint';
import { applyEdits } from '../../src/core/fixes';
import { arbitraryMarkdown } from '../helpers/arbitrary-markdown';

// 4 properties × 2,500 runs = 10,000 generated documents per run.
const RUNS = Number(process.env.BULLETPROOF_PROPERTY_RUNS ?? 2500);

describe('properties of lint on arbitrary Markdown', function () {
  this.timeout(300_000);

  it('never throws and reports no rule errors', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        const result = lintDocument(parseResume(text));
        assert.deepEqual(result.ruleErrors, []);
      }),
      { numRuns: RUNS },
    );
  });

  it('keeps every finding and edit range inside the document', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        for (const f of lintDocument(parseResume(text)).findings) {
          assert.ok(0 <= f.range.start && f.range.start <= f.range.end && f.range.end <= text.length, `${f.ruleId} ${JSON.stringify(f.range)}`);
          for (const fix of f.fixes)
            for (const e of fix.edits) assert.ok(0 <= e.range.start && e.range.start <= e.range.end && e.range.end <= text.length, `${f.ruleId} fix`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('applies every fix cleanly, changing nothing outside its edits', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        for (const f of lintDocument(parseResume(text)).findings) {
          for (const fix of f.fixes) {
            const out = applyEdits(text, fix.edits);
            const first = Math.min(...fix.edits.map((e) => e.range.start));
            const last = Math.max(...fix.edits.map((e) => e.range.end));
            assert.equal(out.slice(0, first), text.slice(0, first), `${f.ruleId}: prefix changed`);
            assert.equal(out.slice(out.length - (text.length - last)), text.slice(last), `${f.ruleId}: suffix changed`);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('fix-all is idempotent: fixing the fixed text changes nothing', () => {
    fc.assert(
      fc.property(arbitraryMarkdown, (text) => {
        const once = fixAll(text).text;
        assert.equal(fixAll(once).text, once);
      }),
      { numRuns: RUNS },
    );
  });
});
