// Phrase reading of round 15: a kind of thing followed by its members asks for the members; a cue's
// object ends at "as per"; a practice named with what it earned is the practice. All examples invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

const asked = (lines: string[]) =>
  parseJobPosting(['Field Analyst', '', 'Requirements', ...lines.map((l) => `- ${l}`), ''].join('\n'))
    .keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other')
    .map((k) => k.keyword.toLowerCase());

describe('phrases (round 15)', () => {
  it('does not ask for the kind when its members follow ("a hosted ledger platform such as X or Y")', () => {
    const got = asked(['Familiarity with a hosted ledger platform such as Xero or QuickBooks', 'Exposure to a managed queue provider, ideally RabbitMQ']);
    assert.ok(!got.includes('hosted ledger platform'), got.join(', '));
    assert.ok(!got.includes('managed queue provider'), got.join(', '));
    assert.ok(got.includes('xero') && got.includes('rabbitmq'), got.join(', '));
  });

  it('does not ask for the kind set beside a named member ("Trello or another task tracking tool")', () => {
    const got = asked(['Experience with Trello or another task tracking tool']);
    assert.ok(!got.includes('task tracking tool'), got.join(', '));
  });

  it('keeps a system named with its acronym, and frameworks named with examples', () => {
    const got = asked(['Experience with a laboratory information system (LIMS)', 'Experience with web frameworks such as Django or Flask']);
    assert.ok(got.includes('laboratory information system'), got.join(', '));
    assert.ok(got.includes('web frameworks'), got.join(', '));
  });

  it('ends a cue\'s object at "as per"', () => {
    const got = asked(['Basic knowledge of timber design as per the national code']);
    assert.ok(got.includes('timber design'), got.join(', '));
    assert.ok(!got.some((k) => /as per/.test(k)), got.join(', '));
  });

  it('reads "puzzle hunting results (…)" as the practice', () => {
    const got = asked(['Puzzle hunting results (MIT Mystery Hunt, Galactic Hunt) or chess experience']);
    assert.ok(got.includes('puzzle hunting'), got.join(', '));
  });
});

describe('phrases (round 15): lists', () => {
  it('does not glue a name in a comma list to the next item\'s head ("qPCR, gel electrophoresis")', () => {
    const got = asked(['Proficiency in RT-LAMP and ddPCR, capillary electrophoresis and flow cytometry']);
    assert.ok(!got.some((k) => /ddpcr electrophoresis/.test(k)), got.join(', '));
  });

  it('still shares a head between tightly coordinated modifiers ("Synchronous or Event-driven Programming")', () => {
    const got = asked(['Synchronous or event-driven programming']);
    assert.ok(got.includes('synchronous programming') || got.some((k) => k.startsWith('synchronous')), got.join(', '));
  });

  it('reads no names in a reference to numbered criteria ("(E1, E2)")', () => {
    const got = asked(['Explain in your letter how you meet the essential criteria (E1, E2) with examples from Python work']);
    assert.ok(!got.includes('e1') && !got.includes('e2'), got.join(', '));
  });
});

describe('phrases (round 15): standards and "viz."', () => {
  it('reads national and accounting standards, without the edition year', () => {
    const got = asked(['Design of timber structures as per IS 883:2016 and EN 12464', 'Knowledge of IFRS 16 lease accounting']);
    for (const want of ['is 883', 'en 12464', 'ifrs 16']) assert.ok(got.includes(want), `${want}: ${got.join(', ')}`);
  });

  it('does not read "IS" in capitals before a small number as a standard', () => {
    const got = asked(['Support for our app IS 24 hours a day with Python tooling']);
    assert.ok(!got.some((k) => k.startsWith('is ')), got.join(', '));
  });

  it('reads the names after "viz." as examples, dotted names whole', () => {
    const got = asked(['Exposure to at least one analysis package, viz. SAFE.Pro or Midas Gen']);
    assert.ok(got.includes('safe.pro'), got.join(', '));
  });
});

describe('phrases and senses (round 15): interests, "beyond", "even"', () => {
  it('does not ask for an industry named as an interest, but still for a tool named there', () => {
    const got = asked(['An interest in fintech or e-commerce, ideally with some Python']);
    assert.ok(!got.includes('fintech') && !got.includes('e-commerce'), got.join(', '));
    assert.ok(got.includes('python'), got.join(', '));
  });

  it('ends a cue\'s object at "beyond" and drops a leading "even"', () => {
    const got = asked(['Experience with Excel beyond the basics', 'Docker, even a home-lab cluster']);
    assert.ok(!got.some((k) => /beyond|^even/.test(k)), got.join(', '));
  });
});
