// The learned phrase model (job/phrase-model.ts): candidate spans of a qualification sentence, their
// shape-and-context features, and the keywords it adds when enabled. All sentences invented.

import { strict as assert } from 'node:assert';
import { parseJobPosting } from '../../src/core/job';
import { acceptedCandidates, frequencyBand, phraseCandidates, PHRASE_MODEL, shapeOf, usePhraseModel, type PhraseModel } from '../../src/core/job/phrase-model';
import { predict } from '../../src/core/judge/logistic';
import type { Sentence } from '../../src/core/job/requirements';

const sentence = (text: string): Sentence => ({ start: 0, end: text.length, text });
/** A taxonomy-like mention over `word` in `text`, as the extractor passes it. */
const mention = (text: string, word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length, kind: 'hard' });
const keywordsOf = (cands: { keyword: string }[]) => cands.map((c) => c.keyword);

describe('phrase model: candidates', () => {
  it('reads the list items beside a known skill, cut to each ending run, plural acronyms made singular', () => {
    const text = 'Experience with Verilog, clock domain crossing and FIFOs';
    const cands = phraseCandidates(sentence(text), [mention(text, 'Verilog')], [], 'required');
    const words = keywordsOf(cands);
    assert.ok(words.includes('clock domain crossing'), words.join(' | '));
    assert.ok(words.includes('domain crossing'));
    assert.ok(words.includes('FIFO'), 'a plural acronym is read as its singular');
    assert.ok(!words.some((w) => /Verilog/.test(w)), 'nothing overlaps a mention already read');
  });

  it('joins capitalised words across "for" into one product name', () => {
    const text = 'Familiarity with Quartermaster Shield for Servers is a plus';
    assert.ok(keywordsOf(phraseCandidates(sentence(text), [], [], 'preferred')).includes('Quartermaster Shield for Servers'));
  });

  it('describes shape and context, never the words themselves', () => {
    const text = 'Knowledge of Verilog and clock domain crossing (CDC)';
    const cand = phraseCandidates(sentence(text), [mention(text, 'Verilog')], [], 'required').find((c) => c.keyword === 'clock domain crossing')!;
    const names = [...cand.features.keys()];
    assert.ok(names.includes('listed-beside-skill'));
    assert.ok(names.includes('defines-acronym'));
    assert.ok(names.includes('importance:required'));
    assert.ok(!names.some((n) => /clock|domain|crossing/.test(n)), names.join(' '));
  });

  it('bands words by everyday frequency and reads word shapes', () => {
    assert.equal(frequencyBand('house'), 'everyday');
    assert.equal(frequencyBand('houses'), 'everyday');
    assert.equal(frequencyBand('thermocouple'), 'rare');
    assert.deepEqual(['IGBTs', 'RS485', 'NumPy', 'Slurm', 'driver'].map(shapeOf), ['acronym-plural', 'alnum', 'camel', 'capital', 'lower']);
  });
});

describe('phrase model: scoring', () => {
  it('keeps what the weights favour and drops what they do not (the model is read, not ignored)', () => {
    const text = 'Experience with Verilog, clock domain crossing and FIFOs';
    const cands = phraseCandidates(sentence(text), [mention(text, 'Verilog')], [], 'required');
    const favourAcronyms: PhraseModel = { enabled: true, threshold: 0.5, bias: -2, weights: { 'shape-head:acronym-plural': 4 } };
    const favourLower: PhraseModel = { enabled: true, threshold: 0.5, bias: -2, weights: { 'all-lower': 4, 'dropped:0': 1 } };
    assert.deepEqual(keywordsOf(acceptedCandidates(cands, favourAcronyms)), ['FIFO']);
    assert.deepEqual(keywordsOf(acceptedCandidates(cands, favourLower)), ['clock domain crossing']);
    assert.deepEqual(keywordsOf(acceptedCandidates(cands, { ...favourLower, threshold: 0.999 })), []);
  });

  it('the shipped model scores a technical list item above generic asks', () => {
    const text = 'Experience with Verilog, clock domain crossing and FIFOs, strong communication skills and a fast-paced environment';
    const cands = phraseCandidates(sentence(text), [mention(text, 'Verilog')], [], 'required');
    const score = (k: string) => predict(PHRASE_MODEL, cands.find((c) => c.keyword === k)!.features);
    assert.ok(score('clock domain crossing') > score('communication skills'), `${score('clock domain crossing')} vs ${score('communication skills')}`);
    assert.ok(score('clock domain crossing') > score('fast-paced environment'));
  });

  it('never accepts a generic phrase, even with the shipped model switched on', () => {
    for (const text of ['Strong communication skills', 'Ability to thrive in a fast-paced environment', 'Excellent written and verbal communication skills']) {
      const cands = phraseCandidates(sentence(text), [], [], 'required');
      const kept = keywordsOf(acceptedCandidates(cands, { ...PHRASE_MODEL, enabled: true }));
      assert.deepEqual(kept, [], `${text}: ${kept.join(', ')}`);
    }
  });
});

describe('phrase model: keywords', () => {
  const posting = 'Requirements\n- Experience with Verilog, routing congestion and FIFOs\n- Strong communication skills\n';
  afterEach(() => usePhraseModel(undefined));

  it('adds accepted candidates as keywords marked phrase-model, with their section importance', () => {
    usePhraseModel({ enabled: true, threshold: 0.5, bias: -2, weights: { 'all-lower': 4, 'dropped:0': 1, 'head-generic': -10 } });
    const kw = parseJobPosting(posting).keywords.find((k) => k.keyword === 'routing congestion');
    assert.ok(kw, 'the learned candidate is a keyword');
    assert.equal(kw.extracted, 'phrase-model');
    assert.equal(kw.importance, 'required');
    assert.ok(!parseJobPosting(posting).keywords.some((k) => /communication skills/.test(k.keyword)));
  });

  it('adds nothing when the model is off', () => {
    usePhraseModel(null);
    assert.ok(!parseJobPosting(posting).keywords.some((k) => k.extracted === 'phrase-model'));
  });
});
