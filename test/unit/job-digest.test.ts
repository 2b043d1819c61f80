// A career office's digest of several postings: the first is read, the others and the digest's own
// note are not, and the report says so. Invented digest.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { keepFirstPosting } from '../../src/core/job/digest';
import { renderReport } from '../../src/core/tailor/report';
import { matchResume } from '../../src/core/tailor/match';
import { parseResume } from '../../src/core/document/parse';

const digest = [
  'From: Riverside College Careers <careers@riverside.example.edu>',
  'Subject: Weekly jobs digest - 2 new postings',
  '',
  'Hi all, the Winter Career Fair is on January 20, 2027. Bring Canva posters!',
  '',
  '==============================',
  'FEATURED JOB 1 of 2',
  '==============================',
  'Quality Data Analyst - Assay Operations',
  'Marrowfield Biosciences  |  Boston, MA',
  'Posting ID: 77120',
  'Apply by: 12/15/2026',
  '',
  'Required:',
  ' * Working SQL and Python',
  ' * Excel pivot tables',
  '',
  'Preferred:',
  ' * Tableau',
  '',
  '==============================',
  'JOB 2 of 2',
  '==============================',
  'Marketing Intern',
  'Harbor Museum  |  Salem, MA',
  'Requirements: Adobe Illustrator; social media scheduling.',
].join('\n');

describe('job postings: a digest of several postings', () => {
  it('keeps the first posting and blanks the others without moving offsets', () => {
    const { text, postings } = keepFirstPosting(digest);
    assert.equal(postings, 2);
    assert.equal(text.length, digest.length);
    assert.ok(text.includes('Quality Data Analyst') && !text.includes('Marketing Intern') && !text.includes('Canva'));
    assert.ok(text.includes('From: Riverside College Careers') && !text.includes('Subject:'), 'the sender stays, the digest\'s subject goes');
    assert.deepEqual(keepFirstPosting('Data Analyst\n\nRequirements\n- SQL').postings, undefined);
  });

  it('reads the first posting: its metadata, its "Required:" list, and says how many the text held', () => {
    const job = parseJobPosting(digest);
    assert.equal(job.postingsInText, 2);
    assert.equal(job.jobId, '77120');
    assert.equal(job.company, 'Marrowfield Biosciences');
    const names = job.keywords.map((k) => k.keyword);
    assert.ok(!names.includes('Adobe Illustrator') && !names.includes('Canva'), names.join(', '));
    assert.equal(job.keywords.find((k) => k.keyword === 'SQL')?.importance, 'required');
    assert.equal(job.keywords.find((k) => k.keyword === 'Tableau')?.importance, 'preferred');
    const resume = parseResume('# Ana Lima\n\nana@example.com\n\n## Experience\n\n### Analyst, Acme (2024 – Present)\n\n- Built SQL reports in Python for 40 users\n');
    const report = renderReport({ job, report: matchResume(resume, job).report });
    assert.match(report, /holds 2 postings/);
  });
});
