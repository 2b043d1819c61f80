// Is this word a verb, and in which form? Looks the word's candidate base forms up in the strong-verb
// lexicon, the everyday verbs and the verbs of the weak openings. No tagger: bullets are telegraphic
// ("Built X", "Lead Y"), so a verb lexicon plus position is enough to find their clauses.

import { lemmaCandidates, type VerbForm } from '../text/inflect';
import { STRONG_VERBS } from '../lexicon/strong-verbs';
import { WEAK_OPENINGS } from '../lexicon/weak-openings';
import { OTHER_VERBS } from './word-classes';

export interface VerbReading {
  base: string;
  form: VerbForm;
}

const KNOWN = new Set<string>([...STRONG_VERBS, ...OTHER_VERBS]);
for (const w of WEAK_OPENINGS) if (w.verb) KNOWN.add(w.phrase.split(' ')[0]);

const cache = new Map<string, VerbReading | null>();
let extraFor: readonly string[] | undefined;
let extraSet = new Set<string>();

const isKnown = (base: string) => KNOWN.has(base) || extraSet.has(base);

/**
 * The verb reading of a word, or undefined. `extra` adds base forms (the user's strong verbs).
 * Hyphenated verbs ("co-led", "re-architected") are read by their last part.
 */
export function readVerb(word: string, extra?: readonly string[]): VerbReading | undefined {
  if (extra) useExtraVerbs(extra);
  const lower = word.toLowerCase().replace(/’/g, "'");
  const hit = cache.get(lower);
  if (hit !== undefined) return hit ?? undefined;
  let found: VerbReading | undefined;
  const head = lower.includes('-') && !isKnown(lower) ? lower.slice(lower.lastIndexOf('-') + 1) : lower;
  if (/^\p{L}+$/u.test(head) && head.length > 1) {
    for (const c of lemmaCandidates(head)) {
      if (isKnown(c.base)) {
        found = { base: lower === head ? c.base : lower.slice(0, lower.length - head.length) + c.base, form: c.form };
        break;
      }
    }
  }
  if (cache.size > 5000) cache.clear();
  cache.set(lower, found ?? null);
  return found;
}

/**
 * Make `extra` the added verbs that readVerb calls without an `extra` of their own read. A caller
 * whose helpers call readVerb(word) calls this first, so its answers do not depend on which verb set
 * the last caller left.
 */
export function useExtraVerbs(extra: readonly string[]): void {
  if (extra === extraFor) return;
  cache.clear();
  extraFor = extra;
  extraSet = new Set(extra.map((v) => v.toLowerCase()).filter((v) => !KNOWN.has(v)));
}

/** True when both readings can be the same finite tense ("built" and "led"; "build" and "lead"). */
export function sameTense(a: VerbReading, b: VerbReading): boolean {
  return a.form === b.form || (a.form === 'third' && b.form === 'base') || (a.form === 'base' && b.form === 'third');
}
