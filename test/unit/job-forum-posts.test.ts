// A job posted in a forum thread: tags before the title, a line of terms after it with the studio in
// brackets, and readers' replies under the post that ask about other skills. Invented thread.
import assert from 'node:assert/strict';
import { parseJobPosting } from '../../src/core/job';

const thread = [
  'r/SmallStudioJobs • Posted by u/founder_fox 2d ago',
  '',
  '# [PAID] [HIRING] Gameplay Programmer Intern – remote, 4 months, tiny puzzle studio (Hollowbrook Games)',
  '',
  'We are three people at **Hollowbrook Games** making puzzle games for phones.',
  '',
  '**Must have**',
  '',
  '- Godot 4 and GDScript',
  '- Git',
  '',
  '**12 comments** · sorted by: best',
  '',
  '> **u/curious_cat** · 2d ago',
  '> do I need Rust or Haskell for this?',
  '>',
  '>> **u/founder_fox** OP · 2d ago',
  '>> Nope, just GDScript.',
].join('\n');

describe('job postings from a forum thread', () => {
  it('reads the title without the tags and terms, and the studio named in brackets', () => {
    const job = parseJobPosting(thread);
    assert.equal(job.title, 'Gameplay Programmer Intern');
    assert.equal(job.company, 'Hollowbrook Games');
  });

  it('does not read skills from the replies under the post', () => {
    const job = parseJobPosting(thread);
    const names = job.keywords.map((k) => k.keyword);
    assert.ok(names.includes('Git'), names.join(', '));
    assert.ok(!names.includes('Rust') && !names.includes('Haskell'), names.join(', '));
  });

  it('keeps a bracketed place out of the employer', () => {
    const job = parseJobPosting(['# Data Analyst – hybrid (Toronto)', '', 'Requirements', '- SQL'].join('\n'));
    assert.equal(job.title, 'Data Analyst');
    assert.notEqual(job.company, 'Toronto');
  });
});

describe('job postings: terms sections and versions', () => {
  it('reads "The deal" as the offer, so its time zones and tools are no asks', () => {
    const job = parseJobPosting(
      ['Tools Programmer Intern', '', '**Must have**', '', '- C# and Git', '', '**The deal**', '', '- Remote, overlap 2pm–5pm UTC; we chat on Slack', ''].join('\n'),
    );
    const slack = job.keywords.find((k) => k.keyword === 'Slack');
    assert.ok(!slack || slack.importance === 'other', JSON.stringify(slack));
    assert.equal(job.keywords.find((k) => k.keyword === 'Git')?.importance, 'required');
  });

  it('does not read a version in brackets as an example technology', () => {
    const job = parseJobPosting(['Game Developer', '', 'Requirements', '', '- Unity (2023 LTS or newer) and Python (3.11+)', ''].join('\n'));
    const names = job.keywords.map((k) => k.keyword);
    assert.ok(!names.some((n) => /2023|3\.11/.test(n)), names.join(', '));
    assert.ok(names.includes('Unity') && names.includes('Python'), names.join(', '));
  });
});

describe('job postings: coined product names', () => {
  it('reads names no English text would write as asked-for tools, but not legal forms, units or venues', () => {
    const job = parseJobPosting(
      [
        'Lab Systems Intern',
        '',
        'Nice to have',
        '',
        '- TweenKit or GOTween for UI motion',
        '- Drives up to 40 kW for Harlow GmbH customers',
        '- A paper at a robotics venue (e.g., FooConf, BarSymp)',
        '- Fit with our BlueSkyValues',
        '',
      ].join('\n'),
    );
    const names = job.keywords.map((k) => k.keyword);
    assert.ok(names.includes('TweenKit') && names.includes('GOTween'), names.join(', '));
    for (const not of ['GmbH', 'kW', 'FooConf', 'BarSymp', 'BlueSkyValues']) assert.ok(!names.includes(not), `${not} in ${names.join(', ')}`);
  });
});
