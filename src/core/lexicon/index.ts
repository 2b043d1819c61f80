// The word lists every rule reads. Data lives in the sibling files; this module only merges the
// built-ins with the user's extra words from configuration, so there is one place to extend.

import { WEAK_OPENINGS, type WeakOpening } from './weak-openings';
import { STRONG_VERBS } from './strong-verbs';
import { BUZZWORDS } from './buzzwords';
import { FILLERS } from './fillers';
import { GENERIC_NOUNS, VAGUE_QUANTIFIERS } from './generic';
import { TECH_TERMS } from './tech-terms';

export type { WeakOpening };

export interface Lexicon {
  weakOpenings: WeakOpening[];
  /** Strong action verbs, base form ("build", "lead"); inflections are derived. */
  strongVerbs: string[];
  buzzwords: string[];
  fillers: string[];
  genericNouns: string[];
  vagueQuantifiers: string[];
  /** Lower-case spelling → canonical spelling ("javascript" → "JavaScript"). */
  techTerms: Record<string, string>;
}

/** Extra words a user adds in `.bulletproof.json` under `words`. */
export interface LexiconExtension {
  weakOpenings?: string[];
  strongVerbs?: string[];
  buzzwords?: string[];
  fillers?: string[];
  genericNouns?: string[];
  vagueQuantifiers?: string[];
  techTerms?: Record<string, string>;
}

export const DEFAULT_LEXICON: Lexicon = {
  weakOpenings: WEAK_OPENINGS,
  strongVerbs: STRONG_VERBS,
  buzzwords: BUZZWORDS,
  fillers: FILLERS,
  genericNouns: GENERIC_NOUNS,
  vagueQuantifiers: VAGUE_QUANTIFIERS,
  techTerms: TECH_TERMS,
};

export function extendLexicon(base: Lexicon, extra: LexiconExtension | undefined): Lexicon {
  if (!extra) return base;
  const add = (list: string[], more?: string[]) => (more?.length ? [...list, ...more] : list);
  const techTerms: Record<string, string> = { ...base.techTerms };
  for (const [k, v] of Object.entries(extra.techTerms ?? {})) techTerms[k.toLowerCase()] = v;
  return {
    weakOpenings: extra.weakOpenings?.length
      ? [...base.weakOpenings, ...extra.weakOpenings.map((phrase) => ({ phrase, suggestions: [] }))]
      : base.weakOpenings,
    strongVerbs: add(base.strongVerbs, extra.strongVerbs),
    buzzwords: add(base.buzzwords, extra.buzzwords),
    fillers: add(base.fillers, extra.fillers),
    genericNouns: add(base.genericNouns, extra.genericNouns),
    vagueQuantifiers: add(base.vagueQuantifiers, extra.vagueQuantifiers),
    techTerms,
  };
}
