// Noun forms of soft-skill aliases written as adjectives. Postings (and annotators) name the same
// behaviour as a trait ("proactive", "self-motivated", "open to feedback") or as a noun
// ("proactivity", "self-motivation", "openness to feedback"). Rather than list both, the taxonomy
// derives the noun from the adjective by English suffix rules:
//
//   -ive            → -ivity, -iveness      proactive → proactivity, proactiveness
//   self-…-ated     → self-…-ation          self-motivated → self-motivation
//   self-…-cted     → self-…-ction          self-directed → self-direction
//   ADJ to …        → ADJ-ness to …          eager to learn → eagerness to learn, open to → openness to
//
// The "ADJ to …" rule needs an adjective: a first word that reads as a verb ("adjust to change",
// "adapting to change") is left alone. Only soft skills are derived (hard skills are names, not traits), and a derived form that another
// skill already uses is dropped by the caller.

import { readVerb } from '../nlp/verbs';

/** Noun forms derived from an adjectival alias (none when no rule applies). */
export function derivedNounForms(alias: string): string[] {
  const text = alias.trim();
  if (!text || /[*^?!~]/.test(text)) return [];
  const out: string[] = [];
  const words = text.split(' ');
  if (words.length === 1) {
    const w = words[0];
    if (/^[a-z]+ive$/.test(w) && w.length > 5) out.push(`${w.slice(0, -1)}ity`, `${w}ness`);
    const self = /^self-([a-z]+)(a|c)ted$/.exec(w);
    if (self) out.push(`self-${self[1]}${self[2]}tion`);
  }
  if (words.length >= 3 && words[1] === 'to' && isAdjective(words[0])) {
    out.push([nessOf(words[0]), ...words.slice(1)].join(' '));
  }
  return out.filter((f) => f !== text);
}

function isAdjective(word: string): boolean {
  return /^[a-z]{3,}$/.test(word) && !/(?:ness|ity|ion|ment|ing|ed)$/.test(word) && !readVerb(word);
}

/** "eager" → "eagerness", "ready" → "readiness", "open" → "openness". */
function nessOf(adjective: string): string {
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}iness`;
  return `${adjective}ness`;
}

/**
 * The instrument a technique is run on, for a hard skill named as the technique: "ion chromatography"
 * → "ion chromatograph", "flow cytometry" → "flow cytometer", "electron microscopy" → "electron
 * microscope". Postings ask for either ("time on an ion chromatograph"). Only names of two words or
 * more: a single word's instrument form may be another word ("photography" → "photograph").
 */
export function derivedInstrumentForms(alias: string): string[] {
  const text = alias.trim();
  if (!/\s/.test(text) || /[*^?!~]/.test(text)) return [];
  const m = /^(.+\s)([\p{L}-]*?)(graphy|metry|microscopy)$/u.exec(text);
  if (!m) return [];
  const instrument = m[3] === 'graphy' ? 'graph' : m[3] === 'metry' ? 'meter' : 'microscope';
  return [`${m[1]}${m[2]}${instrument}`];
}
