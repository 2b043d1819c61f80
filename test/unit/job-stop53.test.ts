// Stop 53: a thesis due by a date is no application deadline; a labelled employer loses its legal
// form as names read elsewhere do, and that legal form is no skill. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('postings: stop 53 deadline and employer fields', () => {
  it('takes the labelled application deadline over a thesis due by a date', () => {
    const text = [
      '# Fish Health Trainee',
      '',
      '## Qualifications',
      "- A master's degree; students who submit their thesis by 15 June 2027 are welcome to apply",
      '',
      'Application deadline: 15.01.2027',
    ].join('\n');
    assert.equal(parseJobPosting(text).deadline, '15.01.2027');
    // An ask to send the application by a day is still one.
    assert.equal(parseJobPosting('# Analyst\n\nPlease submit your application by 20 January 2027.\n').deadline, '20 January 2027');
  });

  it('reads "Company: X AS" as X, and reads no skill in "Sdn. Bhd."', () => {
    assert.equal(parseJobPosting('# Biologist\n\nCompany: Nordhav Akvakultur AS\n\n## Qualifications\n- R\n').company, 'Nordhav Akvakultur');
    const posting = parseJobPosting('# Process Engineer\n\nCompany: Kerian Microsystems Sdn. Bhd.\n\n## Requirements\n- Dry etch and SPC\n');
    assert.equal(posting.company, 'Kerian Microsystems');
    assert.ok(!posting.keywords.some((k) => /^sdn$/i.test(k.keyword)), JSON.stringify(posting.keywords.map((k) => k.keyword)));
  });

  it('reads a chat transcript: a turn that announces a list heads it, whatever time and speaker open the line', () => {
    const chat = [
      'Careers chat transcript',
      '[10:01:02] Bot: Hi! I can help you find jobs.',
      '[10:01:20] Guest: Requirements',
      "[10:01:21] Bot: To join this programme you'll need:",
      '    • Basic hand skills, e.g. riveting and safety wiring',
      '    • Microsoft Excel',
      '[10:01:22] Bot: It would be a plus if you also have:',
      '    • Borescope inspection',
      '[10:02:00] Guest: thanks',
    ].join('\n');
    const posting = parseJobPosting(chat);
    const importance = (name: RegExp) => posting.keywords.find((k) => name.test(k.keyword))?.importance;
    assert.equal(importance(/^excel$/i), 'required', JSON.stringify(posting.keywords.map((k) => [k.keyword, k.importance])));
    assert.equal(importance(/borescope/i), 'preferred', JSON.stringify(posting.keywords.map((k) => [k.keyword, k.importance])));
  });

  it('drops a "JOB OPPORTUNITY –" label before a title and writes a shouted title in title case', () => {
    const text = '*📢 JOB OPPORTUNITY – JUNIOR SITE ENGINEER (CIVIL)*\n\nKilima Builders Ltd is hiring.\n\n*Requirements*\n- AutoCAD\n';
    assert.equal(parseJobPosting(text).title, 'Junior Site Engineer (Civil)');
  });

  it('reads no skill in a list of module codes', () => {
    const posting = parseJobPosting('# Trainee Technician\n\n## Nice to have\n- Licence module passes (e.g. M1, M2, M7A)\n');
    assert.ok(!posting.keywords.some((k) => /^M\d/.test(k.keyword) && k.keyword !== 'M7A'), JSON.stringify(posting.keywords.map((k) => k.keyword)));
  });

  it('reads a practice with an aside naming what it is applied to, or with a named example beside kinds, but not a benefit or a licence', () => {
    const got = (item: string) => parseJobPosting(`# Engineer\n\n## Requirements\n\n- ${item}\n`).keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase());
    assert.ok(got('Power quality analysis (harmonics from large rectifiers)').includes('power quality analysis'));
    assert.ok(got('Statistical process control (Cpk, control charts)').includes('statistical process control'));
    assert.ok(!got('A current driver licence (occasional travel to regional plants)').some((k) => /licen/.test(k)));
    assert.ok(!got('Paid parking (staff lot)').some((k) => /parking/.test(k)));
  });

  it("reads a year written '27 in a deadline, and a slide's vertical-tab line break as a line break", () => {
    const posting = parseJobPosting("Kilcolgan Biologics\n2027 Graduate Programme\u000bCampus Information Session\n\nRequirements\n- GMP\n\nClosing date: Fri 29th Jan '27, 5pm\n");
    assert.equal(posting.eligibility?.find((e) => e.kind === 'deadline')?.date, '2027-01-29');
    assert.ok(!posting.text.includes('\u000b') && !(posting.title ?? '').includes('Campus Information Session'), JSON.stringify(posting.title));
  });

  it('reads a page translated from Portuguese: "Differentials" heads the wishes, "Registrations until" the deadline, studies in progress no skill', () => {
    const text = [
      '# Internship in Precision Agriculture',
      '',
      'Coopervale',
      '',
      '## Requirements',
      '',
      '- Higher education in progress in Agronomy or Agricultural Engineering',
      '- Intermediate Excel (pivot table)',
      '',
      '## Differentials',
      '',
      '- QGIS',
      '',
      'Registrations until 29/01/2027 or while the vacancy is open.',
    ].join('\n');
    const posting = parseJobPosting(text);
    const byName = new Map(posting.keywords.map((k) => [k.keyword, k.importance]));
    assert.equal(byName.get('Excel'), 'required', JSON.stringify([...byName]));
    assert.equal(byName.get('QGIS'), 'preferred', JSON.stringify([...byName]));
    assert.ok(![...byName.keys()].some((k) => /education/i.test(k)), JSON.stringify([...byName]));
    assert.equal(posting.deadline, '29/01/2027');
  });
});
