// Round 20a: passives whose doer is named (coordinated with an active verb, a detail under the writer's
// own line), adjective openings read as verbs, adoption and promotion stated as results, a parent line
// measured by its nested items, possessives that carry meaning, and writer's notes.
import { passiveVoice } from '../../../src/core/rules/passive-voice';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { firstPerson } from '../../../src/core/rules/first-person';
import { genericObject } from '../../../src/core/rules/generic-object';
import { isWritersNote } from '../../../src/core/rules/work-line';
import assert from 'node:assert/strict';
import { findingsOf, inExperience, testRule } from '../../helpers/rule-tester';

const nested = (parent: string, child: string) => `## Experience\n\n### Platform Engineer, Acme Corp — 2020 – 2023\n\n- ${parent}\n  - ${child}\n`;

testRule(passiveVoice, {
  valid: [
    // The writer is the subject of both verbs: the passive hides nobody.
    'Was called in for and fixed the 2021 payroll export failure; wrote the runbook afterwards.',
    'Was hired as a contractor and rebuilt the checkout flow in React.',
    // A detail under the writer's own line: the parent names the doer.
    { code: nested('Moved 300 services from Nomad to Kubernetes.', 'failover was rehearsed three times before the cutover'), doc: true },
  ],
  invalid: [
    // Two passives coordinated: nobody acts.
    { code: 'Was trained and certified in forklift operation.', underlines: ['Was trained'] },
    // Subject-first with an adjective opening: a passive, not a verb-first line.
    { code: 'Accrued liabilities schedule was prepared for the quarterly review.', underlines: ['was prepared'] },
    { code: 'Outdated laptops were replaced across the office.', underlines: ['were replaced'] },
    { code: 'Closed accounts were archived for the auditors.', underlines: ['were archived'] },
    // A nested passive under a parent that names no doer still hides the doer.
    { code: nested('Billing platform (2021 rewrite):', 'the ledger was rewritten in Rust'), doc: true, underlines: ['was rewritten'] },
  ],
});

const children = (parent: string, ...kids: string[]) => `## Experience\n\n### Data Engineer, Acme Corp — 2020 – 2023\n\n- ${parent}\n${kids.map((k) => `  - ${k}\n`).join('')}`;

testRule(missingMetric, {
  valid: [
    // Others using the work is its result.
    'Built a Slack bot for deploy approvals; the release team uses it every day.',
    'Wrote the code-review checklist, used in every design review since 2021.',
    'Designed the intake form template, used by all regional offices.',
    // A promotion is a recognition, not work to count.
    'Promoted from junior analyst to analyst in 2020.',
    'Was promoted to shift lead after the spring audit.',
    // "one" counting a thing whose compound holds a technology's name, also after a colon that opens the scope.
    'Host the booking site for a youth choir: one Rails service on a small VPS.',
    'Built one Postgres replica for the reporting team.',
    // A note left for later is not a work line.
    'TODO: add numbers once the beta ships',
    // A colon line measured by its nested items.
    { code: children('Built the invoice matcher for the finance team:', 'matches 40,000 invoices a week', 'cut manual review from 3 people to 1'), doc: true },
  ],
  invalid: [
    // A technology's name alone is no thing counted ("one Django" names nothing), nor a colon list with no "one".
    { code: 'Host the booking site for a youth choir: Django on a small VPS.', count: 1 },
    // The writer using something is no adoption.
    { code: 'Built a shift planner and used it to plan the rota.', count: 1 },
    // Promoting something is work (a sale), not being promoted.
    { code: 'Promoted the spring catalogue on local radio.', count: 1 },
    // A colon line that announces an uncounted number of things: the count is its own.
    { code: children('Worked on several archive projects, including:', 'Harbour Records digitisation (2019, 3 months)'), doc: true, count: 1 },
    // A colon line without nested numbers is asked as usual.
    { code: children('Built the invoice matcher for the finance team:', 'matches invoices to purchase orders'), doc: true, count: 2 },
    // An adjective opening is no verb: "Closed" is not a sale here, so no question about deals.
    { code: 'Closed accounts were archived for the auditors.', message: /a number: how many, how much/ },
  ],
});

describe('first-person: a possessive that carries meaning gets no "the" fix', () => {
  const fixesFor = (bullet: string) => findingsOf(firstPerson, inExperience(bullet)).map((f) => f.fixes.map((x) => x.title));
  it('keeps "my" before an ordinal, "last", "only" or "favourite"', () => {
    assert.deepEqual(fixesFor('Swam my first open-water mile in 2024.'), [[]]);
    assert.deepEqual(fixesFor('Shipped the scheduler in my last month there.'), [[]]);
    assert.deepEqual(fixesFor('Cooked my 3rd Thanksgiving dinner for 12 guests.'), [[]]);
    assert.deepEqual(fixesFor('Rebuilt my favourite bike from parts.'), [[]]);
  });
  it('still offers "the" where the possessive only marks whose', () => {
    assert.deepEqual(fixesFor('Led my squad of 6 through 2 launches.'), [['Replace "my" with "the"']]);
  });
});

testRule(genericObject, {
  valid: [
    // A note left for later claims no work, whatever words it names.
    'TODO: add stuff about the results once the pilot ends',
    'FIXME - various things to write up here',
  ],
  invalid: [
    // The same words in a work claim are still vague.
    { code: 'Worked on various things for the pilot.', count: 1 },
  ],
});

describe('work-line: a writer\'s note', () => {
  it('reads a to-do marker with a separator as a note, not work', () => {
    assert.equal(isWritersNote('TODO: add metrics after launch'), true);
    assert.equal(isWritersNote('TBD – the project link'), true);
    assert.equal(isWritersNote('Todo'), true);
    // A word that only contains the marker, or a marker later in the line, is no note.
    assert.equal(isWritersNote('TODOist integration for the mobile app'), false);
    assert.equal(isWritersNote('Built the export; link TBD'), false);
  });
});
