import { missingMetric } from '../../../src/core/rules/missing-metric';
import assert from 'node:assert/strict';
import { findingsOf, testRule } from '../../helpers/rule-tester';

const section = (heading: string, bullet: string) => `## ${heading}\n\n### Thing, Place — 2022\n\n- ${bullet}\n`;

testRule(missingMetric, {
  valid: [
    // Session 21: a class of failure taken to zero is its own measure.
    'Rewrote the webhook retry logic, eliminating duplicate charges.',
    'Replaced packed structs with explicit serialization, removing unaligned-access faults on the M4 boards.',
    // Session 21: a percentage written with its sign first is a number (regional-english asks for "18%").
    'Lowered scrap by %12 on the press line through earlier die checks.',
    'Cut p95 latency by 40% for the checkout API.',
    'Led a team of four engineers.',
    'Merged two services into one deployable.',
    'Saved the support team 15 hours a week.',
    'Grew the newsletter to 12,000 subscribers.',
    'Tripled sign-ups after the landing-page redesign.',
    'Won first place out of 60 teams at HackTheNorth.',
    'Acted as release captain for 2 years.',
    // Work published at a named venue states its outcome, whatever the bullet's kind (session 20).
    'Built calibrated demand-forecasting models; published at ICLR 2025.',
    'Predicted pump failures from vibration data (F1-score 0,81).',
    'Wrote a troubleshooting guide that cut VPN tickets by about a third.',
    // Not a narrative section: no metric expected.
    { code: section('Skills', 'Python, SQL, Docker'), doc: true },
    { code: section('Education', 'Dean’s list, Fall 2021'), doc: true },
    // A tools line is not a claim of work.
    'Tech stack: React, Node.js, PostgreSQL',
    // A verb with no object and only known technologies after it states the platform.
    'Deployed on AWS with GitLab CI.',
    'Tested on iOS and Android.',
    'Deployed on Kubernetes',
    // What one deploys or hosts on is a platform by the verb's meaning, even a name the lexicon lacks.
    'Deployed on Render with GitHub Actions',
    'Hosted on Railway',
  ],
  invalid: [
    // Conjuncts of different kinds (a thing and a text) get a plain question, not one conjunct's measures.
    { code: 'Made icons and illustrations for client campaigns', message: 'how many, how much, how often or how fast' },
    { code: 'Made pallets and crates for the warehouse', message: 'size, tolerance, weight' },
    // A named object, common words after the platform, or a change "to" somewhere: still asked.
    { code: 'Deployed the booking API on Fly.io', underlines: ['Deployed the booking API on Fly.io'] },
    { code: 'Deployed on Fly.io for the night shift', underlines: ['Deployed on Fly.io for the night shift'] },
    { code: 'Migrated to Kubernetes from Nomad', underlines: ['Migrated to Kubernetes from Nomad'] },
    // Names that are not technologies (venues, journals, employers, halls) and "to" anywhere: still asked.
    ...[
      'Spoke at PyCon and EuroPython',
      'Volunteered at Red Cross',
      'Interned at Goldman Sachs',
      'Competed at ICPC World Finals',
      'Performed at Carnegie Hall',
      'Migrated from Heroku to Render',
      'Moved from Jenkins to GitHub Actions',
      'Exhibited at Tate Modern',
      'Featured in Wired and TechCrunch',
    ].map((line) => ({ code: line, underlines: [line] })),
    {
      code: 'Built a caching layer for the product catalogue API.',
      underlines: ['Built a caching layer for the product catalogue API.'],
      message: 'how many users',
    },
    { code: 'Reduced AWS costs by rightsizing RDS instances.', message: 'before → after' },
    // The act led is a migration: its question is what moved.
    { code: 'Led the migration of the billing service.', message: 'how much moved' },
    // The object decides the question more than the verb: people, tickets, a system.
    { code: 'Managed the weekend support crew.', message: 'how many people' },
    { code: 'Resolved escalated tickets for the payroll product.', message: 'how many, and how fast' },
    { code: 'Maintained the booking service for the clinic.', message: 'how many users, requests or records' },
    { code: 'Improved search relevance for the help center.', message: 'before → after' },
    { code: 'Automated the invoice matching process in UiPath.', message: 'hours' },
    { code: 'Mentor new and junior designers', message: 'how many people' },
    { code: 'Analyzed churn drivers in the trial cohort.', message: 'how much data' },
    // Numbers in names, versions, codes and dates are not metrics.
    { code: 'Wrote ETL jobs in Python 3 that load S3 data into Redshift.', count: 1 },
    { code: 'Taught CS 101 labs in 2023.', count: 1 },
    { code: 'Upgraded the storefront from Angular 12 to Angular 17.', count: 1 },
    { code: 'Built a ROS2 navigation stack in Unreal Engine 5.', count: 1 },
    { code: 'Prompted GPT-4 to classify COVID-19 case notes.', count: 1 },
    { code: 'Ran a 24/7 on-call rotation and weekly 1:1s.', count: 1 },
    // Vague quantifiers are not numbers.
    { code: 'Scanned several thousand receipts for the audit.', count: 1, message: 'the figure "several thousand" stands for' },
    { code: 'Served hundreds of customers at the front desk.', count: 1, message: 'the figure "hundreds of" stands for' },
    { code: 'Closed multi-million dollar renewals with hospital groups.', count: 1, message: 'the figure "multi-million" stands for' },
    // Projects, research and leadership sections count as narrative.
    { code: section('Projects', 'Built a Chrome extension that blocks distracting sites.'), doc: true, count: 1 },
    { code: section('Research Experience', 'Ran qPCR assays on zebrafish embryos.'), doc: true, count: 1 },
    { code: section('Leadership', 'Organized the robotics club fundraiser.'), doc: true, count: 1 },
    // The underline covers the bullet text, never the marker.
    { code: '## Experience\n\n* Wrote the onboarding guide.\n', doc: true, underlines: ['Wrote the onboarding guide.'] },
  ],
});

