// Session 22: postings as they really come — a recruiter's forwarded e-mail, the word "CV", breadcrumb
// and emoji titles. All posting text is invented.

import { strict as assert } from 'node:assert';
import { classifyHeading, parseJobPosting } from '../../src/core/job';

/** The skills a posting asks for (required or preferred). */
const asksOf = (text: string) => parseJobPosting(text).keywords.filter((k) => k.importance === 'required' || k.importance === 'preferred').map((k) => k.keyword);

describe('a recruiter e-mail pasted whole (session 22)', () => {
  const mail = [
    'From: Sam Reyes <sam@agency.example>',
    'Subject: Platform Engineer | Leading insurer | £600/day',
    '',
    'Hi Alex,',
    '',
    'Role: Platform Engineer (Contract)',
    'Ref: AG-2231',
    '',
    'Must have:',
    '- Terraform and Kubernetes in production',
    '- Python or Bash scripting',
    '',
    'Nice to have:',
    '- Istio',
    '',
    'Interview process: two stages, then a short system design chat. I need CVs over by Friday noon.',
    '',
    'Kind regards,',
    'Sam',
    'Sam Reyes | Senior Consultant',
    'Registered office: 4th Floor, 12 Mill Lane, Leeds LS1 4AB. We process candidate data under UK GDPR.',
    '',
  ].join('\n');

  it('reads the asks above the sign-off and nothing from the signature, the disclaimer or the interview process', () => {
    const found = asksOf(mail);
    for (const skill of ['Terraform', 'Kubernetes', 'Python', 'Bash', 'Istio']) assert.ok(found.includes(skill), skill);
    for (const notAsked of ['GDPR', 'system design', 'CVS']) assert.ok(!found.includes(notAsked), `${notAsked} in ${found.join(', ')}`);
  });
});

describe('"CV" as the application document (session 22)', () => {
  it('reads "your CV", "CVs" and "CV and cover letter" as the document, and "ML, CV or NLP" as computer vision', () => {
    const text = [
      'Vision Intern',
      '',
      'Requirements',
      '- Coursework in ML, CV or NLP',
      '- Experience with CVS or Subversion',
      '',
      'How to apply: send your CV and cover letter; we read all CVs within a week.',
      '',
    ].join('\n');
    const found = parseJobPosting(text).keywords;
    assert.deepEqual(found.filter((k) => /^CVS?$/.test(k.keyword)).map((k) => k.keyword).sort(), ['CV', 'CVS']);
    const cv = found.find((k) => k.keyword === 'CV')!;
    assert.equal(cv.importance, 'required');
  });
});

describe('headings decorated with emoji (session 22)', () => {
  it('reads the words after the emoji, and a "Stack" section as the team\'s, not an ask', () => {
    assert.equal(classifyHeading('🛠️ What you\'ll do'), 'responsibilities');
    assert.equal(classifyHeading('🙋 Requirements'), 'required');
    assert.equal(classifyHeading('🧰 Stack'), 'about');
    assert.equal(classifyHeading('Our tech stack'), 'about');
  });
});

describe('titles as pages print them (session 22)', () => {
  it('takes the last crumb of a breadcrumb trail and drops an emoji', () => {
    assert.equal(parseJobPosting('Careers › Job offers › Firmware Engineer (Motor Control)\n\nWe build drives.\n').title, 'Firmware Engineer (Motor Control)');
    assert.equal(parseJobPosting('# Product Designer 🎨\n\nWe build boats.\n').title, 'Product Designer');
  });
});

describe('metadata as postings state it (session 22)', () => {
  it('takes a link that holds the job ID as the posting\'s address, not a language switch', () => {
    const page = [
      '[Home](https://drives.example/en/) · [DE](https://jobs.drives.example/de/stellen/DR-2027-44/)',
      '',
      '# Firmware Engineer (Motor Control)',
      '',
      'Job ID: DR-2027-44',
      '',
      '## Requirements',
      '- C and FreeRTOS',
      '',
      '[Apply now](https://jobs.drives.example/jobs/DR-2027-44/apply)',
      '',
    ].join('\n');
    assert.equal(parseJobPosting(page).url, 'https://jobs.drives.example/jobs/DR-2027-44/apply');
  });

  it('keeps a closing time written after the day, its zone in words, and reads a recruiter\'s "need CVs over by"', () => {
    assert.equal(parseJobPosting('IT Analyst\n\nClosing date: 8 March 2027 - 23:59, Eastern Time\n').deadline, '8 March 2027 - 23:59, Eastern Time');
    assert.equal(parseJobPosting('Data Engineer\n\nThey want to meet people soon, so I need CVs over by midday Friday 12th March.\n').deadline, '12th March');
    assert.equal(parseJobPosting('Data Analyst\n\nThis advert closes on 18 March 2027, but we may close it early.\n').deadline, '18 March 2027');
  });
});

describe('an agency e-mail for a client it does not name (session 22)', () => {
  it('names no employer: not the place from the location field, not "Leading Insurer"', () => {
    const mail = [
      'Subject: Platform Engineer | Leading Insurer | £600/day | Leeds (hybrid)',
      'From: Sam Reyes <sam@agency.example>',
      '',
      'Hi Alex,',
      '',
      'Role: Platform Engineer',
      'Location: Leeds LS1, hybrid',
      '',
      'Must have:',
      '- Terraform',
      '',
      'Kind regards,',
      'Sam',
      '',
    ].join('\n');
    assert.equal(parseJobPosting(mail).company, undefined);
  });
});

