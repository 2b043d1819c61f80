import assert from 'node:assert/strict';
import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { findingsOf, inExperience } from '../../helpers/rule-tester';
import { applyEdits } from '../../../src/core/fixes';

const ENDED = '### Barista, Corner Bean — Mar 2019 – Aug 2021';
const CURRENT = '### Barista, Corner Bean — Mar 2019 – Present';
const flagged = (text: string) => findingsOf(tenseMismatch, text).map((f) => f.message.match(/^"([^"]+)"/)?.[1]);

describe('tense-mismatch: everyday opening verbs in an ended role (rules22)', () => {
  it('flags a present everyday verb that acts on an object, a partner preposition or an infinitive', () => {
    for (const [bullet, verb, past] of [
      ['Attend the monthly safety briefings with the crew.', 'Attend', 'Attended'],
      ['Assist with inventory counts at two stores.', 'Assist', 'Assisted'],
      ['Help with month-end reporting for the branch.', 'Help', 'Helped'],
      ['Learn to use the new till system.', 'Learn', 'Learned'],
      ['Join weekly planning calls with the regional team.', 'Join', 'Joined'],
      ['Handles supplier invoices for 3 cafes.', 'Handles', 'Handled'],
    ]) {
      const found = findingsOf(tenseMismatch, inExperience(bullet, ENDED));
      assert.deepEqual(found.map((f) => f.message.match(/^"([^"]+)"/)?.[1]), [verb], bullet);
      assert.match(found[0].message, new RegExp(`"${past}"`));
    }
  });
  it('leaves the same verbs alone in a current role, and nouns and bare openings in an ended one', () => {
    assert.deepEqual(flagged(inExperience('Attend the monthly safety briefings with the crew.', CURRENT)), []);
    for (const bullet of ['Help desk rotation for the east campus.', 'Support for two regional offices.', 'Work experience placement at the depot.', 'Use case catalogue for the ordering app.']) {
      assert.deepEqual(flagged(inExperience(bullet, ENDED)), [], bullet);
    }
  });
});

describe('tense-mismatch: a present verb joined to a past opening (rules22)', () => {
  it('flags the joined present verb in an ended role and offers its past', () => {
    const text = inExperience('Restocked the shelves and answer the phones at the counter.', ENDED);
    const [f, ...rest] = findingsOf(tenseMismatch, text);
    assert.equal(rest.length, 0);
    assert.match(f.message, /^"answer" is present tense beside the past-tense opening/);
    assert.equal(applyEdits(text, f.fixes[0].edits).includes('Restocked the shelves and answered the phones'), true);
  });
  it('reads an -ed opening the lexicons leave out as past ("Catalogued")', () => {
    const text = inExperience('Catalogued donated books and handle the lending desk twice a week.', ENDED);
    assert.deepEqual(flagged(text), ['handle']);
  });
  it('leaves relative clauses, nouns after "and", current roles and same-spelled verbs alone', () => {
    for (const bullet of [
      'Wrote scripts that parse receipts and flag duplicates.', // relative clause
      'Built tools to clean the data and track stock levels.', // infinitive
      'Designed the menu boards and process maps for the kitchen.', // "process" a noun here
      'Prepared the rota and the weekly orders.', // no verb after "and"
      'Cut waste by 20% and set up a new ordering sheet.', // "set" reads both ways
    ]) {
      assert.deepEqual(flagged(inExperience(bullet, ENDED)), [], bullet);
    }
    assert.deepEqual(flagged(inExperience('Restocked the shelves and answer customer questions.', CURRENT)), []);
  });
});

describe('tense-mismatch: the suggested past changes the joined verbs too (rules22)', () => {
  it('changes "and <verb>" after a present opening with the opening', () => {
    const text = inExperience('Train new baristas and run the weekly stock count.', ENDED);
    const [f] = findingsOf(tenseMismatch, text);
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('Trained new baristas and ran the weekly stock count.'));
    assert.match(f.fixes[0].title, /"Train" and "run"/);
  });
  it('leaves a verb in a relative clause as it is', () => {
    const text = inExperience('Create dashboards that managers open and share every week.', ENDED);
    const [f] = findingsOf(tenseMismatch, text);
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('Created dashboards that managers open and share every week.'));
  });
});

describe('tense-mismatch: joined verbs that are not a tense slip (rules22)', () => {
  it('leaves a past that reads like a base form, noun pairs and bare infinitives alone', () => {
    for (const bullet of [
      'Audited the till logs and found 3 cash errors.', // "found": past of "find"
      'Designed menu cards and email newsletters for 4 cafes.', // "email" a noun here
      'Improved service and load times at the drive-through.', // "load" a noun here
      'Helped new staff learn the menu and handle the espresso machine.', // bare infinitive after "help"
    ]) {
      assert.deepEqual(flagged(inExperience(bullet, ENDED)), [], bullet);
    }
  });
  it('does not change a bare infinitive when the opening is fixed', () => {
    const text = inExperience('Help new staff learn the menu and handle the espresso machine.', ENDED);
    const [f] = findingsOf(tenseMismatch, text);
    assert.ok(applyEdits(text, f.fixes[0].edits).includes('Helped new staff learn the menu and handle the espresso machine.'));
  });
});

describe('tense-mismatch: a third-person opening whose past is spelled like its base (rules22)', () => {
  it('reads "Puts" as present even though "put" reads both ways', () => {
    const found = findingsOf(tenseMismatch, inExperience('Puts the weekly orders into the supplier portal.', ENDED));
    assert.deepEqual(found.map((f) => f.message.match(/^"([^"]+)"/)?.[1]), ['Puts']);
    assert.match(found[0].message, /"Put"/);
    assert.deepEqual(flagged(inExperience('Put the weekly orders into the supplier portal.', ENDED)), []);
  });
});
