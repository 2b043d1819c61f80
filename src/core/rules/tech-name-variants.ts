// Technology names written with their parts split or joined wrongly ("Postgre SQL", "Type Script",
// "Node JS", "PowerBI") or one slip away from the name ("Kubernates", "Tableu", "Terrafrom"), found
// against the skills taxonomy's canonical names rather than a list of misspellings.
//
// Two written forms are the same name when they are equal with spaces, dots and hyphens removed and
// case folded (the name's "key"). A near miss is a single word at edit distance 1 from a name's key
// (2 for keys of 8 letters or more), only for names of 5 letters or more, never when the word is an
// English word (lexicon/tech-name-english, generated from an-array-of-english-words) or itself the
// name or alias of any skill.
import { HAND_WRITTEN_SKILL_GROUPS, SKILL_GROUPS, SkillMatcher, parseGroups } from '../skills';
import { TECH_TERMS, ACCEPTED_TECH_VARIANTS } from '../lexicon/tech-terms';
import { ENGLISH_NEAR_TECH_NAMES } from '../lexicon/tech-name-english';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS } from '../nlp/word-classes';
import type { Word } from '../text/words';
import { nounClassesOf } from '../nlp/noun-class';
import { readVerb } from '../nlp/verbs';

/** Spaces, dots and hyphens removed, case folded: "Node.js", "Node JS" and "nodejs" share "nodejs". */
export const nameKey = (s: string): string => s.toLowerCase().replace(/[\s.\-]+/g, '');

/** Edit distance with adjacent transpositions counting one ("Terrafrom"), or max + 1 once it exceeds max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/** Letters a name must have before a one-letter slip is read as a misspelling of it, and where two slips are. */
export const NEAR_MISS_MIN = 5;
export const TWO_SLIPS_MIN = 8;
export const nearMissLimit = (key: string): number => (key.length >= TWO_SLIPS_MIN ? 2 : 1);

interface NameIndex {
  /** Key → the canonical names with that key (a key shared by two names is not corrected). */
  byKey: Map<string, string[]>;
  /**
   * Single-word names a near miss is measured against, by the hash (variantHash) of each deletion
   * variant of their key: a word's variants are then looked up by hash, without building them.
   */
  nearTargets: Map<number, { key: string; name: string }[]>;
  /** A bit per hashBit of the hashes nearTargets holds: a clear bit means no target has the hash. */
  nearBits: Uint32Array;
  /** Lower-case spellings that are some skill's name or alias (full taxonomy) or a listed tech term. */
  known: Set<string>;
  /** Case-sensitive aliases as written: spellings in their own right, never corrected. */
  exact: Set<string>;
}

/**
 * Proper names of the hand-written taxonomy's hard skills: a capital letter marks a name ("Tableau",
 * "Spring Boot") rather than a concept ("machine learning"), and the generated public-data lists are
 * too broad to correct towards.
 */