// Round 10: the question fits the object's kind (WordNet noun classes), not only the verb; all invented.
describe('rule missing-metric: the question fits the object', () => {
  const messageOf = (line: string, doc?: string) => {
    const found = findingsOf(missingMetric, doc ?? `## Experience\n\n### Crew member, Somewhere — 2022\n\n- ${line}\n`);
    assert.equal(found.length, 1, `one finding on "${line}"`);
    return found[0].message;
  };
  const cases: [string, RegExp][] = [
    // Physical things: their own measures, never users or requests.
    ['Packed outbound pallets for the grocery chain', /units or items/],
    ['Built cedar planter boxes for the community garden', /units or items/],
    ['Restored antique clocks for the museum', /units or items/],
    // People served: a count of people.
    ['Screened walk-in patients at the dental clinic', /how many people/],
    // Money, writing, studies.
    ['Managed the travel budget for the sales team', /how much money/],
    ['Translated user manuals into Portuguese', /readers/],
    ['Analyzed soil samples from the orchard', /how much data or how many cases/],
    // Software: a listed head, or a technology named in the phrase.
    ['Built a Django admin portal for the clinic', /users, requests/],
    ['Designed a Redis consumer group for order events', /users, requests/],
    // Changing how work is done keeps its own question whatever the object.
    ['Automated the weekly payroll export with a macro', /hours or steps/],
  ];
  for (const [line, ask] of cases) it(`"${line}" → ${ask}`, () => assert.match(messageOf(line), ask));

  it('never asks about users or requests of a physical thing or of people', () => {
    for (const line of ['Packed outbound pallets for the grocery chain', 'Built cedar planter boxes for the community garden', 'Screened walk-in patients at the dental clinic', 'Sorted donated clothing for the shelter']) {
      assert.doesNotMatch(messageOf(line), /users|requests/, line);
    }
  });

  it('building something it cannot tell is software asks a neutral question', () => {
    assert.match(messageOf('Designed a two-layer PCB for the weather station'), /how big it is, how many use it, or what it changed/);
  });

  it('an artifact on a software resume is software only with a software cue in its phrase', () => {
    const sw = (line: string) => `## Experience\n\n### Backend Developer, Tiny Co — 2022\n\n- ${line}\n\n### Software Engineer Intern, Other Co — 2021\n\n- Cut build time by 30%\n`;
    // A software head among the modifiers, or a technology: software.
    assert.match(messageOf('Designed the plugin interface for the editor', sw('Designed the plugin interface for the editor')), /users, requests/);
    // No cue: a thing is a thing even on a programmer's resume (negative).
    for (const line of ['Built the standing desk frame for the office', 'Trained staff on the new label printers', 'Designed the pitch deck for the seed round']) {
      assert.doesNotMatch(messageOf(line, sw(line)), /users, requests/, line);
    }
  });

  it('a made or run thing is never a person: the verb selects the sense (round 10 review)', () => {
    // WordNet's first sense of these is a person (driver, editor, viewer, client, tracker, sorter) or a
    // group (board); a made object takes its artifact sense, or the neutral question.
    const cases: [string, RegExp][] = [
      ['Built a photo viewer in Swift', /users, requests/],
      ['Built a note editor in Electron', /users, requests/],
      ['Wrote a payments client in TypeScript', /users, requests/],
      ['Built the signup page in React', /users, requests/],
      ['Developed the driver for the thermal printer in Rust', /users, requests/],
      ['Wrote the driver for the linear actuator', /how big it is, how many use it/],
      ['Wrote the setup docs for the lab interns', /how big it is, how many use it/],
      ['Designed the motor driver board for the rover', /units or items/],
      ['Designed a charging port for the handheld scanner', /units or items/],
      ['Ran the flow sorter for the genomics core', /units or items/],
    ];
    for (const [line, ask] of cases) {
      const m = messageOf(line);
      assert.doesNotMatch(m, /how many people/, line);
      assert.match(m, ask, line);
    }
  });

  it('a noun that is more than one kind of made thing gets the neutral question, not a wrong one', () => {
    // primer: a text or a reagent; display: a device, an act or a text.
    for (const line of ['Designed primers for the soil microbiome assay', 'Built holiday displays for the garden centre']) {
      const m = messageOf(line);
      assert.doesNotMatch(m, /readers|units or items|how many people|sites or locations/, line);
    }
    // A check managed is not money; a store opened and rooms run are places, not units.
    for (const line of ['Managed the fire extinguisher checks for the depot', 'Opened the bakery on holiday mornings', 'Ran the rehearsal rooms on weekends', 'Set up the soil chemistry lab']) {
      assert.doesNotMatch(messageOf(line), /how much money|units or items|how many people/, line);
    }
  });

  it('taught, hired and led objects are people; a text written is asked whom it reached', () => {
    assert.match(messageOf('Trained cashiers on the new scanners'), /how many people/);
    assert.match(messageOf('Mentored junior welders'), /how many people/);
    // A software noun modifying a text does not make it software.
    assert.doesNotMatch(messageOf('Wrote the app store copy for the spring release'), /users, requests/);
    assert.doesNotMatch(messageOf('Proofread portal content for the parish newsletter'), /users, requests/);
    assert.match(messageOf('Wrote essays on urban gardening'), /readers/);
  });

  it('listed software heads ask users and requests only where software is talked about', () => {
    // A library of books, a spreadsheet model, on a non-software resume: the neutral question.
    for (const line of ['Built a lending library of picture books', 'Built a staffing model for the summer camp']) {
      assert.doesNotMatch(messageOf(line), /users, requests/, line);
    }
    assert.match(messageOf('Built a forecasting model in PyTorch'), /users, requests/);
  });

  it('an ambiguous technology name counts only where a made thing is built in it (negative: places and names)', () => {
    for (const line of ['Built a boat shed in Phoenix', 'Built the float for the Swift family parade', 'Built a garden in Ruby Street']) {
      assert.doesNotMatch(messageOf(line), /users, requests/, line);
    }
  });

  it('asks for content first where the judge calls the line vague for its opening or object', () => {
    assert.match(messageOf('Participated in weekly sprint ceremonies'), /^No result: say what you did and what it changed/);
    assert.match(messageOf('Assisted with inventory duties'), /^No result/);
  });

  it('content first is not asked of a line that makes a concrete thing in any clause (round 10 review)', () => {
    assert.match(messageOf('Helped out at the bench and wrote the soldering checklist'), /^No metric/);
    // Negative: vague lines without a made thing still get content first.
    assert.match(messageOf('Assisted with various duties and tasks as needed'), /^No result/);
  });

  it('content first offers cutting a routine line, since a number would not save it (set 4 review)', () => {
    assert.match(messageOf('Participated in the monthly safety huddles'), /or cut the line if it was routine/);
  });

  it('fixing a named fault asks how often it happened before and after, not how many tickets (set 4 review)', () => {
    assert.match(messageOf('Debugged intermittent pump stalls with a scope and added a watchdog reset'), /how often they happened before and after/);
    // Negative: a queue of tickets keeps its own work-item question; maintaining keeps the support question.
    assert.match(messageOf('Closed printer tickets for the east wing'), /how many, and how fast/);
    assert.match(messageOf('Maintained the lab servers'), /tickets, issues or systems/);
  });

  it('a noun known first as something other than people is not asked about people when led or run', () => {
    // "counts" is a quantity, an act, and last a nobleman: not people.
    assert.doesNotMatch(messageOf('Ran nightly bin counts for the cold store'), /people/);
    assert.doesNotMatch(messageOf('Managed bin counts for the cold store'), /people/);
    // Negative: people, groups and events still get the people question.
    assert.match(messageOf('Managed the weekend volunteers'), /how many people/);
    assert.match(messageOf('Coordinated the weekend volunteers'), /how many people/);
    // A run thing that is first an act ("drive": a campaign before a machine) is not asked its size and weight.
    assert.doesNotMatch(messageOf('Ran the spring coat drive'), /units or items/);
    assert.match(messageOf('Ran the flow sorter'), /units or items/);
  });

  it('a concrete line keeps its number question, and a line with a number is not asked', () => {
    assert.match(messageOf('Wrote a Rust parser for the firmware logs'), /^No metric/);
    assert.equal(findingsOf(missingMetric, '## Experience\n\n### A, B — 2022\n\n- Packed 300 pallets a shift for the grocery chain\n').length, 0);
  });
});

