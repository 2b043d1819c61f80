// Whole-bullet cues measured for the vague-bullet model in round eight of issue #12 (eval-only: none
// raised the cross-validated figure alone, so the shipped judge does not compute them; the one family
// that did, the opening verb's class × the object's shape, moved into src/core/judge/features.ts as
// `vo:` features). Each is a general reading of
// the rubric rather than a word list: does the bullet name anything at all (a capitalised name, a
// technology, a number, a symbol-bearing token), does it end on qualities ("for clarity and
// speed", "ensuring a smooth handover") rather than on a thing, how many evaluative words
// it leans on, and explicit conjunctions of the object's shape with the absence of any name — the
// linear model cannot form "generic head AND nothing named anywhere" from the two alone.
//
// Each family has its own name prefix so `npm run eval -- --only '^\(r8-'` can measure it alone
// (CUE_FAMILIES).
import type { Lexicon } from '../../src/core/lexicon';
import { analysisOfText } from '../../src/core/nlp';
import { nounClassOf } from '../../src/core/nlp/noun-class';
import { genericVocabulary, isSpecificToken } from '../../src/core/nlp/specificity';
import { bare, isSentenceEnd } from '../../src/core/nlp/tokens';
import { readVerb } from '../../src/core/nlp/verbs';
import { DETERMINERS, PREPOSITIONS } from '../../src/core/nlp/word-classes';
import { wordShape, type Feature, type FeatureGroup } from '../../src/core/judge/features';

/** The families of cue features, by name prefix (each measured alone and together by the eval). */
export const CUE_FAMILIES = {
  /** Nothing named anywhere in the bullet, and its conjunctions with the object's shape. */
  unnamed: /^unnamed/,
  /** The bullet's tail (a purpose, a result clause) is made of qualities, not things. */
  qualityTail: /^quality-tail/,
  /** How many quality nouns and evaluative adjectives the bullet leans on. */
  evaluative: /^(qualities|evaluatives):/,
  /** The object head's WordNet class (lexicon/noun-classes), alone and when nothing narrows it. */
  headClass: /^head-class/,
} as const;

/** Nominalised qualities: "scalability", "robustness", "efficiency", "maintainability". */
const QUALITY_ENDING = /(?:ity|ness|ency|ancy|bility)$/;
/** Adjective endings of praise or manner ("seamless", "intuitive", "robust" has none: the noun classes catch few). */
const EVALUATIVE_ENDING = /(?:ful|ive|ous|less|able|ible|-friendly|-driven|-oriented|-ready|-grade|-quality)$/;
/** Words that open a bullet's tail: a purpose, a manner, a result. */
const TAIL_OPENERS = new Set(['for', 'to', 'ensuring', 'improving', 'enhancing', 'boosting', 'increasing', 'enabling', 'resulting', 'leading', 'achieving', 'driving', 'promoting', 'fostering', 'while', 'thereby', 'with']);

const bucket = (n: number, edges: number[]) => {
  for (const e of edges) if (n <= e) return `≤${e}`;
  return `>${edges[edges.length - 1]}`;
};

/** Is the lower-case word a quality (a nominalised property, or a noun WordNet files under attributes)? */
function isQuality(lower: string): boolean {
  const w = bare(lower);
  if (w.length < 5) return false;
  if (QUALITY_ENDING.test(w) || QUALITY_ENDING.test(w.replace(/ies$/, 'y'))) return true;
  const c = nounClassOf(w);
  return c === 'attribute' || c === 'state' || c === 'feeling';
}

const isEvaluative = (lower: string) => EVALUATIVE_ENDING.test(bare(lower)) && bare(lower).length > 5;

