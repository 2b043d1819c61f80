// EXPERIMENT (issue #12 step 2): part-of-speech features from wink-nlp + wink-eng-lite-web-model, to
// measure whether a statistical tagger pays for itself in the cross-validated figure. Features: the
// first verb's lemma, the first object noun phrase after it (head noun lemma, determiners, adjectives,
// proper nouns / numbers inside it), "to <verb>" purpose clauses, and tag counts. Cached per bullet text.
import { createRequire } from 'node:module';
import type { Feature, FeatureGroup } from '../../src/core/judge/features';

const require = createRequire(import.meta.url);

type Tagged = { text: string; pos: string; lemma: string; start: number; end: number }[];

let nlp: { readDoc(text: string): any; its: any } | undefined;
const cache = new Map<string, Tagged>();

/** Loads the tagger on first use (its model takes a few hundred ms of CPU to load). */
export function tag(text: string): Tagged {
  const hit = cache.get(text);
  if (hit) return hit;
  if (!nlp) {
    const winkNLP = require('wink-nlp');
    nlp = winkNLP(require('wink-eng-lite-web-model'), ['pos']);
  }
  const its = nlp!.its;
  const doc = nlp!.readDoc(text);
  const words: string[] = doc.tokens().out();
  const pos: string[] = doc.tokens().out(its.pos);
  const lemma: string[] = doc.tokens().out(its.lemma);
  // Offsets: wink keeps token text verbatim, so find each in order.
  const out: Tagged = [];
  let at = 0;
  words.forEach((w, i) => {
    const start = text.indexOf(w, at);
    const s = start < 0 ? at : start;
    out.push({ text: w, pos: pos[i], lemma: String(lemma[i]).toLowerCase(), start: s, end: s + w.length });
    at = s + w.length;
  });
  cache.set(text, out);
  return out;
}

const NP = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X', 'SYM']);

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

export function posFeatures(text: string): Feature[] {
  const t = tag(text);
  const out: Feature[] = [];
  const add = (name: string, group: FeatureGroup, i?: number, j?: number) =>
    out.push({ name, value: 1, group, span: i === undefined ? undefined : { start: t[i].start, end: t[j ?? i].end } });
  const v = t.findIndex((x) => x.pos === 'VERB' || x.pos === 'AUX');
  if (v < 0) add('pos:no-verb', 'opening');
  else {
    add(`pos-verb:${t[v].lemma}`, 'opening', v);
    if (v > 0 && t.slice(0, v).some((x) => x.pos === 'NOUN' || x.pos === 'PROPN')) add('pos:verb-after-noun', 'opening', 0, v);
  }
  // The first noun phrase after the first verb (skipping a coordinated verb, adverbs and particles).
  let i = v < 0 ? 0 : v + 1;
  while (i < t.length && ['ADV', 'PART', 'CCONJ', 'VERB', 'PUNCT', 'ADP'].includes(t[i].pos) && i < v + 6) i++;
  let j = i;
  while (j < t.length && NP.has(t[j].pos)) j++;
  const np = t.slice(i, j);
  const nouns = np.map((x, k) => (x.pos === 'NOUN' || x.pos === 'PROPN' ? k : -1)).filter((k) => k >= 0);
  if (nouns.length) {
    const h = i + nouns[nouns.length - 1];
    add(`pos-head:${t[h].lemma}`, 'object', h);
    const plural = /s$/.test(t[h].text.toLowerCase()) && t[h].lemma !== t[h].text.toLowerCase();
    const dets = np.filter((x) => x.pos === 'DET');
    const adjs = np.filter((x) => x.pos === 'ADJ');
    for (const d of dets) add(`pos-det:${d.lemma}`, 'object', h);
    for (const a of adjs) add(`pos-adj:${a.lemma}`, 'object', h);
    const specific = np.filter((x) => x.pos === 'PROPN' || x.pos === 'NUM' || /[A-Z].*[A-Z]|[./+#\d]/.test(x.text)).length;
    add(`pos-np-specific:${bucket(specific, [0, 1])}`, 'object', i, j - 1);
    add(`pos-np-len:${bucket(np.length, [1, 2, 3])}`, 'object', i, j - 1);
    if (!dets.length && plural && np.length <= 2) add('pos-np-bare-plural', 'object', i, j - 1);
    if (np.length === 1) add('pos-np-head-only', 'object', i);
    if (adjs.length && !specific && np.length - adjs.length === 1) add('pos-np-adj-noun', 'object', i, j - 1);
    const after = t[j];
    add(`pos-after-np:${after ? (after.pos === 'ADP' ? after.lemma : after.pos) : 'end'}`, 'object', i, j - 1);
    const suffix = /(tion|ment|ity|ness|ance|ence|ing|ure|ics)$/.exec(t[h].lemma)?.[1];
    if (suffix) add(`pos-head-suffix:${suffix}`, 'object', h);
  } else add('pos:no-object', 'object');
  // "to <verb>": a purpose clause.
  const to = t.findIndex((x, k) => x.lemma === 'to' && x.pos === 'PART' && t[k + 1]?.pos === 'VERB');
  if (to >= 0) add(`pos-purpose:${t[to + 1].lemma}`, 'object', to, to + 1);
  const propn = t.filter((x) => x.pos === 'PROPN').length;
  const num = t.filter((x) => x.pos === 'NUM').length;
  const adj = t.filter((x) => x.pos === 'ADJ').length;
  const words = t.filter((x) => x.pos !== 'PUNCT').length || 1;
  add(`pos-propn:${bucket(propn, [0, 1, 3])}`, 'other');
  add(`pos-num:${bucket(num, [0, 1])}`, 'other');
  out.push({ name: 'pos-adj-share', value: adj / words, group: 'object' });
  out.push({ name: 'pos-noun-share', value: t.filter((x) => x.pos === 'NOUN').length / words, group: 'object' });
  const seen = new Set<string>();
  return out.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
}
