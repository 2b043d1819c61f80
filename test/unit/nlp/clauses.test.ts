import assert from 'node:assert/strict';
import { analyzeBullet } from '../../../src/core/nlp/clauses';
import { readVerb } from '../../../src/core/nlp/verbs';

function summary(text: string) {
  const a = analyzeBullet(text);
  const words = (s: number, e: number) => a.tokens.slice(s, e).map((t) => t.text).join(' ');
  return {
    opening: a.tokens[a.opening]?.text,
    clauses: a.clauses.map((c) => ({ verbs: c.verbs.map((i) => a.tokens[i].text), objects: c.objects.map((o) => words(o.start, o.end)) })),
  };
}

describe('readVerb', () => {
  it('reads strong verbs in every form, present and past', () => {
    for (const w of ['Lead', 'Led', 'Leads', 'Leading', 'Build', 'Built', 'Shipped', 'Owned', 'Won', 'Ran', 'Secured', 'Co-led', 'Spearheaded']) {
      assert.ok(readVerb(w), w);
    }
    assert.equal(readVerb('built')?.base, 'build');
    assert.equal(readVerb('Shipped')?.form, 'past');
    assert.equal(readVerb('Lead')?.form, 'base');
  });
  it('does not read nouns as verbs', () => {
    for (const w of ['features', 'data', 'Kubernetes', 'dashboard', 'the']) assert.equal(readVerb(w), undefined, w);
  });
});

describe('analyzeBullet', () => {
  it('finds coordinated verbs and their object', () => {
    assert.deepEqual(summary('Design and Implement architecture').clauses, [{ verbs: ['Design', 'Implement'], objects: ['architecture'] }]);
  });
  it('splits clauses at "and" + a verb in the same tense', () => {
    assert.deepEqual(summary('Added new screens and fixed crashes for tablets.').clauses.map((c) => c.objects), [['new screens'], ['crashes']]);
  });
  it('keeps list objects as conjuncts', () => {
    assert.deepEqual(summary('Built Go services, Kafka flows, and SSE readers.').clauses[0].objects, ['Go services', 'Kafka flows', 'SSE readers']);
  });
  it('ends the object at a preposition, a participle or a clause', () => {
    assert.deepEqual(summary('Built APIs serving 1M users for the app.').clauses[0].objects, ['APIs']);
    assert.deepEqual(summary('Performed multiple tasks related to data cleaning.').clauses[0].objects, ['multiple tasks']);
    assert.deepEqual(summary('Set up CDK stacks for staging.').clauses[0].objects, ['CDK stacks']);
  });
  it('skips labels, pronouns, auxiliaries and adverbs before the opening', () => {
    assert.equal(summary('Capstone Project: Tide Tracker - Mostly worked on a map').opening, 'worked');
    assert.equal(summary('Was responsible for the store').opening, 'responsible');
    assert.equal(summary('I built the CLI').opening, 'built');
    assert.equal(summary('Independently developing a mobile app').opening, 'developing');
  });
  it('finds the object of a collaboration in its purpose', () => {
    assert.deepEqual(summary('Collaborated with the ops group to ensure quiet weekend releases.').clauses[0].objects, ['quiet weekend releases']);
  });
  it('reads verbless bullets as one noun phrase', () => {
    const s = summary('Exploratory data analysis of county rainfall');
    assert.deepEqual(s.clauses[0].verbs, []);
  });
});
