// Stop 51: what unseen-postings-42 showed — a person specification whose Essential/Desirable marks
// sit in tab-separated columns, tabs of a careers page pasted under a typed divider, a civil-service
// "Knowledge of:" lead-in over lines that lost their bullets, an exam's name, a lab kind of testing
// opening a list item. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { askedSkills, requirementsPosting } from '../helpers/posting';

const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard');

describe('postings: stop 51 shapes', () => {
  it('reads a criterion up to its tab-separated mark column, and no mark letters as words', () => {
    const posting = [
      '# Research Associate',
      '',
      'PERSON SPECIFICATION',
      'Criteria\tEssential (E) / Desirable (D)\tAssessed by',
      '1. Water sampling methods, e.g. grab sampling and composite sampling\tE\tA/I',
      '2. Proficiency in Microsoft Excel and Word\tE\tA',
      '3. Drone photogrammetry, including ground control surveys\tD\tA',
      '',
    ].join('\n');
    const keywords = hard(posting);
    const names = keywords.map((k) => k.keyword.toLowerCase());
    assert.ok(names.includes('composite sampling'), names.join('; '));
    assert.ok(names.includes('ground control surveys'), names.join('; '));
    assert.ok(!names.some((n) => /\b(?:e a|word e)\b/.test(n)), names.join('; '));
    assert.equal(keywords.find((k) => k.keyword.toLowerCase() === 'ground control surveys')?.importance, 'preferred');
  });

  it('ends the qualifications at a typed divider over pasted tabs, and at a work-authorization heading', () => {
    const posting = [
      'Analyst I - Traffic',
      '',
      'Preferred Qualifications',
      'Experience with Python and SQL.',
      'Work Authorization',
      'Applicants must be authorized to work in the United States.',
      '---- Questions tab (pasted separately) ----',
      'Which of these have you used? Check all that apply.',
      'Tableau',
      'Power BI',
      '',
    ].join('\n');
    const parsed = parseJobPosting(posting);
    assert.deepEqual(parsed.sections.map((s) => s.kind), ['other', 'preferred', 'about', 'other']);
    const names = parsed.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword);
    assert.ok(names.includes('Python'), names.join('; '));
    assert.ok(!names.includes('Tableau') && !names.includes('Power BI'), names.join('; '));
  });

  it('is no heading when a line is an attachment\'s file name, and never reads the posting\'s own reference as a skill', () => {
    const posting = ['# Lab Technician', '', 'Job Ref: QX-20417', '', 'QX-20417 Job Description and Person Specification.docx', '', '## Requirements', '- Experience with HPLC.', ''].join('\n');
    const parsed = parseJobPosting(posting);
    assert.equal(parsed.jobId, 'QX-20417');
    assert.ok(!parsed.sections.some((s) => /\.docx/.test(s.title)));
    assert.ok(!parsed.keywords.some((k) => k.keyword === 'QX-20417'));
  });

  it('reads lines under a "Knowledge of:" lead-in as the items of its list', () => {
    const posting = ['Engineer I', '', 'Minimum Qualifications', 'Knowledge of:', 'Geotechnics and slope stability.', 'Skill in:', 'AutoCAD.', ''].join('\n');
    const names = hard(posting).map((k) => k.keyword.toLowerCase());
    assert.ok(names.includes('geotechnics'), names.join('; '));
    assert.ok(names.includes('slope stability'), names.join('; '));
  });

  it('asks no skill by an exam\'s name, and reads a lab kind of testing that opens an item', () => {
    const names = askedSkills(requirementsPosting('Field Engineer', 'Passage of the Principles and Practice of Engineering (PE) exam.', 'Shelf-life testing and sensory panels.'));
    assert.ok(!names.some((n) => /principles and practice/i.test(n)), names.join('; '));
    assert.ok(names.some((n) => /^shelf-life testing$/i.test(n)), names.join('; '));
    assert.ok(!names.includes('software testing'), names.join('; '));
  });
});

