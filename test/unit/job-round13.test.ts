// Round 13: the mechanisms of the round-12 patch (line-break hyphens, stacked fields, year-prefixed
// requisition IDs, running headers, "Organization:" units, times after a deadline, titles and links).
// All examples invented for these tests.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { mendLineBreakHyphens } from '../../src/core/job/dehyphenate';
import { joinStackedFields } from '../../src/core/job/clean';
import { deadlinesIn } from '../../src/core/job/eligibility';

const names = (text: string) => parseJobPosting(text).keywords.map((k) => k.keyword);

describe('line-break hyphens of a PDF paste', () => {
  it('joins a word split at a line break and keeps the rest of the line with it', () => {
    assert.equal(mendLineBreakHyphens('- Experience with distrib-\nuted systems in Go\n- SQL'), '- Experience with distributed systems in Go\n- SQL');
    assert.equal(mendLineBreakHyphens('Kuber-\n  netes clusters'), 'Kubernetes clusters');
  });
  it('keeps the hyphen of a compound: two words, a prefix, a function word, or written so elsewhere', () => {
    assert.equal(mendLineBreakHyphens('time-\nseries data'), 'time-series data');
    assert.equal(mendLineBreakHyphens('a state-of-the-\nart lab'), 'a state-of-the-art lab');
    assert.equal(mendLineBreakHyphens('multi-\nview stereo'), 'multi-view stereo');
    assert.equal(mendLineBreakHyphens('a well-\nknown brand'), 'a well-known brand');
    assert.equal(mendLineBreakHyphens('Our co-op term. Co-\nop students'), 'Our co-op term. Co-op students');
  });
  it('drops the hyphen when the joined word is a word', () => {
    assert.equal(mendLineBreakHyphens('hy-\npothesis testing'), 'hypothesis testing');
    assert.equal(mendLineBreakHyphens('de-\nbugging'), 'debugging');
  });
  it('mends a break in text with Windows line endings', () => {
    assert.equal(mendLineBreakHyphens('distrib-\r\nuted systems\r\n'), 'distributed systems\r\n');
  });
  it('leaves a list dash and a capitalised next line alone', () => {
    const text = 'Skills -\nPython\nTools:\n- Git';
    assert.equal(mendLineBreakHyphens(text), text);
  });
  it('lets a skill split across the break be read', () => {
    const got = names('Backend Engineer\n\nRequirements\n- Experience building distrib-\nuted systems in Go\n- Hands-on Kuber-\nnetes');
    for (const k of ['distributed systems', 'Go', 'Kubernetes']) assert.ok(got.includes(k), `${k} in ${got}`);
  });
});

describe('a label and its value on stacked lines', () => {
  it('joins "Label" / ": value" into one field', () => {
    assert.equal(joinStackedFields('Unposting Date\n: Feb 2, 2027\nCity\n: Leeds'), 'Unposting Date: Feb 2, 2027\nCity: Leeds');
  });
  it('reads the deadline of a stacked field', () => {
    assert.equal(parseJobPosting('Payroll Clerk\nUnposting Date\n: Feb 2, 2027\n\nRequirements\n- Excel').deadline, 'Feb 2, 2027');
  });
});

describe('job IDs: a field list and a year-prefixed requisition', () => {
  it('reads the value under a "Job ID" label with a blank line between', () => {
    assert.equal(parseJobPosting('Data Engineer\n\nJob ID\n\n2026-14387\n\nRequirements\n- SQL').jobId, '2026-14387');
  });
  it('keeps a year-prefixed number whole behind any requisition label', () => {
    assert.equal(parseJobPosting('Data Engineer\nRequisition 2026-14387\n\n- SQL').jobId, '2026-14387');
    assert.equal(parseJobPosting('Data Engineer\nJob Requisition: 2026-14387\n\n- SQL').jobId, '2026-14387');
    assert.equal(parseJobPosting('Data Engineer\nJob ID: 2027-0412\n\n- SQL').jobId, '2027-0412');
  });
  it('takes no year range or date as a requisition', () => {
    assert.equal(parseJobPosting('Data Engineer\nRequisition 2026-2027 cycle\n\n- SQL').jobId, undefined);
    assert.equal(parseJobPosting('Data Engineer\nJob Requisition: 2026-2027\n\n- SQL').jobId, undefined);
  });
  it('reads "Requisition" before a lettered identifier', () => {
    assert.equal(parseJobPosting('Lab Technician\n· Requisition HRC-LB-2027-031\n\n- PCR').jobId, 'HRC-LB-2027-031');
  });
});

