// Session 20: posting keywords — names coordinated with names read by shape, coined product names
// in full. All posting lines are invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const asked = (lines: string[]) =>
  parseJobPosting(['Lab Analyst', 'Quillmoor Bio', '', 'Requirements', ...lines.map((l) => `- ${l}`), ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword);

describe('names coordinated with a name read by shape (session 20)', () => {
  it('reads an acronym beside a coined product name neither of which the taxonomy knows', () => {
    const got = asked(['SPSS-free stats: QZX or PlotWorks for curve fitting']);
    for (const name of ['QZX', 'PlotWorks']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
  });

  it('does not read a capitalised word coordinated with a plain English word', () => {
    const got = asked(['Comfortable presenting to Finance and Operations leads']);
    for (const name of ['Finance', 'Operations']) assert.ok(!got.includes(name), `${name}: ${got.join(', ')}`);
  });
});

describe('a coined product name with the rest of its name (session 20)', () => {
  it('reads "PlotWorks Studio" whole, but not a team or an agency after a coined name', () => {
    assert.ok(asked(['Curve fitting and statistical reporting in PlotWorks Studio']).includes('PlotWorks Studio'));
    const got = asked(['Reports go to the BrightLane Talent desk', 'Pair with the DataHive Team on dashboards']);
    assert.ok(!got.some((k) => /Talent|Team/.test(k)), got.join(', '));
  });
});

describe('an instrument named "… MS" is no master\'s degree (session 20)', () => {
  const posting = (line: string) => parseJobPosting(['Lab Analyst', 'Quillmoor Bio', '', 'Requirements', `- ${line}`, ''].join('\n'));
  it('reads the skills of a line that names a mass-spectrometry instrument, and asks for no degree', () => {
    const job = posting('Experience with identification systems such as Orbix 3 and ZELTA MS.');
    const got = job.keywords.map((k) => k.keyword);
    assert.ok(got.includes('ZELTA MS'), got.join(', '));
    assert.deepEqual(job.degrees.map((d) => d.level), []);
  });
  it('still reads "MS in Chemistry" and "ECE MS students" as a master\'s', () => {
    assert.deepEqual(posting('MS in Chemistry').degrees.map((d) => d.level), ['master']);
    assert.deepEqual(posting('Open to ECE MS students').degrees.map((d) => d.level), ['master']);
  });
});

describe('posting metadata (session 20)', () => {
  it('takes the company line a board prints under the title over a shorter name written only in prose', () => {
    const job = parseJobPosting(
      ['Inventory Analyst', 'Maple Crest Outfitters', 'Regina, SK', '', 'Maple Crest is a family-owned outfitter with 40 stores across the prairies and the north.', '', 'Requirements', '- SQL and Excel', ''].join('\n'),
    );
    assert.equal(job.company, 'Maple Crest Outfitters');
  });

  it('does not read "City, AB" on a line of its own as a company with a legal form', () => {
    const job = parseJobPosting(['Inventory Analyst', 'Maple Crest Outfitters', 'Regina, SK', '', 'Regina, AB', 'Regina, AB', 'Regina, AB', '', 'Requirements', '- SQL', ''].join('\n'));
    assert.notEqual(job.company, 'Regina');
  });

  it('names the client a recruiter is "helping" hire as the employer, and keeps the labelled role as the title', () => {
    const job = parseJobPosting(
      [
        'Priya Nair · 2nd',
        'Principal Consultant, Logistics | Kestrel Talent Search',
        '',
        "Hi Sam, I'm currently helping our client Bluewater Haulage Co. (regional carrier, 900 staff) hire an analyst for their planning team.",
        '',
        'Role: Transport Planning Analyst',
        'Location: Penang, Malaysia',
        '',
        'Requirements:',
        '- Excel and SQL',
        '',
        'Kestrel Talent Search Sdn Bhd | Licence 2219',
        '',
      ].join('\n'),
    );
    assert.match(job.company ?? '', /^Bluewater Haulage Co\.?$/);
    assert.equal(job.title, 'Transport Planning Analyst');
  });

  it("reads Indeed's job key from the page's address on any Indeed site, and not a board's employer page as the posting", () => {
    const indeed = parseJobPosting(['https://uk.indeed.com/viewjob?jk=9a8b7c6d5e4f3a2b&from=serp', '', 'Stock Controller', 'Hollin Foods', '', 'Requirements', '- Excel', ''].join('\n'));
    assert.equal(indeed.jobId, '9a8b7c6d5e4f3a2b');
    assert.match(indeed.url ?? '', /uk\.indeed\.com\/viewjob/);
    const board = parseJobPosting(['Stock Controller', 'Hollin Foods', '', 'Requirements', '- Excel', '', 'Hollin Foods home page: https://jobs.lever.co/hollinfoods', ''].join('\n'));
    assert.equal(board.url, undefined);
  });
});

describe("SQL's analytic features (session 20)", () => {
  it('reads window functions and CTEs asked for beside SQL, but not as features in a parenthesis after it', () => {
    const listed = asked(['Solid SQL, including window functions and CTEs']);
    for (const name of ['SQL', 'window functions', 'common table expressions']) assert.ok(listed.includes(name), `${name}: ${listed.join(', ')}`);
    const features = asked(['Solid SQL skills (joins, window functions, CTEs)']);
    assert.deepEqual(features, ['SQL']);
  });
});

describe('numbered, wrapped criteria as a PDF prints them (session 20)', () => {
  const criteria = (...lines: string[]) =>
    parseJobPosting(['Graduate Grid Engineer', 'Tallowood Energy', '', 'Selection criteria', ...lines, ''].join('\n'))
      .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
      .map((k) => k.keyword);

  it('reads a numbered item wrapped onto indented lines as one sentence, and a product named with a slash', () => {
    const got = criteria('3. Experience with at least one grid simulation package, e.g. GRIDSIM/E,', '   NETCALC, Voltaro Studio or PFLOW');
    for (const name of ['GRIDSIM/E', 'NETCALC', 'PFLOW']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
  });

  it('reads a labelled list after a cue, across the wrap, and the field whose fundamentals are asked', () => {
    const got = criteria('2. Sound understanding of power systems fundamentals: load', '   flow, fault analysis and per-unit systems');
    for (const name of ['power systems', 'load flow', 'fault analysis', 'per-unit systems']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
  });

  it('reads no skill from a numbered heading in capitals', () => {
    assert.deepEqual(criteria('4. SELECTION PROCESS', 'Shortlisted applicants are interviewed in January.'), []);
  });
});

describe('fields of study before "or a related field" (session 20)', () => {
  it('reads no skill from a list of fields, also after a qualification the degree reader does not name', () => {
    assert.deepEqual(asked(['Postgraduate qualification in health informatics, data science or a related field']), []);
    assert.deepEqual(asked(['Enrolled in a co-op program in Computer Science, Data Science, Health Informatics or a related field']), []);
  });
  it('still reads products listed before "or a similar program"', () => {
    const got = asked(['Python, SQL, Tableau or a similar program']);
    for (const name of ['Python', 'SQL', 'Tableau']) assert.ok(got.includes(name), `${name}: ${got.join(', ')}`);
  });
});

describe('an umbrella word heading a compound of a named skill (session 20)', () => {
  it('reads GraphQL, not also APIs, in "REST and GraphQL APIs"; keeps APIs and lab automation asked alone', () => {
    const got = asked(['Comfortable consuming REST and GraphQL APIs']);
    assert.ok(got.includes('GraphQL') && !got.includes('APIs') && !got.includes('API'), got.join(', '));
    assert.ok(asked(['Experience with APIs']).includes('APIs'));
    assert.ok(asked(['Total laboratory automation a plus']).includes('automation'));
  });
});
