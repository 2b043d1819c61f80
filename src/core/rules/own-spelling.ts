// A name the resume itself spells two ways: "MestReNova" in the skills and "Mestrenova" in a bullet,
// "MAGMASOFT" twice and "Magmasoft" once. No word list knows every lab instrument's or niche tool's
// name, but the resume's own deliberate spelling — capitals inside the word, or a name in capitals
// where the line is not shouting — shows how the writer knows it is written; the plain spelling
// elsewhere is the slip. English words are never read (a heading's "SKILLS" is no name).
import { isCommonWord } from '../lexicon/english';
import { nounClassesOf } from '../nlp/noun-class';
import { readVerb } from '../nlp/verbs';

export interface OwnSpellingSlip {
  start: number;
  end: number;
  written: string;
  /** The resume's own deliberate spelling, and where it is first written so. */
  spelled: string;
  spelledAt: number;
  /** The kept spelling is used more often than the slip: offered as the change. */
  sure: boolean;
}

/**
 * A word: letters, then letters or figures; its edges are checked by hand (a regex lookbehind per position
 * costs more). Letters of the scripts that have case — Latin with its accents, Greek, Cyrillic — as
 * ranges: a Unicode property class costs three times as much, and a script without case has no slip of case.
 */
const LETTER = 'A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
const TOKEN = new RegExp(`[${LETTER}][${LETTER}0-9]{2,30}`, 'g');
/** Before a word: part of a handle, a macro, a path or a file name ("@ana", "\\cvitem", "/usr", "lib.so"). */
const JOINED_BEFORE = /[\p{L}\p{N}_\\@/.-]/u;
const JOINED_AFTER = /[\p{L}\p{N}_@/-]/u;
/** Capitals inside the word after a lower-case letter ("MestReNova", "LabVIEW"). */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}]{3,}$/u;
const PLAIN = /^\p{Lu}?[\p{Ll}\p{N}]+$/u;

function isShoutingLine(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1;
  const to = text.indexOf('\n', at);
  const letters = text.slice(from, to < 0 ? text.length : to).replace(/[^\p{L}]/gu, '');
  return letters.length >= 12 && letters === letters.toUpperCase();
}

function isEnglish(lower: string): boolean {
  return isCommonWord(lower) || !!nounClassesOf(lower) || !!readVerb(lower);
}

/** Two English words of three letters or more run together ("snowpack", "wayfinding"). */
function isCompound(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++) if (isEnglish(lower.slice(0, i)) && isEnglish(lower.slice(i))) return true;
  return false;
}

/** The plain spellings of names the text also spells deliberately, once the deliberate form is clear. */
export function ownSpellingSlips(text: string, known: (lower: string) => boolean): OwnSpellingSlip[] {
  const byKey = new Map<string, { written: string; start: number }[]>();
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index!;
    const end = start + m[0].length;
    const before = text[start - 1];
    const after = text[end];
    if ((before && JOINED_BEFORE.test(before)) || (after && (JOINED_AFTER.test(after) || (after === '.' && /\p{L}/u.test(text[end + 1] ?? ''))))) continue;
    const key = m[0].toLowerCase();
    const list = byKey.get(key);
    if (list) list.push({ written: m[0], start });
    else byKey.set(key, [{ written: m[0], start }]);
  }
  const out: OwnSpellingSlip[] = [];
  for (const [key, uses] of byKey) {
    if (uses.length < 2 || uses.every((u) => u.written === uses[0].written)) continue;
    // A name in capitals counts when the resume writes it so more often than not, twice at least: a
    // header's "ANA SILVA" or a city in capitals once is type design, not the name's spelling.
    const capitals = uses.filter((u) => ALL_CAPS.test(u.written) && !isShoutingLine(text, u.start));
    const byCapitals = capitals.length >= 2 && capitals.length * 2 > uses.length;
    const deliberate = [...new Set([...uses.filter((u) => INNER_CAPITAL.test(u.written)), ...(byCapitals ? capitals : [])].map((u) => u.written))];
    // One deliberate spelling, and every other use plain: two deliberate forms leave the name unsettled.
    // A name the word lists know is tech-spelling's own check, against its official form.
    if (deliberate.length !== 1 || known(key) || isEnglish(key)) continue;
    const spelled = deliberate[0];
    const plain = uses.filter((u) => u.written !== spelled);
    if (plain.some((u) => !PLAIN.test(u.written))) continue;
    // "snowpack data" beside the project "SnowPack Now": written in lower case, two English words run
    // together are the ordinary compound, which the name was made from.
    if (plain.every((u) => u.written === key) && isCompound(key)) continue;
    const chosen = uses.filter((u) => u.written === spelled);
    // The spelling used more often is the writer's; on a tie, the deliberate one. Outvoted by one
    // capitalised plain spelling ("RedShift" once, "Redshift" twice), the deliberate form is the slip.
    const majority = new Set(plain.map((u) => u.written)).size === 1 && plain.length > chosen.length && /^\p{Lu}/u.test(plain[0].written);
    const [slips, kept] = majority ? [chosen, plain] : [plain, chosen];
    for (const u of slips) out.push({ start: u.start, end: u.start + u.written.length, written: u.written, spelled: kept[0].written, spelledAt: kept[0].start, sure: kept.length > slips.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
