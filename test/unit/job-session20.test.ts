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
