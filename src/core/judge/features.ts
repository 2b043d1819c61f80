// What the vague-bullet model sees in a bullet: named features, each tied to the words it fired on so
// a finding can underline them and `lint --explain` can show them. Built from the shallow parse in
// nlp/ (opening, clauses, objects), the word lists in lexicon/ and the lexical rule signals
// (weak opening, generic object, self-description, metrics), plus word n-grams the model weighs.
import type { Lexicon } from '../lexicon';
import { ANALYZE_VERBS, COMMUNICATE_VERBS, CREATE_VERBS, IMPROVE_VERBS, LEAD_VERBS, OPERATE_VERBS, PERSUADE_VERBS } from '../lexicon/strong-verbs';
import type { BulletAnalysis } from '../nlp/clauses';
import { analysisOfText, metricsOf } from '../nlp';
import { matchWeakOpening } from '../nlp/openings';
import { findSelfDescriptions } from '../nlp/self-description';
import { findVagueSpans, genericVocabulary, hasSpecific, isGenericClause, isSpecificToken, namedAfter } from '../nlp/specificity';
import { bare, isSentenceEnd } from '../nlp/tokens';
import { DETERMINERS as DETERMINER_WORDS, PREPOSITIONS as PREPOSITION_WORDS } from '../nlp/word-classes';
import { readVerb } from '../nlp/verbs';

/** Which part of a bullet a feature speaks about; decides the rule that reports a vague verdict. */
export type FeatureGroup = 'opening' | 'object' | 'self' | 'other';

export interface Feature {
  name: string;
  value: number;
  group: FeatureGroup;
  /** Character offsets in the bullet text of the words it fired on; absent for whole-bullet features. */
  span?: { start: number; end: number };
}

export interface BulletFeatures {
  analysis: BulletAnalysis;
  features: Feature[];
  /** The weak-opening phrase, when the lexicon matched one. */
  weakOpening?: ReturnType<typeof matchWeakOpening>;
}

const VERB_GROUPS: [string, ReadonlySet<string>][] = [
  ['create', new Set(CREATE_VERBS)],
  ['lead', new Set(LEAD_VERBS)],
  ['improve', new Set(IMPROVE_VERBS)],
  ['analyze', new Set(ANALYZE_VERBS)],
  ['persuade', new Set(PERSUADE_VERBS)],
  ['communicate', new Set(COMMUNICATE_VERBS)],
  ['operate', new Set(OPERATE_VERBS)],
];

/** Verbs whose object is a partner rather than a thing: the purpose after them carries the content. */
const PARTNERING = new Set(['collaborate', 'cooperate', 'work', 'partner', 'coordinate', 'liaise', 'contribute', 'participate', 'engage', 'assist', 'help', 'support']);

/** A number reads the same in n-grams whatever its value ("3 services", "12 services"). */
const normal = (lower: string) => bare(lower).replace(/\d+/g, '0');

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

/**
 * What a word's ending says about it, for words no list knows: nominalisations ("scalability",
 * "development", "optimization") name an activity or a quality rather than a thing; "-ive", "-ful",
 * "-able" words are evaluative adjectives ("robust", "intuitive", "user-friendly").
 */
export function wordShape(lower: string): 'abstract' | 'gerund' | 'adjective' | 'plural' | 'plain' {
  const w = bare(lower);
  if (/(?:tion|sion|ment|ity|ness|ance|ence|ancy|ency|ism|ship)s?$/.test(w)) return 'abstract';
  if (/ing$/.test(w) && w.length > 5) return 'gerund';
  if (/(?:ful|ive|ous|able|ible|less|ical|-friendly|-driven|-based|-oriented)$/.test(w)) return 'adjective';
  if (/[^s]s$/.test(w) && w.length > 3) return 'plural';
  return 'plain';
}

/**
 * Word n-grams count for less than the parse features: there are thousands of them and each is rare,
 * so at full weight they would memorise people's wording rather than learn the rubric.
 */
const NGRAM_VALUE = 0.3;

