// Metadata in the shapes of public-sector boards, recruiter e-mails and UUID-addressed postings.
// Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { parseDay } from '../../src/core/job/dates';

const posting = (...lines: string[]) => parseJobPosting([...lines, ''].join('\n'));

describe('job metadata: long public-body names, recruiter deadlines, UUID job IDs', () => {
  it('reads a long organisation name under the title', () => {
    const job = posting('Senior Payroll Officer', 'West Harlow Community Health Services NHS Trust', 'Closing date: 4 February 2027', '', 'Job summary', 'Run the monthly payroll for 3,000 staff.');
    assert.equal(job.company, 'West Harlow Community Health Services NHS Trust');
    assert.equal(job.title, 'Senior Payroll Officer');
  });

  it('does not take a long line that names no organisation as the employer', () => {
    const job = posting('Senior Payroll Officer', 'Run the monthly payroll for three thousand staff', '', 'Requirements', '- Payroll experience');
    assert.notEqual(job.company, 'Run the monthly payroll for three thousand staff');
  });

  it('reads day-month-year written with hyphens', () => {
    assert.equal(parseDay('09-Dec-2026'), '2026-12-09');
    assert.equal(parseDay('9-September-2027'), '2027-09-09');
  });

  it("reads a recruiter's 'share your profile latest by' as the deadline", () => {
    const job = posting('Subject: Opening for Verification Engineer', '', 'Please share your updated profile latest by 14-Jan-2027 (Thu).');
    assert.equal(job.deadline, '14-Jan-2027');
    assert.equal(posting('Verification Engineer', '', 'Send your CV by March 2, 2027 to the address below.').deadline, 'March 2, 2027');
  });

  it('does not read a date a profile was merely shared on as a deadline', () => {
    assert.equal(posting('Verification Engineer', '', 'We shared your profile with the client on 14-Jan-2027.').deadline, undefined);
  });

  it('takes a UUID path segment of the posting address as its job ID', () => {
    const job = posting('Backend Engineer', 'Apply: https://jobs.example-board.com/acme/0d9e8f7a-1b2c-4d3e-8f90-a1b2c3d4e5f6?source=newsletter');
    assert.equal(job.jobId, '0d9e8f7a-1b2c-4d3e-8f90-a1b2c3d4e5f6');
  });
});

describe('job sections: third-person asks and a newsletter\'s other roles', () => {
  const newsletter = [
    'TALENT LETTER · Issue 40',
    '',
    'Platform Engineer, Billing',
    'Oakfern Labs · Berlin · Hybrid',
    '',
    'What they\'re looking for:',
    '* Production experience with Rust',
    '* PostgreSQL query tuning',
    '',
    '-------------------',
    'MORE ROLES THIS WEEK',
    '-------------------',
    '',
    '> Mobile Engineer (Flutter, Dart) - Pinecone Apps - Munich',
    '> Data Engineer (Scala, Spark) - Elmstead Retail - Hamburg',
    '',
    'Unsubscribe · Update your preferences',
    '',
  ].join('\n');

  it('reads "What they\'re looking for" as the requirements', () => {
    const job = parseJobPosting(newsletter);
    const required = job.keywords.filter((k) => k.importance === 'required').map((k) => k.keyword);
    assert.ok(required.includes('Rust'), JSON.stringify(job.keywords.map((k) => [k.keyword, k.importance])));
  });

  it("does not read the other roles listed under a capitalised 'more roles' heading as this posting's skills", () => {
    const terms = parseJobPosting(newsletter).keywords.map((k) => k.keyword);
    for (const other of ['Flutter', 'Dart', 'Scala', 'Spark']) assert.ok(!terms.includes(other), `${other} in ${terms.join(', ')}`);
  });
});

describe('job pages: attachments', () => {
  it("does not read a download link's type and size as skills", () => {
    const job = parseJobPosting(['Payroll Analyst', 'Hollybrook Council', '', 'Requirements', '- Excel and SAP payroll', '', 'Documents', 'Payroll Analyst job description (PDF, 212.5KB)', 'Pay scales 2027 (DOCX, 1.1 MB)', ''].join('\n'));
    const terms = job.keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(terms.includes('excel'), terms.join(', '));
    for (const t of ['pdf', 'docx', '212.5kb']) assert.ok(!terms.includes(t), `${t} in ${terms.join(', ')}`);
  });
});

describe("job IDs: an agency's code and the client's requisition", () => {
  it("takes the client's requisition over the agency's own job code", () => {
    const job = parseJobPosting(['Subject: Opening for Firmware Engineer', '', 'Job Code: HR/EMB/2701/03', 'Client Req: KST-FW-2207', '', 'Requirements', '- Embedded C', ''].join('\n'));
    assert.equal(job.jobId, 'KST-FW-2207');
  });

  it("keeps the agency's code when no client requisition is given", () => {
    assert.equal(parseJobPosting(['Firmware Engineer', '', 'Job Code: HR/EMB/2701/03', ''].join('\n')).jobId, 'HR/EMB/2701/03');
  });
});

describe('job titles: a cohort after the title', () => {
  it('drops a trailing intake or cohort year like a term', () => {
    assert.equal(parseJobPosting(['Graduate Engineer, Structures - 2028 Intake', 'Alder & Finch LLP', '', 'Requirements', '- A degree in civil engineering', ''].join('\n')).title, 'Graduate Engineer, Structures');
    assert.equal(parseJobPosting(['Intake Coordinator', 'Riverside Clinic', ''].join('\n')).title, 'Intake Coordinator');
  });
});
