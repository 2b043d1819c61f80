// A heading that names the company before the title ("# Acme Robotics – Firmware Co-op"): the title
// field leaves the company out. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

describe('job title: the company named before it', () => {
  it('drops a leading company and its separator from the title', () => {
    const job = parseJobPosting(['# Lakeview Robotics – Firmware Co-op (Fall 2027)', '', 'Lakeview Robotics builds warehouse robots.', '', '## Requirements', '', '- C and FreeRTOS', ''].join('\n'));
    assert.equal(job.company, 'Lakeview Robotics');
    assert.equal(job.title, 'Firmware Co-op (Fall 2027)');
  });

  it('keeps a title that only starts with the same word as the company', () => {
    const job = parseJobPosting(['Company: Data Co', '', '# Data Engineer Intern', '', '## Requirements', '', '- SQL', ''].join('\n'));
    assert.equal(job.title, 'Data Engineer Intern');
  });
});