export function bulletFeatures(text: string, lexicon: Lexicon): BulletFeatures {
  const a = analysisOfText(text, lexicon);
  const tokens = a.tokens;
  const out: Feature[] = [];
  const span = (i: number, j = i + 1) => ({ start: tokens[i].start, end: tokens[Math.max(i, j - 1)].end });
  const add = (name: string, group: FeatureGroup, s?: { start: number; end: number }, value = 1) => out.push({ name, value, group, span: s });
  const vocab = genericVocabulary(lexicon);
  const extra = lexicon.strongVerbs;

  // --- the opening: first words after a label, "I", an auxiliary or an adverb
  const o = a.opening;
  /** The opening verb's classes (VERB_GROUPS, or "everyday"), paired with the object's shape below. */
  const verbClasses: string[] = [];
  const w0 = tokens[o];
  if (w0 && !w0.punct) {
    const v = readVerb(w0.text, extra);
    add(v ? `open:${v.base}` : `open:${normal(w0.lower)}`, 'opening', span(o));
    const w1 = tokens[o + 1];
    if (w1) add(`open2:${v ? v.base : normal(w0.lower)} ${w1.punct ? w1.text : normal(w1.lower)}`, 'opening', span(o, o + 2));
    if (v) {
      add(`vform:${v.form}`, 'opening', span(o));
      const base = v.base.replace(/^(co|re)-/, '');
      for (const [group, set] of VERB_GROUPS) if (set.has(base)) verbClasses.push(group);
      if (!verbClasses.length) verbClasses.push('everyday');
      for (const group of verbClasses) add(`vclass:${group}`, 'opening', span(o));
      if (PARTNERING.has(v.base)) add('opening-partnering', 'opening', span(o));
    } else {
      add('opening-no-verb', 'opening', span(o));
    }
  } else if (!w0) add('empty', 'other');
  if (o > 0 && a.openingWithAux < o) add('opening-auxiliary', 'opening', span(a.openingWithAux, o));
  if (!a.clauses.some((c) => c.verbs.length)) add('no-verb', 'opening');

  // "Collaborated with the data team to build X", "Contributed to X by fixing Y": the purpose after a
  // partnering verb states the contribution; without one the bullet only says who was near the work.
  const firstVerb = a.clauses[0]?.verb;
  if (firstVerb && PARTNERING.has(firstVerb.base)) {
    const purpose = tokens.findIndex((t, k) => k > o && (t.lower === 'by' || t.lower === 'to') && readVerb(tokens[k + 1]?.text ?? '', extra)?.form === (t.lower === 'by' ? 'gerund' : 'base'));
    if (purpose > 0) add('partnering-with-purpose', 'opening', span(purpose, purpose + 2));
    else add('partnering-without-purpose', 'opening', span(o));
  }

  const weak = matchWeakOpening(a, lexicon.weakOpenings, extra);
  if (weak) {
    const s = span(weak.start, weak.end);
    add('rule:weak-opening', 'opening', s);
    add(`weak:${weak.entry.phrase}`, 'opening', s);
  }

  // --- the main object: head noun, its modifiers, what completes it
  const main = a.clauses.find((c) => c.verbs.length && c.objects.length);
  if (main) {
    const np = main.objects[0];
    const head = tokens[np.head];
    const headWord = normal(head.lower);
    add(`head:${headWord}`, 'object', span(np.head));
    if (vocab.heads.has(headWord)) {
      add('head-generic', 'object', span(np.head));
      // "features using PHP": nothing inside the phrase itself says which features.
      let bareHead = true;
      for (let i = np.start; i < np.end; i++) if (i !== np.head && isSpecificToken(a, i, vocab, extra)) bareHead = false;
      if (bareHead) add('head-generic-bare', 'object', span(np.start, np.end));
    }
    for (let i = np.start; i < np.head; i++) if (!tokens[i].punct) add(`mod:${normal(tokens[i].lower)}`, 'object', span(i));
    // The object's shape, for heads and modifiers no word list knows.
    const headShape = wordShape(head.lower);
    add(`head-shape:${headShape}`, 'object', span(np.head));
    const mods = tokens.slice(np.start, np.head).filter((t) => !t.punct && !DETERMINER_WORDS.has(t.lower));
    const namedMod = tokens.slice(np.start, np.end).some((t, k) => k + np.start !== np.head && isSpecificToken(a, k + np.start, vocab, extra));
    const evaluative = mods.filter((t) => wordShape(t.lower) === 'adjective' || vocab.nonSpecific.has(t.lower)).length;
    const npShape = !mods.length ? 'bare' : namedMod ? 'named' : evaluative === mods.length ? 'evaluative' : 'other';
    add(`np-shape:${npShape}`, 'object', span(np.start, np.end));
    add(`np-shape:${npShape}+${headShape}`, 'object', span(np.start, np.end));
    // The verb and its object together (round eight): "improved" + an abstract bare noun reads
    // otherwise than "built" + a named plural; a linear model cannot form the pair from its parts.
    for (const group of verbClasses) add(`vo:${group}+${npShape}+${headShape}`, 'object', span(np.start, np.end));
    if (main.objects.length > 1 && main.objects.every((o) => wordShape(tokens[o.head].lower) === 'abstract')) add('objects-all-abstract', 'object', span(np.start, objEndOf(main)));
    const objEnd = main.objects[main.objects.length - 1].end;
    let specific = 0;
    for (let i = np.start; i < Math.max(objEnd, main.complement.end); i++) if (isSpecificToken(a, i, vocab, extra)) specific++;
    add(`object-specific:${bucket(specific, [0, 1, 2])}`, 'object', span(np.start, objEnd));
    const quantifier = ` ${tokens.slice(np.start, np.end).map((t) => t.lower).join(' ')} `;
    const named = namedAfter(a, main, vocab, extra);
    if (named) add('object-named-after', 'object', span(np.start, objEnd));
    else if (vocab.paddedQuantifiers.some((q) => quantifier.includes(q))) add('object-quantifier', 'object', span(np.start, np.end));
    if (main.objects.length > 2) add('object-list', 'object', span(np.start, objEnd));
  } else if (a.clauses.some((c) => c.verbs.length)) add('no-object', 'object');
  else {
    // A verbless fragment ("Vendor onboarding & coordination"): the shape of its nouns.
    const words = tokens.map((t, i) => i).filter((i) => i >= o && !tokens[i].punct);
    const abstract = words.filter((i) => wordShape(tokens[i].lower) === 'abstract' || wordShape(tokens[i].lower) === 'gerund');
    if (words.length && abstract.length) add(`fragment-abstract:${bucket(abstract.length / words.length, [0.2, 0.4])}`, 'object', span(abstract[0]));
  }
  // "… to improve reliability": what a purpose clause aims at (a quality, or a named thing).
  const purposeTo = tokens.findIndex((t, k) => k > o + 1 && t.lower === 'to' && readVerb(tokens[k + 1]?.text ?? '', extra)?.form === 'base');
  if (purposeTo > 0) {
    const aim = tokens.slice(purposeTo + 2, purposeTo + 6).findIndex((t) => t.punct || PREPOSITION_WORDS.has(t.lower));
    const end = aim < 0 ? Math.min(tokens.length, purposeTo + 6) : purposeTo + 2 + aim;
    const aimed = tokens.slice(purposeTo + 2, end);
    const shape = aimed.length ? wordShape(aimed[aimed.length - 1].lower) : 'none';
    const named = aimed.some((_, k) => isSpecificToken(a, purposeTo + 2 + k, vocab, extra));
    add(`purpose:${named ? 'named' : shape}`, 'object', span(purposeTo, Math.max(purposeTo + 2, end)));
  }
  const acting = a.clauses.filter((c) => c.verbs.length && c.objects.length);
  if (acting.length) {
    const generic = acting.filter((c) => isGenericClause(a, c, vocab, extra));
    if (generic.length) add('generic-clause-share', 'object', span(generic[0].objects[0].start, generic[0].objects[generic[0].objects.length - 1].end), generic.length / acting.length);
  }

  const generic = findVagueSpans(a, vocab, extra);
  for (const g of generic) add(`rule:${g.why}`, 'object', { start: g.start, end: g.end });

  addRubricFeatures(a, lexicon, main, add, span);

  // --- names, technologies, numbers
  const techTerms = truthyKeysOf(lexicon.techTerms);
  let caps = 0;
  let tech = 0;
  let techLike = 0;
  const specificAll: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) continue;
    if (i !== o && /^\p{Lu}/u.test(t.text) && i > 0 && !/^[.!?;:•–—-]$/.test(tokens[i - 1].text)) caps++;
    if (techTerms.has(t.lower)) tech++;
    if (/[./+#]/.test(t.text.replace(/\.$/, '')) || /\d/.test(t.text)) techLike++;
    if (isSpecificToken(a, i, vocab, extra)) specificAll.push(i);
  }
  add(`capitalised:${bucket(caps, [0, 1, 3])}`, 'other');
  add(`tech:${bucket(tech, [0, 1, 2])}`, 'other');
  add(`tech-like:${bucket(techLike, [0, 1, 2])}`, 'other');
  const words = tokens.filter((t) => !t.punct).length;
  if (words) add('specific-share', 'object', undefined, specificAll.length / words);
  if (main && !hasSpecific(a, main.complement.start, main.complement.end, vocab, extra) && main.complement.end > main.complement.start) add('complement-generic', 'object', { start: tokens[main.complement.start].start, end: tokens[main.complement.end - 1].end });

  const metrics = metricsOf(text);
  if (metrics.length) add('metric', 'other', { start: metrics[0].start, end: metrics[0].end });

  // --- self-description
  const selves = findSelfDescriptions(a, lexicon.buzzwords, extra);
  for (const d of selves) add(`self:${d.kind}`, 'self', { start: d.start, end: d.end });
  // A self-description with no verb anywhere is the whole claim: nothing was done ("Detail-oriented
  // problem solver with a love of tidy code"). The rubric calls that vague whatever else it says.
  if (selves.length && !a.clauses.some((c) => c.verbs.length)) add('self:verbless', 'self', { start: selves[0].start, end: selves[0].end });

  // --- shape
  add(`length:${bucket(words, [6, 12, 20, 30])}`, 'other');
  if (a.clauses.length && a.clauses[a.clauses.length - 1].sentence > 0) add('several-sentences', 'other');

  // --- word n-grams: the model learns which everyday words mark vagueness
  let prev = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) {
      prev = -1;
      continue;
    }
    const group: FeatureGroup = i <= o + 2 ? 'opening' : 'object';
    const w = normal(t.lower);
    add(`w:${w}`, group, span(i), NGRAM_VALUE);
    if (prev >= 0) add(`w2:${normal(tokens[prev].lower)} ${w}`, group, span(prev, i + 1), NGRAM_VALUE);
    prev = i;
  }
  return { analysis: a, features: dedupe(out), weakOpening: weak };
}

