// The WordNet table and features measured for the judge in issue #12 round five (eval-only:
// scripts/lib/wordnet*.ts). Invented words and bullets.
import assert from 'node:assert/strict';
import { nounLemmas, verbLemmas, wordNet } from '../../../scripts/lib/wordnet';
import { generality, wordNetFeatures } from '../../../scripts/lib/wordnet-features';

describe('WordNet table (eval-only)', function () {
  // Building the table from the raw WordNet files takes a few seconds of CPU.
  this.timeout(60000);

  it('maps plurals and verb forms to candidate lemmas by WordNet\'s suffix rules', () => {
    assert.ok(nounLemmas('libraries').includes('library'));
    assert.ok(nounLemmas('analyses').includes('analysis'));
    assert.ok(nounLemmas('boxes').includes('box'));
    assert.ok(nounLemmas('salesmen').includes('salesman'));
    assert.deepEqual(nounLemmas('class'), ['class']);
    assert.ok(verbLemmas('configured').includes('configure'));
    assert.ok(verbLemmas('planning').includes('plan'));
  });

  it('reads a generic noun as shallower and more general than a specific one', () => {
    const generic = wordNet('tasks', 'noun');
    const specific = wordNet('thermostat', 'noun');
    assert.ok(generic && specific);
    assert.ok(generic.minDepth < specific.minDepth);
    assert.ok(generality(generic) > generality(specific));
    assert.equal(wordNet('microservices', 'noun'), undefined, 'a word WordNet lacks reads as rare');
    assert.equal(wordNet('negotiate', 'verb')?.lex, 'verb.communication');
    assert.equal(wordNet('financial', 'adjective')?.lex, 'adj.pert');
  });

  it('names the head, modifier and verb features of a bullet, each with its words', () => {
    const text = 'Developed robust tools for the billing team';
    const names = wordNetFeatures(text).map((f) => f.name);
    assert.ok(names.some((n) => n.startsWith('wn-head-lex:')), names.join(' '));
    assert.ok(names.includes('wn-mod:adj.all'), names.join(' '));
    assert.ok(names.includes('wn-verb-lex:verb.creation'), names.join(' '));
    const head = wordNetFeatures(text).find((f) => f.name.startsWith('wn-head-lex:'))!;
    assert.equal(text.slice(head.span!.start, head.span!.end), 'tools');
  });
});
