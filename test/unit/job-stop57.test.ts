// Stop 57: skills named beside other skills in shapes the phrase reader missed. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const hard = (text: string) =>
  parseJobPosting(text, { name: 'posting.txt' })
    .keywords.filter((k) => k.kind === 'hard')
    .map((k) => k.keyword);

describe('postings: stop 57 coordinated names', () => {
  it('reads an acronym before "experience" as a technique when it is coordinated with one', () => {
    const keywords = hard(['Nice to have', '- Gel electrophoresis or ELISA experience', '- Spectroscopy and HPLC knowledge'].join('\n'));
    assert.ok(keywords.includes('ELISA'), keywords.join(', '));
    assert.ok(keywords.includes('HPLC'), keywords.join(', '));
  });

  it('leaves an acronym before "experience" alone when nothing beside it is a skill', () => {
    const keywords = hard(['Requirements', '- Hospital or NHS experience', '- Python scripting'].join('\n'));
    assert.ok(!keywords.includes('NHS'), keywords.join(', '));
  });
});
