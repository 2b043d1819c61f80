// Session 27: who employs and what the job is called, read from agency pages, government boards, chat
// posts, recruiter messages and research vacancies. All posting text is invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { findSkills } from '../../src/core/skills';

const meta = (lines: string[]) => parseJobPosting(lines.join('\n'));

describe('employer and title as postings state them (session 27)', () => {
  it('names no employer when an agency withholds its client ("Client: Confidential")', () => {
    const m = meta([
      'Process Engineer | Osaka',
      '',
      'Kiri Career Partners  >  Jobs  >  Engineering',
      '',
      'Job title: Process Engineer',
      'Client: Confidential – listed maker of packaging machines',
      '',
      'Requirements',
      '- 3+ years of process engineering with SolidWorks',
      '',
      'Kiri Career Partners K.K. | Licensed employment agency (licence no. 27-ユ-000001)',
    ]);
    assert.equal(m.company, undefined);
  });

  it('still names an agency that says whom it recruits for', () => {
    const m = meta(['Process Engineer', '', 'Kiri Career Partners is partnering with Harlow Packaging on this role.', '', 'Requirements', '- SolidWorks', '', 'Kiri Career Partners Ltd | Licensed employment agency']);
    assert.equal(m.company, 'Harlow Packaging');
  });

  it('takes the firm a recruiter says holds the contract ("a contractor with X")', () => {
    const m = meta([
      'Messaging',
      'Ana Ruiz  9:10 AM',
      'Hi! I am recruiting for a US client (name on our first call).',
      'Role: Backend Engineer',
      'Contract: independent contractor with Sol Bridge Talent, invoiced monthly in USD',
      'Must haves:',
      '- Go and PostgreSQL',
    ]);
    assert.equal(m.company, 'Sol Bridge Talent');
  });

  it('does not take a payroll service a contractor is paid through', () => {
    const m = meta(['Unity Intern (remote)', '', 'Tidewater Games is a small studio making cozy puzzle games for Switch and PC.', '', '- $1,200 / month, paid as a contractor through Paywell. Paywell covers most countries', '- Unity and C#']);
    assert.notEqual(m.company, 'Paywell');
  });

  it('reads the employer a chat post names after the role ("we\'re hiring an X at Acme ⚡")', () => {
    const m = meta(['Thread', '#jobs | Hamburg Data Meetup', '', 'Jonas Berg', '9:15 AM', "hey all 👋 we're hiring a Data Engineer (senior) at Kranwerk ⚡ Hamburg, hybrid", '', 'what we need', '• Python and Airflow']);
    assert.equal(m.company, 'Kranwerk');
  });

  it('reads a government board\'s agency under a grouping line', () => {
    const m = meta(['Program Analyst', 'Other Agencies and Independent Organizations', 'Office of Coastal Records Commission', 'Office of the Director', 'Overview', 'Salary', '$80,000 - $100,000 per year']);
    assert.equal(m.company, 'Office of Coastal Records Commission');
  });

  it('spells out an acronym whose letters are the leading words\' initials', () => {
    const m = meta(['Research Technician', '', 'Ravensworth Institute for Marine Ecology Studies (RIME), Harbour Campus', '', 'RIME is a research institute on the coast.', 'RIME offers a three-year contract.']);
    assert.equal(m.company, 'Ravensworth Institute for Marine Ecology Studies');
  });

  it('reads a research vacancy\'s long title that names its project after a colon', () => {
    const m = meta(['PhD candidate in Soil Microbiology: nitrogen cycling under repeated flooding in river meadows', '', 'Ravensworth Institute (RI), Harbour Campus', '', 'What do we require?', '- a master\'s degree in microbiology']);
    assert.equal(m.title, 'PhD candidate in Soil Microbiology: nitrogen cycling under repeated flooding in river meadows');
  });

  it('drops a shift, a joined term and a civil-service grade after the title', () => {
    assert.equal(meta(['Maintenance Technician - 3rd Shift', 'Harlow Packaging', '', 'Requirements', '- PLC troubleshooting']).title, 'Maintenance Technician');
    assert.equal(meta(['Test Engineering Co-op - Spring/Summer 2028', 'Harlow Packaging', '', 'Requirements', '- Python']).title, 'Test Engineering Co-op');
    assert.equal(meta(['Data Engineer - HEO', 'Coastal Records Agency', '', 'Job grade', 'Higher Executive Officer', '', 'Essential criteria', '- SQL']).title, 'Data Engineer');
    // A specialism after the dash that is not the grade stays.
    assert.equal(meta(['Marketing Specialist - SEO', 'Harlow Packaging', '', 'Job grade', 'Band 4', '', 'Requirements', '- Google Analytics']).title, 'Marketing Specialist - SEO');
  });

  it('reads an informal reply-by date in a chat post or a recruiter\'s message', () => {
    const job = parseJobPosting(['Backend Engineer at Kranwerk', '', 'what we need', '• Go', '', 'interested? ideally ping me by Dec 19 so we can talk before the holidays'].join('\n'));
    assert.equal(job.deadline, 'Dec 19');
  });
});