describe('the employer: running headers and "Organization:" fields', () => {
  it('reads a PDF header repeated on each page', () => {
    const job = parseJobPosting('Quarry Bank – Student Programs   Page 1 of 2\nData Analyst Intern\n\nYou will use SQL.\n\nQuarry Bank – Student Programs   Page 2 of 2\n- Excel');
    assert.equal(job.company, 'Quarry Bank');
  });
  it('a name line repeated without a second part is not a header', () => {
    const job = parseJobPosting('Data Analyst Intern\n\nYou will use SQL daily.\n\nQuarry\n\nYou will use Excel.\n\nQuarry\n- Excel');
    assert.notEqual(job.company, 'Quarry');
  });
  it('"Organization: Org — Unit" names the org', () => {
    assert.equal(parseJobPosting('GIS Technician\nOrganization: Town of Wexley Cove — Public Works Department\n\n- ArcGIS').company, 'Town of Wexley Cove');
    assert.equal(parseJobPosting('GIS Technician\nOrganisation: Pellmore Rail | Signals Division\n\n- AutoCAD').company, 'Pellmore Rail');
  });
  it('"Organization:" naming a unit only leaves the employer to other evidence', () => {
    const job = parseJobPosting('Data Analyst\nOrganization: IT - Enterprise Data\n\nAt Harlow Mutual, we insure barns across the county.\n\nRequirements\n- SQL');
    assert.equal(job.company, 'Harlow Mutual');
    assert.equal(parseJobPosting('Data Analyst\nOrganization: Finance Division\n\n- SQL').company, undefined);
  });
  it('"Company:" is read as written', () => {
    assert.equal(parseJobPosting('Data Analyst\nCompany: Dorrance Group\n\n- SQL').company, 'Dorrance Group');
  });
});

describe('deadlines: new cues and a time after the day', () => {
  it('reads "Posting End Date" and "Unposting Date"', () => {
    assert.equal(parseJobPosting('Analyst\n\nPosting End Date: 2027-03-03\n\n- SQL').deadline, '2027-03-03');
    assert.equal(parseJobPosting('Analyst\n\nUnposting Date: Mar 3, 2027\n\n- SQL').deadline, 'Mar 3, 2027');
  });
  it('keeps a time after the day, not a count', () => {
    assert.deepEqual(deadlinesIn('Apply by March 3, 2027 at 11:59 PM.')[0], { written: 'March 3, 2027', of: 'application', time: ' at 11:59 PM' });
    assert.equal(deadlinesIn('Apply by March 3, 2027 at 11:59 p.m. today')[0].time, ' at 11:59 p.m.');
    assert.equal(deadlinesIn('Application deadline: June 1, 2027 15 positions open')[0].time, undefined);
    assert.equal(parseJobPosting('Analyst\n\nApplication deadline: June 1, 2027 15 positions open\n\n- SQL').deadline, 'June 1, 2027');
  });
});

