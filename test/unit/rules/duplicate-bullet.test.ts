import { lintDocument } from '../../../src/core/lint';
import { parseResume } from '../../../src/core/document/parse';
import assert from 'node:assert/strict';
import { duplicateBullet } from '../../../src/core/rules/duplicate-bullet';
import { applyEdits } from '../../../src/core/fixes';
import { testRule, findingsOf } from '../../helpers/rule-tester';

const resume = (a: string[], b: string[]) =>
  `## Experience\n\n### Engineer, Acme — 2023 – 2024\n\n${a.map((x) => `- ${x}`).join('\n')}\n\n## Projects\n\n### Tracker — 2022\n\n${b.map((x) => `- ${x}`).join('\n')}\n`;

testRule(duplicateBullet, {
  valid: [
    {
      doc: true,
      code: resume(
        ['Built a REST API in Flask for the inventory service.', 'Reduced API latency by 40% with a Redis cache.'],
        ['Built a REST API in Flask for the billing service.', 'Cut cloud spend by $3K/month by right-sizing 12 EC2 instances.'],
      ),
    },
    {
      // Short repeated lines (sub-headings, stack lists) are not bullets worth comparing.
      doc: true,
      code: resume(['Tech: React, Go', 'Shipped v2 to 10k users.'], ['Tech: React, Go', 'Won best demo at a 300-person hackathon.']),
    },
  ],
  invalid: [
    {
      doc: true,
      code: resume(['Reduced API latency by 40% with a Redis cache.'], ['Reduced API latency by 40% with a Redis cache.']),
      underlines: ['Reduced API latency by 40% with a Redis cache.'],
      message: 'line 5',
      output: resume(['Reduced API latency by 40% with a Redis cache.'], []).replace('2022\n\n\n', '2022\n'),
    },
    {
      // Case, punctuation, Markdown and articles do not hide a copy.
      doc: true,
      code: resume(['Reduced **API latency** by 40% with a Redis cache.'], ['reduced API latency by 40% with the Redis cache']),
      underlines: ['reduced API latency by 40% with the Redis cache'],
    },
    {
      // A copy in a table cell is flagged, but a table row is not deleted automatically.
      doc: true,
      code:
        resume(['Reduced API latency by 40% with a Redis cache.'], []) +
        '\n## Leadership\n\n| Role | Highlights |\n| --- | --- |\n| Mentor | • Reduced API latency by 40% with a Redis cache. |\n',
      underlines: ['Reduced API latency by 40% with a Redis cache.'],
    },
    {
      doc: true,
      code: resume(
        ['Designed and shipped a self-serve onboarding flow in React that cut time-to-first-invoice from 3 days to 40 minutes.'],
        ['Designed and shipped a self-serve onboarding flow in React that cut time-to-first-invoice from 3 days to 45 minutes.'],
      ),
      count: 1,
      message: 'Nearly the same',
    },
  ],
});

describe('rule duplicate-bullet: one finding per problem', () => {
  it('reports a block pasted twice once, with the count', () => {
    const block = ['Reduced API latency by 40% with a Redis cache.', 'Cut cloud spend by $3K/month by right-sizing 12 EC2 instances.', 'Mentored 3 interns who all received return offers.'];
    const text = `## Experience\n\n### Engineer, Acme — 2023 – 2024\n\n${[...block, ...block].map((b) => `- ${b}\n`).join('')}`;
    const found = findingsOf(duplicateBullet, text);
    assert.equal(found.length, 1, found.map((f) => f.message).join('\n'));
    assert.match(found[0].message, /These 3 bullets repeat the 3 on lines 5–7/);
    const fixed = applyEdits(text, found[0].fixes[0].edits);
    assert.equal(fixed, `## Experience\n\n### Engineer, Acme — 2023 – 2024\n\n${block.map((b) => `- ${b}\n`).join('')}`);
  });
});

describe('rule duplicate-bullet: a word-for-word copy is deleted, not polished (session 21)', () => {
  it('drops other rules\' fixes on the copy and keeps them on the original', () => {
    const line = 'Worked on the move of the billing portal to Kotlin.';
    const text = `# Ana Silva\n\nana@example.com\n\n## Experience\n\n### Engineer, Acme — 2023 – 2024\n\n- ${line}\n- Cut cloud spend by $3K/month across 12 instances.\n- ${line}\n`;
    const findings = lintDocument(parseResume(text)).findings;
    const onLine = (n: number) => findings.filter((f) => text.slice(0, f.range.start).split('\n').length === n);
    const weak = (n: number) => onLine(n).find((f) => f.ruleId === 'weak-opening');
    assert.ok(weak(9)?.fixes.length, 'the original keeps its suggestions');
    assert.ok(weak(11), 'the copy keeps the finding');
    assert.deepEqual(weak(11)!.fixes, []);
    assert.ok(onLine(11).find((f) => f.ruleId === 'duplicate-bullet')?.fixes.length, 'the copy can be deleted');
  });
});
