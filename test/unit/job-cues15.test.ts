// Requirement cues read as phrase lists: coursework named as knowledge, and a colon list after
// "experience:". Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

const hard = (...lines: string[]) =>
  parseJobPosting(['Hardware Co-op', '', 'Requirements', '', ...lines, ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword.toLowerCase());

describe('job phrases: coursework and colon lists', () => {
  it('reads the subjects of "coursework in …" as skills', () => {
    const kws = hard('- Completed coursework in signal processing and embedded control');
    assert.ok(kws.includes('signal processing'), kws.join(', '));
    assert.ok(kws.includes('embedded control'), kws.join(', '));
  });

  it('reads a lower-case list after "experience:" as skills', () => {
    const kws = hard('- Geospatial experience: raster analysis, map projections, terrain modelling.');
    for (const k of ['raster analysis', 'map projections', 'terrain modelling']) assert.ok(kws.some((x) => x.startsWith(k.slice(0, 10))), `${k} in ${kws.join(', ')}`);
  });

  it('does not read a capitalised label value after "Experience:" as a list of skills', () => {
    const kws = hard('- Experience: 2 years minimum');
    assert.ok(!kws.some((k) => /years/.test(k)), kws.join(', '));
  });
});

describe('job phrases: examples of things that are not skills', () => {
  it('reads no skill from examples of a venue, a company or a club', () => {
    const kws = hard(
      '- Publications at a vision or robotics venue (e.g., ICVX, RoboConf) are a plus',
      '- Internships at top companies (Initech, Globex) welcome',
      '- Python and PyTorch',
    );
    for (const k of ['icvx', 'roboconf', 'initech', 'globex']) assert.ok(!kws.includes(k), `${k} in ${kws.join(', ')}`);
    assert.ok(kws.includes('python'), kws.join(', '));
  });

  it('still reads examples of a technology category', () => {
    const kws = hard('- A message broker (e.g., Zephyrq, Kafka)');
    assert.ok(kws.includes('zephyrq'), kws.join(', '));
  });
});
