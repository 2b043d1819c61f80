// Page chrome that reached the skill reader (round 15): a printed posting's running header or footer
// repeated on every page, link text kept with its address ("← Back to jobs <https://…>"), and a
// "Follow us" heading over one network a line. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { blankJunkLines } from '../../src/core/job/clean';
import { runningLineRanges } from '../../src/core/job/running-lines';

const hard = (text: string) => parseJobPosting(text).keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other').map((k) => k.keyword.toLowerCase());

describe('running headers and footers of a printed posting', () => {
  const page = (n: number, body: string[]) => ['                         Ref: AWS/HR/ENG/2028/07', '', ...body, '', `Form HR-9 Rev. 3 | Internal use only        Page ${n} of 2`];
  const text = [
    ...page(1, ['Graduate Engineer Trainee', '', 'Requirements', '- Working knowledge of AutoCAD', '- Basic knowledge of surveying']),
    ...page(2, ['- Familiarity with Excel for quantity take-offs', '', 'How to apply', 'Send your CV by 15 March 2028.']),
  ].join('\n');

  it('finds the footer that changes only its page number and the reference line repeated verbatim', () => {
    const lines = runningLineRanges(text).map((r) => text.slice(r.start, r.end).trim());
    assert.ok(lines.some((l) => l.startsWith('Ref: AWS/HR/ENG/2028/07')), lines.join(' | '));
    assert.ok(lines.some((l) => l.includes('Page 1 of 2')) && lines.some((l) => l.includes('Page 2 of 2')));
    assert.ok(!lines.some((l) => /AutoCAD|Requirements|Graduate/.test(l)));
  });

  it('reads no skill in them, and still reads the posting\'s own', () => {
    const skills = hard(text);
    assert.ok(!skills.includes('aws'), skills.join(', '));
    assert.ok(skills.includes('autocad') && skills.includes('excel'), skills.join(', '));
  });

  it('leaves a text with no page numbers alone, even where a line repeats', () => {
    const plain = 'Data Intern\n\nRequirements\nPython and SQL daily\n\nNice to have\nPython and SQL daily\n';
    assert.deepEqual(runningLineRanges(plain), []);
  });
});

describe('chrome lines with their link addresses', () => {
  it('blanks "← Back to jobs <address>" and "Share this job: LinkedIn <address> X <address>"', () => {
    const text = '← Back to jobs <https://boards.example.com/acme>\nShare this job: LinkedIn <https://www.linkedin.com/share?u=1> X <https://x.com/intent?u=1>\nWe build payment software in Rust.\n';
    const out = blankJunkLines(text).split('\n');
    assert.equal(out[0].trim(), '');
    assert.equal(out[1].trim(), '');
    assert.equal(out[2], 'We build payment software in Rust.');
  });

  it('blanks a "Follow Us" heading and the networks listed under it one to a line', () => {
    const text = 'Posted 2 Days Ago\n\nFollow Us\nLinkedIn\nInstagram\nYouTube\n\nExperience with YouTube analytics.\n';
    const out = blankJunkLines(text).split('\n');
    assert.deepEqual(out.slice(2, 6).map((l) => l.trim()), ['', '', '', '']);
    assert.equal(out[7], 'Experience with YouTube analytics.');
  });
});
