// Writes the compact WordNet table (scripts/lib/wordnet-table.ts) as a JSON file, for a round that
// ships WordNet features in the judge. Issue #12 round five measured them and did not ship them (see
// docs/vague-detection.md): the eval builds the table in memory instead.
//
//   npx tsx scripts/build-wordnet-features.ts [OUT.json]   (default: wordnet.json in the current folder)
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildWordNetTable } from './lib/wordnet-table';

const file = resolve(process.argv[2] ?? 'wordnet.json');
const table = buildWordNetTable();
writeFileSync(file, JSON.stringify(table, null, 1) + '\n');
const count = (list: string) => list.split(' ').length;
console.log(`wrote ${file}: ${count(table.nouns)} nouns, ${count(table.verbs)} verbs, ${count(table.adjectives)} adjectives, ${(readFileSync(file).length / 1024).toFixed(0)} KB`);
