// A degree asked for without a level is marked implied (not a stated bachelor's); degree abbreviations
// common outside North America (B.E., B.Tech., M.Tech.) are read as levels. Invented postings only.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';
import { matchResume } from '../../src/core/tailor/match';
import { parseResume } from '../../src/core/document/parse';

describe('job degrees: implied level and regional abbreviations', () => {
  it('marks "a degree in X" as implied and a named level as stated', () => {
    const bare = parseJobPosting(['Requirements', '', '- A degree in Geology or equivalent field experience', ''].join('\n'));
    assert.equal(bare.degrees.length, 1);
    assert.equal(bare.degrees[0].implied, true);
    const named = parseJobPosting(['Requirements', '', "- A Bachelor's degree in Geology", ''].join('\n'));
    assert.equal(named.degrees[0].implied, undefined);
    assert.deepEqual(named.degrees[0].levels, ['bachelor']);
  });

  it('reads B.E./B.Tech. and M.E./M.Tech. with their fields, without a "degree" word', () => {
    const job = parseJobPosting(
      [
        'Eligibility',
        '',
        '- B.E./B.Tech. in Mechanical Engineering from a recognised institute, 2027 batch',
        '- M.Tech. (Thermal Engineering) candidates may also apply',
        '',
      ].join('\n'),
    );
    const levels = job.degrees.flatMap((d) => d.levels);
    assert.ok(levels.includes('bachelor') && levels.includes('master'), JSON.stringify(levels));
    assert.ok(job.degrees.some((d) => /Mechanical Engineering/.test(d.text)), 'the field stays in the degree sentence');
  });

  it('does not read "BE" or "me" in prose as degrees', () => {
    const job = parseJobPosting(['Requirements', '', '- You will BE the owner of our build tooling; ask me anything', ''].join('\n'));
    assert.deepEqual(job.degrees, []);
  });

  it('meets an implied degree with any degree the resume shows, and says the level is not stated', () => {
    const job = parseJobPosting(['Requirements', '', '- A university degree in Statistics', ''].join('\n'));
    const resume = parseResume(['# Ana Ruiz', '', '## Education', '', '### Associate of Science, Statistics — Foothill College', '', 'Jun 2026', ''].join('\n'));
    const { report } = matchResume(resume, job);
    assert.equal(report.degrees.length, 1);
    assert.match(report.degrees[0].asked, /level not stated/);
    assert.equal(report.degrees[0].met, true);
  });
  it('does not read a British Standard ("BS 7671", "BS EN ISO 9001") as a bachelor\'s degree', () => {
    const standards = parseJobPosting(['Requirements', '', '- Working knowledge of BS 7671 and BS EN 62305 lightning protection', ''].join('\n'));
    assert.deepEqual(standards.degrees, []);
    const both = parseJobPosting(['Requirements', '', '- BS in Civil Engineering; audits to BS EN ISO 9001 a plus', ''].join('\n'));
    assert.deepEqual(both.degrees.flatMap((d) => d.levels), ['bachelor']);
  });
});
