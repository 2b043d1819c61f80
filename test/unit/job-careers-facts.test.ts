// A careers page's fact list (<dt>/<dd> turned to stacked lines), a UK graduate scheme's title, and the
// headings such pages use ("It would be great if you also had", "Your three rotations"). Invented pages.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { classifyHeading } from '../../src/core/job/sections';

const page = [
  '<html><head><title>Data Graduate Programme 2027 | Careers | Brackwater Rail</title></head><body>',
  '<h1>Data Graduate Programme 2027</h1>',
  '<dl><dt>Vacancy reference</dt><dd>BR-GRAD-27-DA</dd>',
  '<dt>Applications close</dt><dd>23:59 GMT, Friday 15 January 2027</dd>',
  '<dt>Start date</dt><dd>Monday 6 September 2027</dd></dl>',
  '<h2>Your three rotations</h2><ul><li>Build Power BI reports for the timetable planners.</li></ul>',
  '<h2>Entry requirements</h2><ul><li>A basic understanding of SQL</li></ul>',
  '<h2>It would be great if you also had</h2><ul><li>Experience with Tableau</li></ul>',
  '<p>Brackwater Rail runs trains across the north of England.</p>',
  '</body></html>',
].join('\n');

describe('job postings: careers-page facts and graduate schemes', () => {
  it('reads the stacked vacancy reference, the closing day under its time, and the scheme as the title', () => {
    const job = parseJobPosting(page);
    assert.equal(job.jobId, 'BR-GRAD-27-DA');
    assert.equal(job.deadline, '15 January 2027');
    assert.equal(job.title, 'Data Graduate Programme 2027');
  });

  it('reads a wish heading as preferred and a rotations heading as the role', () => {
    assert.equal(classifyHeading('It would be great if you also had'), 'preferred');
    assert.equal(classifyHeading('Experience in retail is an advantage'), 'preferred');
    assert.equal(classifyHeading('Your three rotations'), 'responsibilities');
    const job = parseJobPosting(page);
    const tableau = job.keywords.find((k) => k.keyword === 'Tableau');
    assert.equal(tableau?.importance, 'preferred');
    const powerBi = job.keywords.find((k) => k.keyword === 'Power BI');
    assert.ok(powerBi, 'the rotation names Power BI');
    assert.notEqual(powerBi.importance, 'required', 'a rotation\'s tool is not a requirement');
  });
});
