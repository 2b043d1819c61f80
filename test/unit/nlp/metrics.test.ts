import assert from 'node:assert/strict';
import { findMetrics, hasMetric } from '../../../src/core/nlp/metrics';

const metricsIn = (text: string) => findMetrics(text).map((m) => m.text);

describe('findMetrics', () => {
  describe('finds quantities of scope and result', () => {
    const cases: [string, string[]][] = [
      ['Cut p95 latency by 40% for checkout', ['40%']],
      ['Saved $250k a year in AWS spend', ['$250k']],
      ['Raised $1.2M in seed funding', ['$1.2M']],
      ['Made the build 3x faster', ['3x']],
      ['Served 1,000+ customers a week', ['1,000+']],
      ['Processed 2 TB of logs nightly', ['2']],
      ['Managed 21+ microservices', ['21+']],
      ['Led a 6-member team', ['6-member']],
      ['Transported 10-12 students daily', ['10-12']],
      ['Handled over 200k requests per second', ['200k']],
      ['Ranked 1st of 40 teams', ['1st', '40']],
      ['Placed in the top 5% of 3,000 entrants', ['5%', '3,000']],
      ['Reached #1 on Product Hunt', ['#1']],
      ['Answered tickets within 500ms p99', ['500ms']],
      ['Scored 9/10 on customer satisfaction', ['9/10']],
      ['Improved compression to a 4:1 ratio', ['4:1']],
      ['Trained 25 new hires on the POS system', ['25']],
      ['Reduced churn (~12%) in the trial cohort', ['12%']],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(metricsIn(text), expected));
  });

  describe('reads written numbers', () => {
    const cases: [string, string[]][] = [
      ['Built an airline system in a team of four.', ['four']],
      ['Merged two services into one', ['two']],
      ['Taught the course for three consecutive terms', ['three']],
      ['Over six years of bartending', ['six']],
      ['Led a two-person team', ['two-person']],
      ['Shipped over a million parcels per day', ['million']],
      ['Doubled weekly active users', ['Doubled']],
      ['Halved page load time', ['Halved']],
      ['Cut the on-call load in half', ['half']],
      ['Delivered the pilot in one month', ['one']],
      ['Won first place at HackMIT', ['first']],
      ['Achieved zero downtime during the cut-over', ['zero']],
      ['Ran twenty-five workshops', ['twenty-five']],
    ];
    for (const [text, expected] of cases) it(text, () => assert.deepEqual(metricsIn(text), expected));
  });

  describe('ignores numbers in names, versions, codes and dates', () => {
    const names = [
      'Wrote ETL jobs in Python 3 and Java 8',
      'Stored media in S3 and ran workers on EC2',
      'Upgraded laptops to Windows 10',
      'Prompted GPT-4 to summarise notes',
      'Built a COVID-19 screening form',
      'Ran a 24/7 on-call rotation',
      'Taught CS 101 and CS241 labs',
      'Held 1:1s with interns',
      'Shipped in 2023 and again in 2024',
      'Worked on the project from 2019–2021',
      'Parsed HTTP/1.1 headers in C++20',
      'Built a ROS2 navigation stack in Unreal Engine 5',
      'Integrated SDK 4 with the ES6 and HTML5 front end',
      'Rendered 3D scenes and added 2FA',
      'Deployed to K8s for B2B clients',
      'Integrated with Camunda 8.5 and Camunda-8 clients',
      'Applied 12-factor principles to a 3-tier app',
      'Added two-factor authentication and one-on-one coaching',
      'Ported OpenGL and Direct3D 12 paths',
      'Taught ENVS 301--302 field methods',
      'Taught Grade 6 and 7 girls',
      'Published results in Q3 2023',
      'Migrated Office 365 mailboxes',
      'Reported to the Fortune 500 account team',
      'Read HL7v2 messages',
      'Implemented p99 tracking dashboards',
      'Built a 64-bit build of the 5G modem firmware',
      'Analysed 1990s census data',
      'Joined as the first engineer on the team',
      'Assisted 5th grade teachers',
    ];
    for (const text of names) it(text, () => assert.deepEqual(metricsIn(text), []));
  });

  describe('ignores vague quantifiers', () => {
    for (const text of [
      'Labeled several thousand images',
      'Served hundreds of customers',
      'Handled dozens of tickets',
      'Managed multiple teams',
      'Answered emails weekly',
      'Cut release time from weeks to hours',
      'Worked with a few vendors',
      'Supported thousands of users',
    ]) it(text, () => assert.equal(hasMetric(text), false));
  });

  it('reports exact offsets', () => {
    const text = 'Cut costs by 30% (~$40k)';
    const found = findMetrics(text);
    assert.deepEqual(found.map((m) => text.slice(m.start, m.end)), ['30%', '$40k']);
    assert.deepEqual(found.map((m) => m.kind), ['percent', 'money']);
  });
});

