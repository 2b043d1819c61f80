// Posting reading found on blind posting sets 79 and 80 (invented postings, written before the tool
// ran). Examples here are our own.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { postingFromSheetPage } from '../../src/core/job/sheet-page';
import { jobIdInUrl } from '../../src/core/job/metadata';


describe('job postings (stop 64)', () => {
  const details = [
    'Hi club! Please share with your members.',
    'TERN POINT ROBOTICS – Firmware Developer Co-op (Summer 2027)',
    'We build the arms that sort the catch on 30 fishing boats out of Halifax and Lunenburg. 22 people, one workshop, a lot of salt.',
    'What you will do',
    '• Write drivers for the arm controller board',
    '• Help move nightly builds to containers',
    'Must have',
    '• C or C++ and comfort on the Linux command line',
    '• Git',
    'Nice to have',
    '• Docker',
    '• FreeRTOS or Zephyr',
    'Apply by Jan 10, 2027 at https://careers.ternpoint.example/jobs/TP-27-04',
  ].join('<br>');
  const sheet = [
    '<html><head><title>Club jobs board - Google Sheets</title></head><body><table>',
    '<tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th></tr>',
    '<tr><th>1</th><td>Company</td><td>Role</td><td>Location</td><td>Deadline</td><td>Details</td></tr>',
    '<tr><th>2</th><td>Rows are added as employers write to us.</td><td></td><td></td><td></td><td></td></tr>',
    '<tr><th>3</th><td>Pike Lake Data</td><td>Data Analyst Intern</td><td>Regina</td><td>Dec 11</td><td>SQL and Excel. 2nd year or later.</td></tr>',
    `<tr><th>4</th><td>Tern Point Robotics</td><td>Firmware Developer Co-op</td><td>Halifax</td><td>Jan 10</td><td>${details}</td></tr>`,
    '</table></body></html>',
  ].join('\n');

  it('reads a sheet published as a web page as the row the file name points at, its long cell a posting', () => {
    const text = postingFromSheetPage(sheet, 'firmware-developer-co-op-tern-point.html');
    assert.ok(text);
    assert.match(text, /^# Firmware Developer Co-op/);
    assert.match(text, /Company: Tern Point Robotics/);
    assert.match(text, /\nMust have\n• C or C\+\+/);
    const job = parseJobPosting(sheet, { name: 'firmware-developer-co-op-tern-point.html' });
    assert.equal(job.company, 'Tern Point Robotics');
    assert.equal(job.title, 'Firmware Developer Co-op');
    const importance = (k: string) => job.keywords.find((x) => x.keyword === k)?.importance;
    assert.equal(importance('Git'), 'required');
    assert.equal(importance('Docker'), 'preferred');
  });

  it('leaves a page whose tables hold no long cell to the page reader', () => {
    assert.equal(postingFromSheetPage('<table><tr><td>Company</td><td>Role</td><td>Location</td></tr><tr><td>A</td><td>B</td><td>C</td></tr><tr><td>D</td><td>E</td><td>F</td></tr></table>'), undefined);
  });

  it('reads a "Job Post ID" field, Taleo\'s job number in its address and "Req" before a two-group number', () => {
    assert.equal(parseJobPosting('Junior Hardware Engineer\nSaltmarsh Instruments\nJob Post ID: SMI-2026-0415\n\nRequirements\n- KiCad').jobId, 'SMI-2026-0415');
    assert.equal(jobIdInUrl('https://acme.taleo.example/careersection/ext/jobdetail.ftl?job=2604417&lang=en', true), '2604417');
    assert.equal(jobIdInUrl('https://example.com/careers?job=data-analyst', true), undefined);
    assert.equal(parseJobPosting('Process Engineer\nIf you apply on our own site, use Req 27-0112 so it reaches me.\n\nRequirements\n- Minitab').jobId, '27-0112');
    assert.equal(parseJobPosting('PRÁCTICAS PRE PROFESIONALES 2027\nConvocatoria N° 014-2026-AQP/RRHH\n\nREQUISITOS\n- AutoCAD').jobId, '014-2026-AQP/RRHH');
  });

  it('takes the structured data\'s title when the page\'s line adds where and for whom', () => {
    const page = [
      '<html><head><title>Piping Design internship in Nashik at Godavari Pumps Private Limited</title>',
      '<script type="application/ld+json">{"@context":"https://schema.org/","@type":"JobPosting","title":"Piping Design","hiringOrganization":{"@type":"Organization","name":"Godavari Pumps Private Limited"},"description":"Draw piping layouts in AutoCAD Plant 3D."}</script>',
      '</head><body><h1>Piping Design internship in Nashik at Godavari Pumps Private Limited</h1>',
      '<h2>Skill(s) required</h2><ul><li>AutoCAD</li><li>SolidWorks</li></ul></body></html>',
    ].join('');
    assert.equal(parseJobPosting(page, { name: 'piping.html' }).title, 'Piping Design');
  });

  it('reads the title of an applicant\'s note from the posting pasted under its checklist', () => {
    const note = [
      '---',
      'company: Saltmarsh Instruments',
      'role: hw grad role (analog-ish)',
      'status: to-apply',
      '---',
      '',
      '# Saltmarsh – hw grad role',
      '',
      '- [ ] ask Prof. Lindqvist for a reference',
      '- [x] check the visa line',
      '- [ ] tailor the PCB project bullets',
      '',
      '## pasted from their site',
      '',
      'Junior Hardware Engineer (Analog)',
      'Saltmarsh Instruments | Lund, Sweden | Full-time',
      '',
      'Requirements',
      '- KiCad or Altium',
    ].join('\n');
    assert.equal(parseJobPosting(note, { name: 'saltmarsh.md' }).title, 'Junior Hardware Engineer (Analog)');
  });

  it('prefers the employer\'s deadline to an earlier "send me your CV by" in a forwarded note', () => {
    const text = [
      'Hi Mara, send me the draft and your CV by 4 January and I will write the letter.',
      '',
      '-----',
      'Doctoral Researcher in Glacier Hydrology',
      'Application deadline\t20 January 2027',
      '',
      'Requirements',
      '- Python',
    ].join('\n');
    assert.match(parseJobPosting(text).deadline ?? '', /^20 January 2027/);
    assert.match(parseJobPosting('Data Analyst\nThe manager is closing submissions Friday 12/11 at noon CT.\n\nRequirements\n- SQL').deadline ?? '', /12\/11/);
  });

  it('takes the posting\'s own title over its employer\'s line, not the forwarded subject naming the same role', () => {
    const text = [
      '# Fwd: Environmental Scientist I (new grads) – Wapiti Water, Regina – 2 positions',
      '',
      'Hi all, please see below from an alum. Apply to her directly.',
      'Ruth Ames',
      'Undergraduate Program Advisor',
      'Department of Earth Sciences',
      '',
      'Subject: Environmental Scientist I (new grads) – Wapiti Water, Regina – 2 positions',
      '',
      'Environmental Scientist I – Flood Forecasting',
      'Wapiti Water Ltd. | Regina, SK | Full-time, permanent',
      'Wapiti Water is a 40-person hydrology consultancy working for towns and irrigation districts across the prairies.',
      '',
      'Minimum qualifications',
      '- HEC-HMS or a similar hydrologic model',
    ].join('\n');
    assert.equal(parseJobPosting(text).title, 'Environmental Scientist I – Flood Forecasting');
  });
});
