// Titles of round 15: a title wrapped onto the next line with its bracketed note, a plain-text "--"
// dash between the employer and the title, and a posting pasted under a rule in a forwarded message.
// All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('titles (round 15)', () => {
  it('joins a title wrapped onto the next line with its bracketed term', () => {
    const text = 'Job Description\n \nField Systems Intern - Water Data\nPlatforms (Summer 2028)\n-Job Number: 7700123\n \nLakemoor Water delivers drinking water to 90,000 homes across three counties every single day.\n';
    assert.equal(parseJobPosting(text).title, 'Field Systems Intern - Water Data Platforms (Summer 2028)');
  });

  it('does not join a chrome line to the title under it', () => {
    const text = '< Back to search results\nData Co-op (Winter 2028)\n\nAt Pellmore, we build scheduling tools for clinics and our co-ops ship code from week one.\n';
    assert.equal(parseJobPosting(text).title, 'Data Co-op (Winter 2028)');
  });

  it('reads "Employer -- Title" with a typed double dash', () => {
    const text = 'Quayside -- Backend Engineer, New Grad\nHalifax or remote\n\nQuayside builds the booking software that small ferry operators run on every day.\n';
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Backend Engineer, New Grad');
    assert.equal(job.company, 'Quayside');
  });

  it('finds the title of a posting pasted under a rule in a forwarded message', () => {
    const text = [
      'From: Sam Ortiz <sam@example.com>',
      'To: Lee Park <lee@example.com>',
      'Subject: Fwd: role you might like',
      '',
      'saw this and thought of you, the team is small but really good',
      'apply soon if you can',
      '',
      '---------- Forwarded message ---------',
      'From: Ana Ruiz <ana@quayside.io>',
      'Subject: Re: role you might like',
      '',
      'Happy to take referrals, pasting it below.',
      '',
      '---',
      '',
      'Quayside -- Platform Engineer, New Grad',
      'Halifax or remote',
      '',
      'Quayside builds the booking software that small ferry operators run on every day.',
    ].join('\n');
    assert.equal(parseJobPosting(text).title, 'Platform Engineer, New Grad');
  });
});

describe('job ID (round 15)', () => {
  it('prefers the selection process number to a bare reference number', () => {
    const text = 'Junior Records Analyst\n\nReference number: PRV27J-001234\nSelection process number: 27-PRV-EA-LAK-555001\n\nAt Records Elsewhere, we keep the province\'s archives open to everyone.\n';
    assert.equal(parseJobPosting(text).jobId, '27-PRV-EA-LAK-555001');
  });

  it('still reads a reference number when it is the only one', () => {
    const text = 'Junior Records Analyst\n\nReference number: PRV27J-001234\n\nAt Records Elsewhere, we keep the province\'s archives open to everyone.\n';
    assert.equal(parseJobPosting(text).jobId, 'PRV27J-001234');
  });
});