export function correctableNames(): string[] {
  const names = parseGroups(HAND_WRITTEN_SKILL_GROUPS.filter((g) => g.kind === 'hard')).map((s) => s.name);
  return [...new Set(names.filter((n) => /\p{Lu}/u.test(n) && /^[a-z0-9+#]+$/.test(nameKey(n))))];
}

/** Near-miss targets: one-word names (dots and hyphens allowed) of at least NEAR_MISS_MIN letters. */
export const isNearTarget = (name: string): boolean => !/\s/.test(name) && nameKey(name).length >= NEAR_MISS_MIN;

let index: NameIndex | undefined;
function nameIndex(): NameIndex {
  if (index) return index;
  const byKey = new Map<string, string[]>();
  const nearTargets = new Map<number, { key: string; name: string }[]>();
  const nearBits = new Uint32Array(HASH_BIT_COUNT >>> 5);
  for (const name of correctableNames()) {
    const key = nameKey(name);
    byKey.set(key, [...(byKey.get(key) ?? []), name]);
    if (isNearTarget(name))
      eachDeletion(key, nearMissLimit(key), (v) => {
        const h = variantHash(v);
        const bit = hashBit(h);
        nearBits[bit >>> 5] |= 1 << (bit & 31);
        const list = nearTargets.get(h) ?? [];
        if (!list.some((t) => t.key === key)) nearTargets.set(h, [...list, { key, name }]);
      });
  }
  const known = new Set<string>();
  const exact = new Set<string>();
  for (const g of SKILL_GROUPS)
    for (const entry of g.entries)
      for (const alias of entry.split('|')) {
        known.add(alias.replace(/^[\^?!~]+/, '').toLowerCase());
        // A case-sensitive alias is a spelling in its own right ("^LoRa", the radio, beside "LoRA").
        if (/^[!~]*[\^?]/.test(alias)) exact.add(alias.replace(/^[\^?!~]+/, ''));
      }
  for (const [k, v] of Object.entries(TECH_TERMS)) known.add(k).add(v.toLowerCase());
  return (index = { byKey, nearTargets, nearBits, known, exact });
}

/** Offsets in a name's key where its written parts meet: a space, dot or hyphen, a lower→upper or letter↔digit change. */
function partBoundaries(name: string): Set<number> {
  const out = new Set<number>();
  let k = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name[i];
    if (/[\s.\-]/.test(c)) {
      out.add(k);
      continue;
    }
    const p = name[i - 1];
    if (p && ((/\p{Ll}/u.test(p) && /\p{Lu}/u.test(c)) || (/\d/.test(p) !== /\d/.test(c) && /[\p{L}\d]/u.test(p)))) out.add(k);
    k++;
  }
  return out;
}

/** Where a written form's parts meet, in key offsets. */
function writtenBoundaries(written: string): number[] {
  const out: number[] = [];
  let k = 0;
  for (const c of written) {
    if (/[\s.\-]/.test(c)) {
      if (out[out.length - 1] !== k) out.push(k);
    } else k++;
  }
  return out;
}

const FUNCTION_WORDS = [DETERMINERS, PRONOUNS, PREPOSITIONS, CONJUNCTIONS];
const isFunctionWord = (w: string) => FUNCTION_WORDS.some((s) => s.has(w));

export interface NameVariant {
  /** Offsets within the line, end exclusive. */
  start: number;
  end: number;
  text: string;
  canonical: string;
  kind: 'parts' | 'near-miss';
}

/**
 * A run of one to three words read as one name whose parts are split or joined differently from the
 * canonical spelling. Pure case differences of one word are the tech-terms list's job, and a form
 * that list or its accepted variants know is left to it.
 */
function partsVariant(written: string, key = nameKey(written)): string | undefined {
  const { byKey } = nameIndex();
  const names = byKey.get(key);
  if (!names || names.length !== 1) return undefined;
  const canonical = names[0];
  if (written === canonical || ACCEPTED_TECH_VARIANTS.has(written)) return undefined;
  const lower = written.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(TECH_TERMS, lower)) return undefined;
  // Same parts, other case ("Spring boot"): a casing question, not a split or a join — unless the
  // writer capitalised it as a name and only missed the name's inner capitals ("Servicenow", "Power Bi").
  if (lower === canonical.toLowerCase()) return missedInnerCapitals(written, canonical) ? canonical : undefined;
  const split = writtenBoundaries(written);
  if (split.length) {
    // Every place the writer split the name must be a place the name has parts ("Postgre|SQL"), so
    // that two words that merely spell a name together ("my SQL") are not read as one.
    const own = partBoundaries(canonical);
    if (!split.every((b) => own.has(b))) return undefined;
    if (written.split(/[\s.\-]+/).some((p) => p === p.toLowerCase() && isFunctionWord(p))) return undefined;
  } else if (ENGLISH_NEAR_TECH_NAMES.has(lower)) return undefined;
  return canonical;
}

/**
 * "Servicenow" for "ServiceNow", "Power Bi" for "Power BI": every part opens with a capital as the name's
 * do, no capital stands where the name has none, and a capital inside a part is missing. An English
 * word ("Latex") is a word, not a slip of a name.
 */
function missedInnerCapitals(written: string, canonical: string): boolean {
  if (written.length !== canonical.length) return false;
  const parts = written.split(/[\s.\-]+/).filter(Boolean);
  if (!parts.every((p) => /^\p{Lu}/u.test(p))) return false;
  let missed = false;
  for (let i = 0; i < written.length; i++) {
    const w = written[i];
    const c = canonical[i];
    if (w === c) continue;
    if (w.toUpperCase() === w && w.toLowerCase() !== w) return false; // a capital the name does not have
    missed = true;
  }
  if (!missed) return false;
  // "Github Actions": the word the tech-terms list corrects on its own is left to it.
  if (parts.length > 1 && parts.some((p) => Object.prototype.hasOwnProperty.call(TECH_TERMS, p.toLowerCase()) && TECH_TERMS[p.toLowerCase()] !== p)) return false;
  const lower = written.toLowerCase();
  return !(parts.length === 1 && (ENGLISH_NEAR_TECH_NAMES.has(lower) || nounClassesOf(lower) || readVerb(lower)));
}

interface NearMiss {
  name: string;
  /**
   * One slip from a long name ("Javasript") is read anywhere; a short name ("Julia", "Delphi") or two
   * slips lie as close to people's and places' names ("Julio", "Delhi") and to other languages' words,
   * so those are read only beside another named technology on the line.
   */
  needsContext: boolean;
}

/** The one name a plain word is a slip away from, if exactly one is. */
function nearMiss(word: string): NearMiss | undefined {
  const lower = word.toLowerCase();
  // An English word is never a slip: the generated list holds the ones near a name; a WordNet noun or a
  // verb form the linter knows is English too, and answering here skips the deletion search (most words).
  // nearMissOf's own cheap refusals first (the same answer: each check is a pure test), then the lists.
  if (!mayBeSlip(lower) || ENGLISH_NEAR_TECH_NAMES.has(lower) || nounClassesOf(lower) || readVerb(lower)) return undefined;
  // An English word with its plural "s" dropped or added ("Informatic" for "informatics"): a slip of
  // grammar, not of a product's name.
  if (ENGLISH_NEAR_TECH_NAMES.has(`${lower}s`) || (lower.endsWith('s') && ENGLISH_NEAR_TECH_NAMES.has(lower.slice(0, -1)))) return undefined;
  const near = nearMissOf(lower);
  // An acronym a letter away from another ("ASTQB", "ISTQB"): acronyms are arbitrary letters, so it is
  // as likely another body's or product's as a slip.
  if (near && /^\p{Lu}{2,}$/u.test(word) && /^[\p{Lu}\d]+$/u.test(near.name)) return undefined;
  return near;
}

/** A plain word of NEAR_MISS_MIN letters or more that is no skill's name or alias: only such a word can be a slip. */
function mayBeSlip(lower: string): boolean {
  const { known } = nameIndex();
  // A plain word: a hyphenated or dotted one ("co-design", "config.yml") is a compound or a file name.
  if (!/^[a-z]+$/.test(lower)) return false;
  // Its key is itself (nothing to fold or remove).
  return lower.length >= NEAR_MISS_MIN && !known.has(lower);
}

function nearMissOf(lower: string): NearMiss | undefined {
  const { nearTargets, nearBits } = nameIndex();
  if (!mayBeSlip(lower)) return undefined;
  const key = lower;
  // Any two strings within k edits share a string reached from each by at most k deletions, so the
  // targets sharing one of this word's deletion variants are the only ones worth measuring. Looked up
  // by hash: a collision only adds a target to measure, and the answer depends only on which targets
  // are within reach (not on the order they come in), so it is the same as looking up the strings.
  const seen = new Set<string>();
  let best: { d: number; names: Set<string> } | undefined;
  const count = deletionHashes(key);
  for (let v = 0; v < count; v++) {
    const h = hashes[v];
    // Most variants are no target's: the bit map answers those without probing the Map.
    const bit = hashBit(h);
    if (!(nearBits[bit >>> 5] & (1 << (bit & 31)))) continue;
    for (const t of nearTargets.get(h) ?? []) {
      if (seen.has(t.key)) continue;
      seen.add(t.key);
      const limit = nearMissLimit(t.key);
      // A word that extends a name is a form of it ("Dockers", "Kafkaesque"), not a slip.
      if (key.startsWith(t.key)) continue;
      const d = editDistance(key, t.key, limit);
      if (d === 0 || d > limit) continue;
      if (!best || d < best.d) best = { d, names: new Set([t.name]) };
      else if (d === best.d) best.names.add(t.name);
    }
  }
  if (!best || best.names.size !== 1) return undefined;
  const name = [...best.names][0];
  return { name, needsContext: best.d > 1 || nameKey(name).length < TWO_SLIPS_MIN };
}

let contextMatcher: SkillMatcher | undefined;
/** Whether the line names a technology (a capitalised hard skill of the hand-written taxonomy) outside `skip`. */
function namesTechnology(line: string, skip: { start: number; end: number }): boolean {
  contextMatcher ??= new SkillMatcher(parseGroups(HAND_WRITTEN_SKILL_GROUPS.filter((g) => g.kind === 'hard')));
  return contextMatcher
    .find(line, { kinds: ['hard'], includeElided: false })
    .some((m) => (m.end <= skip.start || m.start >= skip.end) && /\p{Lu}/u.test(m.canonical) && !m.ambiguous);
}

/** "Mac OS X", "Visual Studio 2019": a release or edition after the words, whose own name may be spelled apart. */
const RELEASE = /^(?:[A-Z]|[IVX]+|\d[\w.]*)$/;

/**
 * Calls `visit` with the string and every string reached from it by deleting up to `k` (1 or 2)
 * letters, some more than once: plain loops, because the English-word check runs this over 275,000 words.
 */
export function eachDeletion(s: string, k: number, visit: (v: string) => void): void {
  visit(s);
  for (let i = 0; i < s.length; i++) {
    const v = s.slice(0, i) + s.slice(i + 1);
    visit(v);
    if (k > 1) for (let j = i; j < v.length; j++) visit(v.slice(0, j) + v.slice(j + 1));
  }
}

/** variantHash's multiplier (odd, so no letter's contribution vanishes). */
const HASH_BASE = 0x01000193;
/** variantHash is the polynomial hash modulo 2^32, cut to 30 bits so that it is a small integer key. */
const HASH_BITS = 0x3fffffff;

/** A string's polynomial hash (Horner's rule modulo 2^32, cut to 30 bits), as eachDeletionHash computes it for variants. */
export function variantHash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, HASH_BASE) + s.charCodeAt(i)) | 0;
  return h & HASH_BITS;
}

