// The vague-bullet judge: the learner, the memo, the verdict's words and the --explain trace.
// Every bullet here is invented (scripts/check-corpus-copies.ts checks none comes from the corpus).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';
import { bulletFeatures, explainVerdict, judgeBullet, SHIPPED_MODEL } from '../../../src/core/judge';
import { characterNgrams, wordShape } from '../../../src/core/judge/features';
import { predict, train, type SparseExample } from '../../../src/core/judge/logistic';
import { Lru } from '../../../src/core/judge/lru';
import { RUBRIC_DECISIVE_SIGNALS } from '../../../src/core/judge/rubric';
import { personFolds } from '../../../scripts/lib/corpus';
import { runCli } from '../../helpers/cli';

describe('judge: logistic regression', () => {
  const ex = (on: string[], y: 0 | 1): SparseExample => ({ x: new Map(on.map((k) => [k, 1])), y });
  const data = [
    ...Array.from({ length: 20 }, (_, i) => ex(['duty', i % 2 ? 'a' : 'b'], 1)),
    ...Array.from({ length: 20 }, (_, i) => ex(['named', i % 2 ? 'a' : 'b'], 0)),
  ];

  it('learns which features point to the positive class', () => {
    const m = train(data, { l2: 0.001, minCount: 2 });
    assert.ok(m.weights.duty > 0.5 && m.weights.named < -0.5, JSON.stringify(m.weights));
    assert.ok(predict(m, new Map([['duty', 1]])) > 0.8);
    assert.ok(predict(m, new Map([['named', 1]])) < 0.2);
  });

  it('is deterministic and ignores features it never saw or saw too rarely', () => {
    const withRare = [...data, ex(['once'], 1)];
    const a = train(withRare, { l2: 0.001, minCount: 2 });
    assert.deepEqual(train(withRare, { l2: 0.001, minCount: 2 }), a);
    assert.equal(a.weights.once, undefined);
    assert.equal(predict(a, new Map([['unknown', 1]])), predict(a, new Map()));
  });
});

describe('judge: bounded memo', () => {
  it('evicts the least recently used entry', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    lru.get('a');
    lru.set('c', 3);
    assert.equal(lru.get('b'), undefined);
    assert.equal(lru.get('a'), 1);
    assert.equal(lru.size, 2);
  });

  it('judges a bullet text once: the same text gets the same verdict object', () => {
    const text = 'Rewrote the tide-chart renderer in Rust for the harbour office.';
    assert.equal(judgeBullet(text, DEFAULT_LEXICON), judgeBullet(text, DEFAULT_LEXICON));
  });
});

describe('judge: verdicts name their words', () => {
  it('a duty opening is vague because of the opening, and the words are the phrase', () => {
    const v = judgeBullet('Responsible for the nightly billing export.', DEFAULT_LEXICON);
    assert.equal(v.vague, true);
    assert.equal(v.reason, 'weak-opening');
    assert.deepEqual(v.spans.map((s) => s.text), ['Responsible for']);
  });

  it('a concrete bullet is not vague', () => {
    const v = judgeBullet('Built a Kafka consumer that deduplicates payment events for the ledger team.', DEFAULT_LEXICON);
    assert.equal(v.vague, false);
    assert.equal(v.reason, undefined);
  });

  it('every feature span lies inside the bullet', () => {
    const text = 'Worked with the design group on various things, etc.';
    for (const f of bulletFeatures(text, DEFAULT_LEXICON).features) {
      if (!f.span) continue;
      assert.ok(f.span.start >= 0 && f.span.end <= text.length && f.span.start < f.span.end, f.name);
    }
  });

  it('the shipped model records its corpus and how it was chosen', () => {
    const m = SHIPPED_MODEL as typeof SHIPPED_MODEL & { corpus: { sha256: string; bullets: number }; trained: string };
    assert.match(m.corpus.sha256, /^[0-9a-f]{16}$/);
    assert.ok(m.corpus.bullets > 1000);
    assert.match(m.trained, /^\d{4}-\d\d-\d\d$/);
    assert.ok(m.threshold > 0 && m.threshold < 1);
  });

  it('the signals the rubric names decide alone, with the words that fired', () => {
    for (const name of RUBRIC_DECISIVE_SIGNALS) assert.ok(SHIPPED_MODEL.decisive?.includes(name), name);
    const etc = judgeBullet('Drew charts, maps, etc. for the harbour office.', DEFAULT_LEXICON);
    assert.equal(etc.vague, true);
    assert.equal(etc.decisive?.name, 'rule:open-ending');
    assert.equal(etc.reason, 'generic-object');
    assert.deepEqual(etc.spans.map((s) => s.text), ['etc.']);
    const member = judgeBullet('Member of the harbour office rowing crew.', DEFAULT_LEXICON);
    assert.equal(member.vague, true);
    assert.equal(member.reason, 'weak-opening');
  });

  it('explains the verdict with the threshold, features, weights and words', () => {
    const text = 'Performed various tasks as needed.';
    const lines = explainVerdict(text, judgeBullet(text, DEFAULT_LEXICON)).join('\n');
    assert.match(lines, /threshold 0\.\d+/);
    assert.match(lines, /toward vague:/);
    assert.match(lines, /[+-]\d\.\d\d {2}\S+ {2}"[^"]+"/);
  });
});

