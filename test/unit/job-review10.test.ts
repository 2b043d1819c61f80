// Round-10 review of the posting reader: each reviewer probe is a negative case (the mechanism must not
// fire), next to the positive cases the mechanism was built for. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const keywords = (text: string) => parseJobPosting(text).keywords.map((k) => k.keyword);
const meta = (text: string) => {
  const p = parseJobPosting(text);
  return { title: p.title, company: p.company, jobId: p.jobId, url: p.url };
};

describe('job review 10: "- Name" employer line under the title (nameLine)', () => {
  it('does not take a list of skills under the title as the employer', () => {
    const p = parseJobPosting('Platform Engineer\n- Kubernetes\n- Go\n\nRequirements:\n- 5 years with Kubernetes\n');
    assert.equal(p.company, undefined);
    assert.ok(keywords('Platform Engineer\n- Kubernetes\n- Go\n\nRequirements:\n- 5 years with Kubernetes\n').includes('Kubernetes'));
  });

  it('does not take a single skill line as the employer, and keeps the skill', () => {
    const text = 'Backend Developer\n- Python\n\nRequirements:\n- 3+ years of Python\n- Django\n';
    assert.equal(parseJobPosting(text).company, undefined);
    assert.ok(keywords(text).includes('Python'));
    const text2 = 'Data Analyst\nSQL - Tableau - Python\n\nRequirements:\n- SQL\n';
    assert.equal(parseJobPosting(text2).company, undefined);
    assert.ok(keywords(text2).includes('SQL'));
    assert.equal(parseJobPosting('Mobile Developer\n- Swift\n\nWe ship apps.\n').company, undefined);
    // Items no skill reader knows are still a list, not one employer line.
    assert.equal(parseJobPosting('Site Reliability Engineer\n- On-call rotation\n- Pager budget\n\nWe run servers.\n').company, undefined);
    assert.equal(parseJobPosting('Bakery Supervisor\n- Early Shifts\n- Weekend Ovens\n').company, undefined);
  });

  it('does not take a kind of job or a city as the employer', () => {
    assert.equal(parseJobPosting('Software Engineer\nFull-time - Hybrid\n').company, undefined);
    assert.equal(parseJobPosting('Lab Technician\nPermanent\n\nDuties:\n- Run assays\n').company, undefined);
    assert.equal(parseJobPosting('Line Cook Supervisor\nContract\n').company, undefined);
    assert.equal(parseJobPosting('Backend Engineer\nBoston, MA\n').company, undefined);
  });

  it('still reads an employer line under the title', () => {
    assert.equal(parseJobPosting('Software Engineer\n- Brightwater Robotics\n\nRequirements:\n- Python\n').company, 'Brightwater Robotics');
    assert.equal(parseJobPosting('Software Engineer\nQuillfeather - Cambridge, MA\n').company, 'Quillfeather');
    assert.equal(parseJobPosting('Assay Technician\n- Marlow Diagnostics\n- Leeds, UK\n- Full-time\n').company, 'Marlow Diagnostics');
    assert.equal(parseJobPosting('Data Engineer\nNorthwind Traders · Austin, TX · 3 days ago\n').company, 'Northwind Traders');
  });
});

describe('job review 10: lists ending "or a related field" (relatedFieldSpan, studySpan)', () => {
  const req = (line: string) => keywords(`Software Engineer\nAcme\n\nRequirements:\n- ${line}\n`);

  it('keeps named products before a "similar/related …" ending, without reading the ending as a skill', () => {
    assert.deepEqual(req('Experience in SQL, Python or a similar program'), ['SQL', 'Python']);
    assert.deepEqual(req('2 years of experience with AWS, GCP or other comparable programs').length, 2);
    assert.deepEqual(req('Background in Python, SQL, Tableau or a related area of study'), ['Python', 'SQL', 'Tableau']);
    assert.deepEqual(req('Hands-on experience in React and TypeScript, or other relevant areas of study'), ['React', 'TypeScript']);
    assert.deepEqual(req('Knowledge of Linux or a related subject'), ['Linux']);
    assert.deepEqual(req('Fluency in Rust, Haskell or a comparable discipline'), ['Rust', 'Haskell']);
  });

  it('keeps products after "enrolled in" when the program is described by its tools', () => {
    assert.deepEqual(req('Enrolled in a program using MATLAB and Simulink'), ['MATLAB', 'Simulink']);
    assert.ok(req('Currently enrolled in a course on PostgreSQL').includes('PostgreSQL'));
  });

  it('still sets aside a list of fields of study', () => {
    const kws = req('Enrolled in a co-op program in Geomatics, Statistics or a related field');
    assert.ok(!kws.includes('statistics') && !kws.includes('Statistics'), kws.join(', '));
    const kws2 = req('Background in physics, statistics or a related discipline');
    assert.ok(!kws2.some((k) => /statistics|physics/i.test(k)), kws2.join(', '));
  });
});

