// Session 21: postings as they really come — a posting written in prose paragraphs. All posting
// text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { broaderSkills } from '../../src/core/skills';

const importanceOf = (text: string) => {
  const job = parseJobPosting(text);
  return (name: string) => job.keywords.find((k) => k.keyword === name)?.importance;
};

describe('a posting written as prose paragraphs (session 21)', () => {
  const prose = [
    'Harbor County — Data Office',
    'Data Engineer',
    '',
    'Harbor County is hiring a data engineer to join a team of six who rebuild the county services people use every day, from permits to parks.',
    '',
    'The minimum qualifications are a degree in a quantitative field and two years of building pipelines; you should be comfortable writing Python and SQL against a PostgreSQL database without help.',
    '',
    'It would be a plus if you have deployed services to Azure or worked with Airflow, and we value experience writing for the public.',
    '',
    'The people who thrive here are patient and curious, and they like working with Tableau-loving analysts.',
    '',
  ].join('\n');

  it('reads a paragraph that opens "The minimum qualifications are" as required, to its end', () => {
    const at = importanceOf(prose);
    for (const name of ['Python', 'SQL', 'PostgreSQL']) assert.equal(at(name), 'required', name);
  });

  it('reads a paragraph that opens "It would be a plus if" as preferred', () => {
    const at = importanceOf(prose);
    for (const name of ['Azure', 'Apache Airflow']) assert.equal(at(name), 'preferred', name);
  });

  it('ends the section with the paragraph: the next paragraph asks nothing', () => {
    assert.notEqual(importanceOf(prose)('Tableau'), 'required');
    assert.notEqual(importanceOf(prose)('Tableau'), 'preferred');
  });

  it('leaves prose openings alone in a posting that heads its qualifications', () => {
    const headed = [
      'Data Engineer',
      'Harbor County',
      '',
      'Requirements',
      '- Python and SQL',
      '',
      'About us',
      '',
      'It would be a plus if you have ridden our ferries, which run on a Rust control system we built in house over the years.',
      '',
    ].join('\n');
    assert.equal(importanceOf(headed)('Python'), 'required');
    assert.equal(importanceOf(headed)('Rust'), 'other');
  });

  it('reads qualification paragraphs of a headed posting\'s job description, but not eligibility (session 22)', () => {
    const board = [
      'Process Engineering Intern',
      'Tillman Fasteners',
      '',
      "What they're looking for",
      'Graduation date',
      'May 2028',
      '',
      'About the job',
      '',
      'Interns work beside our process engineers on the stamping lines in two plants every day.',
      '',
      "We're looking for students who are enrolled in mechanical engineering and can read drawings and use Excel every day.",
      '',
      "It's a plus if you have used Minitab for a statistics course or written a little Python for lab data.",
      '',
      'Applicants must be legally authorized to work in the US; we do not sponsor visas or work permits for Python roles.',
      '',
      'About Tillman',
      '',
      'It would be a plus if you have ridden our ferries, which run on a Rust control system we built in house over the years.',
      '',
    ].join('\n');
    const importance = importanceOf(board);
    assert.equal(importance('Excel'), 'required');
    assert.equal(importance('Minitab'), 'preferred');
    assert.equal(importance('Rust'), 'other');
  });
});