describe('judge: the object\'s shape', () => {
  const names = (text: string) => bulletFeatures(text, DEFAULT_LEXICON).features.map((f) => f.name);

  it('reads a word\'s ending when no list knows the word', () => {
    assert.equal(wordShape('scalability'), 'abstract');
    assert.equal(wordShape('onboarding'), 'gerund');
    assert.equal(wordShape('intuitive'), 'adjective');
    assert.equal(wordShape('user-friendly'), 'adjective');
    assert.equal(wordShape('dashboards'), 'plural');
    assert.equal(wordShape('kafka'), 'plain');
  });

  it('tells a bare object, an evaluative one, a counted one and a named one apart', () => {
    assert.ok(names('Wrote scripts for the lab.').includes('np-shape:bare'));
    assert.ok(names('Built intuitive interfaces for the lab.').includes('np-shape:evaluative'));
    assert.ok(names('Built 12 forms for the lab.').includes('np-shape:other'));
    assert.ok(names('Built intake forms for the lab.').includes('np-shape:named'), 'an unknown domain word is specific');
    assert.ok(names('Built Grafana dashboards for the lab.').includes('np-shape:named'));
  });

  it('says what a purpose clause aims at: a quality or a named thing', () => {
    assert.ok(names('Reviewed pull requests to improve reliability.').includes('purpose:abstract'));
    assert.ok(names('Wrote a bridge to connect Zendesk.').includes('purpose:named'));
  });

  it('says what completes a generic object: nothing, only tools, or a named domain thing', () => {
    assert.ok(names('Shipped new features.').includes('generic-object-then:nothing'));
    assert.ok(names('Shipped new features using Vue and Go.').includes('generic-object-then:tool'));
    assert.ok(names('Shipped new features using Vue and Go.').includes('generic-object-no-domain'));
    const named = names('Shipped new features for the Zendesk billing sync.');
    assert.ok(named.includes('generic-object-then:domain'));
    assert.ok(!named.includes('generic-object-no-domain'));
    assert.ok(!names('Shipped offline sync for the Android app.').some((n) => n.startsWith('generic-object-then:')), 'a specific object is not generic');
  });

  it('reads duty nouns, learning, the writer\'s own qualities and weak openings of later sentences', () => {
    assert.ok(names('Active member of the robotics society, building line-following bots.').includes('opening-duty-noun'));
    assert.ok(names('Main responsibility was the nightly payroll export.').includes('opening-duty-noun'));
    assert.ok(names('Formed part of the night crew for the warehouse audit.').includes('opening-duty-noun'), 'a light verb before the duty noun');
    assert.ok(names('Did my duty in the front office during the rush.').includes('opening-duty-noun'));
    assert.ok(names('Served as part of the welcome desk rota.').includes('opening-duty-noun'));
    assert.ok(names('Helped as a member of the orientation crew.').includes('opening-duty-noun'), 'any verb before "as" states a role');
    assert.ok(!names('Drafted the electrical part of the bid for the pump station.').includes('opening-duty-noun'), 'the object of a working verb');
    assert.ok(!names('Coached 4 volunteers responsible for the food bank intake.').includes('opening-duty-noun'));
    assert.ok(names('Studied compiler design with a reading group.').includes('opening-learning'));
    assert.ok(names('Sharpened my public speaking at the campus radio.').includes('object-my'));
    assert.ok(names('Built the intake form in React. Worked on the admin views.').includes('weak-opening-later'));
    assert.ok(!names('Built the intake form in React. Wrote the admin views.').includes('weak-opening-later'));
  });

  it('cuts words into character n-grams marked at their edges, once each', () => {
    const grams = characterNgrams('Tuned tuned Redis', 0.1).map((f) => f.name);
    assert.ok(grams.includes('c:<tu') && grams.includes('ned>') === false && grams.includes('c:ned>'));
    assert.equal(new Set(grams).size, grams.length);
    assert.ok(characterNgrams('Tuned Redis', 0.1).every((f) => f.value === 0.1));
    assert.deepEqual(characterNgrams('Tuned Redis', 0.1, { 'c:<re': 0.3, 'c:zzz': 1 }).map((f) => f.name), ['c:<re'], 'only the n-grams a model weighs');
  });

  it('pairs the opening verb\'s class with the object\'s shape (round eight)', () => {
    assert.ok(names('Improved processes across the warehouse.').includes('vo:improve+bare+plural'));
    assert.ok(names('Built Grafana dashboards for the lab.').includes('vo:create+named+plural'));
    assert.ok(!names('Vendor onboarding & coordination').some((n) => n.startsWith('vo:')), 'no verb, no pair');
  });

  it('reads the nouns of a verbless fragment', () => {
    assert.ok(names('Vendor onboarding & coordination').some((n) => n.startsWith('fragment-abstract:')));
  });
});

describe('eval: person-grouped folds', () => {
  it('keeps each person in one fold, deterministically, with balanced sizes', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ repo: `person-${i % 12}` }));
    const folds = personFolds(rows, 4);
    assert.deepEqual(personFolds(rows, 4), folds);
    for (let p = 0; p < 12; p++) assert.equal(new Set(folds.filter((_, i) => i % 12 === p)).size, 1);
    const sizes = [0, 1, 2, 3].map((f) => folds.filter((x) => x === f).length);
    assert.ok(Math.max(...sizes) - Math.min(...sizes) <= 5, String(sizes));
  });
});

describe('bulletproof lint --explain', () => {
  it('prints each work bullet with its verdict and what drove it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'bp-explain-'));
    writeFileSync(join(dir, 'resume.md'), '# Ada\n\n## Experience\n\n### Engineer, Acme — 2021 – 2023\n\n- Responsible for the nightly billing export.\n- Built a Kafka consumer for the ledger team.\n');
    const { stdout } = await runCli(['lint', '--explain', 'resume.md'], dir);
    assert.match(stdout, /7: Responsible for the nightly billing export\.\n\s+vague \(weak-opening\)/);
    assert.match(stdout, /8: Built a Kafka consumer for the ledger team\.\n\s+not vague: p = 0\.\d\d < threshold/);
  });
});