describe('findMetrics: dashes, currencies and multipliers', () => {
  const cases: [string, string[]][] = [
    ['Grew the mailing list 10\u201112k subscribers', ['10\u201112k']], // non-breaking hyphen
    ['Mentored 3\u20105 interns each term', ['3\u20105']], // U+2010
    ['Cut costs by 20\u201230% on the data plan', ['20\u201230%']], // figure dash
    ['Handled 50\u2015100 calls a shift', ['50\u2015100']], // horizontal bar
    ['Onboarded 10\u201320 clients a month', ['10\u201320']], // en dash
    ['Served 200\u2014300 guests a night', ['200\u2014300']], // em dash
    ['Grew revenue 2\u20133\u00d7 in a year', ['2\u20133\u00d7']], // a range of multipliers
    ['Lowered error rate by \u22124 points', ['\u22124']], // minus sign
    ['Led a 6\u2011member support crew', ['6\u2011member']],
    ['Won a USD 40,000 research grant', ['40,000']],
    ['Raised 80k EUR for the student club', ['80k']],
    ['Managed a \u20b95 lakh budget', ['\u20b95']],
    ['Closed CA$120k in renewals', ['CA$120k']],
    ['Saved 40\u20ac per order in shipping', ['40\u20ac']],
    ['Negotiated a 2,500 GBP discount', ['2,500']],
    ['Made report builds \u00d73 faster', ['\u00d73']],
    ['Made report builds 3\u00d7 faster', ['3\u00d7']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(metricsIn(text), expected));

  const money = (text: string) => findMetrics(text).map((m) => m.kind);
  it('reads a code or symbol beside the amount as money', () => {
    assert.deepEqual(money('Won a USD 40,000 grant'), ['money']);
    assert.deepEqual(money('Sold 300 EUR of tickets'), ['money']);
    assert.deepEqual(money('Budget of € 500 a month'), ['money']);
  });

  const names: string[] = [
    'Upgraded the site to PHP 8',
    'Built firmware for x86 and ARM boards',
    'Ported the renderer to Unreal Engine 5',
    'Wrote a parser for HTTP/1.1 headers',
    'Modelled parts in 3D for the robotics club',
    'Studied the 2019\u20112021 census microdata',
  ];
  for (const text of names) it(`no metric: ${text}`, () => assert.deepEqual(metricsIn(text), []));
});

describe('findMetrics: "one" as a count, and bounds glued to an amount', () => {
  // "one" counts only as the determiner of a single head noun; as a pronoun, in an idiom or meaning
  // "a single" after a preposition of place, it is no number.
  const counts: [string, string[]][] = [
    ['Prototyped the drone with one more teammate over a weekend', ['one']],
    ['Now drafting one paper for the working group', ['one']],
    ['Mentored two analysts and one apprentice on reporting', ['two', 'one']],
    ['Hired one more designer.', ['one']],
  ];
  for (const [text, expected] of counts) it(text, () => assert.deepEqual(metricsIn(text), expected));

  for (const text of [
    'Managed payroll for one of the regional stores',
    'Escalated tier one tickets to the vendor',
    'Moved every config into one place',
    'At one point rebuilt the whole scheduler',
    'Promoted a one size fits all pricing page',
    'Coached students one-on-one',
    'Picked the one library that fit',
  ]) it(`no count: ${text}`, () => assert.deepEqual(metricsIn(text), []));

  const bounds: [string, string[]][] = [
    ['Held report refreshes to sub-2-second delays', ['sub-2-second']],
    ['Served search at sub-100ms p95', ['sub-100ms']],
    ['Reached near-100% test coverage', ['near-100%']],
  ];
  for (const [text, expected] of bounds) it(text, () => assert.deepEqual(metricsIn(text), expected));
  it('a bound without an amount is no number', () => assert.deepEqual(metricsIn('Cut latency to sub-second levels'), []));
});

describe('findMetrics: signs, bounds, unit ranges and counted parts', () => {
  const cases: [string, string[]][] = [
    ['Trimmed the app shell (–25% script weight)', ['–25%']], // an en dash used as a minus sign
    ['Wrote >40 grading scripts for the course', ['>40']],
    ['Kept p95 under ≤5 ms', ['≤5']],
    ['Rolled the agent out to over 1500 laptops', ['1500']],
    ['Rolled the agent out to over 2000 laptops', ['2000']], // year-like, but a comparison bound counts
    ['Answered pages in under a minute', ['a minute']],
    ['Opened the second office less than a month after funding', ['a month']],
    ['Resolved alerts quickly (2-4s), then escalated', ['2-4s']],
    ['Filtered readings from 400nm-700nm only', ['400nm-700nm']],
    ['Ran a 12-node Postgres cluster', ['12-node']],
    ['Modelled checkout as a 14-state machine', ['14-state']],
    ['Built a 4-stage ingestion pipeline', ['4-stage']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(metricsIn(text), expected));

  for (const text of [
    'Met the vendor once a week',
    'Hired in 2019 and promoted since 2021',
    'Listed the open bugs (2) and (3) for triage',
    'Ran retros about a week after each release',
    'Applied 12-factor principles to a 3-tier app',
    'Led the clinic records move around 2015', // "around" a year is a date, not an amount
    'Moved the team offices over 2020 and 2021',
  ]) it(`no quantity: ${text}`, () => assert.deepEqual(metricsIn(text), []));
});

describe('findMetrics: physical units and durations in words', () => {
  const cases: [string, string[]][] = [
    ['Tuned the gimbal loop to hold pitch within ±2° in wind', ['±2°']],
    ['Kept the reflow oven at 245°C across the profile', ['245°C']],
    ['Designed a 3.3V rail for the sensor board', ['3.3V']],
    ['Cut idle draw to 40mA on the logger', ['40mA']],
    ['Shortened onboarding of a new tenant to half a day', ['half']],
  ];
  for (const [text, expected] of cases) it(text, () => assert.deepEqual(metricsIn(text), expected));

  for (const text of [
    'Shipped v2 of the booking app',
    'Organised a 1v1 coding ladder',
    'Wrote half the integration tests',
    'Rebuilt the W3C validator page',
  ]) {
    it(`finds none in "${text}"`, () => assert.deepEqual(metricsIn(text), []));
  }
});

describe('findMetrics: decimal commas', () => {
  it('reads "94,1%" and "1,5x" as written where a comma marks the fraction', () => {
    assert.deepEqual(findMetrics('Raised stock accuracy from 94,1% to 99,2%.').map((m) => [m.text, m.kind]), [['94,1%', 'percent'], ['99,2%', 'percent']]);
    assert.deepEqual(findMetrics('Grew orders 1,5x').map((m) => [m.text, m.kind]), [['1,5x', 'multiplier']]);
  });

  it('still reads a comma before three digits as thousands', () => {
    assert.deepEqual(findMetrics('Served 12,500 users').map((m) => m.text), ['12,500']);
  });
});
