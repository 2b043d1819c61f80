// Stop 55: a careers board's facts set out as a table without colons, job-number labels in other
// European languages, and product names with "or"/"and" inside a hyphenated word. All text is invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { colonAlignedFields } from '../../src/core/job/clean';
import { unfoldTextColumns } from '../../src/core/job/text-columns';

const hardSkills = (job: ReturnType<typeof parseJobPosting>) => job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);

describe('postings: stop 55 fields and names', () => {
  it('reads a table of title-case labels whose values share a column as labelled fields', () => {
    const table = ['Placement type      Summer internship', 'Start date          01/06/2027', 'Reference           TQ-INT-2027-11', 'Skills              Python   SQL'].join('\n');
    const read = colonAlignedFields(table);
    assert.match(read, /^Placement type: Summer internship$/m);
    assert.match(read, /^Reference: TQ-INT-2027-11$/m);
    // The board's tags are left as they are.
    assert.match(read, /^Skills {14}Python {3}SQL$/m);
    const job = parseJobPosting(`Data Intern\nTarnquay Analytics\n\n${table}\n\nWhat you bring\n- Python and SQL\n`, { name: 'intern.txt' });
    assert.equal(job.jobId, 'TQ-INT-2027-11');
  });

  it('leaves lines whose values do not line up, and fewer than three fields, as they are', () => {
    const ragged = ['Location   Lisbon', 'Start date      June', 'Reference  AB-12'].join('\n');
    assert.equal(colonAlignedFields(ragged), ragged);
    const two = ['Location      Lisbon', 'Reference     AB-1234'].join('\n');
    assert.equal(colonAlignedFields(two), two);
  });

  it('reads a job number labelled in Dutch, German, French or Spanish', () => {
    const cases: [string, string][] = [
      ['Vacaturenummer: VK-3310', 'VK-3310'],
      ['Kennziffer: 2027/114', '2027/114'],
      ["Référence de l'offre : RF-2027-08", 'RF-2027-08'],
      ['Número de vacante: 44718', '44718'],
    ];
    for (const [line, id] of cases) {
      const job = parseJobPosting(`Junior Lab Technician\nBrinkhaven Labs\n${line}\n\nRequirements\n- HPLC experience\n`, { name: 'lab.txt' });
      assert.equal(job.jobId, id, line);
    }
    // A date or a year behind such a label is no job number.
    const dated = parseJobPosting('Junior Lab Technician\nBrinkhaven Labs\nKennziffer: 2027\n\nRequirements\n- HPLC experience\n', { name: 'lab.txt' });
    assert.equal(dated.jobId, undefined);
  });

  it('keeps "OR" and "AND" inside a hyphenated product name whole in an example list', () => {
    const job = parseJobPosting('Requirements\n- A solver such as Gurobi, CPLEX or Google OR-Tools\n- Rock-and-Roll Studio or Ableton Live for audio\n', { name: 'x.txt' });
    const skills = hardSkills(job);
    assert.ok(skills.includes('Google OR-Tools'), skills.join(', '));
    assert.ok(!skills.includes('Google'), skills.join(', '));
  });

  it('reads a list nested in "one or more of the following", a shared process noun, and names before a kind of product', () => {
    const job = parseJobPosting(
      [
        'Nice to have',
        'One or more of the following: immunoassays such as ELISA; library preparation for Illumina or Oxford Nanopore platforms; basic R.',
        '',
        'Requirements',
        '- Confident with DNA or RNA extraction and gel electrophoresis',
        '- CMDB and CSDM basics',
      ].join('\n'),
      { name: 'lab.txt' },
    );
    const skills = hardSkills(job).map((k) => k.toLowerCase());
    for (const want of ['elisa', 'illumina', 'oxford nanopore', 'dna extraction', 'rna extraction']) assert.ok(skills.includes(want), `${want} in ${skills.join(', ')}`);
    // "basics" is an aspect of the field, not a procedure the acronyms share.
    assert.ok(!skills.includes('cmdb basics'), skills.join(', '));
    // Capitalised everyday words before a kind of product are not read as products.
    const plain = parseJobPosting('Requirements\n- Support for Apple or Google devices in the field\n', { name: 'x.txt' });
    assert.ok(!hardSkills(plain).some((k) => /^(?:Apple|Google)$/.test(k)), hardSkills(plain).join(', '));
  });

  it('reads asset qualifications as preferred and a work-environment paragraph as no requirement', () => {
    const job = parseJobPosting(
      [
        'Junior Data Analyst',
        '',
        'Work environment',
        'Our directorate builds dashboards and runs monitoring for lakes.',
        '',
        'Essential qualifications',
        'E1: Experience writing SQL queries.',
        '',
        'ASSET QUALIFICATIONS',
        'AE1: Experience building reports in Power BI or Tableau.',
      ].join('\n'),
      { name: 'gc.txt' },
    );
    const importance = new Map(job.keywords.map((k) => [k.keyword.toLowerCase(), k.importance]));
    assert.equal(importance.get('sql'), 'required');
    assert.equal(importance.get('power bi'), 'preferred');
    assert.ok(!['required', 'preferred'].includes(importance.get('dashboards') ?? ''), JSON.stringify([...importance]));
  });

  it('names the employer, not its place line, its unit or its sign-up button', () => {
    const page = [
      'Larchmere Water & Power',
      'Careers',
      'Join Talent Community',
      '',
      'Security Analyst Intern',
      'Dayton, OH, United States',
      'Job Identification',
      '30571',
      '',
      'Larchmere Water & Power delivers water and electricity to 400,000 homes.',
      '',
      'Qualifications',
      '- Python',
    ].join('\n');
    const job = parseJobPosting(page, { name: 'intern.txt' });
    assert.equal(job.company, 'Larchmere Water & Power');
    assert.equal(job.jobId, '30571');
    const unit = parseJobPosting(
      [
        'Laboratory Technician – Plant Pathology',
        'Tasman Biosecurity Laboratory Service',
        '',
        'About us',
        'The Tasman Biosecurity Laboratory Service tests samples from ports. Tasman Biosecurity Laboratory Service labs run day and night.',
        'The Plant Pathology team is looking for a technician.',
        '',
        'Requirements',
        '- PCR',
      ].join('\n'),
      { name: 'lab.txt' },
    );
    assert.equal(unit.company, 'Tasman Biosecurity Laboratory Service');
  });

  it('finds the posting under a rule in a message greeting a group ("Dear students,")', () => {
    const mail = [
      'From: Prof. Ana Lima <ana@uni.example>',
      'Subject: Fwd: job for you',
      '',
      'Dear students,',
      '',
      'A former student asked me to share this offer.',
      '',
      'Best regards,',
      'Ana Lima',
      '',
      '==========================',
      '',
      'Working Student – Data Engineering (m/f/d)',
      '16 hours/week · Porto',
      '',
      'What you bring',
      '- Python and SQL',
    ].join('\n');
    assert.equal(parseJobPosting(mail, { name: 'fwd.txt' }).title, 'Working Student – Data Engineering');
  });

  it('reads "applications for the 2027 intake close on …" as the deadline', () => {
    const job = parseJobPosting('Graduate Engineer\nTarnquay\n\nApplications for the 2027 intake close on 12 February 2027. We review on a rolling basis.\n\nRequirements\n- Java\n', { name: 'g.txt' });
    assert.equal(job.deadline, '12 February 2027');
    const office = parseJobPosting('Graduate Engineer\nTarnquay\n\nThe office closes on 24 December 2026.\n\nRequirements\n- Java\n', { name: 'g.txt' });
    assert.equal(office.deadline, undefined);
  });

  it('puts a two-column print back in reading order, and leaves a wide table of labels and values alone', () => {
    const left = ['REQUIRED SKILLS', '', '- Schematic capture in KiCad or', '  Altium Designer', '- Soldering of 0603 parts and', '  rework under a microscope', '- Bench instruments, e.g.', '  oscilloscopes and logic analysers', '- A course in control systems', '- Reading datasheets and', '  reference designs'];
    const right = ['ASSETS', '', '- Python or LabVIEW for test', '  automation', '- IPC-A-610 training', '- Reflow profiling', '- A board you designed and', '  brought up yourself', '- Git for firmware and', '- A driving licence', ''];
    const page = left.map((l, k) => (l.padEnd(52) + right[k]).trimEnd()).join('\n');
    const unfolded = unfoldTextColumns(page);
    assert.ok(unfolded.indexOf('A course in control systems') < unfolded.indexOf('ASSETS'), unfolded);
    const job = parseJobPosting(`Electronics Co-op\nTarnquay Instruments\n\n${page}\n`, { name: 'coop.txt' });
    const importance = new Map(job.keywords.map((k) => [k.keyword.toLowerCase(), k.importance]));
    assert.equal(importance.get('altium designer'), 'required', JSON.stringify([...importance]));
    assert.equal(importance.get('labview'), 'preferred', JSON.stringify([...importance]));
    assert.equal(importance.get('oscilloscopes'), 'required', JSON.stringify([...importance]));
    const facts = ['Job ID:                              412906', 'Work Term:                           2027 - Summer', 'Organization:                        Tarnquay Instruments Ltd.', 'Job Title:                           Electronics Co-op', 'Level:                               Junior', 'Region:                              Canada - Ontario', 'Openings:                            2'].join('\n');
    assert.equal(unfoldTextColumns(facts), facts);
  });

  it('reads a heading around its aside, a label "Application Closing Date" over its day, and one role card of an event page', () => {
    const text = ['Graduate Analyst', 'Tarnquay Foods', '', 'What you need', '- Excel', '', 'It would be lovely (but we will teach you) if', 'you know Power BI or Tableau.', '', 'Application Closing Date', '22nd January, 2027.'].join('\n');
    const job = parseJobPosting(text, { name: 'analyst.txt' });
    assert.equal(job.keywords.find((k) => k.keyword === 'Power BI')?.importance, 'preferred');
    assert.equal(job.deadline, '22nd January, 2027');
    const card = (id: string, title: string, skills: string[]) =>
      `<article class="role-card" id="${id}"><h3>${title}</h3><p>Six months in Pune, starting in March. ${'You will ship features with a mentor beside you and own one small service end to end. '.repeat(6)}</p><h4>Must-haves</h4><ul>${skills.map((k) => `<li>${k}</li>`).join('')}</ul></article>`;
    const filler = `<section><h2>How the fast track works</h2><p>${'Apply with the form below; we skip the resume screen for teams that built a project at the event. '.repeat(8)}</p></section>`;
    const page = `<html><head><title>Hacked with us? Skip the queue</title></head><body>${filler}<section class="roles">${card('mobile', 'Mobile Engineering Intern (Flutter)', ['Flutter and Dart', 'Riverpod'])}${card('backend', 'Backend Engineering Intern (Go)', ['Go', 'PostgreSQL'])}</section>${filler}<footer>&copy; 2026 Tarnquay Labs Pvt. Ltd.</footer><p>Tarnquay builds the app.</p></body></html>`;
    const mobile = parseJobPosting(page, { name: 'mobile-engineering-intern.html' });
    const skills = hardSkills(mobile);
    assert.ok(skills.includes('Flutter') && !skills.includes('Go'), skills.join(', '));
    assert.equal(mobile.title, 'Mobile Engineering Intern (Flutter)');
    assert.notEqual(mobile.company, 'Hacked with us');
  });

  it('reads the reference an applicant must put in the subject line, and "Plc" as a legal form', () => {
    const job = parseJobPosting(
      'Graduate Trainee - Finance\nTarnquay Foods Plc\n\nTarnquay Foods Plc makes snacks in Lagos.\n\nRequirements\n- Excel\n\nSend your CV to jobs@tarnquay.example using "TQF/GT/27 - Graduate Trainee" as the\nsubject of the mail.\n',
      { name: 'trainee.txt' },
    );
    assert.equal(job.jobId, 'TQF/GT/27');
    assert.equal(job.company, 'Tarnquay Foods');
    const noSubject = parseJobPosting('Graduate Trainee\nTarnquay Foods\n\nRequirements\n- Excel\n\nWe use "GT/27" in our plans.\n', { name: 't.txt' });
    assert.equal(noSubject.jobId, undefined);
  });

  it('reads set-50 shapes: "Non-negotiables", "Skill(s) required", "will help your application if", tools after "use", legal forms', () => {
    const job = parseJobPosting(
      ['Junior Platform Engineer', 'Tarnquay Systems Private Limited', '', 'Tarnquay Ledger is the bookkeeping app 30,000 shops use.', '', '## Non-negotiables', '', '- Linux basics', '- Able to use ETABS or SAP2000 for analysis', '', '## It will help your application if…', '', '- you know Terraform', '', 'Skill(s) required', 'Python', 'SQL'].join('\n'),
      { name: 'platform.md' },
    );
    const importance = new Map(job.keywords.map((k) => [k.keyword.toLowerCase(), k.importance]));
    assert.equal(importance.get('linux'), 'required', JSON.stringify([...importance]));
    assert.equal(importance.get('etabs'), 'required', JSON.stringify([...importance]));
    assert.equal(importance.get('sap2000'), 'required', JSON.stringify([...importance]));
    assert.equal(importance.get('terraform'), 'preferred', JSON.stringify([...importance]));
    assert.equal(importance.get('python'), 'required', JSON.stringify([...importance]));
    assert.equal(job.company, 'Tarnquay Systems');
  });

  it('keeps one track of a graduate programme page and the programme as the title; reads a two-cell label row with its colon', () => {
    const track = (id: string, name: string, wants: string) => `<article class="track" id="track-${id}"><h3>${name}</h3><h4>What we look for</h4><p>${wants}</p></article>`;
    const page = `<html><head><title>Graduate Programme 2027 | Tarnquay Careers</title></head><body><h1>Tarnquay Graduate Programme 2027</h1><p>Two years, four rotations.</p><section>${track('technology', 'Technology', 'Code in Java or Python and SQL for relational databases.')}${track('actuarial', 'Actuarial', 'Excel and R for pricing models, and statistics.')}${track('finance', 'Finance', 'Strong Excel and an interest in IFRS 17 reporting.')}</section><table><tr><td><b>Reference:</b></td><td>TQ-GRAD-27-04</td></tr></table></body></html>`;
    const job = parseJobPosting(page, { name: 'technology-graduate-programme.html' });
    const skills = hardSkills(job).map((k) => k.toLowerCase());
    assert.ok(skills.includes('java') && !skills.includes('r') && !skills.includes('excel'), skills.join(', '));
    assert.equal(job.title, 'Tarnquay Graduate Programme 2027');
    assert.equal(job.jobId, 'TQ-GRAD-27-04');
  });
});
