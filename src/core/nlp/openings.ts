// Does a bullet open with a duty phrase ("Responsible for", "Helped", "Worked on")? Matches the
// phrases of the weak-opening lexicon at the bullet's opening, in any verb form ("help", "helped",
// "helping"), with "…" gaps ("part of the … team"), and applies each phrase's conditions.

import type { WeakOpening } from '../lexicon/weak-openings';
import { GENERIC_PARTIES } from '../lexicon/generic';
import { lemmaCandidates } from '../text/inflect';
import type { BulletAnalysis } from './clauses';
import { isAdverb, isSentenceEnd, type Token } from './tokens';
import { readVerb, type VerbReading } from './verbs';
import { DETERMINERS, PREPOSITIONS } from './word-classes';

export interface OpeningMatch {
  entry: WeakOpening;
  /** Token indices [start, end) of the phrase, including a skipped auxiliary ("Was responsible for"). */
  start: number;
  end: number;
  /** Form of the phrase's verb as written ("Helped": past), when the phrase starts with one. */
  form?: VerbReading['form'];
  /** Words inside the phrase that are not the phrase's own (an aside, an adverb): replacing the phrase would drop them. */
  interrupted?: boolean;
}

const MAX_GAP = 4;
/** Modifiers a verbless phrase's noun may carry before it ("Broad hands-on experience with"). */
const MAX_MODIFIERS = 3;
/** The verbless phrases whose first word is a noun that takes modifiers. */
const NOUN_PHRASES = /^(?:experience|exposure|knowledge|familiarity|understanding|hands-on)$/;

interface Pattern {
  entry: WeakOpening;
  words: string[];
}

/** Patterns by their first word (a verb's base form for verb phrases), longest phrase first. */
const indexCache = new WeakMap<readonly WeakOpening[], Map<string, Pattern[]>>();

function patternIndex(list: readonly WeakOpening[]): Map<string, Pattern[]> {
  let index = indexCache.get(list);
  if (!index) {
    index = new Map();
    const ps = list
      .map((entry) => ({ entry, words: entry.phrase.toLowerCase().replace(/\.\.\./g, '…').split(/\s+/).filter(Boolean) }))
      .filter((p) => p.words.length > 0)
      // Longest phrase first, so "work closely with" wins over "work with".
      .sort((x, y) => y.words.length - x.words.length);
    for (const p of ps) {
      const list = index.get(p.words[0]) ?? [];
      list.push(p);
      index.set(p.words[0], list);
    }
    indexCache.set(list, index);
  }
  return index;
}

/**
 * ", along with two interns," between a phrase's words: a comma-enclosed aside of a few words.
 * Returns the index after the closing comma, or `k` when there is none.
 */
function skipAside(tokens: Token[], k: number): number {
  if (tokens[k]?.text !== ',') return k;
  for (let n = k + 1; n < Math.min(tokens.length, k + 10); n++) {
    if (tokens[n].text === ',') return n > k + 1 ? n + 1 : k;
    if (tokens[n].punct && tokens[n].text !== '-') return k;
  }
  return k;
}

/** Matches `words` at token `i` (whose first word is already known to match, in `form`); returns the index after the match. */
function matchAt(tokens: Token[], i: number, p: Pattern, form: VerbReading['form'] | undefined, nominal = false): { end: number; form?: VerbReading['form']; interrupted?: boolean } | undefined {
  let k = i;
  let interrupted = false;
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
    if (w > 0) {
      // Between a phrase's words: an aside ("Responsible, with two others, for") or an adverb
      // ("Worked actively on"), neither of which changes what the phrase says.
      const before = k;
      k = skipAside(tokens, k);
      // An adverb may stand inside a duty phrase ("Worked actively on").
      if (isAdverb(tokens[k]) && tokens[k].lower !== word) k++;
      if (k !== before) interrupted = true;
    }
    const t = tokens[k];
    // "part of the … team" also reads "part of … team": a determiner before a gap may be left out.
    if (w > 0 && DETERMINERS.has(word) && p.words[w + 1] === '…' && t && t.lower !== word && !t.punct) continue;
    if (!t || t.punct) return undefined;
    if (w === 0) {
      if (p.entry.verb ? !form && !nominal : t.lower !== word) return undefined;
    } else if (t.lower !== word) return undefined;
    k++;
  }
  return { end: k, form, interrupted: interrupted || undefined };
}

/** What a person supports when they run it rather than help with it: "Supported 40 Linux servers". */
const SYSTEMS = new Set([
  'server', 'servers', 'system', 'systems', 'laptop', 'laptops', 'device', 'devices', 'machine', 'machines',
  'computer', 'computers', 'workstation', 'workstations', 'network', 'networks', 'infrastructure', 'environment',
  'environments', 'hardware', 'software', 'application', 'applications', 'app', 'apps', 'platform', 'platforms',
  'database', 'databases', 'cluster', 'clusters', 'printer', 'printers', 'tool', 'tools', 'equipment', 'phones',
  'endpoints', 'accounts', 'sites', 'websites', 'stores', 'locations', 'offices', 'branches', 'codebase',
]);

/** A noun for systems one keeps running ("servers", "the platform"): supporting one is its upkeep. */
export function isSystemNoun(lower: string): boolean {
  return SYSTEMS.has(lower);
}