/**
 * The keys a property read of `terms` finds truthy (own, or inherited: "constructor"), per terms object
 * (a lexicon's, never changed once built): a Set probe costs less than a keyed read of a
 * several-thousand-key object by a string that is not interned.
 */
const truthyKeys = new WeakMap<object, Set<string>>();
function truthyKeysOf(terms: Record<string, string>): Set<string> {
  let keys = truthyKeys.get(terms);
  if (keys) return keys;
  keys = new Set();
  for (let o: object | null = terms; o; o = Object.getPrototypeOf(o)) for (const k of Object.getOwnPropertyNames(o)) if ((terms as Record<string, unknown>)[k]) keys.add(k);
  truthyKeys.set(terms, keys);
  return keys;
}

/** Prepositions that say how or with what the work was done, not what it was: "features using PHP". */
const TOOL_WORDS = new Set(['using', 'with', 'via', 'through', 'utilizing', 'utilising', 'leveraging', 'in', 'by', 'from']);
/** Nouns of membership or duty that open a verbless bullet: "Core member of…", "Primary responsibility was…". */
const ROLE_NOUNS = new Set(['member', 'part', 'contributor', 'contributions', 'contribution', 'participant', 'responsibility', 'responsibilities', 'responsible', 'role', 'duty', 'duties', 'involvement']);
/** Verbs that carry no action of their own, so a duty noun after them is the claim ("Did my duty in", "Formed part of"). */
const LIGHT_VERBS = new Set(['be', 'do', 'form', 'serve', 'act', 'play', 'take', 'hold', 'become', 'remain', 'work', 'have']);
/** Verbs whose main claim is learning rather than doing (the rubric's "Gained experience / Learned"). */
const LEARNING_VERBS = new Set(['learn', 'study', 'undergo', 'attend', 'observe', 'shadow', 'familiarize', 'familiarise']);

