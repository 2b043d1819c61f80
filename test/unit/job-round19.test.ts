// Posting reading of session 19: a qualification paragraph run into one sentence with its degree, a
// heading about what the reader "will have", a cue's object that runs into "including, but not
// limited to,", and acronyms named beside a dash, a kind word or a "-based" ending. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { classifyHeading } from '../../src/core/job/sections';

const asked = (lines: string[], heading = 'Requirements') =>
  parseJobPosting(['Field Analyst', '', heading, ...lines.map((l) => `- ${l}`), ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword.toLowerCase());

describe('posting reading (session 19)', () => {
  it('reads the skills a degree sentence goes on to ask for, and still no field of study', () => {
    const text = [
      'Water Treatment Engineer',
      '',
      'Qualifications:',
      'You will hold a Bachelor of Engineering in Environmental Engineering from an accredited school and at least 2 years in municipal utilities, with working knowledge of hydraulic modelling using MATLAB or Python and a sound grasp of membrane filtration.',
      '',
    ].join('\n');
    const got = parseJobPosting(text).keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword.toLowerCase());
    assert.ok(got.includes('hydraulic modelling'), got.join(', '));
    assert.ok(got.includes("matlab") && got.includes("python"), got.join(', '));
    assert.ok(got.includes('membrane filtration'), got.join(', '));
    assert.ok(!got.some((k) => /environmental engineering/.test(k)), got.join(', '));
  });

  it('reads nothing more from a degree sentence that offers an alternative to the degree', () => {
    const got = asked(['A degree in Geography, Urban Planning or equivalent practical experience, completed by May 2027']);
    assert.ok(!got.includes('practical experience'), got.join(', '));
  });

  it('reads "You\'ll probably have" as the requirements and "You\'ll build" as the role', () => {
    assert.equal(classifyHeading("You'll probably have"), 'required');
    assert.equal(classifyHeading('You will bring'), 'required');
    assert.equal(classifyHeading("You'll build"), 'responsibilities');
    assert.equal(classifyHeading("What you'll be doing"), 'responsibilities');
  });

  it('ends a cue\'s object at "including," so "but not limited to" is no skill', () => {
    const got = asked(['Experience with scripting languages including, but not limited to, Perl, Lua or Tcl']);
    assert.ok(!got.some((k) => /limited/.test(k)), got.join(', '));
    assert.ok(got.includes('perl') && got.includes('tcl'), got.join(', '));
  });

  it('reads an acronym coordinated with a named language before a dash', () => {
    const got = asked(['Solid Verilog and PSL - you have written properties yourself']);
    assert.ok(got.includes('psl'), got.join(', '));
  });

  it('reads an acronym before a word for its kind ("XBRL standards", "SPC charts")', () => {
    const got = asked(['Working knowledge of XBRL standards', 'Experience reading SPC charts on the line']);
    assert.ok(got.includes('xbrl'), got.join(', '));
  });

  it('reads the name a method rests on, not the "-based" word ("(manual or OCR-based)")', () => {
    const got = asked(['Document capture (manual review or OCR-based)']);
    assert.ok(got.includes('ocr'), got.join(', '));
    assert.ok(!got.some((k) => /based/.test(k)), got.join(', '));
  });
});

describe('posting metadata (session 19)', () => {
  it('reads no title or place from a job board search box pasted with the page', () => {
    const text = ['Find jobs', '', 'What', 'welder', 'Where', 'Tulsa, OK', 'Find jobs', '', 'Pipe Welder II', 'Redbud Fabrication Inc.', 'Tulsa, OK 74103', '', 'Requirements:', '- TIG and stick welding on carbon steel', ''].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.title, 'Pipe Welder II');
  });

  it('takes neither a logo image nor a site menu link for the posting address', () => {
    const lever = ['[![Brightmoor logo](https://jobs.lever.co.example/brightmoor/logo.png)](https://jobs.lever.co.example/brightmoor)', '', '# Data Engineer', '', '[Apply for this job](https://jobs.lever.co.example/brightmoor/0b4e2f11-2c3d-4e5f-8a9b-0c1d2e3f4a5b/apply)', ''].join('\n');
    const job = parseJobPosting(lever);
    assert.equal(job.url, 'https://jobs.lever.co.example/brightmoor/0b4e2f11-2c3d-4e5f-8a9b-0c1d2e3f4a5b/apply');
    assert.equal(job.jobId, '0b4e2f11-2c3d-4e5f-8a9b-0c1d2e3f4a5b');
    const portal = ['[Home](https://portal.uni.example/) · [Jobs](https://portal.uni.example/jobs) · [Events](https://portal.uni.example/events)', '', '# Graduate Surveyor', '', '[Apply on employer website](https://careers.fenwick.example/grad/surveyor-2027)', ''].join('\n');
    assert.equal(parseJobPosting(portal).url, 'https://careers.fenwick.example/grad/surveyor-2027');
  });

  it('reads a two-cell table row as a labelled field ("| **Job ID** | 55120 |", "| **Closes** | … |")', () => {
    const text = ['# Graduate Surveyor', '', '| | |', '|---|---|', '| **Employer** | Fenwick Partners |', '| **Job ID** | 55120 |', '| **Closes** | Friday 5 February 2027 |', '', 'Requirements', '- AutoCAD', ''].join('\n');
    const job = parseJobPosting(text);
    assert.equal(job.jobId, '55120');
    assert.match(job.deadline ?? '', /5 February 2027/);
  });
});

describe('posting sections and names (session 19, later)', () => {
  it('reads "Your graduate year" and "Your rotations" as the role, not the requirements', () => {
    assert.equal(classifyHeading('Your graduate year'), 'responsibilities');
    assert.equal(classifyHeading('Your rotations'), 'responsibilities');
    assert.equal(classifyHeading('Your background'), 'required');
  });

  it('reads a product named with its version as the product ("OrcaFlex 11.2")', () => {
    const got = asked(['Mooring analysis in OrcaFlex 11.2 or Ariane']);
    assert.ok(got.includes('orcaflex'), got.join(', '));
    assert.ok(!got.some((k) => /11\.2/.test(k)), got.join(', '));
  });

  it('reads the acronyms before "certification" as the credentials ("CFA or FRM certification")', () => {
    const got = asked(['CFA or FRM certification']);
    assert.ok(got.includes('cfa') && got.includes('frm'), got.join(', '));
    assert.ok(!got.some((k) => /certification/.test(k)), got.join(', '));
  });
});
