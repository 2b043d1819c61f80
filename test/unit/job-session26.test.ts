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

describe('posting metadata in set-26 shapes (session 26)', () => {
  it('drops a contract kind, a glued requisition number and an experience note from the title', () => {
    assert.equal(parseJobPosting('Data Engineer (Spark) - Contract to Hire\nKellan Group\n\nRequirements\n- Spark\n').title, 'Data Engineer (Spark)');
    assert.equal(parseJobPosting('Search   Help\n\nField Technician II (Mechanical)-2704419\n\nDescription\nWe build presses.\n').title, 'Field Technician II (Mechanical)');
    assert.equal(parseJobPosting('Android Developer (5 years or more) - Remote\nQuorra Soft\n\nRequirements\n- Kotlin\n').title, 'Android Developer - Remote');
  });

  it('reads a job alert e-mail past its headers and its digest subject, with a clean link', () => {
    const job = parseJobPosting(
      [
        '---------- Forwarded message ---------',
        'From: Job Alerts <alerts@jobsite.example>',
        'Date: Tue, Dec 1, 2026 at 8:00 AM',
        'Subject: “data intern”: Pendle Labs - Data Intern (Summer 2027) and more',
        'To: Me <me@mail.example>',
        '',
        'Your job alert for data intern in Austin, Texas',
        '12 new jobs match your preferences.',
        '',
        'Data Intern (Summer 2027)',
        'Pendle Labs',
        'Austin, TX',
        'View job: https://www.linkedin.com/comm/jobs/view/5550001234/?trackingId=abc&refId=def',
        '',
      ].join('\n'),
    );
    assert.equal(job.title, 'Data Intern (Summer 2027)');
    assert.equal(job.url, 'https://www.linkedin.com/jobs/view/5550001234/');
  });

  it('never takes a code host\'s file path as the title', () => {
    const job = parseJobPosting('acme / jobs\nFiles\njobs / open / backend-engineer.md\n# Backend Engineer — Payments\n\n## Requirements\n- Go\n');
    assert.equal(job.title, 'Backend Engineer — Payments');
  });

  it('reads "Requisition: X" mid-line, a "Notice number" field and a BambooHR address\'s number', () => {
    assert.equal(parseJobPosting('ML Intern\nAcme\n\nPay: $40/hr. Requisition: AC-INT-27-002\n').jobId, 'AC-INT-27-002');
    assert.equal(parseJobPosting('iOS Developer\nNotice number : QS-2026-TOR-004\n\nRequirements\n- Swift\n').jobId, 'QS-2026-TOR-004');
    assert.equal(parseJobPosting('https://acme.bamboohr.com/careers/87\nData Analyst\nAcme\n\nRequirements\n- SQL\n').jobId, '87');
  });

  it('reads the end of an application period written year first with "~"', () => {
    assert.equal(firstDeadline('Reception period : 2026.12.01 (Tue) ~ 2027.01.15 (Fri) 18:00 (EST)'), '2027.01.15');
    assert.equal(firstDeadline('Please apply by 2027/02/03.'), '2027/02/03');
  });

  it('takes an "Organization:" value the text calls a group as a unit, not the employer', () => {
    const job = parseJobPosting(
      ['Hollis Robotics Careers', '', 'Robotics Technician', '', 'Hollis Robotics builds welding cells.', 'You will join the Field Services robotics group.', '', 'Organization: Field Services - Robotics', ''].join('\n'),
    );
    assert.equal(job.company, 'Hollis Robotics');
  });
});