describe('the title and the posting link', () => {
  it('drops a breadcrumb and a leading emoji', () => {
    assert.equal(parseJobPosting('Acme / Careers / Backend Engineer\n\n- Go').title, 'Backend Engineer');
    assert.equal(parseJobPosting('🌊 Backend Engineer\n\n- Go').title, 'Backend Engineer');
  });
  it('takes a later link that spells the title as the posting URL', () => {
    const job = parseJobPosting('Backend Engineer Early Career\n\nSee https://acme.example/team/blog for our team.\n\n- Go\n\nApply: https://jobs.acme.example/o/backend-engineer-early-career-3f9a');
    assert.equal(job.url, 'https://jobs.acme.example/o/backend-engineer-early-career-3f9a');
  });
});

describe('a wish at the end of a required item demotes only what it names', () => {
  const job = parseJobPosting(
    [
      'Data Analyst',
      '',
      'Requirements',
      '- Tableau dashboards (Looker is a plus)',
      '- Strong SQL; nice to have: dbt',
      '- Power BI — nice to have: DAX',
      '- Java (Kotlin a bonus)',
      '- Perl – Ruby would be a bonus',
      '- Docker (Kubernetes experience is an asset)',
      '- Terraform (preferred)',
      '- Experience with Snowflake or Redshift is a plus',
    ].join('\n'),
  );
  const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
  it('keeps the item required and the wish preferred', () => {
    for (const k of ['Tableau', 'SQL', 'Power BI', 'Java', 'Perl', 'Docker']) assert.equal(importance(k), 'required', k);
    for (const k of ['Looker', 'dbt', 'DAX', 'Kotlin', 'Ruby', 'Kubernetes']) assert.equal(importance(k), 'preferred', k);
  });
  it('a bracket holding only the cue, or a cue said of the whole item, demotes the item', () => {
    assert.equal(importance('Terraform'), 'preferred');
    assert.equal(importance('Snowflake'), 'preferred');
    assert.equal(importance('Amazon Redshift'), 'preferred');
  });
  it('a plain comma list before the cue is wished for whole', () => {
    const list = parseJobPosting('Data Analyst\n\nRequirements\n- Excel\n- Python, Java, and C++ is a plus');
    for (const k of ['Python', 'Java', 'C++']) assert.equal(list.keywords.find((x) => x.keyword === k)?.importance, 'preferred', k);
  });
});

describe('page and mail chrome yields no skills and no metadata', () => {
  const mail = [
    'From: Tess Ordway <tess@brindlecloud.io>',
    'Sent: Monday, November 30, 2026 9:14 AM',
    'To: Campus Jobs List',
    'Subject: Fwd: Data Engineer Intern (Req 2026-3321) – Brindle Cloud – Python, Spark, AWS',
    '',
    'Hi all, sharing this one.',
    '',
    '---------- Forwarded message ---------',
    'From: Recruiting <jobs@brindlecloud.io>',
    'Date: Fri, Nov 27, 2026 at 3:02 PM',
    '',
    'Data Engineer Intern',
    '',
    'Requirements',
    '- SQL',
    '- Airflow',
    '',
    'On Tue, Dec 1, 2026 at 10:00 AM, Marco Lin <marco@example.com> wrote:',
    '> Does it need Java? Kafka maybe?',
    '> thanks',
    '',
    'Follow us: LinkedIn · Twitter · Instagram · YouTube',
    'Connect with us on Facebook | GitHub | Medium',
  ].join('\n');
  const job = parseJobPosting(mail);
  const got = job.keywords.map((k) => k.keyword);
  it('reads the title and the job ID from the subject, not its skill list', () => {
    assert.equal(job.title, 'Data Engineer Intern');
    assert.equal(job.jobId, '2026-3321');
    assert.equal(job.company, 'Brindle Cloud');
  });
  it('reads skills from the posting only: not the subject, the quoted reply or the social links', () => {
    assert.deepEqual(got.sort(), ['Apache Airflow', 'SQL']);
  });
  it('takes no date of the mail as a deadline', () => {
    assert.equal(job.deadline, undefined);
  });
  it('still reads a posting that is itself the quoted message', () => {
    const quoted = parseJobPosting(
      'Hi Sam, see below.\n\nOn Mon, Nov 30, 2026 at 9:00 AM, Jobs Desk <jobs@corvane.com> wrote:\n> Platform Engineer Intern\n>\n> Requirements\n> - Terraform and Go experience\n> - Linux\n> Apply by December 18, 2026.',
    );
    assert.deepEqual(quoted.keywords.map((k) => k.keyword).sort(), ['Go', 'Linux', 'Terraform']);
    assert.equal(quoted.deadline, 'December 18, 2026');
  });
  it('keeps a Markdown blockquote of a posting that is no mail', () => {
    const quoted = parseJobPosting('Platform Engineer\n\n> Note: the team deploys with Ansible.\n\nRequirements\n- Terraform');
    assert.ok(quoted.keywords.some((k) => k.keyword === 'Ansible'));
  });
  it('keeps a tech-stack bar that only shares a name with a network', () => {
    const stack = parseJobPosting('Platform Engineer\n\nRequirements\n- Python · Go · GitHub');
    assert.ok(stack.keywords.some((k) => k.keyword === 'GitHub'));
  });
  it('a lone "Subject:" field inside a posting is not a mail header', () => {
    const teach = parseJobPosting('Teacher\n\nSubject: Python programming\n\nRequirements\n- SQL');
    assert.ok(teach.keywords.some((k) => k.keyword === 'Python'));
  });
  it('a subject whose last part is one skill keeps it in the title', () => {
    assert.equal(parseJobPosting('Software Engineer - Python\n\n- SQL').title, 'Software Engineer - Python');
  });
});

