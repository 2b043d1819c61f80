// Stop 58: a posting's title and employer in shapes of board pages and forms. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const meta = (lines: string[]) => parseJobPosting(lines.join('\n'), { name: 'posting.txt' });

describe('postings: stop 58 title and employer', () => {
  it('keeps the kind and term of a placement in the title instead of reading them as the employer', () => {
    const m = meta(['< Back to search results', 'Quillfen Laboratories', 'Analytical Chemist – 12-Month Industrial Placement (2027/28)', 'Salary:', '£21,000', '', 'What you will do', '- Run HPLC assays on stability samples']);
    assert.equal(m.title, 'Analytical Chemist – 12-Month Industrial Placement (2027/28)');
    assert.equal(m.company, 'Quillfen Laboratories');
  });

  it('skips a careers menu entry naming only a kind of job when the title under it names a role of that kind', () => {
    const m = meta(['Skip to main content', 'Marrowby Medical', 'Jobs at Marrowby Medical', 'Graduate Programme', '', 'Graduate Test Engineer – 2027 Graduate Programme', 'Limerick, Ireland', '', 'Requirements', '- Degree in mechanical or biomedical engineering']);
    assert.equal(m.title, 'Graduate Test Engineer – 2027 Graduate Programme');
  });

  it("drops a form's 'Application' suffix from the title", () => {
    const m = meta(['Payroll Intern (part-time, Mar–Jul 2027) – Application', 'Thanks for your interest in interning with Brackley & Sons!', '', 'What we hope you bring', '- Excel: lookups and pivot tables']);
    assert.equal(m.title, 'Payroll Intern (part-time, Mar–Jul 2027)');
  });

  it('does not take a plain line above the title for the employer when it names no organisation', () => {
    const m = meta(['Featured job', 'Data Analyst – Summer Internship 2027', 'Location: Leeds', '', 'About Ferncastle Analytics', 'Ferncastle Analytics builds pricing tools.', '', 'Requirements', '- SQL']);
    assert.notEqual(m.company, 'Featured job');
    assert.equal(m.title, 'Data Analyst – Summer Internship 2027');
  });
});
