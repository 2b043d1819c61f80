// Session 26: posting metadata in shapes a co-op portal, a government board, a startup board and a
// recruiter's e-mail give it. All posting text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { deadlinesIn } from '../../src/core/job/eligibility';

const firstDeadline = (text: string) => deadlinesIn(text).find((d) => d.of === 'application')?.written;

describe('posting metadata (session 26)', () => {
  it('reads a co-op portal\'s posting number before the title, and a "Website:" field as no posting URL', () => {
    const job = parseJobPosting(
      [
        'Print | Save to Folder | Apply',
        '',
        '402913 - Data Analyst Co-op - Pellmore Analytics inc.',
        '',
        'Job Title:',
        'Data Analyst Co-op',
        'Application Deadline:',
        'Feb 2, 2027 11:59 PM',
        '',
        'Job Requirements',
        '- SQL and Python',
        '- Excel',
        '',
        'Organization:',
        'Pellmore Analytics inc.',
        'Website:',
        'https://www.pellmore.example/carrieres',
        '',
      ].join('\n'),
    );
    assert.equal(job.title, 'Data Analyst Co-op');
    assert.equal(job.jobId, '402913');
    assert.equal(job.deadline, 'Feb 2, 2027 11:59 PM');
    assert.equal(job.url, undefined);
  });

  it('takes the agency under a government board\'s department as the employer, not a "Print" button', () => {
    const job = parseJobPosting(
      [
        'GovJobs',
        'Search   Help   Sign In',
        'Back to results',
        'Department of Coastal Affairs',
        'Bureau of Harbor Surveys',
        'Geospatial Analyst',
        'Share',
        'Print',
        'Save',
        'Apply',
        'Summary',
        'The Bureau of Harbor Surveys maps the seabed of 40 harbors.',
        'Qualifications',
        '- Experience with ArcGIS and Python',
        'Share this job: https://www.govjobs.example/job/55120983',
        '',
      ].join('\n'),
    );
    assert.equal(job.company, 'Bureau of Harbor Surveys');
    assert.equal(job.title, 'Geospatial Analyst');
    assert.equal(job.url, 'https://www.govjobs.example/job/55120983');
    assert.equal(job.jobId, '55120983');
  });

  it('keeps the page\'s own address from the last line of a startup board paste', () => {
    const job = parseJobPosting(
      [
        'Quillhaven',
        'Backend Engineer',
        'Remote (US) · Full-time',
        '',
        'What you bring',
        '- Go and PostgreSQL',
        '- 3+ years building APIs',
        '',
        'Similar Jobs',
        'Ferntide · Senior Backend Engineer (Ruby) · Remote',
        'https://startupjobs.example/company/quillhaven/jobs/8812034-backend-engineer',
        '',
      ].join('\n'),
    );
    assert.equal(job.url, 'https://startupjobs.example/company/quillhaven/jobs/8812034-backend-engineer');
    assert.equal(job.jobId, '8812034');
  });

  it('reads the reference in a recruiter e-mail\'s subject and a Workable shortcode', () => {
    const mail = parseJobPosting(
      ['From: Dana Holt <dana@talentbridge.example>', 'To: me@mail.example', 'Subject: Platform Engineer (Go) - SaaS client - Boston [Ref: TB-BOS-2291]', '', 'Hi Sam,', '', 'Requirements:', '- Go, Kubernetes', ''].join('\n'),
    );
    assert.equal(mail.jobId, 'TB-BOS-2291');
    const board = parseJobPosting(['Site Reliability Engineer', 'Tarnwell Energy', '', 'Requirements', '- Terraform', '', 'https://apply.workable.com/tarnwell-energy/j/9C1D22AB7E/', ''].join('\n'));
    assert.equal(board.jobId, '9C1D22AB7E');
  });

  it('reads "please reply by <weekday> <m/d>" in a recruiter\'s e-mail as the cut-off', () => {
    assert.equal(firstDeadline('If you want me to submit you, please reply by Friday 1/15 with your CV.'), '1/15');
    // A reply asked for without a day: nothing to read.
    assert.equal(firstDeadline('Please reply by e-mail with your CV.'), undefined);
  });
});

describe('posting keywords (session 26)', () => {
  const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());

  it('reads an ambiguous name listed with a product name the taxonomy lacks, and "exposure to Go"', () => {
    const got = hard('Platform Engineer\n\nNice to have\n\nHelm and/or Kapsule\nSome exposure to Go (two newer services)\n');
    assert.ok(got.includes('helm'), got.join(', '));
    assert.ok(got.includes('go'), got.join(', '));
    // The English word beside another English word stays English.
    assert.ok(!hard('Leadership Coach\n\nRequirements\n\n- Ready to take the Helm and Steer a board\n').includes('helm'));
  });

  it('reads "authorization to work" as a permit, not access control', () => {
    const got = hard('Data Analyst\n\nRequirements\n- SQL\n- Authorization to work in the US without sponsorship\n');
    assert.ok(!got.includes('authorization'), got.join(', '));
    assert.ok(hard('Backend Engineer\n\nRequirements\n- OAuth 2.0 and role-based authorization\n').includes('authorization'));
  });

  it('drops a grade before a category and reads no clause with a person or a modal as a name', () => {
    const got = hard('SRE\n\nRequirements\nStrong Linux fundamentals (systemd, networking)\nSpecialized Experience: you must have one year of specialized experience.\n');
    assert.ok(!got.some((k) => k.startsWith('strong ')), got.join(', '));
    assert.ok(!got.some((k) => /\byou\b|\bmust\b/.test(k)), got.join(', '));
  });

  it('reads "trading systems" as no algorithmic trading', () => {
    assert.ok(!hard('Backend Engineer\n\nRequirements\n- Experience in payments, banking or trading systems\n').includes('algorithmic trading'));
  });
});
