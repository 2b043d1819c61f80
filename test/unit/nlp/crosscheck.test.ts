// The vague and metric rules on hand-written bullets (test/fixtures/bullets.crosscheck*.jsonl),
// labeled by the corpus rubric and worded independently of the dev corpus: every bullet must be
// classified as labeled, so a change that stops generalizing fails here before it reaches an eval.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResume } from '../../../src/core/document/parse';
import { lintDocument } from '../../../src/core/lint';

interface Labeled {
  id: string;
  text: string;
  has_metric: boolean;
  vague: boolean;
}

const HEADER = '## Experience\n\n### Analyst, Example Co — Jan 2021 – Dec 2022\n\n- ';

for (const file of ['bullets.crosscheck.jsonl', 'bullets.crosscheck2.jsonl']) {
  const rows: Labeled[] = readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
  describe(`cross-check ${file}`, () => {
    for (const row of rows) {
      it(`${row.id}: ${row.text.slice(0, 60)}`, () => {
        const found = lintDocument(parseResume(HEADER + row.text + '\n'), { config: { markdownlint: false } }).findings;
        const vague = found.filter((f) => f.category === 'vague').map((f) => f.ruleId);
        const noMetric = found.some((f) => f.category === 'metric');
        assert.equal(vague.length > 0, row.vague, `vague: expected ${row.vague}, rules: ${vague.join(', ') || 'none'}`);
        assert.equal(noMetric, !row.has_metric, `metric: expected has_metric ${row.has_metric}`);
      });
    }
  });
}