describe('job review 10: careers-site owner (careersSiteOwner)', () => {
  it('does not take a kind of job, a field or a skill before "Careers"/"Jobs" as the employer', () => {
    for (const head of ['Data Science Careers', 'Cloud Engineering Careers', 'Google Cloud Careers', 'New Grad Careers', 'Remote | Jobs', 'Engineering - Careers', 'Entry Level - Jobs', 'Hardware Design Careers']) {
      const p = parseJobPosting(`${head}\nBackend Engineer\n\nWe build billing software.\n`);
      assert.equal(p.company, undefined, head);
    }
  });

  it('keeps the skill a careers header names', () => {
    assert.ok(keywords('Google Cloud Careers\nBackend Engineer\n\nRequirements:\n- Google Cloud\n').includes('Google Cloud'));
  });

  it('reads the owner when the posting names it as an organisation', () => {
    assert.equal(parseJobPosting('Lumen Harbor | Careers\nBackend Engineer\n\nWhy Lumen Harbor? We love maps. At Tidewell, we partner.\n').company, 'Lumen Harbor');
    assert.equal(parseJobPosting('Careers at Orchard Loop\nData Analyst\n\nOrchard Loop is a grocery startup.\n').company, 'Orchard Loop');
  });
});

describe('job review 10: role nouns that are also product or company words (ROLE_NOUN)', () => {
  it('does not read a tagline, a team or a navigation item as the title', () => {
    assert.deepEqual(meta('The AI Assistant for Busy Clinics\nBackend Engineer\nMeadow Health\n').title, 'Backend Engineer');
    assert.equal(meta('The AI Assistant for Busy Clinics\nBackend Engineer\nMeadow Health\n').company, 'Meadow Health');
    assert.equal(meta('Operator Labs\nBackend Engineer\nBoston, MA\n').title, 'Backend Engineer');
    assert.deepEqual(meta('Jobs\nPlanner\nBackend Engineer\nAcme\n'), { title: 'Backend Engineer', company: 'Acme', jobId: undefined, url: undefined });
    assert.equal(meta('Amazon Inspector Team\nSecurity Engineer\nAmazon\n').title, 'Security Engineer');
    assert.equal(meta('Home Assistant Careers\nBackend Engineer\n').title, 'Backend Engineer');
    assert.equal(meta('Planner Pro Suite\nData Engineer\nHollow Pine\n').title, 'Data Engineer');
  });

  it('keeps a company whose name starts with such a word', () => {
    // The legal suffix comes off the employer's name (employer.ts), as the drafts say it.
    assert.equal(meta('Backend Engineer\nNurse Finders Inc\n').company, 'Nurse Finders');
    assert.equal(meta('Frontend Developer\nOperator Collective\n').company, 'Operator Collective');
  });

  it('still reads titles headed by these nouns', () => {
    assert.deepEqual(meta('Registered Nurse\nSt. Mary Hospital\n').title, 'Registered Nurse');
    assert.deepEqual(meta('Production Planner\nAcme Foods\n').title, 'Production Planner');
    assert.deepEqual(meta('Machine Operator II, Nights\nKestrel Plastics\n').title, 'Machine Operator II, Nights');
    assert.deepEqual(meta('Quality Inspector - Kestrel Plastics\n'), { title: 'Quality Inspector', company: 'Kestrel Plastics', jobId: undefined, url: undefined });
    assert.equal(meta('Research Assistant (Part-time)\nLakeside University\n').title, 'Research Assistant (Part-time)');
  });
});