export function cueFeatures(text: string, lexicon: Lexicon, base?: readonly Feature[]): Feature[] {
  const a = analysisOfText(text, lexicon);
  const tokens = a.tokens;
  const vocab = genericVocabulary(lexicon);
  const extra = lexicon.strongVerbs;
  const out: Feature[] = [];
  const add = (name: string, group: FeatureGroup, s?: { start: number; end: number }, value = 1) => out.push({ name, value, group, span: s });
  const span = (i: number, j = i + 1) => ({ start: tokens[i].start, end: tokens[Math.max(i, j - 1)].end });
  const o = a.opening;

  // --- does the bullet name anything? A capital (not the opening, not a sentence start), a digit, a
  // symbol inside a word ("Node.js", "C++"), a technology the lexicon knows.
  let named = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || i === o) continue;
    const sentenceStart = i === 0 || isSentenceEnd(tokens[i - 1]) || /^[:;•–—-]$/.test(tokens[i - 1].text);
    if (/\d/.test(t.text) || /[./+#]/.test(t.text.replace(/\.$/, '')) || (Object.hasOwn(lexicon.techTerms, t.lower) && lexicon.techTerms[t.lower])) named++;
    else if (/^\p{Lu}/u.test(t.text) && !sentenceStart && t.lower !== 'i') named++;
  }
  const shapes = (base ?? []).filter((f) => /^(np-shape:[a-z]+\+|head-generic$|head-generic-bare$|head-shape:|vclass:)/.test(f.name)).map((f) => f.name);
  if (!named) {
    add('unnamed', 'object');
    for (const s of shapes) add(`unnamed+${s}`, s.startsWith('vclass') ? 'opening' : 'object');
  }

  // --- the tail: after the main object, a purpose or result phrase made of qualities
  const main = a.clauses.find((c) => c.verbs.length && c.objects.length);
  const from = main ? main.objects[main.objects.length - 1].end : o + 1;
  let tail = -1;
  for (let i = from; i < tokens.length; i++) {
    if (TAIL_OPENERS.has(tokens[i].lower) || (tokens[i - 1]?.text === ',' && readVerb(tokens[i].text, extra)?.form === 'gerund')) {
      tail = i;
      break;
    }
  }
  if (tail >= 0) {
    let content = 0;
    let quality = 0;
    let specific = 0;
    for (let i = tail + 1; i < tokens.length && !isSentenceEnd(tokens[i]); i++) {
      const t = tokens[i];
      if (t.punct || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || /^(and|or|to|of|the|more|better)$/.test(t.lower)) continue;
      if (readVerb(t.text, extra) && !isQuality(t.lower)) continue;
      content++;
      if (isQuality(t.lower) || isEvaluative(t.lower) || wordShape(t.lower) === 'abstract') quality++;
      else if (/\p{Lu}/u.test(t.text) || /\d/.test(t.text)) specific++;
    }
    if (content && quality / content >= 0.5 && !specific) add('quality-tail', 'object', span(tail, Math.min(tokens.length, tail + 4)));
    if (content && quality === content) add('quality-tail:only', 'object', span(tail, Math.min(tokens.length, tail + 4)));
  }

  // --- how many qualities and evaluative adjectives
  let qualities = 0;
  let evaluatives = 0;
  for (let i = o + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct || /\p{Lu}/u.test(t.text.slice(1))) continue;
    if (isQuality(t.lower)) qualities++;
    else if (isEvaluative(t.lower)) evaluatives++;
  }
  add(`qualities:${bucket(qualities, [0, 1, 2])}`, 'object');
  add(`evaluatives:${bucket(evaluatives, [0, 1])}`, 'object');

  // --- the head's WordNet class
  if (main) {
    const np = main.objects[0];
    const head = tokens[np.head];
    const cls = /\d/.test(head.text) ? undefined : nounClassOf(bare(head.lower));
    add(`head-class:${cls ?? 'unknown'}`, 'object', span(np.head));
    let narrowed = false;
    for (let i = np.start; i < np.end; i++) if (i !== np.head && isSpecificToken(a, i, vocab, extra)) narrowed = true;
    if (!narrowed) add(`head-class-bare:${cls ?? 'unknown'}`, 'object', span(np.start, np.end));
  }
  return out;
}