/**
 * Features named after the rubric's own criteria (issue #12, round four), for shapes the lexical
 * signals miss: what completes a generic object (only the tools it was made with, a named domain
 * thing, nothing), a weak opening at the start of a later sentence, a verbless opening built on a
 * duty or membership noun, learning as the main claim, and the writer's own qualities as the object.
 */
export const RUBRIC_FEATURE = /^(generic-object-then:|generic-object-no-domain|object-my|weak-opening-later|opening-duty-noun|opening-learning)/;

function addRubricFeatures(
  a: BulletAnalysis,
  lexicon: Lexicon,
  main: BulletAnalysis['clauses'][number] | undefined,
  add: (name: string, group: FeatureGroup, s?: { start: number; end: number }, value?: number) => void,
  span: (i: number, j?: number) => { start: number; end: number },
): void {
  const tokens = a.tokens;
  const vocab = genericVocabulary(lexicon);
  const extra = lexicon.strongVerbs;
  if (main) {
    const np = main.objects[0];
    const headWord = bare(tokens[np.head].lower);
    const genericHead = vocab.heads.has(headWord) || vocab.nonSpecific.has(headWord);
    let npSpecific = false;
    for (let i = np.start; i < np.end; i++) if (i !== np.head && isSpecificToken(a, i, vocab, extra)) npSpecific = true;
    // What the rest of the clause's sentence adds: walk to the sentence end, noting which kind of
    // phrase each specific word stands in ("using React" is a tool, "for the billing team" a domain).
    const objEnd = main.objects[main.objects.length - 1].end;
    let gov: 'tool' | 'domain' | 'result' = 'domain';
    const kinds = new Set<string>();
    for (let i = objEnd; i < tokens.length && !isSentenceEnd(tokens[i]); i++) {
      const t = tokens[i];
      if (t.punct) {
        if (t.text === ',') gov = 'domain';
        continue;
      }
      const v = readVerb(t.text, extra);
      if (TOOL_WORDS.has(t.lower)) gov = 'tool';
      else if (PREPOSITION_WORDS.has(t.lower) || t.lower === 'to') gov = 'domain';
      else if (v?.form === 'gerund' && tokens[i - 1]?.text === ',') gov = 'result';
      else if (isSpecificToken(a, i, vocab, extra)) kinds.add(/\d/.test(t.text) || !/^\p{L}/u.test(t.text) ? 'number' : gov);
    }
    if (metricsOf(a.text).some((m) => m.start >= tokens[objEnd - 1].end)) kinds.add('metric');
    const s = span(np.start, objEnd);
    if (genericHead && !npSpecific) {
      for (const k of kinds.size ? kinds : ['nothing']) add(`generic-object-then:${k}`, 'object', s);
      if (!kinds.has('domain')) add('generic-object-no-domain', 'object', s);
    }
    // The writer's own qualities as the object: "Improved my typing speed".
    if (tokens.slice(np.start, np.head).some((t) => t.lower === 'my')) add('object-my', 'self', s);
  }
  // A weak opening at the start of a later sentence ("… . Worked on …"): the rubric reads the
  // opening, and a bullet of several sentences has several.
  for (let i = 1; i < tokens.length - 1; i++) {
    if (!isSentenceEnd(tokens[i - 1]) || tokens[i].punct) continue;
    const weak = matchWeakOpening({ ...a, opening: i, openingWithAux: i }, lexicon.weakOpenings, extra);
    if (weak) {
      add('weak-opening-later', 'opening', span(weak.start, weak.end));
      break;
    }
  }
  // "Core member of…", "Primary responsibility was…", "Did my duty in…": an opening built on a duty noun.
  const o = a.opening;
  // After a verb of real work the noun is that verb's object ("Prepared the technical part of the
  // tender", "Trained 6 inspectors responsible for …"); a light verb ("Formed part of") or any verb
  // before "as" ("Contributed as a member of") makes the noun the writer's duty.
  // (A base form opening is as often a noun or an adjective: "Lead member of", "Core member of".)
  const openingVerb = tokens[o] && readVerb(tokens[o].text, extra);
  const workVerbOpens =
    !!openingVerb && (openingVerb.form === 'past' || openingVerb.form === 'third') && !ROLE_NOUNS.has(tokens[o].lower) && !LIGHT_VERBS.has(openingVerb.base) && tokens[o + 1]?.lower !== 'as';
  for (let i = o; !workVerbOpens && i < Math.min(tokens.length - 1, o + 4); i++) {
    const t = tokens[i];
    if (t.punct || (readVerb(t.text, extra) && i > o && !ROLE_NOUNS.has(t.lower))) break;
    if (ROLE_NOUNS.has(t.lower) && /^(of|in|for|to|was|is|resided|included|includes)$/.test(tokens[i + 1].lower)) {
      add('opening-duty-noun', 'opening', span(o, i + 2));
      break;
    }
  }
  const first = tokens[o] && readVerb(tokens[o].text, extra);
  if (first && LEARNING_VERBS.has(first.base)) add('opening-learning', 'opening', span(o));
}

