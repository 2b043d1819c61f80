// Stop 52: who employs, read from what a page says of itself — a posting placed inside another page
// under its own "X is hiring" headline, a poster introducing the employer ("We're X, a …"), "employed
// directly by X", a site the employer calls its own ("at X, our mine"), and an "ID:" field followed by
// other fields on its line. All postings are invented.
import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';

describe('postings: stop 52 employer and ID evidence', () => {
  it('takes the employer from a hiring headline inside an event page, not the event site, and reads an "ID:" field before other fields', () => {
    const page = [
      '<html><head><title>Rust Night #12 | Eventyard</title><meta property="og:site_name" content="Eventyard"></head><body>',
      '<h1>Rust Night #12: async in production</h1>',
      '<p>Thanks to our host for the room and the snacks. Registration on Eventyard closes on Friday.</p>',
      '<hr>',
      '<p>🚀 <strong>Palomar Ledger is hiring</strong></p>',
      '<p><strong>Backend Engineer</strong></p>',
      '<p>ID: PLG-ENG-042 · Lisbon (hybrid)</p>',
      '<p>Palomar Ledger runs the ledger behind 4,000 small shops.</p>',
      '<h3>What we are looking for</h3><ul><li>3+ years of Rust or Go</li><li>PostgreSQL</li></ul>',
      '<p>Apply at https://jobs.palomarledger.example/PLG-ENG-042</p>',
      '<hr><p>Eventyard events 12345678</p>',
      '</body></html>',
    ].join('\n');
    const posting = parseJobPosting(page);
    assert.equal(posting.company, 'Palomar Ledger');
    assert.equal(posting.jobId, 'PLG-ENG-042');
  });

  it('takes the employer a poster introduces ("We\'re X, a …") over the marketplace that hosts the brief', () => {
    const page = [
      '<html><head><title>Firmware engineer for a soil probe - Freelance Job - Gigmarket</title></head><body>',
      '<h1>Firmware engineer for a soil probe</h1>',
      '<p>Hi! We\'re Veldlicht Sensors, a 7-person agtech company in Utrecht. Our probes report over LoRaWAN every hour.</p>',
      '<h2>Must have</h2><ul><li>Embedded C on STM32</li><li>LoRaWAN</li></ul>',
      '<p>Hours billed on Gigmarket: at least 500</p>',
      '<footer>© 2026 Gigmarket Global Inc.</footer>',
      '</body></html>',
    ].join('\n');
    assert.equal(parseJobPosting(page).company, 'Veldlicht Sensors');
  });

  it('takes the employer that employs directly over the product it builds', () => {
    const text = [
      '# Work on Kiwistore',
      '',
      'Kiwistore is an open-source object store that keeps logs cheap. It is maintained by a small company in Hamburg.',
      '',
      '## Senior Rust Engineer',
      '',
      '- Several years of production Rust',
      '',
      '## Where you work',
      '',
      '- **Germany:** employed directly by Nordlicht Systems GmbH, with a German contract.',
      '- **Elsewhere in the EU:** through an employer of record.',
    ].join('\n');
    assert.equal(parseJobPosting(text).company, 'Nordlicht Systems');
  });

  it('does not take a site the employer calls its own, nor a skill said to be "the requirement", for the employer', () => {
    const site = parseJobPosting(
      [
        '# Graduate Mining Engineer',
        '',
        'This year we are taking two graduates at Redgum Hill, our open-pit gold operation near Kalgoorlie.',
        'At Redgum Hill you will rotate through drill and blast. At Redgum Hill the roster is 8 on, 6 off.',
        '',
        '## Requirements',
        '- A degree in mining engineering',
      ].join('\n'),
    );
    assert.notEqual(site.company, 'Redgum Hill');
    const skill = parseJobPosting(
      [
        '# Customs Specialist',
        '',
        'Harbourline Freight · Rotterdam · Full time',
        '',
        'Harbourline Freight moves goods for 300 importers.',
        '',
        '## Comments',
        'Is SAP MM enough? — Hands-on GTS is the requirement, sorry.',
      ].join('\n'),
    );
    assert.equal(skill.company, 'Harbourline Freight');
  });

  it('reads techniques named with an -ing modifier and the object of "competent in"', () => {
    const posting = [
      '# Laboratory Analyst',
      '',
      '## Requirements',
      '',
      '- Competent in yeast culture, Gram staining and plate counting',
      '- Demand forecasting methods (weighted averages, seasonal indices)',
      '- Working knowledge of sampling methods for soil surveys',
      '- You manage budgets and building relationships comes easily',
      '',
      '## Benefits',
      '',
      'Free parking.',
    ].join('\n');
    const names = parseJobPosting(posting)
      .keywords.filter((k) => k.kind === 'hard')
      .map((k) => k.keyword.toLowerCase());
    for (const want of ['yeast culture', 'gram staining', 'weighted averages', 'sampling methods']) assert.ok(names.includes(want), `${want}: ${names.join('; ')}`);
    assert.ok(!names.some((n) => /building relationships|manage budgets/.test(n)), names.join('; '));
  });

  it('reads a longer item of two lower-case noun phrases, an acronym gloss set aside, but not a longer clause or perk', () => {
    const posting = [
      '# Food Technologist',
      '',
      '## Requirements',
      '',
      '- Dough rheology testing (DMA) and shelf-life study design',
      '- Allergen cross-contact control and clean-label ingredient substitution',
      '- Flexible working hours, remote-first, and casual work attire',
      '- Ability to take ownership, aligned with business priorities',
      '',
      '## Benefits',
      '',
      'Free parking.',
    ].join('\n');
    const names = parseJobPosting(posting)
      .keywords.filter((k) => k.kind === 'hard')
      .map((k) => k.keyword.toLowerCase());
    for (const want of ['rheology testing', 'shelf-life study design', 'allergen cross-contact control', 'clean-label ingredient substitution'])
      assert.ok(names.includes(want), `${want}: ${names.join('; ')}`);
    assert.ok(!names.some((n) => /working hours|work attire|business priorities/.test(n)), names.join('; '));
  });

  it('reads names after "especially", and no skill in a hyphenated equal-opportunity statement', () => {
    const posting = [
      '# GIS Analyst',
      '',
      '## Requirements',
      '',
      '- Familiarity with lab automation, especially Opentrons and Tecan robots',
      '',
      'We are an equal-opportunity employer and especially welcome women, Black and Indigenous engineers: our team is 8 people.',
      '',
      '## Benefits',
      '',
      'Free parking.',
    ].join('\n');
    const names = parseJobPosting(posting)
      .keywords.filter((k) => k.kind === 'hard')
      .map((k) => k.keyword.toLowerCase());
    for (const want of ['opentrons']) assert.ok(names.includes(want), `${want}: ${names.join('; ')}`);
    assert.ok(!names.some((n) => /black|indigenous/.test(n)), names.join('; '));
  });
});