/** Bits of nearBits (a megabit: 128 KB, a few per cent of them set by the targets' variants). */
const HASH_BIT_COUNT = 1 << 20;
const hashBit = (h: number): number => (h ^ (h >>> 15)) & (HASH_BIT_COUNT - 1);

/** Prefix hashes and powers of HASH_BASE, and the variants' hashes, reused between calls (grown for longer words). */
let prefix = new Int32Array(64);
let power = new Int32Array(64);
let hashes = new Int32Array(2048);

/** The hash of s[a, b) from the prefix hashes of s. */
const hashPart = (a: number, b: number): number => (prefix[b] - Math.imul(prefix[a], power[b - a])) | 0;
/** The hash of x followed by a string of length `len` with hash y. */
const hashJoin = (x: number, y: number, len: number): number => (Math.imul(x, power[len]) + y) | 0;

/**
 * Fills `hashes` with variantHash of `s` and of every string reached from it by deleting one or two
 * letters (eachDeletion with k = 2, some more than once), computed from prefix hashes: for a word a
 * few dozen variants, none of them built as a string. Returns how many it wrote.
 */
function deletionHashes(s: string): number {
  const n = s.length;
  if (prefix.length <= n) {
    prefix = new Int32Array(2 * n + 2);
    power = new Int32Array(2 * n + 2);
  }
  const total = 1 + n + (n * (n - 1)) / 2;
  if (hashes.length < total) hashes = new Int32Array(2 * total);
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) {
    prefix[i + 1] = (Math.imul(prefix[i], HASH_BASE) + s.charCodeAt(i)) | 0;
    power[i + 1] = Math.imul(power[i], HASH_BASE);
  }
  let count = 0;
  hashes[count++] = prefix[n] & HASH_BITS;
  for (let i = 0; i < n; i++) {
    // s without s[i]
    hashes[count++] = hashJoin(prefix[i], hashPart(i + 1, n), n - i - 1) & HASH_BITS;
    // s without s[i] and s[m]
    for (let m = i + 1; m < n; m++) hashes[count++] = hashJoin(hashJoin(prefix[i], hashPart(i + 1, m), m - i - 1), hashPart(m + 1, n), n - m - 1) & HASH_BITS;
  }
  return count;
}