describe('postings as pasted: PDF copies, job-board alerts and facts rows (session 21)', () => {
  it('joins a word a PDF split at a lost ligature glyph ("Quali cations") and reads the heading', () => {
    const text = ['Bench Analyst', 'Morrow Labs', '', 'Essential Quali cations', '• Experience with Python and Tableau', '• Work on speci cations for the o ce', '', 'Benefits', '• Pension', ''].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.keywords.find((k) => k.keyword === 'Python')?.importance, 'required');
    assert.ok(job.sections.some((s) => s.kind === 'required' && /Qualifications/.test(s.title)), job.sections.map((s) => s.title).join(' | '));
  });

  it('reads a labelled title wrapped in a PDF field column, a "Ref:" identifier and a deadline whose year wrapped', () => {
    const text = [
      'Morrow Labs Ltd                                   Ref: ML-QC-4410',
      '',
      'Job Title:        Data Steward (Clinical',
      '                  Operations)',
      'Location:         Galway',
      '',
      'Requirements',
      '• SQL and Python',
      '',
      'Closing date for applications: Monday 11 January',
      '2027.',
      '',
    ].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Data Steward (Clinical Operations)');
    assert.equal(job.jobId, 'ML-QC-4410');
    assert.equal(job.deadline, '11 January 2027');
  });

  it('reads a deadline with its closing time and time zone in words', () => {
    const job = parseJobPosting(['Data Engineer', 'Harbor County', '', 'Requirements', '- SQL', '', 'Applications will be accepted until 5:00 p.m. Eastern Time on Friday, February 5, 2027.', ''].join('\n'));
    assert.equal(job.deadline, 'February 5, 2027');
  });

  it('ends a "Role:" value at the next label of a facts row, and keeps the fuller title of the page', () => {
    const text = [
      'Pricing Analyst - Motor Portfolio',
      'Ketu General Insurance',
      'Pune  |  2-4 Yrs',
      '',
      'Requirements',
      '- Excel and SQL',
      '',
      'Role: Pricing Analyst | Industry Type: Insurance | Department: Risk & Compliance',
      '',
    ].join('\n');
    assert.equal(parseJobPosting(text).title, 'Pricing Analyst - Motor Portfolio');
  });

  it('takes the title from a board\'s save button when the page header is lost in its chrome, not from an alert widget', () => {
    const chrome = ['Skip to search', 'Keyboard shortcuts', 'Close jump menu', 'new feed updates notifications', 'Home', 'My Network', 'Jobs', 'Messaging', 'Notifications', 'Me', 'For Business', 'Try Premium for CA$0', 'Back to search results', 'Sorrel Data', 'Share', 'Show more options'];
    const text = [
      ...chrome,
      'Data Platform Intern (8 month co-op, Sept 2027)',
      'Ottawa, ON · Reposted 3 days ago',
      'Apply',
      'Save Data Platform Intern (8 month co-op, Sept 2027) at Sorrel Data',
      'About the job',
      'You will build pipelines. You have experience with Python and SQL.',
      '',
      'Set alert for similar jobs',
      'Data Engineer Intern, Ottawa, ON',
      '',
    ].join('\n');
    assert.equal(parseJobPosting(text).title, 'Data Platform Intern (8 month co-op, Sept 2027)');
  });

  it('drops a Japanese legal form written without its final point ("K.K")', () => {
    const job = parseJobPosting(['# Firmware Engineer', '', 'Ginga Drives K.K builds motor controllers. Ginga Drives K.K is hiring.', '', '## Requirements', '- C and RTOS experience', '', '© 2026 Ginga Drives K.K', ''].join('\n'));
    assert.equal(job.company, 'Ginga Drives');
  });
});

describe('named practices of regulated labs, controls and reliability engineering (session 21)', () => {
  const asked = (line: string) =>
    parseJobPosting(['Engineer', 'Quillmoor', '', 'Requirements', `- ${line}`, ''].join('\n'))
      .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
      .map((k) => k.keyword);
  it('reads lab informatics names, control methods and reliability practices as skills', () => {
    const got = [
      ...asked('Support a LIMS and electronic lab notebooks in a GxP setting, with computer system validation'),
      ...asked('Model predictive control, LQR and state estimation on real hardware'),
      ...asked('Define SLOs and error budgets; eBPF tooling a plus'),
      ...asked('Pricing with generalised linear models'),
    ];
    for (const name of ['LIMS', 'electronic lab notebooks', 'GxP', 'computer system validation', 'model predictive control', 'LQR', 'state estimation', 'service level objectives', 'error budgets', 'eBPF', 'generalized linear models']) {
      assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
    }
  });
  it('credits a named LIMS product and a control method toward their umbrellas', () => {
    assert.ok(broaderSkills('LabWare').includes('LIMS'), broaderSkills('LabWare').join(', '));
    assert.ok(broaderSkills('LQR').includes('control systems'), broaderSkills('LQR').join(', '));
  });
});

describe('names read by shape that are no skill (session 21)', () => {
  const hard = (text: string) =>
    parseJobPosting(text)
      .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
      .map((k) => k.keyword);
  it('drops the sender\'s organisation, a month and year, a state and ZIP code and a degree abbreviation', () => {
    const got = hard(
      [
        'From: Priya Nair <priya@quarrytalent.example>',
        'Subject: Power Electronics Engineer',
        '',
        'Power Electronics Engineer (Onsite, Sept 2027)',
        'Quarry Talent is hiring for a client in Baytown, TX 77520.',
        '',
        'Requirements',
        '* BSEE or MSEE',
        '* Circuit simulation in PLECS or SIMetrix (Quarry Talent, Sept 2027)',
        '* Familiar with Emblem or similar pricing software',
        '',
      ].join('\n'),
    );
    for (const name of ['Quarry Talent', 'Sept 2027', 'TX 77520', 'BSEE', 'MSEE', 'similar pricing software']) assert.ok(!got.includes(name), `${name}: ${got.join(', ')}`);
    assert.ok(got.includes('PLECS') && got.includes('SIMetrix'), got.join(', '));
  });
});

describe('a hiring-process line asks for nothing (session 21)', () => {
  it('reads no skill in "Our process: … take-home debugging exercise → systems design conversation"', () => {
    const job = parseJobPosting(
      ['SRE', 'Kestrel Pay', '', 'Nice to have', '- Terraform', '', 'Our process: a call with the hiring manager → a take-home debugging exercise → a systems design conversation.', ''].join('\n'),
    );
    const asked = job.keywords.filter((k) => k.importance !== 'other').map((k) => k.keyword);
    assert.ok(asked.includes('Terraform'), asked.join(', '));
    assert.ok(!asked.some((k) => /debugging|system/i.test(k)), asked.join(', '));
  });
});
