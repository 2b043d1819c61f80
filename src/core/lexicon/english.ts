// "Is this an English word?" and "which English words is it one slip away from?", over the Hunspell
// en-US and en-GB dictionaries compiled by scripts/build-english-words.mjs (lexicon/english-words.ts).
// The word sets are decoded on first use, once per process (tens of milliseconds), not at import: a
// CLI run or a server that never lints prose does not pay for them.
import { ACCEPTED, NAMES, SUGGESTED } from './english-words';
import { WORDNET_TERMS } from './wordnet-terms';
import { RARE_WORDS } from './rare-words';

/** Lower-case en-US words, each with how common it is (1–3: among the 30,000, 10,000, 3,000 commonest; 0: rarer). */
let suggested: Map<string, number> | undefined;
/** Other lower-case words: British spellings, NOSUGGEST words. */
let accepted: Set<string> | undefined;
/** Words the dictionaries write only capitalised, lower-cased. */
let names: Set<string> | undefined;

/**
 * Decodes a front-coded list (see the generator): a length character, the word's own tail, and in
 * SUGGESTED a frequency mark (! # $). Three disjoint collections, not one merged copy: copying 80,000
 * words twice cost as much as decoding them.
 */
function decode(coded: string, add: (word: string, band: number) => void): void {
  let prev = '';
  const n = coded.length;
  for (let i = 0; i < n; ) {
    const shared = coded.charCodeAt(i) - 48;
    let j = i + 1;
    for (; j < n; j++) {
      const c = coded.charCodeAt(j);
      if (c < 97 && c !== 45) break; // a length character or a mark: letters are a–z, and the hyphen
    }
    const word = prev.slice(0, shared) + coded.slice(i + 1, j);
    const mark = coded.charCodeAt(j);
    const band = mark === 33 ? 1 : mark === 35 ? 2 : mark === 36 ? 3 : 0;
    add(word, band);
    prev = word;
    i = band ? j + 1 : j;
  }
}

function load(): void {
  const s = (suggested = new Map());
  decode(SUGGESTED, (w, band) => s.set(w, band));
  const a = (accepted = new Set());
  decode(ACCEPTED, (w) => a.add(w));
  const n = (names = new Set());
  decode(NAMES, (w) => n.add(w));
}

/** Decodes the word lists now (tens of milliseconds) rather than on the first check: for idle time. */
export function loadEnglishWords(): void {
  if (!suggested) load();
}

/** A lower-case word any of the dictionaries accepts: American, British, a proper noun written in lower case. */
export function isEnglishWord(lower: string): boolean {
  if (!suggested) load();
  return suggested!.has(lower) || accepted!.has(lower) || names!.has(lower);
}

let terms: Set<string> | undefined;
let rare: Set<string> | undefined;

/** `lower` or a regular inflection of it read back to a lemma `has` holds ("deciles", "titrated"). */
function inflectionOf(lower: string, has: (w: string) => boolean): boolean {
  if (has(lower)) return true;
  const stems = [
    /ies$/.test(lower) && lower.slice(0, -3) + 'y',
    /(?:s|x|z|ch|sh)es$/.test(lower) && lower.slice(0, -2),
    /[^s]s$/.test(lower) && lower.slice(0, -1),
    /ed$/.test(lower) && lower.slice(0, -2),
    /ed$/.test(lower) && lower.slice(0, -1),
    /ing$/.test(lower) && lower.slice(0, -3),
    /ing$/.test(lower) && lower.slice(0, -3) + 'e',
  ];
  return stems.some((s) => !!s && s.length >= 4 && has(s));
}

/**
 * A real word too rare for the dictionaries and WordNet ("robusta", "parkade"), or its regular
 * inflection: SCOWL size 80, kept where a slip of a common word could be read in it
 * (scripts/build-rare-words.ts). Accepted, never suggested.
 */
export function isRareWord(lower: string): boolean {
  if (!rare) {
    const r = (rare = new Set());
    decode(RARE_WORDS, (w) => r.add(w));
  }
  return inflectionOf(lower, (w) => rare!.has(w));
}

/**
 * A term WordNet lists and the spelling dictionaries lack ("decile", "hyperopia"), or its regular
 * inflection ("deciles", "titrated"): a real word of some field, though too rare to suggest.
 */
export function isWordNetTerm(lower: string): boolean {
  if (!terms) {
    const t = (terms = new Set());
    decode(WORDNET_TERMS, (w) => t.add(w));
  }
  return inflectionOf(lower, (w) => terms!.has(w));
}

/** A word the dictionaries write in lower case, American or British: no names ("barr"). */
export function isCommonWord(lower: string): boolean {
  if (!suggested) load();
  return suggested!.has(lower) || accepted!.has(lower);
}

/** A lower-case en-US word the dictionary would suggest (no proper nouns, no British spellings). */
export function isSuggestableWord(lower: string): boolean {
  if (!suggested) load();
  return suggested!.has(lower);
}

