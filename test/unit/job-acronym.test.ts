// Acronyms a posting defines ("Failure Mode and Effects Analysis (FMEA)") are skill concepts, and
// later bare uses of the acronym are the same concept (job/acronym-phrases.ts). All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { findAcronymDefinitions } from '../../src/core/job/acronym-phrases';

const defs = (text: string) => findAcronymDefinitions(text).map((d) => `${d.expansion} (${d.acronym})`);
const posting = (...lines: string[]) => `Requirements\n${lines.map((l) => `- ${l}`).join('\n')}\n`;
const keyword = (text: string, name: string) => parseJobPosting(text).keywords.find((k) => k.keyword.toLowerCase() === name.toLowerCase());

describe('acronym definitions: the letters spell the words before them', () => {
  it('reads initials, skipping small words, and "&" inside the acronym', () => {
    assert.deepEqual(defs('Working knowledge of Failure Mode and Effects Analysis (FMEA) is required.'), ['Failure Mode and Effects Analysis (FMEA)']);
    assert.deepEqual(defs('Read drawings with Geometric Dimensioning and Tolerancing (GD&T).'), ['Geometric Dimensioning and Tolerancing (GD&T)']);
    assert.deepEqual(defs('Apply statistical process control (SPC) on the line'), ['statistical process control (SPC)']);
    assert.deepEqual(defs('Exposure to Quality of Service (QoS) tuning'), ['Quality of Service (QoS)']);
  });

  it('takes only the words the letters need, not the cue before them', () => {
    assert.deepEqual(defs('Experience with Hardware-in-the-Loop (HIL) rigs'), ['Hardware-in-the-Loop (HIL)']);
    assert.deepEqual(defs('Hands-on work with Key Performance Indicators (KPIs)'), ['Key Performance Indicators (KPIs)']);
  });

  it('reads letters from the capitals inside a word', () => {
    assert.deepEqual(defs('Comfort with JavaScript Object Notation (JSON) payloads'), ['JavaScript Object Notation (JSON)']);
  });

  it('defines nothing where the parenthesis is no acronym of the words before it', () => {
    for (const line of [
      'Must be eligible to work in the United States (US).',
      'A second language (optional)',
      'Strong scripting skills (e.g. Bash, Perl)',
      'Industry experience (5+ years) in embedded C',
      'Experience with PLC programming (IEC)',
      'Familiarity with test rigs (HIL)',
      'Internship at NORTHWIND ROBOTICS (NR) is an asset',
      'Volunteer work with the Riverside Rowing Association (RRA)',
      'Previous role as a Software Development Engineer (SDE)',
      'A Bachelor of Science (BS) in Physics',
      'Active in our Employee Resource Groups (ERGs)',
      'Hours are counted as Full-Time Equivalent (FTE)',
    ]) assert.deepEqual(defs(line), [], line);
  });
});

describe('defined acronyms in a posting', () => {
  it('reads the concept where the taxonomy knows neither form, and later bare uses as the same keyword', () => {
    const text = posting(
      'Knowledge of Root Cause and Corrective Action (RCCA) for new fixtures.',
      'Lead RCCA reviews with suppliers.',
    );
    const k = keyword(text, 'root cause and corrective action');
    assert.ok(k, 'the expansion is a keyword');
    assert.equal(k!.kind, 'hard');
    assert.deepEqual(k!.examples, ['RCCA'], 'a resume may show it by the acronym');
    assert.equal(k!.occurrences.length, 2, 'the bare use later counts as the same concept');
    assert.ok(!keyword(text, 'FMEA'), 'no second keyword for the acronym');
  });

  it('counts a bare use of an acronym with "&" in it', () => {
    // (GD&T was the example until the taxonomy learned it in round 15; an invented acronym stands in.)
    const text = posting('Reading drawings with Weld Inspection and Testing (WI&T).', 'Apply WI&T to fixture design.');
    const k = keyword(text, 'weld inspection and testing');
    assert.ok(k);
    assert.equal(k!.occurrences.length, 2);
    assert.ok(!keyword(text, 'Hardware-in-the-Loop'));
    assert.ok(keyword(posting('Knowledge of Hardware-in-the-Loop (HIL) testing'), 'hardware-in-the-loop'));
  });

  it('keeps the taxonomy reading where it knows the acronym', () => {
    const text = posting('Experience with Amazon Web Services (AWS) in production.');
    assert.ok(keyword(text, 'AWS'));
    assert.ok(!keyword(text, 'amazon web services'));
  });

  it('reads a longer concept around a skill the taxonomy knows', () => {
    const text = posting('Writing SystemVerilog Assertions (SVA) for block-level checks.');
    assert.ok(keyword(text, 'SystemVerilog Assertions'));
  });

  it('does not read a bare acronym that the posting never defined, nor before its definition', () => {
    const text = posting('Run QRT audits each quarter.', 'Familiarity with Quarterly Reliability Testing (QRT) tools.');
    const k = keyword(text, 'quarterly reliability testing');
    assert.ok(k);
    assert.equal(k!.occurrences.length, 1, 'the use before the definition is not counted');
  });

  it('reads nothing from a sentence about who may apply', () => {
    const text = posting('A Cumulative Grade Point Average (CGPA) of 3.0 or higher.', 'Holds a valid Provincial Trade Licence (PTL) or work permit.');
    assert.ok(!keyword(text, 'cumulative grade point average'));
    assert.ok(!keyword(text, 'provincial trade licence'));
  });

  it('reads nothing from a definition outside the requirements', () => {
    const text = 'About us\nWe build Wide Field Sensors (WFS) for farms.\n\nRequirements\n- Experience with Python\n';
    assert.ok(!keyword(text, 'wide field sensors'));
  });
});
