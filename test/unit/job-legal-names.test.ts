// A company's legal name standing apart (a letterhead in capitals, an imprint footer) names the employer;
// a registered entity the text never uses ("… Services LLC" under a text that says the brand) does not
// replace the brand. German pages number a job "Ref.-Nr.". Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

describe('job metadata: legal names and "Nr." job IDs', () => {
  it('reads the employer from a capitals letterhead and an imprint footer with a legal form', () => {
    const job = parseJobPosting(
      [
        'FALKENRODE PUMPENWERK GmbH  ·  Karriere  ·  Jobs',
        '',
        'Embedded Software Developer (m/w/d)',
        'Ref.-Nr. FP-EMB-4410  ·  Kassel  ·  full-time',
        '',
        'About us',
        'Since 1961 we have built pumps for district heating and water plants.',
        '',
        'What you bring',
        '- Experience with C and embedded Linux',
        '',
        'Falkenrode Pumpenwerk GmbH · Hafenstraße 9 · 34117 Kassel',
      ].join('\n'),
    );
    assert.equal(job.company, 'Falkenrode Pumpenwerk');
    assert.equal(job.jobId, 'FP-EMB-4410');
  });

  it('keeps the brand the text uses over a registered entity printed once', () => {
    const job = parseJobPosting(
      [
        'Software Development Engineer Intern',
        'Job ID: 4471920 | Quillbrook Services LLC',
        '',
        'Quillbrook interns own real features from the first week. Quillbrook builds the stores and the',
        'logistics that millions of shoppers use every day, and Quillbrook engineers ship weekly.',
        '',
        'Basic qualifications',
        '- Experience with Java or Python',
        '',
        'Quillbrook is an equal opportunity employer.',
      ].join('\n'),
    );
    assert.equal(job.company, 'Quillbrook');
  });

  it('does not read a line of fields with an identifier as the employer', () => {
    const job = parseJobPosting(
      ['Data Engineer', 'Job-Nr. 55-1029  ·  Graz', '', 'Requirements', '- SQL and Python', ''].join('\n'),
    );
    assert.notEqual(job.company, 'Job-Nr. 55-1029');
    assert.equal(job.jobId, '55-1029');
  });
});

describe('job metadata: the posting URL', () => {
  it('reads a careers address in German as the posting, and an online form as no posting page', () => {
    const german = parseJobPosting(['Backend Developer (m/w/d)', 'https://www.falkenrode.example.de/karriere/stellen/be-2207', '', 'Requirements', '- Java', ''].join('\n'));
    assert.equal(german.url, 'https://www.falkenrode.example.de/karriere/stellen/be-2207');
    const form = parseJobPosting(['Level Designer Intern', '', 'Requirements', '- Unity', '', 'How to apply: fill in https://forms.gle/AbCdEf12345 with your portfolio.', ''].join('\n'));
    assert.equal(form.url, undefined);
  });
});