describe('screening-criterion codes are not skills', () => {
  it('reads the criteria, not their codes', () => {
    const job = parseJobPosting(
      'Policy Analyst\n\nEssential qualifications\nS3: Ability to write briefing notes.\nEC2 - Experience managing contracts.\nAQ1: Experience with SQL.\n(AEX1) Experience with Power BI.\nOL3: Knowledge of Agile.',
    );
    const got = job.keywords.map((k) => k.keyword);
    assert.ok(!got.includes('Amazon S3') && !got.includes('Amazon EC2'), String(got));
    for (const k of ['SQL', 'Power BI']) assert.ok(got.includes(k), k);
  });
  it('a single line opening with a product code in a tech list is the product', () => {
    const got = names('Cloud Engineer\n\nRequirements\n- S3 and EC2\n- EC2: autoscaling groups\n- Terraform');
    assert.ok(got.includes('Amazon S3') && got.includes('Amazon EC2'), String(got));
  });
});

describe('the employer in a letterhead line and not in a team suffix', () => {
  it('reads "<Org> - <Unit>" or "<Org> | <Unit>" above the title as the org', () => {
    assert.equal(parseJobPosting('Northwind Freight - Data & Analytics Division\nData Analyst\n\nRequirements\n- SQL').company, 'Northwind Freight');
    assert.equal(parseJobPosting('Northwind Freight | Engineering\nBackend Developer\n\nRequirements\n- Kafka').company, 'Northwind Freight');
    assert.equal(parseJobPosting('Ministry of Rivers - Information Management Branch\n\nJunior Data Analyst\n\nRequirements\n- SQL').company, 'Ministry of Rivers');
  });
  it('reads no skill from the unit\'s name', () => {
    const job = parseJobPosting('Northwind Freight - Data & Analytics Division\nData Analyst\n\nRequirements\n- SQL');
    assert.deepEqual(job.keywords.map((k) => k.keyword), ['SQL']);
  });
  it('takes no skill, place or page word before the bar', () => {
    for (const line of ['Python | Data Team', 'Toronto, ON | Hybrid', 'Careers | Engineering']) {
      assert.equal(parseJobPosting(`${line}\nData Analyst\n\n- SQL`).company, undefined, line);
    }
  });
  it('a team suffix of the title is not the company', () => {
    for (const title of ['Software Engineer, Payments Team', 'Backend Developer – Payments Team']) {
      const job = parseJobPosting(`${title}\n\nRequirements\n- Kafka`);
      assert.equal(job.company, undefined, title);
      assert.equal(job.title, title);
    }
    assert.equal(parseJobPosting('Backend Developer, Payments Team — Corvane\n\nRequirements\n- Kafka').company, 'Corvane');
  });
});