/** Calls `visit` with each hash deletionHashes gives for `s` (tests compare them with eachDeletion's strings). */
export function eachDeletionHash(s: string, visit: (h: number) => void): void {
  const count = deletionHashes(s);
  for (const h of hashes.slice(0, count)) visit(h);
}

/**
 * The word is part of a two-word name or alias the taxonomy knows ("Cisco IOS"): the caller decides
 * whether it is spelled as that product is rather than as the one-word name it shares letters with ("iOS").
 */
export function inKnownPhrase(line: string, ws: readonly Word[], i: number): boolean {
  const { known } = nameIndex();
  const pair = (a: number) => a >= 0 && a + 1 < ws.length && joinable(line, ws[a], ws[a + 1]) && known.has(`${ws[a].lower} ${ws[a + 1].lower}`);
  return pair(i - 1) || pair(i);
}

/** Between two words: one space, or nothing but a dot or hyphen already inside a word. */
const joinable = (line: string, a: Word, b: Word) => line.slice(a.end, b.start) === ' ';

/**
 * The word follows a capitalised word that is neither a sentence's first nor a known name: the second
 * word of a proper name ("New Delhi", "Delft Mercurians") is that name's, not a slip of a product's.
 */
function inProperName(line: string, ws: readonly Word[], i: number): boolean {
  const prev = ws[i - 1];
  if (!prev || !joinable(line, prev, ws[i]) || !/^\p{Lu}/u.test(prev.text) || nameIndex().known.has(prev.lower)) return false;
  const before = ws[i - 2];
  return !!before && !/[.!?:;|([{\-•*]/.test(line.slice(before.end, prev.start));
}

/**
 * "Cusco and Arequipa", "Lyon, Nantes": a capitalised word coordinated with another capitalised word
 * that names no technology and is no slip of one reads as a list of places or people, not a slip
 * (asked only of the slips read in context: a long name's one slip, "Javasript", is read anywhere).
 */
function coordinatedWithName(line: string, ws: readonly Word[], i: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(ws[i].text)) return false;
  const partner = (j: number, k: number): boolean => {
    const link = ws[j];
    const other = ws[k];
    if (!link || !other) return false;
    const joins = /^(?:and|or|&)$/i.test(link.text) || /^\s*,\s*$/.test(line.slice(Math.min(ws[i].end, other.end), Math.max(ws[i].start, other.start)));
    return joins && /^\p{Lu}\p{Ll}+$/u.test(other.text) && !nameIndex().known.has(other.lower) && !nearMiss(other.text);
  };
  // "X and Y" (a word between), or "X, Y" (only a comma between).
  return partner(i + 1, i + 2) || partner(i - 1, i - 2) || partner(i, i + 1) || partner(i, i - 1);
}

/**
 * "Postgres SQL": a name's short form, then the name's last part starting with the letter the short
 * form ends in — the two overlap at the seam, and together they spell the full name once ("PostgreSQL").
 * Only when the first word is itself a name or alias of the same skill, so two plain words never join.
 */
function seamVariant(first: Word, firstKey: string, secondKey: string): string | undefined {
  const { byKey, known } = nameIndex();
  if (!firstKey || !secondKey || firstKey[firstKey.length - 1] !== secondKey[0] || !known.has(first.lower)) return undefined;
  const names = byKey.get(firstKey + secondKey.slice(1));
  if (!names || names.length !== 1 || !names[0].toLowerCase().startsWith(first.lower.slice(0, -1))) return undefined;
  return names[0];
}

/** The name variants on one line of prose, left to right, not overlapping. */
export function nameVariantsOn(line: string, ws: readonly Word[]): NameVariant[] {
  const out: NameVariant[] = [];
  const { byKey } = nameIndex();
  // Each word's key, and its key without a final "'s": a run's key is its words' keys joined (the
  // words are one space apart, and neither case folding nor the removal of spaces, dots and hyphens
  // reads across a space), so a run of two or three words whose key names nothing is passed over
  // without building its text.
  const keys = ws.map((w) => nameKey(w.text));
  const lastKeys = ws.map((w, j) => (/['’]s$/.test(w.text) ? nameKey(w.text.replace(/['’]s$/, '')) : keys[j]));
  for (let i = 0; i < ws.length; ) {
    let found: NameVariant | undefined;
    // Longest run first, so that "Microsoft SQL Server" is read whole before "SQL Server".
    for (let n = Math.min(3, ws.length - i); n >= 1 && !found; n--) {
      let ok = true;
      for (let j = i; j < i + n - 1 && ok; j++) ok = joinable(line, ws[j], ws[j + 1]);
      if (!ok) continue;
      if (n > 1) {
        let key = '';
        for (let j = i; j < i + n - 1; j++) key += keys[j];
        if (!byKey.has(key + lastKeys[i + n - 1])) {
          const seam = n === 2 ? seamVariant(ws[i], keys[i], lastKeys[i + 1]) : undefined;
          if (seam) found = { start: ws[i].start, end: ws[i + 1].start + ws[i + 1].text.replace(/['’]s$/, '').length, text: line.slice(ws[i].start, ws[i + 1].end).replace(/['’]s$/, ''), canonical: seam, kind: 'parts' };
          if (found) i += n;
          continue;
        }
      }
      const start = ws[i].start;
      const end = ws[i + n - 1].end;
      const text = line.slice(start, end).replace(/['’]s$/, '');
      const next = ws[i + n];
      const release = n > 1 && next && joinable(line, ws[i + n - 1], next) && RELEASE.test(next.text);
      const canonical = release || nameIndex().exact.has(text) ? undefined : partsVariant(text, n === 1 ? lastKeys[i] : undefined);
      if (canonical) found = { start, end: start + text.length, text, canonical, kind: 'parts' };
      else if (n === 1) {
        const near = inProperName(line, ws, i) ? undefined : nearMiss(text);
        const range = { start, end: start + text.length };
        // A short name's slip, or two slips, lies close to places' and people's names: read in context.
        if (near && (!near.needsContext || (namesTechnology(line, range) && !coordinatedWithName(line, ws, i)))) found = { ...range, text, canonical: near.name, kind: 'near-miss' };
      }
      if (found) i += n;
    }
    if (!found) i++;
    else out.push(found);
  }
  return out;
}

/**
 * The English words this module would otherwise read as a name: a slip away from one, or one name's
 * parts joined. lexicon/tech-name-english.ts holds them, generated from an-array-of-english-words
 * (a development dependency, too large to ship): a unit test regenerates the list and fails when the
 * taxonomy has moved on.
 */
export function englishWordsReadAsNames(english: Iterable<string>): string[] {
  const { byKey } = nameIndex();
  const out: string[] = [];
  for (const w of english) {
    if (!/^[a-z]+$/.test(w)) continue;
    const joined = byKey.get(w);
    if ((joined && joined.length === 1 && joined[0].toLowerCase() !== w && !Object.prototype.hasOwnProperty.call(TECH_TERMS, w)) || nearMissOf(w)) out.push(w);
  }
  return out.sort();
}
