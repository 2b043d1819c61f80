// Does a bullet open with a duty phrase ("Responsible for", "Helped", "Worked on")? Matches the
// phrases of the weak-opening lexicon at the bullet's opening, in any verb form ("help", "helped",
// "helping"), with "…" gaps ("part of the … team"), and applies each phrase's conditions.

import type { WeakOpening } from '../lexicon/weak-openings';
import { GENERIC_NOUNS, GENERIC_PARTIES } from '../lexicon/generic';
import { lemmaCandidates } from '../text/inflect';
import type { BulletAnalysis } from './clauses';
import { isSentenceEnd, type Token } from './tokens';
import { readVerb, type VerbReading } from './verbs';
import { DETERMINERS, PREPOSITIONS } from './word-classes';

export interface OpeningMatch {
  entry: WeakOpening;
  /** Token indices [start, end) of the phrase, including a skipped auxiliary ("Was responsible for"). */
  start: number;
  end: number;
  /** Form of the phrase's verb as written ("Helped": past), when the phrase starts with one. */
  form?: VerbReading['form'];
}

const MAX_GAP = 4;

interface Pattern {
  entry: WeakOpening;
  words: string[];
}

const patternCache = new WeakMap<readonly WeakOpening[], Pattern[]>();

function patterns(list: readonly WeakOpening[]): Pattern[] {
  let ps = patternCache.get(list);
  if (!ps) {
    ps = list
      .map((entry) => ({ entry, words: entry.phrase.toLowerCase().replace(/\.\.\./g, '…').split(/\s+/).filter(Boolean) }))
      .filter((p) => p.words.length > 0)
      // Longest phrase first, so "work closely with" wins over "work with".
      .sort((x, y) => y.words.length - x.words.length);
    patternCache.set(list, ps);
  }
  return ps;
}

function verbMatches(token: Token, base: string): VerbReading['form'] | undefined {
  for (const c of lemmaCandidates(token.lower)) if (c.base === base) return c.form;
  return undefined;
}

/** Matches `words` at token `i`; returns the index after the match. */
function matchAt(tokens: Token[], i: number, p: Pattern): { end: number; form?: VerbReading['form'] } | undefined {
  let k = i;
  let form: VerbReading['form'] | undefined;
  for (let w = 0; w < p.words.length; w++) {
    const word = p.words[w];
    if (word === '…') {
      const following = p.words[w + 1];
      let gap = 0;
      while (gap < MAX_GAP && tokens[k + gap] && !tokens[k + gap].punct && tokens[k + gap].lower !== following) gap++;
      if (gap === 0 || tokens[k + gap]?.lower !== following) return undefined;
      k += gap;
      continue;
    }
    const t = tokens[k];
    if (!t || t.punct) return undefined;
    if (w === 0 && p.entry.verb) {
      form = verbMatches(t, word);
      if (!form) return undefined;
    } else if (t.lower !== word) return undefined;
    k++;
  }
  return { end: k, form };
}

const PEOPLE_OR_WORK = new Set([...GENERIC_PARTIES, ...GENERIC_NOUNS, 'students', 'student', 'faculty', 'patients', 'guests', 'volunteers', 'interns', 'staff', 'customers', 'residents', 'families', 'children', 'seniors', 'efforts', 'launch', 'rollout', 'migration', 'transition', 'day-to-day', 'daily', 'team']);

/** "Supported the sales team" / "Supported deployment" is helping; "Supported Windows and macOS" is running systems. */
function objectIsPersonOrActivity(tokens: Token[], k: number): boolean {
  while (tokens[k] && DETERMINERS.has(tokens[k].lower)) k++;
  // Look at the first noun-ish word and the head of a short phrase.
  for (let n = k; n < Math.min(tokens.length, k + 4); n++) {
    const t = tokens[n];
    if (t.punct || /^(of|in|for|with|to|across|by|on)$/.test(t.lower)) break;
    if (/\d/.test(t.text) && n === k) continue; // "Supported 200 users"
    if (/^\p{Lu}/u.test(t.text) && !PEOPLE_OR_WORK.has(t.lower)) return false;
    if (PEOPLE_OR_WORK.has(t.lower) || /(?:tion|tions|ment|ments|ance|ing|sis)$/.test(t.lower)) return true;
  }
  return false;
}

/**
 * "with design to build X", "with design on the checkout flow": the first phrase after the partner
 * states what the collaboration produced. "with my teammate through GitHub" does not.
 */
function hasPurpose(tokens: Token[], k: number, extra?: readonly string[]): boolean {
  for (let n = k + 1; n < tokens.length && !isSentenceEnd(tokens[n]); n++) {
    const w = tokens[n].lower;
    if (w === 'to') return readVerb(tokens[n + 1]?.text ?? '', extra)?.form === 'base';
    if (w === 'on' || w === 'by' || w === 'in' || w === 'for') return true;
    if (readVerb(tokens[n].text, extra)?.form === 'gerund') return true;
    if (tokens[n].punct || PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/** The weak phrase the bullet opens with, if any. */
export function matchWeakOpening(a: BulletAnalysis, list: readonly WeakOpening[], extraVerbs?: readonly string[]): OpeningMatch | undefined {
  const i = a.opening;
  if (i >= a.tokens.length) return undefined;
  for (const p of patterns(list)) {
    const m = matchAt(a.tokens, i, p);
    if (!m) continue;
    if (p.entry.unlessPurpose && hasPurpose(a.tokens, m.end, extraVerbs)) return undefined;
    if (p.entry.unlessSystemObject && !objectIsPersonOrActivity(a.tokens, m.end)) return undefined;
    return { entry: p.entry, start: a.openingWithAux, end: m.end, form: m.form };
  }
  return undefined;
}
