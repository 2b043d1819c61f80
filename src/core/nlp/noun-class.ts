// What kind of thing a noun names, by its WordNet lexicographer classes (lexicon/noun-classes.ts,
// generated from WordNet by scripts/build-noun-classes.ts): a person, a group, a physical artifact,
// a piece of writing, an act, a quality… A general semantic source instead of a hand list per domain.
// Every class a noun has is kept, ranked, so a rule can pick the sense its verb admits ("Built a driver":
// a device or software, not a person) instead of the noun's most frequent sense.
import { NOUN_CLASS_CODES, NOUN_CLASS_ENTRIES, type NounClass } from '../lexicon/noun-classes';

export type { NounClass };

/** A noun's classes, most weighty first; `dominant` when the first holds more than half its weight. */
export interface NounClasses {
  classes: readonly NounClass[];
  dominant: boolean;
}

let table: Map<string, NounClasses> | undefined;

function entries(): Map<string, NounClasses> {
  if (!table) {
    table = new Map();
    for (const entry of NOUN_CLASS_ENTRIES.split(' ')) {
      const colon = entry.indexOf(':');
      const codes = entry.slice(colon + 1);
      const classes = [...codes].map((c) => NOUN_CLASS_CODES[c.toLowerCase().charCodeAt(0) - 97]);
      table.set(entry.slice(0, colon), { classes, dominant: codes[0] !== codes[0].toLowerCase() });
    }
  }
  return table;
}

/**
 * All the classes of a lower-case noun, singular or plural ("robots", "batches", "studies", "data"),
 * or undefined for a word WordNet's common nouns do not hold (names, jargon, rare words).
 */
export function nounClassesOf(lower: string): NounClasses | undefined {
  const t = entries();
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

/**
 * The dominant class of a lower-case noun (its senses weigh most there, more than half), or undefined
 * for a word without one or unknown to WordNet's common nouns.
 */
export function nounClassOf(lower: string): NounClass | undefined {
  const e = nounClassesOf(lower);
  return e?.dominant ? e.classes[0] : undefined;
}