describe('job review 10: posting number in a URL (URL_JOB_ID)', () => {
  const at = (url: string) => meta(`Backend Engineer\nAcme\n${url}\n`).jobId;

  it('does not read a date, a phone number, a map place or a query value as the job ID', () => {
    assert.equal(at('https://acme.com/blog/20260115'), undefined);
    assert.equal(at('https://acme.com/contact/6135550199'), undefined);
    assert.equal(at('https://maps.example.com/place/902101'), undefined);
    assert.equal(at('https://acme.com/careers/x?utm=1/1234567'), undefined);
    assert.equal(at('https://acme.com/careers/20251230'), undefined);
    assert.equal(at('https://acme.com/press/4471920-record-quarter'), undefined);
  });

  it('reads the posting number of a careers or jobs address, or of the page\'s own address', () => {
    assert.equal(at('https://jobs.example.com/Acme/744000098231577-quality-engineer'), '744000098231577');
    assert.equal(at('https://acme.com/careers/backend-engineer/7731904'), '7731904');
    const html =
      '<html><head><link rel="canonical" href="https://acme.example/o/8830021-backend-engineer"></head>' +
      '<body><h1>Backend Engineer</h1><p>Acme builds tools.</p></body></html>';
    assert.equal(parseJobPosting(html).jobId, '8830021');
  });
});

describe('job review 10: an ambiguous product name read as an organisation (namesAnOrganisation)', () => {
  const req = (line: string) => keywords(`Software Engineer\nAcme\n\nRequirements:\n- ${line}\n`);

  it('keeps a product after "about" with no word for an employer', () => {
    assert.ok(req('Knowledge about React is a plus').includes('React'));
    // Known misread since the evidence chooser (employer.ts): a name after lower-case "about" in prose
    // ("Strong opinions about Rust, …") is an employer cue, as "learn more about <Employer>," is; it
    // outranks the line under the title and hides the skill. Left for the next round (see the round-10 note).
    assert.ok(req('Curious about Go and its tooling').includes('Go'));
    assert.ok(req('Some reading about Talos and Vault is helpful').includes('Talos'));
  });

  it('does not take a level of skill as part of a name', () => {
    const kws = req('Strong Python and Intermediate Excel skills');
    assert.ok(kws.includes('Excel'), kws.join(', '));
    assert.ok(!kws.some((k) => /intermediate/i.test(k)), kws.join(', '));
    assert.ok(req('Advanced Go and Basic Rust').includes('Go'));
  });

  it('still reads the employer in "About X" headings, "about X\'s team" and "at X,"', () => {
    const heading = 'Software Engineer\nAcme\n\nAbout Go\nWe build ferries.\n\nRequirements:\n- Python\n';
    assert.ok(!keywords(heading).includes('Go'), keywords(heading).join(', '));
    const team = 'Software Engineer\n\nLearn more about Talos\'s team of researchers.\n\nRequirements:\n- Python\n';
    assert.ok(!keywords(team).includes('Talos'), keywords(team).join(', '));
    const at = 'Software Engineer\n\nAt Talos, we hunt threats.\n\nRequirements:\n- Python\n';
    assert.ok(!keywords(at).includes('Talos'), keywords(at).join(', '));
  });
});

describe('job review 10: a product\'s parenthesis of features (isFeatureOfProduct)', () => {
  const req = (line: string) => keywords(`Software Engineer\nAcme\n\nRequirements:\n- ${line}\n`);

  it('keeps taxonomy skills the parenthesis names that are not filed under the product', () => {
    assert.deepEqual(req('Python (unit testing, data visualization)'), ['Python', 'unit testing', 'data visualization']);
    assert.ok(req('Docker (container orchestration, multi-stage builds)').includes('container orchestration'));
    const sql = req('Strong SQL skills (query optimization, stored procedures)');
    assert.ok(sql.includes('query optimization') && sql.includes('stored procedures'), sql.join(', '));
  });

  it('still reads the product only for its own features and shape-read names', () => {
    const kws = req('Excel (pivot tables, macro recording)');
    assert.ok(kws.includes('Excel') && !kws.some((k) => /pivot|macro/i.test(k)), kws.join(', '));
    const sql = req('SQL (joins, CTEs)');
    assert.deepEqual(sql, ['SQL']);
  });
});