describe('rule missing-metric: lines whose result is already stated, or that are not work', () => {
  const count = (line: string) => findingsOf(missingMetric, `## Experience\n\n### Crew member, Somewhere — 2022\n\n- ${line}\n`).length;
  it('an assessment passed is a verifiable outcome (set 4 review)', () => {
    assert.equal(count('Wrote a Z80 emulator in C; it passes the public zexall test suite'), 0);
    assert.equal(count('Passed the county health inspection on the first visit'), 0);
    // Negative: "pass" without an assessment, and a line with no "pass", are still asked.
    assert.equal(count('Passed customer calls to the night shift'), 1);
    assert.equal(count('Wrote a Z80 emulator in C'), 1);
  });
  it('"one" before a compound noun counts one thing (set 4 review)', () => {
    assert.equal(count('Second author of one journal article (under review)'), 0);
    assert.equal(count('Drafted one grant proposal section for the lab'), 0);
    // Negative: idioms and plural heads of "one" are no count.
    assert.equal(count('Resolved tier one support tickets'), 1);
    assert.equal(count('Kept the tool inventory in one place'), 1);
  });
  it('a year between a determiner and a singular noun names an event, not a count (set 4 review)', () => {
    assert.equal(count('Helped roll out the new pick-path plan for the 2021 harvest'), 1);
    // Negative: a year-like count with a plural noun, or with no determiner, is still a count.
    assert.equal(count('Emailed the 2000 members about the vote'), 0);
    assert.equal(count('Shelved 2019 books in the new wing'), 0);
  });
  it('a progression of roles names no work to measure (set 4 review)', () => {
    assert.equal(count('Dishwasher, then line cook at the harbour grill'), 0);
    assert.equal(count('Intern → junior surveyor'), 0);
    // Negative: a verb after "then" is work.
    assert.equal(count('Dishwasher, then trained the new kitchen staff on safety'), 1);
    assert.equal(count('Built the smoker, then cook'), 1);
  });
});

describe('missing-metric: a recognition received is its own result', () => {
  const exp = (bullet: string) => `## Experience\n\n### Planner, Riverside Transit — 2021 – 2024\n\n- ${bullet}\n`;
  it('does not ask for a number on an invitation, a selection or an award', () => {
    for (const b of ['Invited to speak at the regional transit planning conference.', 'Selected as the union representative on the safety committee.', 'Was awarded the agency "Planner of the Year" prize.']) {
      assert.equal(findingsOf(missingMetric, exp(b)).length, 0, b);
    }
  });

  it('still asks on the writer\'s own choosing', () => {
    assert.equal(findingsOf(missingMetric, exp('Selected the scheduling software for the depot.')).length, 1);
  });
});