describe('a known skill with a generic head (session 22)', () => {
  it('reads "LOINC code sets" and "Kafka clusters" as the skill, and keeps "Redis Streams"', () => {
    const found = asksOf('Analyst\n\nRequirements\n- Knowledge of LOINC code sets\n- Running Kafka clusters in production\n- Redis Streams\n');
    assert.ok(found.includes('LOINC') && found.includes('Kafka'), found.join(', '));
    assert.ok(!found.some((k) => /code sets|clusters/i.test(k)), found.join(', '));
    assert.ok(found.some((k) => /Redis Streams/i.test(k)), found.join(', '));
  });
});

describe('what a named tool makes (session 22)', () => {
  it('reads "dashboards in Looker" and "Python for report automation" as the tools, and bare "dashboards" as an ask', () => {
    const found = asksOf('Analyst\n\nRequirements\n- Dashboards in Looker\n- Python for data cleaning and report automation\n- Tableau or Power BI dashboards\n');
    assert.ok(['Looker', 'Python', 'Tableau', 'Power BI'].every((k) => found.includes(k)), found.join(', '));
    assert.ok(!found.some((k) => /^(?:dashboards|automation)$/i.test(k)), found.join(', '));
    assert.ok(asksOf('Analyst\n\nRequirements\n- Experience designing dashboards for executives\n').some((k) => /dashboards/i.test(k)));
  });
});

describe('forum posts and clipped pages (session 22)', () => {
  it('reads a long "Company | Role | Place | … | stack" header and a "You\'d be a good fit if" paragraph', () => {
    const post = [
      'Harrowgate Labs | Senior Data Engineer (Forecasting) | Austin, TX or REMOTE (US only, UTC-5 to UTC-8) | Full-time | $160k–$190k + equity | Python, dbt, Snowflake, Airflow on GCP',
      '',
      'The role: you would own the forecasting pipeline that decides how much load each feeder can take tonight.',
      '',
      "You'd be a good fit if you have 4+ years building pipelines in Python and you have run dbt models in production for a team.",
      '',
    ].join('\n');
    const job = parseJobPosting(post);
    assert.equal(job.company, 'Harrowgate Labs');
    assert.equal(job.title, 'Senior Data Engineer (Forecasting)');
    assert.equal(job.keywords.find((k) => k.keyword === 'dbt')?.importance, 'required');
  });

  it('takes a clipped page\'s first heading over its "Role | Org | Site" title, and its source as the URL', () => {
    const clip = ['---', 'title: "Program Officer | Lakeside Trust | Jobsite"', 'source: "https://jobs.example/lakeside/program-officer-77"', '---', '# Program Officer', '', 'Lakeside Trust', ''].join('\n');
    const job = parseJobPosting(clip);
    assert.equal(job.title, 'Program Officer');
    assert.equal(job.url, 'https://jobs.example/lakeside/program-officer-77');
  });
});

describe('a job board\'s facts block (session 22)', () => {
  const page = [
    'Backend Developer - Go, PostgreSQL',
    'Tarang Fintech',
    '',
    'Must Have:',
    '- 3+ years of Go',
    '',
    'Role: Back End Developer',
    'Industry Type: FinTech / Payments',
    'Employment Type: Full Time, Permanent',
    'Role Category: Software Development',
    '',
    'Hyderabad · Hybrid · Permanent · Ref. TF-2027-118',
    '',
  ].join('\n');

  it('keeps the page\'s title over the facts block\'s role category, and reads no ask from the facts', () => {
    const job = parseJobPosting(page);
    assert.match(job.title ?? '', /^Backend Developer/);
    const asks = asksOf(page);
    assert.ok(!asks.some((k) => /software development|permanent|full time/i.test(k)), asks.join(', '));
  });

  it('reads a reference that ends a line of the job\'s facts ("· Ref. TF-2027-118")', () => {
    assert.equal(parseJobPosting(page).jobId, 'TF-2027-118');
  });
});

describe('taxonomy grown in session 22', () => {
  it('reads the PLC platforms, root-cause tools, Android libraries and survey tools postings ask for', () => {
    const asks = asksOf('Engineer\n\nRequirements\n- Allen-Bradley Studio 5000 or Siemens TIA Portal\n- 5 Whys and fishbone diagrams\n- Hilt or Dagger\n- KoboToolbox or ODK forms\n');
    for (const k of ['Allen-Bradley', 'Studio 5000', 'TIA Portal', '5 Whys', 'fishbone diagrams', 'Hilt', 'Dagger', 'KoboToolbox', 'ODK']) assert.ok(asks.includes(k), `${k} in ${asks.join(', ')}`);
  });

  it('leaves the everyday words alone outside a technical sentence ("the rider", "a dagger")', () => {
    const asks = asksOf('Courier\n\nRequirements\n- Be a friendly rider who keeps a dagger-sharp eye on the route\n');
    assert.ok(!asks.some((k) => /rider|dagger/i.test(k)), asks.join(', '));
  });
});

describe('what is not an ask (session 22)', () => {
  it('reads no skill from a pre-employment check, and no section from a careers site\'s "Your job application" link', () => {
    const text = ['Site Engineer', '', 'Requirements', '- Python for monitoring data', '- Able to complete a pre-employment medical, including drug and alcohol testing', ''].join('\n');
    const asks = asksOf(text);
    assert.ok(asks.includes('Python') && !asks.some((k) => /testing/i.test(k)), asks.join(', '));
    assert.equal(classifyHeading('Your job application'), undefined);
    assert.equal(classifyHeading('Minimum Qualications'), 'required');
  });
});
