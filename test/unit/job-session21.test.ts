// Session 21: postings as they really come — a posting written in prose paragraphs. All posting
// text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const importanceOf = (text: string) => {
  const job = parseJobPosting(text);
  return (name: string) => job.keywords.find((k) => k.keyword === name)?.importance;
};

describe('a posting written as prose paragraphs (session 21)', () => {
  const prose = [
    'Harbor County — Data Office',
    'Data Engineer',
    '',
    'Harbor County is hiring a data engineer to join a team of six who rebuild the county services people use every day, from permits to parks.',
    '',
    'The minimum qualifications are a degree in a quantitative field and two years of building pipelines; you should be comfortable writing Python and SQL against a PostgreSQL database without help.',
    '',
    'It would be a plus if you have deployed services to Azure or worked with Airflow, and we value experience writing for the public.',
    '',
    'The people who thrive here are patient and curious, and they like working with Tableau-loving analysts.',
    '',
  ].join('\n');

  it('reads a paragraph that opens "The minimum qualifications are" as required, to its end', () => {
    const at = importanceOf(prose);
    for (const name of ['Python', 'SQL', 'PostgreSQL']) assert.equal(at(name), 'required', name);
  });

  it('reads a paragraph that opens "It would be a plus if" as preferred', () => {
    const at = importanceOf(prose);
    for (const name of ['Azure', 'Apache Airflow']) assert.equal(at(name), 'preferred', name);
  });

  it('ends the section with the paragraph: the next paragraph asks nothing', () => {
    assert.notEqual(importanceOf(prose)('Tableau'), 'required');
    assert.notEqual(importanceOf(prose)('Tableau'), 'preferred');
  });

  it('leaves prose openings alone in a posting that heads its qualifications', () => {
    const headed = [
      'Data Engineer',
      'Harbor County',
      '',
      'Requirements',
      '- Python and SQL',
      '',
      'About us',
      '',
      'It would be a plus if you have ridden our ferries, which run on a Rust control system we built in house over the years.',
      '',
    ].join('\n');
    assert.equal(importanceOf(headed)('Python'), 'required');
    assert.equal(importanceOf(headed)('Rust'), 'other');
  });
});