describe('deadlines: Workday end dates and days without a year', () => {
  const ask = (text: string) => parseJobPosting(text).eligibility?.find((e) => e.kind === 'deadline');
  it('reads a bare "End Date:" field, not a term\'s end under its start date', () => {
    assert.equal(parseJobPosting('Analyst\n\nEnd Date: March 3, 2027\n\n- SQL').deadline, 'March 3, 2027');
    assert.equal(parseJobPosting('Analyst\nStart Date: Jan 5, 2027\nEnd Date: Aug 27, 2027\n\n- SQL').deadline, undefined);
    assert.equal(parseJobPosting('Analyst\n\nContract End Date: Aug 27, 2027\n\n- SQL').deadline, undefined);
  });
  it('reads a deadline label with its day on the next line, and takes no label as the employer', () => {
    const job = parseJobPosting('Analyst\n\nPosting End Date\n03/15/2027\n\n- SQL');
    assert.equal(job.deadline, '03/15/2027');
    assert.equal(job.company, undefined);
  });
  it('gives a day without its year the year of its next occurrence after the posting date', () => {
    assert.equal(ask('Analyst\n\nPosted: November 2, 2026\nApply by Dec 18.\n\n- SQL')?.date, '2026-12-18');
    assert.equal(ask('Analyst\n\nDate posted: 2026-11-20\nApply by Jan 9th.\n\n- SQL')?.date, '2027-01-09');
    const close = ask('Analyst\n\nPosted: November 2, 2026\nApplications close on the 18th of December.\n\n- SQL');
    assert.equal(close?.written, '18th of December');
    assert.equal(close?.date, '2026-12-18');
  });
  it('keeps the day as written and guesses no year without a posting date', () => {
    const a = ask('Analyst\n\nApply by Dec 18.\n\n- SQL');
    assert.equal(a?.written, 'Dec 18');
    assert.equal(a?.date, undefined);
  });
  it('takes a mail\'s sent date as the posting date', () => {
    assert.equal(ask('From: Ana <ana@quillon.io>\nSent: Monday, November 30, 2026 9:14 AM\nSubject: Lab Assistant\n\nLab Assistant\n\nApply by Jan 4.\n- PCR')?.date, '2027-01-04');
  });
});

describe('product names in their everyday sense', () => {
  it('reads no skill from animals, ducts or a swift entry', () => {
    const got = names(
      'Zookeeper\n\nRequirements\n- Experience caring for red pandas and reptiles, including pythons and boas\n- Clean the airflow ducts weekly\n- Swift entry to the enclosure in emergencies\n- Measure airflow and static pressure',
    );
    for (const k of ['Pandas', 'Python', 'Apache Airflow', 'Swift']) assert.ok(!got.includes(k), `${k} in ${got}`);
  });
  it('still reads them in a sentence about software or as a bare list item', () => {
    const got = names('Data Engineer\n\nRequirements\n- Python and pandas\n- airflow\n- Proficient in python\n- Swift for iOS apps');
    for (const k of ['Python', 'Pandas', 'Apache Airflow', 'Swift']) assert.ok(got.includes(k), `${k} in ${got}`);
    assert.ok(names('Data Engineer\n\nRequirements\n- Experience with numpy and pandas').includes('Pandas'));
  });
  it('a verb\'s -s form opening a duty is a clause, not the skill', () => {
    assert.deepEqual(names('Shop Technician\n\nRequirements\n- Builds tools and jigs for the shop\n- Someone who builds tools'), []);
    assert.ok(names('Shop Technician\n\nRequirements\n- Build tools such as Gradle').includes('build systems'));
  });
  it('names after "Experience at" are past employers, neither the company nor skills', () => {
    const job = parseJobPosting('Data Engineer\n\nRequirements\n- Experience at Stripe, Shopify or similar startups\n- Worked at Atlassian or GitHub\n- Python');
    assert.equal(job.company, undefined);
    const got = job.keywords.map((k) => k.keyword);
    for (const k of ['Shopify', 'GitHub']) assert.ok(!got.includes(k), `${k} in ${got}`);
    assert.ok(got.includes('Python'));
    assert.equal(parseJobPosting('Data Engineer\n\nAt Corvane, we build ledgers. You may have worked at Stripe.\n\n- Python').company, 'Corvane');
  });
});

