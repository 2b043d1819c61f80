// The object a weak opening governs ("Responsible for <the weekend rotation>", "Handled <cash and
// returns>"), read for what a replacement verb must fit: the head of each listed item and its kind.
// A replacement verb distributes over every item of a list, so it must fit each; a shared
// arrangement (a rotation, a committee) is something one takes part in, not something one owns.
import { SHARED_BODIES, SHARED_SLOTS, VERB_OBJECT_FIT } from '../lexicon/verb-objects';
import type { BulletAnalysis } from '../nlp/clauses';
import { nounClassesOf } from '../nlp/noun-class';
import { singularNoun } from '../nlp/openings';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PREPOSITIONS } from '../nlp/word-classes';

export interface ObjectHead {
  index: number;
  lower: string;
  /** A name or a word written with a capital or a digit: WordNet's classes do not apply. */
  named: boolean;
}

export interface OpeningObject {
  /** The head of each item of the object, in order ("cash and returns": cash, returns). */
  heads: ObjectHead[];
  /** Whether the first item has a determiner or a number ("the audit", "3 audits"). */
  determined: boolean;
  /** Whether the first item's head takes an "of" complement ("bring-up of the new board"): an action on something. */
  ofComplement: boolean;
}

const MAX_ITEM_WORDS = 5;
const MAX_ITEMS = 6;

function isCoordinator(text: string): boolean {
  return text === ',' || text === 'and' || text === 'or' || text === '&' || text === '/';
}

/**
 * The items of the object starting at token k: each a few words up to a preposition, a conjunction
 * or punctuation, its last word the head. "of" ends an item's head ("the migration of records" is a
 * migration). Undefined when nothing nominal follows.
 */
export function openingObject(a: BulletAnalysis, k: number): OpeningObject | undefined {
  const heads: ObjectHead[] = [];
  let n = k;
  let determined = false;
  let ofComplement = false;
  for (let item = 0; item < MAX_ITEMS; item++) {
    while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) {
      if (item === 0) determined = true;
      n++;
    }
    let head: ObjectHead | undefined;
    for (let seen = 0; seen < MAX_ITEM_WORDS && n < a.tokens.length; seen++, n++) {
      const t = a.tokens[n];
      if (t.punct || PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'to' || isCoordinator(t.lower)) break;
      // "rotation every 6 weeks", "reports each month": a determiner after the item's first word opens
      // a time adverbial, not more of the item.
      if (seen > 0 && DETERMINERS.has(t.lower)) break;
      if (item === 0 && seen === 0 && /^\d/.test(t.text)) determined = true;
      head = { index: n, lower: t.lower, named: /\p{Lu}|\d/u.test(t.text) };
    }
    if (!head) break;
    heads.push(head);
    // Past "of" and its complement, to the next item: "planning of lessons, grading".
    if (a.tokens[n]?.lower === 'of') {
      if (item === 0) ofComplement = true;
      n++;
      while (a.tokens[n] && !a.tokens[n].punct && !isCoordinator(a.tokens[n].lower) && !PREPOSITIONS.has(a.tokens[n].lower)) n++;
    }
    let next = n;
    while (a.tokens[next] && isCoordinator(a.tokens[next].lower)) next++;
    if (next === n || !a.tokens[next] || a.tokens[next].punct) break;
    // "the returns process, resolving discrepancies": a comma with no "and" or "or" after it ends the
    // object; what follows is another clause, not an item.
    if (a.tokens.slice(n, next).every((t) => t.text === ',') && !listGoesOn(a, next)) break;
    // "development and served as lead": a second verb of the writer's, not an item.
    const v = readVerb(a.tokens[next].text);
    if (v && v.form === 'past' && !nounClassesOf(a.tokens[next].lower)) break;
    n = next;
  }
  return heads.length ? { heads, determined, ofComplement } : undefined;
}

/** An "and" or an "or" later in the sentence: the comma before `k` separates items of a list. */
function listGoesOn(a: BulletAnalysis, k: number): boolean {
  for (let n = k; n < a.tokens.length; n++) {
    const t = a.tokens[n];
    if (t.lower === 'and' || t.lower === 'or' || t.text === '&') return true;
    if (t.punct && t.text !== ',' && t.text !== '-' && t.text !== '/') return false;
  }
  return false;
}

/** Does `verb` (a base form, perhaps with a preposition) take an object with this head? Verbs outside the table are not judged. */
export function verbFitsHead(verb: string, head: ObjectHead): boolean {
  const fit = VERB_OBJECT_FIT[verb.split(' ')[0]];
  if (!fit) return true;
  if (fit.noActivity && !head.named && /[a-z]{3}ing$/.test(head.lower)) return false;
  const known = head.named ? undefined : nounClassesOf(head.lower);
  if (!known) return fit.unknownOk;
  // An agent noun ("indexer", "exporter", "driver") names a tool as often as a person: a verb that
  // makes things takes it whatever WordNet ranks first.
  if (fit.takes.includes('artifact') && /(?:er|or)s?$/.test(head.lower)) return true;
  // People first and foremost ("patients", "customers"): a verb that does not take people does not fit,
  // whatever their second sense ("patient" is also a grammatical role).
  if (known.dominant && known.classes[0] === 'person') return fit.takes.includes('person');
  // Its two weightiest senses: WordNet ranks "disposal" an attribute first, an act second.
  return known.classes.slice(0, 2).some((c) => fit.takes.includes(c));
}

/** The replacement verb fits every item of the list it distributes over. */
export function verbFitsObject(verb: string, object: OpeningObject | undefined): boolean {
  return !object || object.heads.every((h) => verbFitsHead(verb, h));
}

/**
 * "the weekend on-call rotation", "the infection control committee": a shared arrangement. A slot one
 * takes turns in (covered), or a body or a gathering one sits in.
 */
export function sharedArrangement(object: OpeningObject | undefined): 'slot' | 'body' | undefined {
  const head = object?.heads[0];
  if (!head || head.named) return undefined;
  const w = singularNoun(head.lower);
  if (SHARED_SLOTS.has(w)) return 'slot';
  if (SHARED_BODIES.has(w)) return 'body';
  return undefined;
}

/**
 * "restocking, pricing and facing", "mixing reagents": an -ing word the verb lexicon could not
 * rewrite, which WordNet's nouns do not hold or which takes an object of its own, is an action the
 * writer names; a verb put before it ("Owned mixing reagents") reads wrongly.
 */
export function opensWithUnknownGerund(a: BulletAnalysis, k: number): boolean {
  const t = a.tokens[k];
  if (!t || t.punct || !/ing$/.test(t.lower) || t.lower.length <= 5 || ING_NOUNS.has(t.lower)) return false;
  if (!nounClassesOf(t.lower)) return true;
  const next = a.tokens[k + 1];
  return !!next && !next.punct && !PREPOSITIONS.has(next.lower) && !isCoordinator(next.lower) && next.lower !== 'of' && next.lower !== 'to';
}