const objEndOf = (c: { objects: { end: number }[] }) => c.objects[c.objects.length - 1].end;

/** One value per name (the first span), so a repeated word counts once. */
function dedupe(features: Feature[]): Feature[] {
  const seen = new Set<string>();
  return features.filter((f) => (seen.has(f.name) ? false : (seen.add(f.name), true)));
}

export function featureVector(features: readonly Feature[]): Map<string, number> {
  return new Map(features.map((f) => [f.name, f.value]));
}

/**
 * Character n-grams (3 to 5 letters) inside each word, marked at the word's edges ("<fea", "res>"):
 * they let the model weigh words it never saw by their parts ("-ization", "-ures", "re-").
 */
export function characterNgrams(text: string, value: number, known?: Readonly<Record<string, number>>): Feature[] {
  // At prediction time only the n-grams the model weighs matter (`known`: its weights).
  if (known) return knownCharacterNgrams(text, value, known).features;
  const out = new Map<string, Feature>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = `<${m[0]}>`;
    for (let n = 3; n <= 5; n++) {
      for (let i = 0; i + n <= w.length; i++) {
        const name = `c:${w.slice(i, i + n)}`;
        if (!out.has(name)) out.set(name, { name, value, group: 'other', span: { start: m.index!, end: m.index! + m[0].length } });
      }
    }
  }
  return [...out.values()];
}

