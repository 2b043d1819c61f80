// The WordNet features measured for issue #12 round five (named `wn-…`): where the object's head noun,
// its modifiers and the opening verb sit in WordNet (scripts/lib/wordnet.ts). Measured by nested CV
// (`npm run eval -- --only WordNet`); they did not raise the figure, so the shipped judge does not
// compute them. Kept here so the comparison can be re-run.
import { DEFAULT_LEXICON, type Lexicon } from '../../src/core/lexicon';
import { analysisOfText } from '../../src/core/nlp';
import { genericVocabulary, isSpecificToken } from '../../src/core/nlp/specificity';
import { bare } from '../../src/core/nlp/tokens';
import { readVerb } from '../../src/core/nlp/verbs';
import { DETERMINERS as DETERMINER_WORDS, PREPOSITIONS as PREPOSITION_WORDS } from '../../src/core/nlp/word-classes';
import type { Feature, FeatureGroup } from '../../src/core/judge/features';
import { wordNet, type WordNetEntry } from './wordnet';

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

function dedupe(features: Feature[]): Feature[] {
  const seen = new Set<string>();
  return features.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
}

/**
 * Features from where the words sit in WordNet (nlp/wordnet.ts), named `wn-…` (issue #12, round five):
 * for the object's head noun its lexicographer file, depth, hyponyms and senses (a generic noun is
 * shallow, with many hyponyms and senses; a specific one a deep leaf or not in WordNet at all); for
 * each modifier whether it is a descriptive adjective, a relational one ("financial") or a noun, and
 * how deep; for the opening verb its file (verb.creation, verb.social…) and how general it is.
 */
export const WORDNET_FEATURE = /^wn-/;

/** 0 (a deep leaf with one sense) to 1 (a shallow noun with many hyponyms and senses). */
export function generality(e: WordNetEntry): number {
  const shallow = Math.max(0, Math.min(1, (12 - e.minDepth) / 8));
  const family = Math.min(1, e.maxHyponyms / 10);
  const senses = Math.min(1, (e.senses - 1) / 5);
  return Math.round(((shallow + family + senses) / 3) * 100) / 100;
}

const depthBand = (e: WordNetEntry) => bucket(e.minDepth, [4, 6, 8]);
const hyponymBand = (e: WordNetEntry) => bucket(e.maxHyponyms, [0, 3, 6, 9]);

/** A modifier's kind: an adjective (descriptive, relational, participle), a noun by depth, or rare. */
function modifierKind(word: string): string {
  const adj = wordNet(word, 'adjective');
  const noun = wordNet(word, 'noun');
  if (adj && (!noun || adj.tagged >= noun.tagged)) return adj.lex;
  if (noun) return `noun${depthBand(noun)}`;
  return 'rare';
}

/** The `wn-` features of one bullet (added to the analysis features by the eval's approaches (d) and (e)). */
export function wordNetFeatures(text: string, lexicon: Lexicon = DEFAULT_LEXICON): Feature[] {
  const a = analysisOfText(text, lexicon);
  const main = a.clauses.find((c) => c.verbs.length && c.objects.length);
  const tokens = a.tokens;
  const out: Feature[] = [];
  const add = (name: string, group: FeatureGroup, s?: { start: number; end: number }, value = 1) => out.push({ name, value, group, span: s });
  const span = (i: number, j = i + 1) => ({ start: tokens[i].start, end: tokens[Math.max(i, j - 1)].end });
  const noun = (i: number, prefix: string) => {
    const t = tokens[i];
    const e = /\d/.test(t.text) ? undefined : wordNet(bare(t.lower), 'noun');
    const s = span(i);
    if (!e) return add(`${prefix}:rare`, 'object', s);
    add(`${prefix}-lex:${e.lex}`, 'object', s);
    add(`${prefix}-depth:${depthBand(e)}`, 'object', s);
    add(`${prefix}-hyponyms:${hyponymBand(e)}`, 'object', s);
    add(`${prefix}-senses:${bucket(e.senses, [1, 3, 6])}`, 'object', s);
    add(`${prefix}-lex-hyponyms:${e.lex}${hyponymBand(e)}`, 'object', s);
  };
  if (main) {
    const np = main.objects[0];
    // "a variety of tasks": the phrase after a light "of" names the thing.
    noun(np.head, 'wn-head');
    // One number for how general the head noun is (shallow, many hyponyms, many senses: 1; a deep
    // leaf: 0), and the same again when nothing in its phrase narrows it: few features generalise
    // better on a thousand bullets than many buckets.
    const head = tokens[np.head];
    const e = /\d/.test(head.text) ? undefined : wordNet(bare(head.lower), 'noun');
    if (e) {
      const g = generality(e);
      add('wn-generality', 'object', span(np.head), g);
      const vocab = genericVocabulary(lexicon);
      let narrowed = false;
      for (let i = np.start; i < np.end; i++) if (i !== np.head && isSpecificToken(a, i, vocab, lexicon.strongVerbs)) narrowed = true;
      if (!narrowed) add('wn-bare-generality', 'object', span(np.start, np.end), g);
    }
    const mods = tokens.slice(np.start, np.head).filter((t) => !t.punct && !DETERMINER_WORDS.has(t.lower));
    if (mods.length && mods.every((t) => modifierKind(bare(t.lower)) === 'adj.all')) add('wn-mods-descriptive', 'object', span(np.start, np.head));
    if (np.of) noun(np.of.head, 'wn-of');
    for (let i = np.start; i < np.head; i++) {
      const t = tokens[i];
      if (t.punct || DETERMINER_WORDS.has(t.lower) || /\d/.test(t.text)) continue;
      add(`wn-mod:${modifierKind(bare(t.lower))}`, 'object', span(i));
    }
    const other = main.objects.slice(1).map((o) => o.head);
    for (const h of other) noun(h, 'wn-conj');
  } else if (!a.clauses.some((c) => c.verbs.length)) {
    // A verbless fragment: its first noun-like word is what it names.
    const first = tokens.findIndex((t, i) => i >= a.opening && !t.punct && !DETERMINER_WORDS.has(t.lower));
    if (first >= 0) noun(first, 'wn-fragment');
  }
  const o = a.opening;
  const v = tokens[o] && readVerb(tokens[o].text, lexicon.strongVerbs);
  if (v) {
    const e = wordNet(v.base, 'verb');
    const s = span(o);
    if (!e) add('wn-verb:rare', 'opening', s);
    else {
      add(`wn-verb-lex:${e.lex}`, 'opening', s);
      add(`wn-verb-hyponyms:${hyponymBand(e)}`, 'opening', s);
      add(`wn-verb-senses:${bucket(e.senses, [1, 3, 6])}`, 'opening', s);
      add(`wn-verb-depth:${bucket(e.depth, [0, 1, 3])}`, 'opening', s);
    }
  }
  // How many content words WordNet does not know (names, technologies, jargon): specific words.
  let rare = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || /\d/.test(t.text) || i === o) continue;
    const w = bare(t.lower);
    if (!wordNet(w, 'noun') && !wordNet(w, 'verb') && !wordNet(w, 'adjective') && !DETERMINER_WORDS.has(w) && !PREPOSITION_WORDS.has(w) && w.length > 2) rare++;
  }
  add(`wn-rare-words:${bucket(rare, [0, 1, 3])}`, 'other');
  return dedupe(out);
}
