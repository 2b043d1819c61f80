// The verb a bullet opens with, its base form and its tense, for the tense and repetition rules.
// A word counts as a verb when one of its base-form candidates is a known verb (the strong-verb list,
// the weak-opening suggestions, the verb alternatives); words that are often nouns or adjectives at
// the start of a line ("Lead engineer …", "Distributed systems …") count only when a verb-like word
// follows. Stack names never count, since they are not in any verb list.
import type { Bullet } from '../document/types';
import type { Lexicon } from '../lexicon';
import { VERB_ALTERNATIVES } from '../lexicon/verb-alternatives';
import { ADJECTIVE_LIKE_PAST, NOUN_LIKE_VERBS, VERB_CUES } from '../lexicon/ambiguous-verbs';
import { NOUN_DOMINANT_VERBS } from '../lexicon/noun-dominant-verbs';
import { lemmaCandidates, pastTense, type VerbForm } from '../text/inflect';
import { words } from '../text/words';

/** Up to three words and a colon (or a spaced dash) open a label line: "Source Code: …", "Tech Stack - …". */
const LABEL = /^\s*[\p{L}][\p{L}\p{N}&/+.'’-]*(?:\s+[\p{L}\p{N}&/+.'’-]+){0,2}\s*(?::|\s[-–—|]\s)/u;

export interface OpeningVerb {
  /** Plain-text offsets of the verb in the bullet. */
  start: number;
  end: number;
  text: string;
  base: string;
  form: VerbForm;
  /** Base and past spelled alike ("Cut", "Set", "Read"): the tense cannot be told. */
  ambiguousTense: boolean;
}

const verbSets = new WeakMap<Lexicon, Set<string>>();

/** Every base-form verb the lexicon knows. */
export function knownVerbs(lexicon: Lexicon): ReadonlySet<string> {
  let set = verbSets.get(lexicon);
  if (!set) {
    set = new Set<string>();
    const add = (v: string) => {
      const w = v.trim().toLowerCase();
      if (w && !w.includes(' ')) set!.add(w);
    };
    lexicon.strongVerbs.forEach(add);
    for (const w of lexicon.weakOpenings) w.suggestions.forEach(add);
    for (const [verb, alternatives] of Object.entries(VERB_ALTERNATIVES)) {
      add(verb);
      alternatives.forEach(add);
    }
    verbSets.set(lexicon, set);
  }
  return set;
}

/** "every month", "each shift": a time adverbial, not the object a verb acts on. */
const TIME_UNIT = /^(?:day|week|month|quarter|year|shift|morning|evening|night|weekend|season|semester|term|sprint|cycle)s?$/;

/** A word after an ambiguous opening ("Stock", "Lead") that shows it is a verb: "Stock the …", "Lead 3 …". */
export function isVerbCue(word: string | undefined, next: string | undefined): boolean {
  if (!word) return false;
  if ((word === 'every' || word === 'each') && next && TIME_UNIT.test(next)) return false;
  return VERB_CUES.has(word) || /^\d/.test(word) || /^[a-z]+ly$/.test(word);
}

interface Analysis {
  base: string;
  form: VerbForm;
  ambiguousTense: boolean;
  /** The word is a verb only when a verb-like word follows it. */
  needsCue: boolean;
}

/** Per verb set: word → its analysis (null when it is not a verb). Bullets repeat opening words a lot. */
const analyses = new WeakMap<ReadonlySet<string>, Map<string, Analysis | null>>();

function analyse(word: string, lower: string, verbs: ReadonlySet<string>): Analysis | null {
  const candidates = lemmaCandidates(word);
  // "Found" is the base of "found" and the past of "find", "Wound" of "wound" and "wind": the tense cannot be told.
  const pastOfAnother = (base: string) => candidates.some((c) => c.form === 'past' && c.base !== base && pastTense(c.base).toLowerCase() === lower);
  for (const { base, form } of candidates) {
    if (!verbs.has(base)) continue;
    // Regular -ed guesses must spell back to the word ("designed" ← "design", not "designe").
    if (form === 'past' && pastTense(base).toLowerCase() !== lower) continue;
    const needsCue =
      ((form === 'base' || form === 'third') && nounLikeVerb(base)) ||
      (form === 'past' && ADJECTIVE_LIKE_PAST.has(lower));
    return { base, form, ambiguousTense: pastTense(base).toLowerCase() === base || (form === 'base' && pastOfAnother(base)), needsCue };
  }
  return null;
}

/** A verb that is also a common noun at a line's start ("Lead engineer …", "Stock management …"). */
export function nounLikeVerb(base: string): boolean {
  return NOUN_LIKE_VERBS.has(base) || NOUN_DOMINANT_VERBS.has(base);
}

/** The bullet's opening verb, or undefined when the bullet does not open with a known verb. A word that is
 * as often a noun ("Build", "Design") counts only with a verb-like word after it, or when `cued`. */
export function openingVerb(bullet: Bullet, verbs: ReadonlySet<string>, cued = false, afterLabel = false): OpeningVerb | undefined {
  const ws = words(bullet.text.slice(0, 80));
  const first = ws[0];
  if (!first || !/^[A-Za-z][a-z-]*$/.test(first.text)) return undefined;
  // "Lead: payments team", "Design — Figma", "Source Code: …", "Live Demo - …": a label, not a verb.
  // What follows the label may open with one ("Rate quote API: Build and own …", as a LaTeX item's
  // title and text print): that verb opens the bullet.
  const label = LABEL.exec(bullet.text);
  // (A finite verb only: "Front desk: scheduling, invoicing" lists duties under its label.)
  if (label && !afterLabel) {
    const rest = openingVerb({ ...bullet, text: bullet.text.slice(label[0].length) }, verbs, false, true);
    return rest && rest.form !== 'gerund' ? { ...rest, start: rest.start + label[0].length, end: rest.end + label[0].length } : undefined;
  }
  if (/^\s*[:—–|]/.test(bullet.text.slice(first.end)) || label) return undefined;
  let cache = analyses.get(verbs);
  if (!cache) analyses.set(verbs, (cache = new Map()));
  let a = cache.get(first.lower);
  if (a === undefined) cache.set(first.lower, (a = analyse(first.text, first.lower, verbs)));
  // `cued`: the caller knows from the bullet's neighbours that it opens with a verb.
  if (!a || (a.needsCue && !cued && !isVerbCue(ws[1]?.lower, ws[2]?.lower))) return undefined;
  return { start: first.start, end: first.end, text: first.text, base: a.base, form: a.form, ambiguousTense: a.ambiguousTense };
}
