// Finds corpus text copied into the project: any run of 7 words from a bullet in the labeled corpus
// (../shared/corpus bullets.*.jsonl) that also appears in src/, test/, docs/, bench/, examples/ or
// README.md. Examples in the project must be invented, so every hit is a copy to replace.
//
//   npx tsx scripts/check-corpus-copies.ts      exit 1 when a copy is found
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { corpusDir, readBullets } from './lib/corpus';

const N = Number(process.env.N ?? 7);
const ROOT = resolve(import.meta.dirname, '..');
const words = (s: string) => s.toLowerCase().replace(/[’']/g, "'").match(/[\p{L}\p{N}][\p{L}\p{N}'+#.]*/gu)?.map((w) => w.replace(/\.$/, '')) ?? [];
const shingles = (ws: string[]) => Array.from({ length: Math.max(0, ws.length - N + 1) }, (_, i) => ws.slice(i, i + N).join(' '));

const dir = corpusDir();
const source = new Map<string, string>();
for (const f of readdirSync(dir).filter((f) => /^bullets\..*\.jsonl$/.test(f))) {
  for (const b of readBullets(join(dir, f))) for (const s of shingles(words(b.text))) source.set(s, b.id);
}

function* files(path: string): Generator<string> {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return;
  if (st.isFile()) {
    if (/\.(ts|mjs|js|json|jsonl|md|txt|yaml|yml|tex)$/.test(path) && !path.endsWith('model.json')) yield path;
    return;
  }
  for (const name of readdirSync(path)) if (!['node_modules', 'dist', '.git'].includes(name)) yield* files(join(path, name));
}

let hits = 0;
for (const root of ['src', 'test', 'docs', 'bench', 'examples', 'README.md'].map((p) => join(ROOT, p))) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    const lines = text.split('\n');
    const reported = new Set<string>();
    lines.forEach((line, n) => {
      for (const s of shingles(words(line))) {
        const id = source.get(s);
        if (id && !reported.has(id)) {
          reported.add(id);
          hits++;
          console.log(`${relative(ROOT, file)}:${n + 1}: corpus bullet ${id}: "${s}…"`);
        }
      }
    });
  }
}
console.log(hits ? `${hits} copied corpus bullet(s) found.` : 'No corpus text found in the project.');
process.exit(hits ? 1 : 0);