/**
 * "Supported the sales team", "Supported deployment", "Supported 200 users" is helping; "Supported
 * Windows and macOS" or "Supported 40 Linux servers" is running systems. Helping unless the object
 * names a system: a capitalised name or technology, or a system noun.
 */
function objectIsPersonOrActivity(tokens: Token[], k: number): boolean {
  for (let n = k; n < Math.min(tokens.length, k + 5); n++) {
    const t = tokens[n];
    if (t.punct && t.text !== '/') break;
    if (/^(of|in|for|with|to|across|by|on|and|or|during|at)$/.test(t.lower)) break;
    if (/^\p{Lu}/u.test(t.text) && !GENERIC_PARTIES.includes(t.lower) || SYSTEMS.has(t.lower)) return false;
  }
  return true;
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
    // A list of partners ("with PMs, designers, and QA to ship X") runs on past its commas.
    if (tokens[n].text === ',' || tokens[n].text === '&') continue;
    if (tokens[n].punct || PREPOSITIONS.has(w)) return false;
  }
  return false;
}

/** A plural noun's singular, by its last "s" ("contributions" → "contribution"); "process", "analysis" keep theirs. */
export function singularNoun(lower: string): string {
  return lower.endsWith('s') && !lower.endsWith('ss') && !lower.endsWith('ysis') ? lower.slice(0, -1) : lower;
}

/**
 * The verbs a nominalisation may come from, by English's regular derivations: "participation" →
 * "participate", "contributions" → "contribute", "assistance" → "assist", "involvement" → "involve".
 * A duty phrase reads the same as a noun ("Participation in X" is "Participated in X").
 */
export function nominalBases(lower: string): string[] {
  const w = singularNoun(lower);
  const out: string[] = [];
  if (w.endsWith('ion') && w.length > 6) out.push(w.slice(0, -3) + 'e', w.slice(0, -3));
  if (/(?:ance|ence)$/.test(w) && w.length > 7) out.push(w.slice(0, -4));
  if (w.endsWith('ment') && w.length > 7) out.push(w.slice(0, -4));
  // Derivations that change the stem: analysis → analyze, reduction → reduce, maintenance →
  // maintain, administration → administer.
  if (w.endsWith('ysis')) out.push(w.slice(0, -4) + 'yze');
  if (w.endsWith('uction')) out.push(w.slice(0, -6) + 'uce');
  if (w.endsWith('enance')) out.push(w.slice(0, -6) + 'ain');
  if (w.endsWith('stration')) out.push(w.slice(0, -8) + 'ster');
  return out;
}

/** The weak phrase the bullet opens with, if any. */
export function matchWeakOpening(a: BulletAnalysis, list: readonly WeakOpening[], extraVerbs?: readonly string[]): OpeningMatch | undefined {
  const i = a.opening;
  const first = a.tokens[i];
  if (!first || first.punct) return undefined;
  const index = patternIndex(list);
  // Candidate first words: the word itself, and the base forms it may inflect ("helped" → "help").
  const candidates: { key: string; form?: VerbReading['form']; nominal?: boolean }[] = [{ key: first.lower }];
  for (const c of lemmaCandidates(first.lower)) if (index.has(c.base)) candidates.push({ key: c.base, form: c.form });
  for (const base of nominalBases(first.lower)) if (index.has(base)) candidates.push({ key: base, nominal: true });
  const matches: { p: Pattern; end: number; form?: VerbReading['form']; interrupted?: boolean }[] = [];
  for (const c of candidates) {
    for (const p of index.get(c.key) ?? []) {
      if (c.nominal && !p.entry.verb) continue;
      const m = matchAt(a.tokens, i, p, p.entry.verb ? c.form : undefined, c.nominal);
      if (m) matches.push({ p, ...m });
    }
  }
  // "Extensive hands-on lab experience with X", "Solid exposure to Y": a verbless phrase ("experience
  // with") may come after a few modifiers of its noun, and says the same.
  if (!matches.length) {
    for (let k = i + 1; k <= i + MAX_MODIFIERS && k < a.tokens.length; k++) {
      const skipped = a.tokens[k - 1];
      if (skipped.punct || DETERMINERS.has(skipped.lower) || PREPOSITIONS.has(skipped.lower) || readVerb(skipped.text, extraVerbs)?.form === 'past') break;
      for (const p of index.get(a.tokens[k].lower) ?? []) {
        if (p.entry.verb || !NOUN_PHRASES.test(p.words[0])) continue;
        const m = matchAt(a.tokens, k, p, undefined);
        // The modifiers are the writer's words: a replacement of the phrase would drop them.
        if (m) matches.push({ p, ...m, interrupted: true });
      }
    }
  }
  // The longest phrase wins.
  matches.sort((x, y) => y.end - x.end || y.p.words.length - x.p.words.length);
  const best = matches[0];
  if (!best) return undefined;
  if (best.p.entry.unlessPurpose && hasPurpose(a.tokens, best.end, extraVerbs)) return undefined;
  if (best.p.entry.unlessSystemObject && !objectIsPersonOrActivity(a.tokens, best.end)) return undefined;
  return { entry: best.p.entry, start: a.openingWithAux, end: best.end, form: best.form, interrupted: best.interrupted };
}