describe('job review 10: a group greeted with "!" is the posting\'s own greeting (GREETING)', () => {
  it('keeps the title and employer above "Hi Team!" and a rule', () => {
    const text = 'Platform Engineer\nGlobex\n\nHi Team!\nWe\'re hiring.\n---\n## About the role\nYou will run clusters.\n';
    assert.deepEqual([meta(text).title, meta(text).company], ['Platform Engineer', 'Globex']);
    const cheer = 'Data Analyst\nPellwick Foods\n\nHello everyone!\nJoin us.\n\n***\n\nWe sell soup.\n';
    assert.deepEqual([meta(cheer).title, meta(cheer).company], ['Data Analyst', 'Pellwick Foods']);
  });

  it('still skips a sender\'s header above a message greeting and a rule', () => {
    const msg = 'Dana Ortiz\nSenior Recruiter at Brightline\n\nHi all,\nSharing a role below.\n---\nField Technician\nBrightline Energy\n';
    assert.equal(meta(msg).title, 'Field Technician');
    const named = 'Dana Ortiz\nSenior Recruiter at Brightline\n\nHi Sam!\nThought of you.\n---\nField Technician\nBrightline Energy\n';
    assert.equal(meta(named).title, 'Field Technician');
  });
});

describe('job review 10: job ID labels (BARE_REQUISITION, LABELS.jobId)', () => {
  it('does not take a cited standard or document after "Ref:" / "Reference:"', () => {
    assert.equal(meta('Backend Engineer\nAcme\n\nRef: RFC-7231.\n').jobId, undefined);
    assert.equal(meta('Backend Engineer\nAcme\n\n- Reference: ISO-27001\n').jobId, undefined);
    assert.equal(meta('Security Engineer\nAcme\n\nRef: CVE-2024-31337\n').jobId, undefined);
  });

  it('does not read a label inside prose without a field separator', () => {
    assert.equal(meta('Backend Engineer\nAcme\n\nOpening number 12345 of the season.\n').jobId, undefined);
    assert.equal(meta('Camp Counsellor\nAcme\n\nPosting number 20931 sold out last year.\n').jobId, undefined);
  });

  it('keeps a phone-shaped ID behind "ID", and still reads field labels', () => {
    assert.equal(meta('Backend Engineer\nAcme\n\nJob ID: 123-4567\n').jobId, '123-4567');
    assert.equal(meta('Backend Engineer\nAcme\n\nFor questions, job number: 555-0100\n').jobId, undefined);
    assert.equal(meta('Backend Engineer\nAcme\n\nRef: HW-3391\n').jobId, 'HW-3391');
    assert.equal(meta('Backend Engineer\nAcme\n\nRequisition ID 448120\n').jobId, '448120');
    assert.equal(meta('Backend Engineer\nAcme\n\nOpening #58812 (Toronto)\n').jobId, '58812');
  });
});

describe('job review 10: standards by body and number (STANDARD)', () => {
  const req = (line: string) => keywords(`Research Scientist\nAcme\n\nRequirements:\n- ${line}\n`);

  it('does not read a conference year as a standard', () => {
    assert.ok(!req('Publications at IEEE 2025, NeurIPS or ICML').some((k) => /2025/.test(k)));
    assert.ok(!req('Presented at the SAE 2024 World Congress').some((k) => /2024/.test(k)));
    assert.ok(!req('Experience in ISO 2026 quarter planning').some((k) => /2026/.test(k)));
  });

  it('still reads standards, including a year-like number with a part', () => {
    const kws = req('Knowledge of ISO 9001, IEC 62304, IEEE 802.11 and ISO 2859-1');
    for (const k of ['ISO 9001', 'IEC 62304', 'IEEE 802.11', 'ISO 2859-1']) assert.ok(kws.includes(k), `${k}: ${kws.join(', ')}`);
  });
});
