// Posting reading found on blind posting sets 59 and 60 (invented postings, written before the tool ran).
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const keywords = (text: string, name = 'posting.txt') => parseJobPosting(text, { name }).keywords.filter((k) => k.kind === 'hard');
const found = (text: string) => keywords(text).map((k) => k.keyword);

describe('job postings (stop 59)', () => {
  it("keeps the team's own tool when a 'but' lets others count too, and drops it from a plain aside", () => {
    const counts = ['Requirements', '- Reporting — we use Looker, but Tableau or Qlik counts too', '- SQL'].join('\n');
    assert.ok(['Looker', 'Tableau'].every((k) => found(counts).includes(k)), found(counts).join(', '));
    const aside = ['Requirements', '- Solid SQL — we use Snowflake and you will write the models yourself', '- Python'].join('\n');
    assert.ok(!found(aside).includes('Snowflake'), found(aside).join(', '));
    assert.ok(found(aside).includes('SQL'));
  });
});
