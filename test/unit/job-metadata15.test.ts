// Metadata in shapes met on government, bilingual and startup-board pastes. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

describe('job metadata: announcement numbers, date ranges, links, acronyms, translations', () => {
  it('takes a federal "Announcement number" as the job ID over the number in the page address', () => {
    const job = parseJobPosting(
      ['Data Analyst', 'Bureau of Harbor Statistics', '', 'Announcement number', 'BHS-27-QX-000123', 'Control number', '700000123', '', 'https://www.usajobs.gov/job/700000123', ''].join('\n'),
    );
    assert.equal(job.jobId, 'BHS-27-QX-000123');
  });

  it('reads the end of an "Open & closing dates" range as the deadline', () => {
    const job = parseJobPosting(['Data Analyst', 'Bureau of Harbor Statistics', '', 'Open & closing dates', '03/02/2027 to 03/16/2027', ''].join('\n'));
    assert.equal(job.deadline, '03/16/2027');
  });

  it('never takes a pasted link as the title, and looks past chip lines for it', () => {
    const job = parseJobPosting(
      ['https://boards.example.com/company/tidewater/jobs/99812-backend-engineer', '', 'Tidewater', 'Tidewater', 'Ocean freight visibility for shippers', 'SEED', 'B2B', 'Logistics', 'SaaS', '11-50 Employees', '', 'Backend Engineer', 'Remote (US)', ''].join('\n'),
    );
    assert.equal(job.title, 'Backend Engineer');
  });

  it('expands an acronym employer to the hyphenated name it abbreviates', () => {
    const job = parseJobPosting(
      ['Junior Developer', '', 'The Atlantic-Boreal Export Bank (ABEB) finances exporters across the country.', 'ABEB is hiring a junior developer for its lending team. Join ABEB.', ''].join('\n'),
    );
    assert.equal(job.company, 'Atlantic-Boreal Export Bank');
  });

  it('drops the translated half of a bilingual title, and keeps an English pair of titles', () => {
    const bilingual = parseJobPosting(['Data Analyst (Student) / Analyste de données (étudiant)', '', 'Requirements', '- SQL', ''].join('\n'));
    assert.equal(bilingual.title, 'Data Analyst (Student)');
    const pair = parseJobPosting(['Developer / Software Engineer in Test', '', 'Requirements', '- SQL', ''].join('\n'));
    assert.equal(pair.title, 'Developer / Software Engineer in Test');
  });
});

describe('job metadata: employment type and term', () => {
  const read = (lines: string[]) => {
    const job = parseJobPosting(lines.join('\n'));
    return [job.employmentType, job.term];
  };

  it('reads a labelled field, on its line or the next', () => {
    assert.deepEqual(read(['Junior Developer', 'Employment Type: Permanent, full-time', '', 'Assets', '- Internship or co-op experience in banking', '']), ['full-time', undefined]);
    assert.deepEqual(read(['Supply Analyst', 'Job type', 'Full-time', '', '- 0-2 years of experience (internships and co-ops count)', '']), ['full-time', undefined]);
  });

  it("takes the title's kind over a Workday time type", () => {
    assert.deepEqual(read(['Data Engineering Intern (Summer 2027)', 'time type', 'Full time', '']), ['internship', 'Summer 2027']);
  });

  it('reads the job length, not a window for a degree or a training course', () => {
    assert.deepEqual(read(['Research Technician', '', 'This is a 12-month contract position.', '']), ['contract', '12-month']);
    assert.deepEqual(
      read(['Analyst', 'Status: Full-time', '', '- A degree completed within the last 24 months', '- Complete our 3-week Analyst Academy in August', '']),
      ['full-time', undefined],
    );
  });

  it('reads "a full-time paid internship" as an internship', () => {
    assert.deepEqual(read(['Platform Team', '', 'This is a 12-week, full-time paid internship in Denver.', '']), ['internship', '12-week']);
  });
});

describe('job deadline: one per office', () => {
  it('reads the first deadline of a by-office list', () => {
    const job = parseJobPosting(['Campus Analyst', '', 'Application deadlines by office:', 'Denver and Boise: Sunday, January 17, 2027', 'Austin: Sunday, February 7, 2027', ''].join('\n'));
    assert.equal(job.deadline, 'January 17, 2027');
  });
});

describe('job employer: letterheads and sender domains', () => {
  it('reads a legal name above the title, and a name a board prints twice', () => {
    // The legal form is set aside, as for every legal name read alone on its line ("at Harrow Vale" in a draft).
    assert.equal(parseJobPosting('Harrow Vale LLP\n\nAudit Technology Analyst\n\nRequirements\n- SQL\n').company, 'Harrow Vale');
    assert.equal(parseJobPosting('Tidewater\nTidewater\nFreight visibility for shippers\n\nBackend Engineer\n\nRequirements\n- Go\n').company, 'Tidewater');
  });

  it("reads the posting's letterhead under a forward's headers, backed by the sender's domain", () => {
    const text = [
      'From: Sam Roe <sam.roe@mapleridgehealth.co.uk>',
      'Subject: Fwd: Internal posting: Systems Analyst - Cerner Oncology (Job Code SA-12)',
      '',
      'Have a look!',
      '',
      'From: Talent Team <talent@mapleridgehealth.co.uk>',
      'Subject: Internal posting: Systems Analyst - Cerner Oncology (Job Code SA-12)',
      '',
      'MAPLE RIDGE HEALTH SYSTEM',
      'Information Services',
      '',
      'Position: Systems Analyst - Cerner Oncology',
      '',
      'The Systems Analyst builds and supports the Cerner Oncology application. Cerner Oncology is used in 12 clinics.',
      'Maple Ridge sponsors training. Maple Ridge is an equal opportunity employer.',
      '',
      'Requirements',
      '- SQL',
      '',
    ].join('\n');
    // The short name the posting itself uses is fine; the product in the subject is not the employer.
    assert.match(parseJobPosting(text).company ?? '', /^Maple Ridge/);
  });
});
