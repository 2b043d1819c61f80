// Text copied out of a PDF often loses its ligature glyphs: "software" arrives as "soware",
// "effective" as "eective", "qualifications" as "qualications" — or keeps them as the Unicode
// presentation forms U+FB00–FB06 ("eﬀective"). The forms are spelled out; a lost ligature is put
// back only where the repaired word is a known word (a word of the skills taxonomy, of the word
// classes the linter knows, or one written intact elsewhere in the same text) and the word as
// written is not — there is no dictionary guess beyond that.
//
// A lost ligature is a trace of PDF extraction, and such a paste loses many: "soware", "eective",
// "qualications" together. So the repair runs only where the text shows that trace — presentation
// forms, or at least two different words that are no words as written and known once repaired — and
// never on a word that is English as written ("inks", "asks", "utter" are not "flinks", "flasks", "flutter").

import { knownPostingWords, knownVerbWords } from './known-words';
import { nounClassesOf } from '../nlp/noun-class';

const PRESENTATION_FORMS: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'ft', 'ﬆ': 'st' };
/** Longest first, so "ffi" is tried before "ff" and "fi". */
const LOST = ['ffi', 'ffl', 'ff', 'fi', 'fl', 'ft'];
/** Spells out ligature characters and restores lost ligatures in words that are known repaired. */
export function repairLigatures(text: string): string {
  const hadForms = /[\uFB00-\uFB06]/.test(text);
  let out = hadForms ? text.replace(/[\uFB00-\uFB06]/g, (c) => PRESENTATION_FORMS[c] ?? c) : text;
  const known = knownPostingWords();
  // Words written intact in this text that hold a ligature sequence vouch for their own repairs.
  const local = new Set<string>();
  for (const m of out.matchAll(/[A-Za-z]*f[filt][A-Za-z]*/g)) local.add(m[0].toLowerCase());
  const isKnown = (w: string) => known.has(w) || local.has(w) || (/[^s]s$/.test(w) && known.has(w.slice(0, -1)));
  const repairs = new Map<string, string>();
  let inner = false;
  for (const m of out.matchAll(/\b[A-Za-z]{3,}\b/g)) {
    const lower = m[0].toLowerCase();
    // A run of letters longer than any word is no word that lost a glyph (and trying each place in it takes quadratic time).
    if (lower.length > 30 || repairs.has(lower) || isKnown(lower) || isEnglish(lower)) continue;
    // "camt.053", "pain_001": a word glued to a code's digits is part of the code, not a word that lost a glyph.
    if (/^[._]?\d/.test(out.slice(m.index! + m[0].length, m.index! + m[0].length + 2)) || /[\d_.]$/.test(out.slice(Math.max(0, m.index! - 1), m.index!))) continue;
    const fixed = repairWord(lower, isKnown);
    if (!fixed) continue;
    repairs.set(lower, fixed);
    // "soware" → "software": a glyph lost inside a word leaves a non-word no English word resembles.
    if (fixed[0] === lower[0] && fixed[fixed.length - 1] === lower[lower.length - 1]) inner = true;
  }
  // A glyph some PDFs turn into a space: "Quali cations", "speci cation", "o ce". The two pieces join
  // with the ligature into a known word, and one of them is no word on its own.
  const split = new Map<string, string>();
  for (const m of out.matchAll(/\b([A-Za-z]{1,12}) ([a-z]{1,14})\b/g)) {
    const key = m[0].toLowerCase();
    if (split.has(key)) continue;
    const [left, right] = [m[1].toLowerCase(), m[2]];
    if ((left.length > 1 && (isKnown(left) || isEnglish(left))) && (right.length > 2 && (isKnown(right) || isEnglish(right)))) continue;
    // (A WordNet noun counts as known here: two pieces, one no word, rarely join into a noun by chance.)
    const fixed = LOST.map((lig) => left + lig + right).find((w) => isKnown(w) || !!nounClassesOf(w));
    if (fixed) split.set(key, fixed);
  }
  // One lone repair at a word's edge ("utter" → "flutter") in a text with no other trace of PDF
  // extraction is more likely a word the vocabulary does not hold than a lost glyph.
  if (!hadForms && repairs.size + split.size < 2 && !inner) return out;
  if (split.size) {
    out = out.replace(/\b([A-Za-z]{1,12}) ([a-z]{1,14})\b/g, (pair) => {
      const fixed = split.get(pair.toLowerCase());
      if (!fixed) return pair;
      return pair === pair.toUpperCase() ? fixed.toUpperCase() : pair[0] === pair[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
    });
  }
  out = out.replace(/\b[A-Za-z]{3,}\b/g, (word) => {
    const fixed = repairs.get(word.toLowerCase());
    if (!fixed) return word;
    // Keep the capitalisation of the word as written ("Soware" → "Software", "SOWARE" → "SOFTWARE").
    if (word === word.toUpperCase()) return fixed.toUpperCase();
    return word[0] === word[0].toUpperCase() ? fixed[0].toUpperCase() + fixed.slice(1) : fixed;
  });
  return out;
}

/**
 * A common English word as written: a WordNet noun (singular or plural) or a verb the word lists
 * hold, also in its third-person form ("asks" is "ask").
 */
function isEnglish(lower: string): boolean {
  if (nounClassesOf(lower)) return true;
  const verbs = knownVerbWords();
  const stems = [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, ''), lower.replace(/ies$/, 'y')];
  return stems.some((w) => w.length >= 3 && verbs.has(w));
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
