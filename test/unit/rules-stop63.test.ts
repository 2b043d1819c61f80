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

  it('reads "twice" as how many times, so an award won twice states its count', () => {
    assert.equal(metricsOf('Named Volunteer of the Year twice').length, 1);
    const lines = job(['Named Volunteer of the Year twice', 'Reviewed the shift schedule']);
    const text = lines.join('\n');
    const flagged = of(lint(lines), 'missing-metric').map((f) => text.slice(0, f.range.start).split('\n').length);
    assert.ok(!flagged.includes(7));
  });

  it('reads "Econometrics I & II" as course numerals, not the pronoun', () => {
    const lines = ['# Tomas Brenner', 'tomas@example.com', '', '## Education', '', '### Lakeshore University — B.A. Economics (2023 – 2027)', '- Relevant courses: Econometrics I & II, Statistics I and II', '- I led the debate club'];
    const flagged = of(lint(lines), 'first-person').map((f) => lines.join('\n').slice(f.range.start, f.range.end));
    assert.deepEqual(flagged, ['I']);
    const at = of(lint(lines), 'first-person')[0].range.start;
    assert.equal(lines.join('\n').slice(at, at + 12), 'I led the de');
  });

  it('reports one duty written twice with the same verb, each time with a detail of its own', () => {
    const findings = of(lint(job([
      'Assisted surveyors in the staking of pipeline routes in the hill areas of the northern district',
      'Reduced survey rework by 20% by checking GPS logs daily',
      'Assisted the surveyors in staking of pipeline routes for 12 farms in the northern district',
    ])), 'duplicate-bullet');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /line 7.*other words/);
    // Other verbs, the same object: two duties.
    assert.equal(of(lint(job(['Designed the staking plan of pipeline routes in the hill areas of the northern district', 'Checked the staking plan of pipeline routes for 12 farms in the northern district'])), 'duplicate-bullet').length, 0);
  });
});
