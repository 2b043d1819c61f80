// Session 23: postings as they really come — a team's stack named in an aside, question headings,
// unmarked lists, job-alert e-mails, printed job profiles, clipped pages. All posting text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const names = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

describe('postings as they really come (session 23)', () => {
  it('does not ask for the tools an aside says the team uses', () => {
    const text = ['Data Engineer', '', 'Requirements:', '- Version control with Git and some CI/CD exposure (we use Azure DevOps)', '- Solid SQL — we use Snowflake and you will tune queries', '- Python for pipelines', ''].join('\n');
    const found = names(text);
    assert.ok(found.includes('Git') && found.includes('SQL') && found.includes('Python'), found.join(', '));
    assert.ok(!found.includes('Azure DevOps') && !found.includes('Snowflake'), found.join(', '));
  });

  it('reads a question heading with an alias as the requirements ("What do we require? (Your profile)")', () => {
    const text = ['Research Engineer', '', 'Plants are the subject of our work.', '', 'What do we require? (Your profile)', '- programming experience in Python and/or R;', '- a good grasp of statistics;', '', 'What do we offer?', '- a four-year contract', ''].join('\n');
    const job = parseJobPosting(text);
    const section = job.sections.find((x) => /require/.test(x.title ?? ''));
    assert.equal(section?.kind, 'required', JSON.stringify(job.sections.map((x) => [x.kind, x.title])));
  });

  it('reads a name at the start of an unmarked list line apart from the line above', () => {
    const text = ['Controls Technician', '', 'Nice to have:', 'AutoCAD Electrical', 'FANUC robot programming', 'Siemens TIA Portal', ''].join('\n');
    assert.ok(names(text).includes('Fanuc'), names(text).join(', '));
  });

  it('takes the featured job of a job-alert e-mail, not the digest subject, and its Ref field', () => {
    const text = [
      'From: Alerts <alerts@jobs.example>',
      'Subject: QA Analyst in Cork and 4 more new jobs for "qa analyst"',
      '',
      'FEATURED JOB',
      'QA Analyst',
      'Brightwater Labs Ltd - Cork',
      'Posted: 2 days ago | Ref: BWL-QA-0412 | Closing date: 18/12/2026',
      '',
      'Requirements:',
      '* 2 years of test automation with Selenium',
      '',
      'https://www.jobs.example/jobs/qa-analyst-cork/556677?src=alert',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'QA Analyst');
    assert.equal(job.jobId, 'BWL-QA-0412');
  });

  it('reads a printed job profile: the value a field wrapped, and no running footer as the employer', () => {
    const footer = (n: number) => `KRW Job Profile – Senior Engineer: Telemetry       Page ${n} of 2`;
    const text = [
      'KESTREL RIVER WATERWORKS',
      'JOB PROFILE',
      'Position Title:',
      'Senior Engineer: Telemetry and Remote',
      'Monitoring (TRM)',
      'Reference Number:',
      'KRW/OPS/2026/07',
      '',
      'Minimum Requirements:',
      '• Degree in Electrical Engineering',
      footer(1),
      '• 5 years with SCADA systems',
      'Kestrel River Waterworks is an equal opportunity employer.',
      footer(2),
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Senior Engineer: Telemetry and Remote Monitoring (TRM)');
    assert.equal(job.company, 'Kestrel River Waterworks');
    assert.equal(job.jobId, 'KRW/OPS/2026/07');
  });

  it('takes the ID from a clipped page\'s source address and the subject an application must carry', () => {
    const clipped = ['---', 'source: https://jobs.lever.example/acme/1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', '---', '', '# Acme - QA Engineer', '', 'Requirements:', '- Playwright', ''].join('\n');
    assert.equal(parseJobPosting(clipped).jobId, '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d');
    const mail = ['# Data Engineer — Capivara', '', 'Requirements:', '- dbt and Airflow', '', 'Send your CV to jobs@capivara.example with the subject **DE-2027-03 — Your Name**.', ''].join('\n');
    assert.equal(parseJobPosting(mail).jobId, 'DE-2027-03');
  });
});