// What unseen-postings-43 showed: a freelance brief typed with its own line breaks inside one <p>, a job
// board's "Expected" / "Optional" headings, "Nice if you have", a forum topic saved raw with other
// people's replies, "R$" before a sum, "Offers you may also like", names given with what they are for.
describe('postings: stop 51, set 43 shapes', () => {
  it('keeps the typed lines of a brief inside one paragraph, so its MUST HAVE list is read', () => {
    const html = `<html><body><h1>Firmware contractor</h1><p class="desc">We make soil probes.
MUST HAVE
- Zephyr RTOS on Nordic nRF52
- Writing SPI drivers for sensors
NICE TO HAVE
- Unit testing with Unity
</p></body></html>`;
    const parsed = parseJobPosting(html);
    const kinds = parsed.sections.map((s) => s.kind);
    assert.ok(kinds.includes('required') && kinds.includes('preferred'), kinds.join(', '));
    assert.equal(parsed.keywords.find((k) => k.keyword === 'Zephyr')?.importance, 'required');
  });

  it('reads "Expected", "Optional" and "Nice if you have" headings, and "Other stuff" as no asks', () => {
    const posting = ['# Intern', '', '## Our requirements', '### Expected', '- Python', '### Optional', '- Tableau', '', 'Nice if you have:', '- Docker', '', 'Other stuff:', '- Start Jan 2027', ''].join('\n');
    const parsed = parseJobPosting(posting);
    const importance = (name: string) => parsed.keywords.find((k) => k.keyword === name)?.importance;
    assert.deepEqual([importance('Python'), importance('Tableau'), importance('Docker')], ['required', 'preferred', 'preferred']);
    assert.equal(parsed.sections[parsed.sections.length - 1].kind, 'about');
  });

  it('reads a raw forum topic for its first post and the poster\'s own replies', () => {
    const topic = [
      'ana.lima | 2026-11-27 14:03:11 UTC | #1',
      '',
      '# Data Engineer (Airflow)',
      '',
      '## You should have',
      '* Airflow and dbt',
      '',
      '-------------------------',
      '',
      'other_co | 2026-11-28 13:25:50 UTC | #2',
      '',
      'We are also hiring: Kafka and Flink people, DM me.',
      '',
      '-------------------------',
      '',
      'ana.lima | 2026-11-29 09:15:44 UTC | #3',
      '',
      'Job ref for the form: DE-2026-31.',
      '',
    ].join('\n');
    const parsed = parseJobPosting(topic);
    const names = parsed.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword);
    assert.ok(names.includes('Apache Airflow'), names.join('; '));
    assert.ok(!names.includes('Apache Kafka') && !names.includes('Kafka') && !names.includes('Apache Flink'), names.join('; '));
    assert.ok(parsed.text.includes('DE-2026-31'));
  });

  it('reads no R language in "R$ 15.000", and names before "for <use>" as the ask', () => {
    const names = askedSkills(requirementsPosting('Analyst', 'Pay: R$ 15.000 per month', 'Enscape or Twinmotion for quick renders'));
    assert.ok(!names.includes('R'), names.join('; '));
    assert.ok(names.includes('Enscape') && names.includes('Twinmotion'), names.join('; '));
    assert.ok(!names.some((n) => /for quick renders/i.test(n)), names.join('; '));
  });

  it('ends the asks at "Offers you may also like", takes "considered an advantage" as preferred, and reads a quoted reference for the subject line', () => {
    const posting = ['Technologist', '', 'Requirements', '- AutoCAD', 'The following will be considered an advantage:', '- Revit', '', 'Email us with "TECH-2611" in the subject line.', '', 'Offers you may also like', '- Surveyor (Trimble, Leica)', ''].join('\n');
    const parsed = parseJobPosting(posting);
    const importance = (name: string) => parsed.keywords.find((k) => k.keyword === name)?.importance;
    assert.deepEqual([importance('AutoCAD'), importance('Revit')], ['required', 'preferred']);
    assert.ok(!parsed.keywords.some((k) => /trimble|leica/i.test(k.keyword) && k.importance !== 'other'));
    assert.equal(parsed.jobId, 'TECH-2611');
  });

  it('reads no degree ask in knowledge "from your degree"', () => {
    const parsed = parseJobPosting(requirementsPosting('Process Engineer', 'Thermodynamics and reaction kinetics from your degree, and the will to apply them', 'A degree in Chemical Engineering'));
    assert.equal(parsed.degrees.length, 1);
    assert.match(parsed.degrees[0].text, /Chemical Engineering/);
  });
});

// What unseen-postings-44 showed: a form builder's page (the posting in a <form>, titled by a role="heading"
// div, its questions' answer options as checkboxes), and a site name written only as a footer link.
describe('postings: stop 51, set 44 shapes', () => {
  const FORM_PAGE = `<html><head><title>Field Intern Application</title><meta property="og:site_name" content="Formly"></head><body>
<form action="https://forms.example/submit" method="POST">
<div role="heading" aria-level="1">Field Intern Application – 2027</div>
<div>Lake Basin Water Trust runs water-point monitoring in three districts. We are recruiting one intern.<br><br>MUST HAVE<br>• Data cleaning in Stata or R<br>• Mobile data collection with KoboToolbox<br></div>
<div role="list"><div role="listitem"><div role="heading" aria-level="3">Which tools have you used?</div>
<label><div role="checkbox" aria-checked="false"></div><span>Tableau</span></label>
<label><input type="checkbox" name="t"> <span>SurveyCTO</span></label>
</div></div>
</form>
<p><a href="https://formly.example/about">Formly</a></p>
</body></html>`;

  it('reads a posting inside a form whose title is a role="heading" level 1, and no answer option as an ask', () => {
    const parsed = parseJobPosting(FORM_PAGE);
    const names = parsed.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword);
    assert.ok(names.includes('Stata') && names.includes('KoboToolbox'), names.join('; '));
    assert.ok(!names.includes('Tableau') && !names.includes('SurveyCTO'), names.join('; '));
  });

  it('takes no site name that the page writes only as a footer link for the employer', () => {
    assert.equal(parseJobPosting(FORM_PAGE).company, 'Lake Basin Water Trust');
  });
});

