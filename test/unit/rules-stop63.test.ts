// Stop 63, from blind resume sets 61 and 62 (judges' wrong and missed findings). Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';
import { metricsOf } from '../../src/core/nlp';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-08' }).findings;
const of = (findings: ReturnType<typeof lint>, rule: string) => findings.filter((f) => f.ruleId === rule);

describe('rules: stop 63', () => {
  const job = (bullets: string[]) => [
    '# Tomas Brenner',
    'tomas@example.com',
    '',
    '## Experience',
    '',
    '### Operations Analyst, Lakeshore Mills (Jan 2025 – Aug 2025)',
    ...bullets.map((b) => `- ${b}`),
  ];

  it('reads a process of four steps or more as the size of what was replaced, and "two-step" as a kind', () => {
    assert.equal(metricsOf('Replaced a 9-step manual intake process with one web form').length, 1);
    assert.equal(metricsOf('Added 2-step verification to the staff portal').length, 0);
    const lines = job(['Built a Flask form for the front desk that replaced a 9-step paper process', 'Added 2-step verification to the staff portal']);
    const text = lines.join('\n');
    const flagged = of(lint(lines), 'missing-metric').map((f) => text.slice(0, f.range.start).split('\n').length);
    assert.deepEqual(flagged, [8]);
  });
});
