// Date shapes in a Pandoc source and in a summary's prose. Invented resumes only.
import assert from 'node:assert/strict';
import { dateFormat } from '../../../src/core/rules/date-format';
import { findingsOf } from '../../helpers/rule-tester';

const flagged = (text: string) => findingsOf(dateFormat, text).map((f) => text.slice(f.range.start, f.range.end));
const jobs = (a: string, b: string) => `## Experience\n\n### Analyst, Northwind — ${a}\n\n- Built 3 reports.\n\n### Clerk, Initech — ${b}\n\n- Filed 400 claims.\n`;

describe('date-format: Pandoc sources and summary prose', () => {
  it('leaves "--" between dates alone in a file built with Pandoc (its smart dashes print an en dash)', () => {
    const pandoc = `---\ntitle: Resume\ngeometry: margin=1in\n---\n\n${jobs('Oct 2021--Present', 'Jun 2019--Sep 2021')}`;
    assert.deepEqual(flagged(pandoc), []);
    // The same dates in plain Markdown print two hyphens.
    assert.deepEqual(flagged(jobs('Oct 2021--Present', 'Jun 2019 – Sep 2021')), ['--']);
  });

  it('does not read "since 2019" in the summary as an entry date', () => {
    const text = `# Ana Ruiz\n\n## Summary\n\nNurse and Epic super-user since 2019, moving into informatics.\n\n${jobs('Oct 2021 – Present', 'Jun 2019 – Sep 2021')}`;
    assert.deepEqual(flagged(text), []);
  });
});
