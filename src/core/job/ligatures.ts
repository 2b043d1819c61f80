// Text copied out of a PDF often loses its ligature glyphs: "software" arrives as "soware",
// "effective" as "eective", "qualifications" as "qualications" — or keeps them as the Unicode
// presentation forms U+FB00–FB06 ("eﬀective"). The forms are spelled out; a lost ligature is put
// back only where the repaired word is a known word (a word of the skills taxonomy, of the word
// classes the linter knows, or one written intact elsewhere in the same text) and the word as
// written is not — there is no dictionary guess beyond that.

import { allSkills } from '../skills';
import { ING_NOUNS, OTHER_VERBS } from '../nlp/word-classes';
import { STRONG_VERBS } from '../lexicon/strong-verbs';

const PRESENTATION_FORMS: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'ft', 'ﬆ': 'st' };
/** Longest first, so "ffi" is tried before "ff" and "fi". */
const LOST = ['ffi', 'ffl', 'ff', 'fi', 'fl', 'ft'];
let vocabulary: Set<string> | undefined;

function knownWords(): Set<string> {
  if (vocabulary) return vocabulary;
  const words = new Set<string>();
  for (const skill of allSkills()) {
    for (const alias of skill.aliases) for (const w of alias.text.toLowerCase().split(/[^a-z]+/)) if (w.length >= 4) words.add(w);
  }
  for (const list of [ING_NOUNS, OTHER_VERBS, STRONG_VERBS]) for (const w of list) words.add(w.toLowerCase());
  return (vocabulary = words);
}

/** Spells out ligature characters and restores lost ligatures in words that are known repaired. */
export function repairLigatures(text: string): string {
  let out = /[\uFB00-\uFB06]/.test(text) ? text.replace(/[\uFB00-\uFB06]/g, (c) => PRESENTATION_FORMS[c] ?? c) : text;
  const known = knownWords();
  // Words written intact in this text that hold a ligature sequence vouch for their own repairs.
  const local = new Set<string>();
  for (const m of out.matchAll(/[A-Za-z]*f[filt][A-Za-z]*/g)) local.add(m[0].toLowerCase());
  const isKnown = (w: string) => known.has(w) || local.has(w) || (/[^s]s$/.test(w) && known.has(w.slice(0, -1)));
  const cache = new Map<string, string | undefined>();
  out = out.replace(/\b[A-Za-z]{3,}\b/g, (word) => {
    const lower = word.toLowerCase();
    if (isKnown(lower)) return word;
    if (!cache.has(lower)) cache.set(lower, repairWord(lower, isKnown));
    const fixed = cache.get(lower);
    if (!fixed) return word;
    // Keep the capitalisation of the word as written ("Soware" → "Software", "SOWARE" → "SOFTWARE").
    if (word === word.toUpperCase()) return fixed.toUpperCase();
    return word[0] === word[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
  return out;
}

/** The one known word that inserting a lost ligature makes of `lower`, if exactly one. */
function repairWord(lower: string, isKnown: (w: string) => boolean): string | undefined {
  const found = new Set<string>();
  for (let i = 0; i <= lower.length; i++) {
    for (const lig of LOST) {
      const candidate = lower.slice(0, i) + lig + lower.slice(i);
      // Repairs short of six letters ("sta" → "staff", "aer" → "after") are too easily wrong.
      if (candidate.length >= 6 && isKnown(candidate)) found.add(candidate);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