describe('skill names as postings write them (session 27)', () => {
  const hard = (lines: string[]) => parseJobPosting(lines.join('\n')).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

  it('does not run a name across a dash ("**Advanced SQL** — window functions", "SQL - window functions")', () => {
    const found = hard(['Analytics Engineer', '', 'Requirements', '- **Advanced SQL** — window functions and query plans', '- Python for pipelines']);
    assert.ok(found.includes('SQL'), found.join(', '));
    const plain = findSkills('Strong SQL - window functions a plus').map((m) => m.canonical);
    assert.ok(plain.includes('SQL'), plain.join(', '));
  });

  it('reads a rule a setting is held to before "-regulated" or "-compliant"', () => {
    const found = findSkills('Experience in a HIPAA-regulated environment and GDPR-compliant data handling').map((m) => m.canonical);
    assert.ok(found.includes('HIPAA') && found.includes('GDPR'), found.join(', '));
  });

  it('knows industrial automation, security operations, mechanical design and sequencing names', () => {
    const found = hard([
      'Engineer',
      '',
      'Requirements',
      '- Set up and troubleshoot VFDs; HMI programming in FactoryTalk View or Ignition',
      '- Writing detection queries in KQL or SPL; GCIH or CompTIA CySA+',
      '- Structural analysis using FEA; DFM; PLM/PDM experience',
      '- Analysing single-cell RNA-seq data with workflow managers',
    ]);
    for (const name of ['variable frequency drives', 'HMI', 'FactoryTalk View', 'Ignition', 'KQL', 'SPL', 'GCIH', 'CompTIA CySA+', 'finite element analysis', 'DFM', 'PLM', 'PDM', 'single-cell RNA-seq', 'workflow managers']) {
      assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
    }
  });

  it('reads "Ignition" and "Pact" as products only in a technical sentence', () => {
    const prose = findSkills('We made a pact to check the ignition of every van before the morning run.').map((m) => m.canonical);
    assert.ok(!prose.includes('Ignition') && !prose.includes('Pact'), prose.join(', '));
  });

  it('does not ask for "tooling" that a named language is for, nor for an on-call rota', () => {
    const found = hard(['Platform Engineer', '', 'Requirements', '- Proficiency in Go or Python for tooling and automation', '- Willingness to join an on-call rotation (one week in six)', '- Incident response experience']);
    assert.ok(found.includes('Go') && found.includes('Python') && found.includes('incident response'), found.join(', '));
    assert.ok(!found.includes('developer tooling'), found.join(', '));
    assert.equal(findSkills('Willingness to join an on-call rotation').length, 0);
  });

  it('knows the regulated-lab practices by their names (good documentation practices, data integrity)', () => {
    const found = findSkills('Working knowledge of cGMP, good documentation practices (GDP) and data integrity (ALCOA+) principles').map((m) => m.canonical);
    assert.ok(found.includes('good documentation practices') && found.includes('data integrity'), found.join(', '));
  });

  it('reads a job board\'s application questions as no requirement', () => {
    const found = hard(['Maintenance Technician', '', 'Nice to have:', 'AutoCAD', '', 'Job Type: Full-time', '', 'Application Question(s):', 'Which PLC platforms have you worked on? (Rockwell, Omron, other)']);
    assert.ok(found.includes('AutoCAD') && !found.includes('Omron'), found.join(', '));
    assert.ok(hard(['Technician', '', 'What you need to have', 'Safe use of a multimeter, clamp meter and megger']).includes('megger'));
  });

  it('reads no skill in a site\'s footer under its copyright line', () => {
    const found = hard(['Technician', '', 'What you need to have', '- PLC troubleshooting', '', 'Education:', 'Associate (Preferred)', '', 'Report job', '', 'Career advice', 'Browse jobs', '© 2026 Jobsite', 'Accessibility at Jobsite', 'Privacy Center and Ad Choices', 'Terms']);
    assert.ok(found.includes('PLC') && !found.includes('accessibility'), found.join(', '));
  });

  it('reads no skill in a unit or a currency sign beside an amount', () => {
    const found = hard(['Engineer', '', 'Requirements', '- Python and SQL', '- Process: a 30 min call, then a 60 min technical interview', '', 'Remuneration: R 1 012 000 – R 1 265 000 per annum']);
    assert.ok(!found.includes('MIN') && !found.includes('R'), found.join(', '));
    assert.ok(hard(['Analyst', '', 'Requirements', '- R or Python for data analysis']).includes('R'));
  });

  it('knows kinds asked by name: front-end frameworks, evaluation metrics, datasheets, Blueprints', () => {
    const found = findSkills('Exposure to a front-end framework such as Angular; ML evaluation metrics; can read datasheets; expose gameplay code to Blueprints in Unreal').map((m) => m.canonical);
    for (const name of ['front-end frameworks', 'evaluation metrics', 'datasheets', 'Unreal Blueprints']) assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
    assert.ok(!findSkills('We drew up blueprints for growth.').some((m) => m.canonical === 'Unreal Blueprints'));
  });

  it('reads the PLM products a PLM/PDM ask names in brackets, and automation systems as the kind asked', () => {
    const found = hard(['Design Engineer', '', 'Nice-to-have', '- PLM/PDM experience (Windchill or Teamcenter)', '- Exposure to automation systems such as DeltaV']);
    for (const name of ['PLM', 'PDM', 'Windchill', 'Teamcenter', 'automation']) assert.ok(found.includes(name), `${name}: ${found.join(', ')}`);
  });

  it('reads no skill in the specialisations of a diploma\'s field ("Diploma in Electrical Engineering (Light or Heavy Current)")', () => {
    const found = hard(['Engineer', '', 'Minimum requirements', '• Diploma in Mechanical Engineering (Thermal or Fluid Systems)', '• 5 years of SCADA experience']);
    assert.deepEqual(found, ['SCADA']);
  });

  it('reads no skill in what the employer uses in its own hiring (an AI-use disclosure)', () => {
    const found = hard(['Analyst', '', 'What you bring', '- Python and SQL', '', 'Harlow Packaging uses AI-enabled tools to help screen, assess or select applicants for this posting. We use an AI tool to help schedule interviews; every decision is made by a person.']);
    assert.deepEqual(found.sort(), ['Python', 'SQL']);
  });

  it('reads REST Assured as the library, not REST APIs besides it', () => {
    const found = findSkills('API tests with Postman and REST Assured').map((m) => m.canonical);
    assert.ok(found.includes('REST Assured') && !found.includes('REST APIs'), found.join(', '));
  });
});