/** How common a suggestable word is in spoken English: 3 (top 3,000), 2 (top 10,000), 1 (top 30,000), else 0. */
export function wordBand(lower: string): number {
  if (!suggested) load();
  return suggested!.get(lower) ?? 0;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiouy';
/** Consonants written for one another by sound: c/s/k/z ("proses"), g/j, f/v, d/t, b/p, m/n. */
const SOUND_PAIRS = ['cs', 'ck', 'sz', 'cz', 'kq', 'cq', 'gj', 'fv', 'dt', 'bp', 'mn', 'xs', 'xz'];
function soundAlike(a: string, b: string): boolean {
  return SOUND_PAIRS.includes(a + b) || SOUND_PAIRS.includes(b + a);
}
/** Neighbouring keys on a QWERTY keyboard: hitting the key beside the right one is the commonest wrong letter. */
const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
function besideOnKeyboard(a: string, b: string): boolean {
  const pos = (c: string) => {
    const row = ROWS.findIndex((r) => r.includes(c));
    return [row, ROWS[row].indexOf(c) + row * 0.5];
  };
  const [ra, ca] = pos(a);
  const [rb, cb] = pos(b);
  return Math.abs(ra - rb) <= 1 && Math.abs(ca - cb) <= 1;
}

/**
 * The en-US words one typing slip away from `lower` (two letters swapped, a letter left out, a key
 * beside the right one, a doubled letter, another wrong letter, an extra letter), best first. The first
 * letter is kept: a slip rarely changes it, and a word that differs there is usually another word
 * ("zorbit", "orbit"). A word of fewer than seven letters whose only neighbours are a wrong letter
 * away, or a letter too many, has too many neighbours to be a slip of one ("vexel", "vowel"). At most `limit`.
 */
/** The ways English spells a vowel sound, for a run of vowels written the wrong way. */
const VOWEL_SPELLINGS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ee', 'ei', 'ie', 'ou', 'oo'];

/** The words made by doubling one single consonant or singling one doubled consonant (not the first letter). */
function doublingToggles(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const c = word[i];
    if (VOWELS.includes(c) || !/[a-z]/.test(c)) continue;
    if (word[i + 1] === c) out.push(word.slice(0, i) + word.slice(i + 1));
    else if (word[i - 1] !== c) out.push(word.slice(0, i) + c + word.slice(i));
  }
  return out;
}

export function nearWords(lower: string, limit = 4): string[] {
  if (!suggested) load();
  const words = suggested!;
  const found = new Map<string, number>();
  const add = (w: string, rank: number) => {
    if (w.length < 2 || w[0] !== lower[0] || !words.has(w)) return;
    const had = found.get(w);
    if (had === undefined || rank < had) found.set(w, rank);
  };
  const n = lower.length;
  for (let i = 0; i + 1 < n; i++) if (lower[i] !== lower[i + 1]) add(lower.slice(0, i) + lower[i + 1] + lower[i] + lower.slice(i + 2), 0);
  for (let i = 0; i <= n; i++) for (const c of LETTERS) add(lower.slice(0, i) + c + lower.slice(i), 1);
  for (let i = 0; i < n; i++) {
    add(lower.slice(0, i) + lower.slice(i + 1), i > 0 && lower[i - 1] === lower[i] ? 2 : 4);
    for (const c of LETTERS) {
      if (c === lower[i]) continue;
      // Far from the right key, a wrong letter is a slip of spelling, not of typing: one vowel for
      // another ("seperate") or a consonant that sounds alike ("proces" → c/s). A consonant far from
      // the right key that sounds nothing like it ("intubation", "incubation") is another word.
      const beside = besideOnKeyboard(c, lower[i]);
      if (!beside && !(VOWELS.includes(c) && VOWELS.includes(lower[i])) && !soundAlike(c, lower[i])) continue;
      add(lower.slice(0, i) + c + lower.slice(i + 1), beside ? 1 : 3);
    }
  }
  // A long word with no slip of one letter may spell a vowel sound the wrong way ("maintainance",
  // "independant" is one letter): one run of vowels written as another. Only for long words, where
  // such a neighbour is rarely another word.
  if (!found.size && n >= 8) {
    for (const run of lower.matchAll(/[aeiou]+/g)) {
      if (run.index === 0) continue;
      for (const v of VOWEL_SPELLINGS) if (v !== run[0]) add(lower.slice(0, run.index) + v + lower.slice(run.index! + run[0].length), 5);
    }
    if (found.size > 1) return [];
  }
  // Or double a consonant it wrote single and single one it wrote double, in up to two places
  // ("proffesional" → "professional", "acommodation" → "accommodation"): the commonest slip of spelling
  // in long words, too far for one edit. Only for long words, and only when one word comes out.
  if (!found.size && n >= 8) {
    for (const once of doublingToggles(lower)) {
      add(once, 5);
      for (const twice of doublingToggles(once)) add(twice, 6);
    }
    if (found.size > 1) return [];
  }
  // A short word is near many words: only a common slip (a swap, a letter left out, a key beside the right one, a doubled letter) counts.
  if (n < 7 && [...found.values()].every((rank) => rank > 2)) return [];
  // A slip much likelier than the others ("recieved": two letters swapped) leaves out the far ones
  // ("relieved", a wrong letter): offered as a fix, that word would change the meaning.
  const best = Math.min(...found.values());
  for (const [w, rank] of found) if (rank > best + 2) found.delete(w);
  // The kind of slip first, then how common the word is: "carreer" is a slip of "career" before "carrier".
  const score = ([w, rank]: [string, number]) => rank - (words.get(w) ?? 0);
  return [...found].sort((a, b) => score(a) - score(b) || (a[0] < b[0] ? -1 : 1)).slice(0, limit).map(([w]) => w);
}
