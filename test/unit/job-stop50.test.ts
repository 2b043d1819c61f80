// Stop 50: what unseen-postings-38 showed — a lab's page of several positions (one read, the others'
// references and deadlines left out), a chat post introducing its employer ("We're **X** (…)"), a
// reference ending a post's headline or given as the e-mail's subject, and a deadline with its hour
// before the day. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { tailorResume } from '../../src/core/tailor';
import { parseResume } from '../../src/core/document/parse';
import { askedSkills, requirementsPosting } from '../helpers/posting';

const position = (id: string, heading: string, body: string) => `<article id="${id}" class="position"><h2>${heading}</h2>${body}</article>`;

const LAB_PAGE = `<!DOCTYPE html><html><head><title>Open positions · Larchfield Robotics Lab</title></head><body>
<h1>Open positions</h1>
<p>We are the Larchfield Robotics Lab at Brindlemoor University.</p>
<ul><li><a href="#postdoc">Postdoctoral researcher in legged locomotion</a></li><li><a href="#intern">Summer intern 2027: perception for field robots</a></li></ul>
${position('postdoc', 'Postdoctoral researcher in legged locomotion', '<p><strong>Vacancy ref:</strong> 55120</p><h3>Essential</h3><ul><li>A PhD in robotics.</li><li>Experience with MuJoCo and Drake.</li></ul><p>Closing date: 31 January 2027.</p>')}
${position('intern', 'Summer intern 2027: perception for field robots', '<h3>Essential</h3><ul><li>Currently enrolled in a bachelor\'s degree.</li><li>Python and OpenCV.</li></ul><p>Apply by 12:00 noon (UK time) on Friday 15 January 2027.</p>')}
</body></html>`;

