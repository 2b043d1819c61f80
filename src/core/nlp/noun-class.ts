// What kind of thing a noun names, by its WordNet lexicographer class (lexicon/noun-classes.ts,
// generated from WordNet by scripts/build-noun-classes.ts): a person, a group, a physical artifact,
// a piece of writing, an act, a quality… A general semantic source instead of a hand list per domain.
import { NOUN_CLASS_WORDS, type NounClass } from '../lexicon/noun-classes';

export type { NounClass };

let table: Map<string, NounClass> | undefined;

function classes(): Map<string, NounClass> {
  if (!table) {
    table = new Map();
    for (const [cls, words] of Object.entries(NOUN_CLASS_WORDS) as [NounClass, string][]) for (const w of words.split(' ')) table.set(w, cls);
  }
  return table;
}

/**
 * The class of a lower-case noun, singular or plural ("robots", "batches", "studies", "data"), or
 * undefined for a word WordNet's common nouns do not hold (names, jargon, rare words).
 */
export function nounClassOf(lower: string): NounClass | undefined {
  const t = classes();
  const w = lower.replace(/[^a-z-]/g, '');
  if (w.length < 3) return undefined;
  const direct = t.get(w);
  if (direct) return direct;
  if (!w.endsWith('s') || w.endsWith('ss')) return undefined;
  if (w.endsWith('ses')) return t.get(w.slice(0, -2) + 'is') ?? t.get(w.slice(0, -1)) ?? t.get(w.slice(0, -2));
  if (w.endsWith('ies')) return t.get(w.slice(0, -3) + 'y') ?? t.get(w.slice(0, -1));
  if (/(?:ch|sh|x|ss|z)es$/.test(w)) return t.get(w.slice(0, -2)) ?? t.get(w.slice(0, -1));
  return t.get(w.slice(0, -1));
}