describe('a wish at the end of a requirement sentence in a posting without headings', () => {
  it('demotes only the wish', () => {
    const job = parseJobPosting('Backend Engineer\n\nYou will need experience with Java (Kotlin a plus).\nKnowledge of SQL; nice to have: dbt.');
    const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
    assert.equal(importance('Java'), 'required');
    assert.equal(importance('SQL'), 'required');
    assert.equal(importance('Kotlin'), 'preferred');
    assert.equal(importance('dbt'), 'preferred');
  });
  it('a sentence that is only a wish stays preferred', () => {
    const job = parseJobPosting('Backend Engineer\n\nExperience with Terraform is a plus.\nYou will write Go services.');
    assert.equal(job.keywords.find((x) => x.keyword === 'Terraform')?.importance, 'preferred');
  });
});

describe('a wish in a bracket the sentence splitter cut open', () => {
  it('keeps what precedes the bracket required', () => {
    const job = parseJobPosting('Risk Analyst\n\nRequirements\n• Working knowledge of SQL and one statistical package (SAS preferred; R or Python accepted)\n• Excel');
    const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
    assert.equal(importance('SQL'), 'required');
    assert.equal(importance('SAS'), 'preferred');
  });
});

describe('titles: what is not the role', () => {
  const title = (t: string) => parseJobPosting(`${t}\n\n- Kafka`).title;
  it('drops a last part that is only the term, a leading term, an exclamation and a bracketed degree', () => {
    assert.equal(title('Research Intern, Machine Perception, MS/PhD, Summer 2027'), 'Research Intern, Machine Perception, MS/PhD');
    assert.equal(title('Software Development Engineer Intern - 2027 (US)'), 'Software Development Engineer Intern');
    assert.equal(title('Summer 2027 Backend Engineering Intern'), 'Backend Engineering Intern');
    assert.equal(title("We're hiring! Cloud Platform Engineer, New Grad"), 'Cloud Platform Engineer, New Grad');
    assert.equal(title('Research Scientist Intern, Efficient Language Models (MS/PhD)'), 'Research Scientist Intern, Efficient Language Models');
  });
  it('keeps a bracket that names a platform or the kind of job', () => {
    assert.equal(title('Software Engineer I, Mobile (iOS)'), 'Software Engineer I, Mobile (iOS)');
    assert.equal(title('Bookkeeper (Part-time)'), 'Bookkeeper (Part-time)');
  });
  it('keeps a unit after the dash when the employer is named otherwise', () => {
    const job = parseJobPosting('Company: Halvorsen Medical\nSoftware Engineer Co-op - Embedded Firmware\n\n- C');
    assert.equal(job.company, 'Halvorsen Medical');
    assert.equal(job.title, 'Software Engineer Co-op - Embedded Firmware');
    assert.equal(parseJobPosting('Data Engineer – Corvane\n\n- SQL').title, 'Data Engineer');
    assert.equal(parseJobPosting('QA Engineer (New Grad) – Insurance Client\n\nBrightpath Staffing is hiring for our client.\n\n- Selenium').title, 'QA Engineer (New Grad)');
  });
});