describe('postings: stop 50', () => {
  it('reads one position of a page of several: the one the file name names', () => {
    const job = parseJobPosting(LAB_PAGE, { name: 'larchfield-summer-intern-perception.html' });
    assert.equal(job.postingsInText, 2);
    assert.equal(job.postingRead, 'named');
    assert.equal(job.title, 'Summer intern 2027: perception for field robots');
    // The other position's reference, deadline and skills are not this job's.
    assert.equal(job.jobId, undefined);
    assert.equal(job.deadline, '15 January 2027');
    const hard = job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
    assert.ok(hard.includes('opencv'), hard.join(', '));
    assert.ok(!hard.includes('mujoco'), hard.join(', '));
    // Its entry in the page's contents list goes with it.
    assert.ok(!job.text.includes('legged locomotion'), job.text);
  });

  it('reads the first position when the file name names none, and says so in the report', () => {
    const job = parseJobPosting(LAB_PAGE, { name: 'positions.html' });
    assert.equal(job.postingRead, 'first');
    assert.equal(job.title, 'Postdoctoral researcher in legged locomotion');
    assert.equal(job.jobId, '55120');
    const resume = parseResume('# Ana Ruiz\n\n## Experience\n\n### Research Assistant, Brindlemoor University\n\n- Built a MuJoCo model of a quadruped for 12 gaits\n');
    const report = tailorResume(resume, job, {}).reportMarkdown;
    assert.match(report, /holds 2 postings \(a page of positions\); this report reads the first one \("Postdoctoral researcher/);
  });

  it('leaves a page with one position, or with repeated blocks that are no positions, whole', () => {
    const one = `<html><body><h1>Data Analyst</h1><article class="job"><h2>Data Analyst</h2><p>Requirements: SQL.</p></article><div class="benefits"><h2>Benefits</h2></div></body></html>`;
    assert.equal(parseJobPosting(one).postingsInText, undefined);
    const cards = `<html><body><h1>Data Analyst</h1><p>Requirements: SQL.</p><div class="card"><h3>Health</h3><p>Dental.</p></div><div class="card"><h3>Time off</h3><p>25 days.</p></div></body></html>`;
    assert.equal(parseJobPosting(cards).postingsInText, undefined);
    // A posting's own parts marked as job sections, and a sidebar of similar jobs, are no page of positions.
    const parts = `<html><body><section class="job-section"><h2>Company Description</h2><p>Brindle Bank serves farmers.</p></section><section class="job-section"><h2>Qualifications</h2><p>SQL and Python.</p></section></body></html>`;
    assert.equal(parseJobPosting(parts).postingsInText, undefined);
    const long = '<p>You will build the data platform with Spark and Airflow, own the pipelines and review designs.</p>'.repeat(4);
    const sidebar = `<html><body><h1>Data Engineer</h1>${long}<aside><div class="job"><h3>Backend Engineer</h3><p>Go.</p></div><div class="job"><h3>Data Analyst</h3><p>SQL.</p></div></aside></body></html>`;
    const read = parseJobPosting(sidebar);
    assert.equal(read.postingsInText, undefined);
    assert.equal(read.title, 'Data Engineer');
  });

  it('reads the employer a chat post introduces: "We\'re **Name** (…)"', () => {
    const job = parseJobPosting(
      'Hi all! We\'re **Wrzosowa Games** (~30 people, Gdańsk) and we\'re making a co-op puzzle game.\n\n**Must have**\n• C# and Unity\n• Git\n',
    );
    assert.equal(job.company, 'Wrzosowa Games');
  });

  it('reads a reference that ends a headline after a dash, and one given as the subject line', () => {
    const headline = parseJobPosting('**[HIRING] Junior Tools Programmer (C++) — ref TP-JR-09** 🎮\n\nWe make racing games.\n\n**Must have**\n• C++\n');
    assert.equal(headline.jobId, 'TP-JR-09');
    const subject = parseJobPosting('*Site Engineer needed*\n\nRequirements:\n- AutoCAD\n\nSend CV to jobs@build.example\nSubject line: *KBL/SE/021 – Your Full Name*\n');
    assert.equal(subject.jobId, 'KBL/SE/021');
    // A sentence that mentions a reference is not one: no identifier shape, nothing read.
    assert.equal(parseJobPosting('# Analyst\n\nRequirements:\n- SQL — ref to the style guide\n').jobId, undefined);
  });

  it('reads a deadline whose hour comes before the day', () => {
    for (const line of ['Apply by 12:00 noon (UK time) on Friday 22 January 2027.', 'Applications close at 17:00 on 22 January 2027.']) {
      const job = parseJobPosting(`# Research Intern\n\nRequirements:\n- Python\n\n${line}\n`);
      assert.equal(job.deadline, '22 January 2027', line);
    }
  });

  it('reads a bare requirement item past a gloss in brackets, with a count joined to a word', () => {
    const hard = askedSkills(requirementsPosting('# Research Nurse', 'Phlebotomy (venipuncture) and 12-lead ECG', 'Cell culture (mammalian)', 'Unit and integration testing'));
    for (const k of ['phlebotomy', '12-lead ecg', 'cell culture', 'unit testing']) assert.ok(hard.map((h) => h.toLowerCase()).includes(k), `${k} in ${hard.join(', ')}`);
  });

  it('asks for the kind named after "another" ("CaseWare or another audit software package")', () => {
    const hard = askedSkills(requirementsPosting('# Audit Trainee', 'Some exposure to CaseWare or another audit software package'));
    assert.ok(hard.includes('audit software package') && !hard.some((h) => /another/.test(h)), hard.join(', '));
  });

  it('reads "a star schema" as the star schema, not the A-Star algorithm', () => {
    const hard = askedSkills(requirementsPosting('# Data Intern', 'Data modelling basics, e.g. a star schema from a course'));
    assert.ok(hard.includes('star schema') && !hard.includes('A-Star'), hard.join(', '));
  });

  it("names the employer from a footer's whole name, lower-case words of a French name and all", () => {
    const job = parseJobPosting('# Infirmier(ère) de recherche\n\nLe Centre de recherche de l’Hôpital Belle-Rive recrute.\n\n## Exigences\n- Phlebotomy\n\n© 2026 Centre de recherche de l’Hôpital Belle-Rive · Confidentialité · Accessibilité\n');
    assert.equal(job.company, 'Centre de recherche de l’Hôpital Belle-Rive');
  });

  it('reads lower-case message codes in brackets and leaves them unrepaired ("(camt.053, pain.001)")', () => {
    const hard = askedSkills(requirementsPosting('# Payments Engineer', 'ISO 20022 (camt.053, pain.001) bank statements'));
    assert.ok(hard.includes('camt.053') && hard.includes('pain.001'), hard.join(', '));
    // A PDF's lost ligatures are still restored elsewhere.
    assert.match(parseJobPosting('# Analyst\n\nRequirements:\n- Great soware skills\n').text, /software/);
  });

  it('reads employer names that open with a letter beyond ASCII in the employer cues ("Posted by", "our client")', () => {
    assert.equal(parseJobPosting('# Data Analyst\n\nPosted by Østfold Energi Partners\n\n## Requirements\n- SQL\n').company, 'Østfold Energi Partners');
    assert.equal(parseJobPosting('# Data Analyst\n\nWe are recruiting on behalf of our client Żuraw Logistics, a freight forwarder.\n\n## Requirements\n- SQL\n').company, 'Żuraw Logistics');
  });

  it("reads no employer from a board's company-facts field that gives the kind of ownership ('Company - Private')", () => {
    const job = parseJobPosting('# Water Engineer I\n\nBrannock Civil Partners is a 200-person engineering firm in Austin.\n\n## Requirements\n- HEC-RAS\n\nCompany - Private\nIndustry - Civil Engineering\n');
    assert.equal(job.company, 'Brannock Civil Partners');
  });

  it('reads "tensile testing" in a lab ask as that kind of testing, never as software testing', () => {
    const lab = askedSkills(requirementsPosting('# Materials Technician', 'Knowledge of test methods (tensile testing, hardness testing)', 'Experience with compendial testing of raw materials'));
    for (const k of ['tensile testing', 'hardness testing', 'compendial testing']) assert.ok(lab.includes(k), `${k} in ${lab.join(', ')}`);
    assert.ok(!lab.includes('software testing'), lab.join(', '));
    // Beside software words it stays software testing.
    const software = askedSkills(requirementsPosting('# QA Intern', 'Experience with exploratory testing of mobile apps'));
    assert.ok(software.includes('software testing'), software.join(', '));
  });

  it("reads the post a channel export's file names, with its own employer, under a bold 'We need'", () => {
    const post = (id: number, author: string, body: string) => `<div class="message default clearfix" id="message${id}"><div class="from_name">${author}</div><div class="text">${body}</div></div>`;
    const page = `<!DOCTYPE html><html><body><div class="history">
${post(1, 'Tbilisi Tech Jobs', '<strong>QA Automation Engineer — Mtatsminda Games</strong><br>Must have: Playwright, TypeScript.')}
${post(2, 'Tbilisi Tech Jobs', '<strong>Junior Data Analyst — Rioni Delivery</strong><br>Rioni is a grocery delivery app in Tbilisi with 90,000 orders a month and a team of four analysts.<br><strong>We need</strong><br>✅ SQL and Python (pandas)<br>✅ one BI tool: Power BI or Tableau')}
</div></body></html>`;
    const job = parseJobPosting(page, { name: 'telegram-junior-data-analyst-tbilisi.html' });
    assert.equal(job.postingRead, 'named');
    assert.equal(job.title, 'Junior Data Analyst');
    assert.equal(job.company, 'Rioni Delivery');
    const hard = job.keywords.filter((k) => k.kind === 'hard' && k.importance === 'required').map((k) => k.keyword);
    assert.ok(hard.includes('SQL') && !hard.includes('Playwright'), hard.join(', '));
    // A file name that names no post: the longest post, as in a forum thread.
    const unnamed = parseJobPosting(page, { name: 'messages.html' });
    assert.equal(unnamed.postingRead, 'longest');
    assert.equal(unnamed.title, 'Junior Data Analyst');
  });

  it('reads an ASP.NET WebForms page, whose whole body sits in one <form>, and still drops an application form', () => {
    const page = `<!DOCTYPE html><html><head><title>Lab Technologist | Careers | Cempaka Medical Centre</title></head><body><form id="form1" method="post"><input type="hidden" name="__VIEWSTATE" value="x">
<main><h1>Medical Laboratory Technologist</h1><p>Cempaka Medical Centre is a 300-bed hospital in Shah Alam.</p>
<h2>Requirements</h2><ul><li>Experience with MALDI-TOF and VITEK 2</li><li>Knowledge of ISO 15189</li></ul><p>Closing date: 31 December 2026</p></main></form>
<form class="apply"><label>Why do you want this job?</label><textarea></textarea></form></body></html>`;
    const job = parseJobPosting(page);
    assert.equal(job.title, 'Medical Laboratory Technologist');
    assert.equal(job.deadline, '31 December 2026');
    assert.ok(job.keywords.some((k) => k.keyword === 'ISO 15189'), job.keywords.map((k) => k.keyword).join(', '));
    assert.ok(!job.text.includes('Why do you want'), job.text);
  });

  it('reads one role of a page that folds each under a <details class="job"> summary', () => {
    const role = (id: string, summary: string, body: string) => `<details class="wp-block-details job" id="${id}"><summary><strong>${summary}</strong> · Ref. ${id.toUpperCase()} · Tartu</summary>${body}</details>`;
    const long = '<p>Our sensor nodes run for ten years on one battery and report soil moisture from 900 vineyards.</p>'.repeat(3);
    const page = `<html><body><h1>Work with us</h1><h2>Open positions (2)</h2>
${role('vs-27-01', 'Embedded Firmware Engineer', `${long}<p><strong>You have</strong></p><ul><li>Embedded C on Zephyr RTOS</li></ul>`)}
${role('vs-27-02', 'Field Support Technician', `${long}<p><strong>You have</strong></p><ul><li>A driving licence and a multimeter</li></ul>`)}
</body></html>`;
    const job = parseJobPosting(page, { name: 'embedded-firmware-engineer-tartu.html' });
    assert.equal(job.postingRead, 'named');
    assert.equal(job.title, 'Embedded Firmware Engineer');
    assert.ok(!job.text.includes('Field Support Technician'), job.text);
  });
});

