// Every example here is invented; none comes from the labeled corpus (scripts/check-corpus-copies.ts).
import assert from 'node:assert/strict';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { analyzeBullet } from '../../../src/core/nlp/clauses';
import { findVagueSpans, genericVocabulary } from '../../../src/core/nlp/specificity';
import { genericObject } from '../../../src/core/rules/generic-object';
import { testRule } from '../../helpers/rule-tester';

testRule(genericObject, {
  valid: [
    // After a helping phrase the party helped is not the object of the work.
    'Assisted management in planning the Lisbon office move.',
    // A purpose or means clause later in the sentence names what the generic object was about.
    'Conducted research and wrote summaries to measure Kafka and Pulsar consumer lag.',
    'Raised accuracy by tuning prompt templates and retrieval chunk sizes.',
    // A verbless bullet whose "of" part names the thing is specific.
    'Development of a barcode intake system for the clinic',
    // The writer's capacity as the object is a self-description, reported by that rule.
    'Strong expertise in compiler internals and fuzzing.',
    // Kinds of artifacts and named things are specific objects.
    'Created dashboards using Tableau for executive reporting.',
    'Built a Kafka consumer that deduplicates payment events for the ledger team.',
    'Designed and implemented the invoice reconciliation service in Go.',
    'Shipped offline sync for the Android field app used by 300 inspectors.',
    // A generic noun named right after it.
    'Built several components including a code generator and a runtime.',
    // Names that contain placeholder words.
    'Built an Internet of Things gateway for greenhouse sensors.',
    // Not a work section.
    { code: '## Skills\n\n- Various tools and other stuff\n', doc: true },
    // A quantified phrase after a preposition that is a party, a purpose or a place, or is specific.
    'Collaborated with various stakeholders on the kiosk rollout.',
    'Assisted with several audits of 14 clinics in Manitoba.',
    'Worked with several vendors to cut freight cost 12%.',
    'Presented at multiple conferences, including SIGGRAPH and CHI.',
    'Rebuilt the cooling loop controller for several greenhouses in Alberta.',
  ],
  invalid: [
    // A bullet vague by its opening can have a generic object too: both are reported.
    { code: 'Worked on various projects for the web team.', underlines: ['various projects'] },
    // The work taken through a preposition: after a helping phrase that ends in it, or after a party.
    { code: 'Helped with various tasks in the print shop.', underlines: ['various tasks'] },
    { code: 'Worked closely with logistics on multiple initiatives.', underlines: ['multiple initiatives'] },

    // A verbless bullet is judged by the phrase it opens with, "of" part included.
    { code: 'Development of internal platform services', underlines: ['Development of internal platform services'] },
    { code: 'Developed new features and fixed bugs.', underlines: ['new features', 'bugs'], message: 'generic' },
    { code: 'Performed various tasks as needed.', underlines: ['various tasks'] },
    { code: 'Delivered solutions for clients.', underlines: ['solutions'] },
    { code: 'Improved system performance.', underlines: ['system performance'] },
    { code: 'Wrote code for the app.', underlines: ['code'] },
    { code: 'Maintained the website, etc.', underlines: ['etc.'], message: 'did not name' },
  ],
});

describe('generic objects (nlp/specificity)', () => {
  const vocab = genericVocabulary(DEFAULT_LEXICON);
  const spans = (text: string) => findVagueSpans(analyzeBullet(text, DEFAULT_LEXICON.strongVerbs), vocab, DEFAULT_LEXICON.strongVerbs).map((s) => s.text);

  it('a number elsewhere in the bullet does not make a generic object specific', () => {
    assert.deepEqual(spans('Fixed bugs across 12 modules.'), ['bugs']);
    assert.deepEqual(spans('Delivered solutions for 30 clients.'), ['solutions']);
  });

  it('a generic noun made specific right after it is specific', () => {
    assert.deepEqual(spans('Wrote several modules including a PDF renderer and a font cache.'), []);
    assert.deepEqual(spans('Built tools such as a Slack deploy bot and a flaky-test tracker.'), []);
    assert.deepEqual(spans('Wrote several modules.'), ['several modules']);
  });

  it('a quantifier on a side phrase is not the object', () => {
    assert.deepEqual(spans('Built grant-tracking databases for various charities.'), []);
  });

  it('open endings and placeholders wherever they stand', () => {
    assert.deepEqual(spans('Scripted backups, log rotation, and so on for the lab servers.'), ['and so on']);
    assert.deepEqual(spans('Added a CSV importer and other stuff to the admin panel.'), ['stuff']);
  });
});

describe('generic objects: the writer\'s capacity and labels', () => {
  it('reads a capacity as the object, or as the phrase a verbless bullet opens with', async () => {
    const { capacityClaim } = await import('../../../src/core/nlp/self-description');
    const at = (text: string) => {
      const c = capacityClaim(analyzeBullet(text));
      return c && text.slice(c.start, c.end);
    };
    assert.equal(at('Strong expertise in compiler internals.'), 'Strong expertise');
    assert.equal(at('Deepened my knowledge of kernel debugging.'), 'my knowledge');
    assert.equal(at('Built a fuzzing harness for the parser.'), undefined);
  });

  it('a title-case label whose first word is a hyphenated adjective is still a label', () => {
    const a = analyzeBullet('Team-Led Growth: Shipped saved-search alerts for the listings page.');
    assert.equal(a.tokens[a.opening].text, 'Shipped');
  });
});

describe('generic objects: a vaguely counted bare plural (set 4 review)', () => {
  const underlined = async (bullet: string) => {
    const { findingsOf, inExperience } = await import('../../helpers/rule-tester');
    const text = inExperience(bullet);
    return findingsOf(genericObject, text).map((f) => text.slice(f.range.start, f.range.end));
  };
  it('"various"/"several" + a plain plural head the generic vocabulary lacks is the generic object', async () => {
    assert.deepEqual(await underlined('Did various summaries for the owners'), ['various summaries']);
    assert.deepEqual(await underlined('Handled several requests from the front desk'), ['several requests']);
  });
  it('a named or counted object is not (negatives)', async () => {
    assert.deepEqual(await underlined('Wrote various Kotlin scripts for the owners'), []);
    assert.deepEqual(await underlined('Did 14 summaries for the owners'), []);
  });
});