const WORD = /[\p{L}][\p{L}\p{N}'-]*/gu;

/**
 * The model's known n-grams as a trie over UTF-16 code units, stored as a transition table: the child
 * of node `p` by code `c` is `next[p * width + column(c)]` (0: none; the root is nobody's child).
 * Only the code units some known n-gram has get a column, so the table is nodes × a few dozen
 * entries (about half a megabyte for the shipped model); an array read per letter instead of a Map
 * probe. A node that ends a known n-gram has its feature name and weight.
 */
interface GramTrie {
  /** Column of each ASCII code unit (-1: in no known n-gram). */
  ascii: Int16Array;
  /** Columns of the other code units. */
  other: Map<number, number>;
  width: number;
  next: Uint16Array | Uint32Array;
  names: (string | undefined)[];
  weights: number[];
  /** Per node, the last call of knownCharacterNgrams that gave its n-gram (a "seen" set without a Set). */
  seenIn: Uint32Array;
  calls: number;
}
/** Per weights object (a model's weights are never changed once built). */
const tries = new WeakMap<object, GramTrie>();

function gramTrieOf(known: Readonly<Record<string, number>>): GramTrie {
  let trie = tries.get(known);
  if (trie) return trie;
  const grams = Object.keys(known).filter((name) => name.startsWith('c:'));
  // Columns: one per code unit the n-grams use.
  const ascii = new Int16Array(128).fill(-1);
  const other = new Map<number, number>();
  let width = 0;
  for (const name of grams)
    for (let k = 2; k < name.length; k++) {
      const code = name.charCodeAt(k);
      if (code < 128 ? ascii[code] < 0 : !other.has(code)) code < 128 ? (ascii[code] = width++) : other.set(code, width++);
    }
  const column = (code: number) => (code < 128 ? ascii[code] : other.get(code)!);
  // The trie by (node, column) pairs first, then laid out as the table.
  const edges = new Map<number, number>();
  const names: (string | undefined)[] = [undefined];
  const weights: number[] = [0];
  for (const name of grams) {
    let node = 0;
    for (let k = 2; k < name.length; k++) {
      const key = node * width + column(name.charCodeAt(k));
      let next = edges.get(key);
      if (next === undefined) {
        next = names.length;
        edges.set(key, next);
        names.push(undefined);
        weights.push(0);
      }
      node = next;
    }
    names[node] = name;
    weights[node] = known[name];
  }
  const next = names.length < 65536 ? new Uint16Array(names.length * width) : new Uint32Array(names.length * width);
  for (const [key, child] of edges) next[key] = child;
  trie = { ascii, other, width, next, names, weights, seenIn: new Uint32Array(names.length), calls: 0 };
  tries.set(known, trie);
  return trie;
}

/**
 * `characterNgrams(text, value, known)` (the same features in the same order: by word, then by
 * length 3–5, then by position; the first word with an n-gram gives its span) with each feature's
 * weight in `known` beside it, found by walking the trie instead of testing every substring.
 */
export function knownCharacterNgrams(text: string, value: number, known: Readonly<Record<string, number>>): { features: Feature[]; weights: number[] } {
  const trie = gramTrieOf(known);
  const features: Feature[] = [];
  const weights: number[] = [];
  if (++trie.calls === 0xffffffff) {
    trie.seenIn.fill(0);
    trie.calls = 1;
  }
  const call = trie.calls;
  const byLength: number[][] = [[], [], []];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = `<${m[0]}>`;
    byLength[0].length = byLength[1].length = byLength[2].length = 0;
    for (let i = 0; i + 3 <= w.length; i++) {
      let node = 0;
      for (let k = 0; k < 5 && i + k < w.length; k++) {
        const code = w.charCodeAt(i + k);
        const column = code < 128 ? trie.ascii[code] : trie.other.get(code) ?? -1;
        if (column < 0) break;
        const next = trie.next[node * trie.width + column];
        if (next === 0) break;
        node = next;
        if (k >= 2 && trie.names[node] !== undefined) byLength[k - 2].push(node);
      }
    }
    let span: Feature['span'];
    for (const nodes of byLength) {
      for (const node of nodes) {
        if (trie.seenIn[node] === call) continue;
        trie.seenIn[node] = call;
        // One span object per word, shared by its n-grams (nothing changes a feature's span).
        span ??= { start: m.index!, end: m.index! + m[0].length };
        features.push({ name: trie.names[node]!, value, group: 'other', span });
        weights.push(trie.weights[node]);
      }
    }
  }
  return { features, weights };
}
