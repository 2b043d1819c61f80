// Finds the quantities a bullet states: percentages, money, counts, durations, sizes, multipliers,
// ranks and written numbers ("a team of four"). Numbers that are part of a name, a version, a model,
// a course code or a date are not quantities: "Python 3", "S3", "GPT-4", "CS 101", "2023", "24/7".
//
// The text is split into whitespace-separated chunks; each chunk holding a digit is read on its own
// (glued letters, units, ranges) and then against the word before it (a capitalised name, "version").

import {
  CURRENCY_CODES,
  CURRENCY_LETTER_SIGNS,
  CURRENCY_SYMBOLS,
  GLUED_UNITS,
  MAGNITUDE_WORDS,
  MEASURE_WORDS,
  MULTIPLIER_WORDS,
  NAME_LEADS,
  NUMBER_NAMES,
  NUMBER_WORDS,
  QUANTITY_LEADS,
  RANK_FOLLOWERS,
  STRUCTURAL_COMPOUNDS,
  VAGUE_NUMBER_LEADS,
  YEAR_FOLLOWERS,
} from '../lexicon/units';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS, SUBORDINATORS } from './word-classes';

export type MetricKind = 'percent' | 'money' | 'multiplier' | 'count' | 'written' | 'rank';

export interface MetricMention {
  /** UTF-16 offsets into the text, end exclusive. */
  start: number;
  end: number;
  text: string;
  kind: MetricKind;
}

const set = (list: string[]) => new Set(list);
const CURRENCIES = new Set(CURRENCY_CODES);
const SYMBOL = `[${CURRENCY_SYMBOLS}]`;
const CODES = `(?:${CURRENCY_CODES.join('|')})`;
/** A code, a sign in letters or a lettered dollar: "USD", "Rp", "CA$", "R$", "NT$". */
const CODE_OR_PREFIX = `(?:${CODES}|${CURRENCY_LETTER_SIGNS.join('|')}|[A-Z]{1,3}\\$)`;
/** A currency written alone before or after an amount: "USD", "€", "CA$". */
const CURRENCY_ALONE = new RegExp(`^(?:${SYMBOL}|${CODE_OR_PREFIX})$`);
/** A currency glued before the digits: "CA$40", "USD40k", "R$5". */
const CURRENCY_GLUED = new RegExp(`^${CODE_OR_PREFIX}\\d`);
/** A currency glued after the digits (and a magnitude): "40€", "80k€", "500USD". */
const CURRENCY_AFTER = new RegExp(`^[kKmM]?(?:${SYMBOL}|${CODES})$`);
/** Hyphens and dashes other than "-", "–" and "—" (U+2010–U+2012, U+2015, U+2212), read as "-". */
const OTHER_DASHES = /[\u2010\u2011\u2012\u2015\u2212]/g;
const UNITS = set(GLUED_UNITS);
const NAMES = set(NUMBER_NAMES);
const STRUCTURAL = set(STRUCTURAL_COMPOUNDS);
const MEASURES = set(MEASURE_WORDS);
const NAME_LEAD = set(NAME_LEADS);
const QUANTITY_LEAD = set(QUANTITY_LEADS);
const RANK_FOLLOW = set(RANK_FOLLOWERS);
const YEAR_FOLLOW = set(YEAR_FOLLOWERS);
const VAGUE_LEAD = set(VAGUE_NUMBER_LEADS);
const MULTIPLIERS = set(MULTIPLIER_WORDS);
const MAGNITUDES = set(MAGNITUDE_WORDS);
const WRITTEN = set(NUMBER_WORDS);
const ORDINAL_WORDS = set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth']);
/** Every word that can start a written quantity; anything else is skipped at once. */
const NUMBERISH = new Set([...WRITTEN, ...MAGNITUDES, ...MULTIPLIERS, ...ORDINAL_WORDS, 'quarter', 'one', 'half', 'twice']);
/** Ordinals that name a fraction after "a" ("a third", "a quarter"), and the words that lead a share ("by about a third"). */
const FRACTION_WORDS = set(['third', 'quarter', 'fifth', 'tenth']);
const SHARE_LEADS = set(['by', 'about', 'roughly', 'nearly', 'almost', 'over', 'around', 'approximately', 'than', 'to', 'under', 'some']);
/** Comparison bounds: they make a year-like number a count ("over 2000 systems"); "about"/"around"/"within" a year stay dates. */
const YEAR_AS_COUNT_BOUNDS = set(['over', 'nearly', 'almost', 'exceeding', 'above', 'beyond', 'under', 'than', '~']);
/** Bounds before "a"/"an" + a unit of time that make it a duration ("in under a second", "within a week"); not "about a week". */
const DURATION_BOUNDS = new Set([...YEAR_AS_COUNT_BOUNDS, 'approximately', 'approx', 'roughly', 'within']);
/** Units of time "a"/"an" may count: "less than a year", "in under a second". */
const ONE_TIME_UNIT = set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'quarter', 'semester', 'sprint']);
const TIME_UNITS = set(['hour', 'hours', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'semester', 'semesters', 'quarter', 'term', 'sprint', 'minute', 'minutes', 'night', 'weekend', 'summer']);

/** A whitespace-separated piece of text with its wrapping punctuation split off. */
interface Chunk {
  /** Core text without wrapping punctuation. */
  core: string;
  lower: string;
  start: number;
  end: number;
  /** Punctuation written before / after the core ("(", "),"). */
  before: string;
  after: string;
}

const CHUNK = /\S+/g;
const WRAP_START = /^[("'“‘\[{<*_~≈]+/;
const WRAP_END = /[)"'”’\]}>*_.,;:!?…]+$/;

function chunks(original: string): Chunk[] {
  const out: Chunk[] = [];
  // One character for one, so offsets stay those of the original text.
  const text = original.replace(OTHER_DASHES, '-');
  CHUNK.lastIndex = 0;
  for (let m = CHUNK.exec(text); m; m = CHUNK.exec(text)) {
    const raw = m[0];
    const before = WRAP_START.exec(raw)?.[0] ?? '';
    let core = raw.slice(before.length);
    // Keep a percent sign or "+" that closes the number ("40%", "1,000+"); strip sentence punctuation.
    const afterMatch = WRAP_END.exec(core);
    let after = afterMatch?.[0] ?? '';
    if (after && after.length === core.length) after = '';
    core = core.slice(0, core.length - after.length);
    const start = m.index + before.length;
    out.push({ core, lower: core.toLowerCase().replace(/’/g, "'"), start, end: start + core.length, before, after });
  }
  return out;
}

const hasDigit = (s: string) => /\d/.test(s);
const isCapitalised = (s: string) => /^\p{Lu}/u.test(s) || (/\p{Lu}/u.test(s) && /^\p{Ll}/u.test(s) && s.length <= 6);
const endsSentence = (c: Chunk | undefined) => !c || /[.!?;:]$/.test(c.after) || /^[-–—|•]+$/.test(c.core);

/** A sign or bound written against an amount: "~40", "±2", "–30%" (a dash used as minus), ">50", "≤5". */
const SIGN = '[~≈±+\\-–—><≥≤]';
const LEADING_SIGN = new RegExp(`^${SIGN}`);

/** Number, then whatever is glued after it: "$1.2M" → {value: "1.2", rest: "M", money: true}. */
// The fraction after a point, or after a comma as much of Europe and Latin America write it ("94,1%"); a
// comma before three digits is a thousands separator, read by the first group.
// ("1.200.000": thousands grouped with points, as much of Europe and Latin America writes them — two groups or more, so "1.200" stays a decimal.)
const NUMERIC = new RegExp(`^(${SIGN})?(${SYMBOL})?(\\d{1,3}(?:,\\d{3})+|\\d{1,3}(?:\\.\\d{3}){2,}(?![.,]?\\d)|\\d+)((?:\\.|,(?!\\d{3}(?!\\d)))\\d+)?(.*)$`, 'u');

/** A bound written before an amount and joined to it: "sub-", "near-", "under-", "over-". */
const COMPARISON_PREFIX = new RegExp(`^(?:sub|near|under|over|below|above)-(?=${SYMBOL}?\\d)`, 'u');

type Reading = MetricKind | 'name' | 'date' | 'ordinal' | 'bare';

/** What the chunk says on its own, before context is read. */
function readChunk(c: Chunk): Reading {
  // "sub-2-second", "near-100%", "under-$5": a comparison glued before the amount bounds it, the amount is read as written.
  const bound = COMPARISON_PREFIX.exec(c.core);
  if (bound) {
    const reading = readChunk({ ...c, core: c.core.slice(bound[0].length), lower: c.lower.slice(bound[0].length) });
    return reading === 'bare' ? 'count' : reading;
  }
  if (NAMES.has(c.lower) || NAMES.has(c.lower.replace(/s$/, ''))) return 'name';
  if (/^#\d+$/.test(c.core)) return 'rank';
  // "%18": the sign before the number, as Turkish and some other languages write a percentage.
  if (/^%\d+(?:[.,]\d+)?$/.test(c.core)) return 'percent';
  if (/^(?:top|no\.?)-?\d+%?$/i.test(c.core)) return 'rank';
  const m = NUMERIC.exec(c.core);
  if (!m) {
    // A letter before the digits: S3, EC2, GPT-4, C++20, HTTP/1.1, CS241, Web3, K8s, p99, Camunda-8.
    if (CURRENCY_GLUED.test(c.core)) return 'money';
    // "×3": a multiplier written before its number ("x86" is a name, so only the sign counts).
    if (/^×\d+(?:\.\d+)?$/.test(c.core)) return 'multiplier';
    return 'name';
  }
  const [, , currency, , , rest] = m;
  if (currency) return 'money';
  const tail = rest.toLowerCase();
  if (tail === '') return 'bare';
  if (/^%\+?$/.test(tail) || tail === 'pct') return 'percent';
  if (/^[x×]\+?$/.test(tail)) return 'multiplier';
  // "40€", "80k€", "12,000₹", "500USD": the currency after the amount.
  if (CURRENCY_AFTER.test(rest)) return 'money';
  if (tail === '+') return 'count';
  // "4- to 6-storey", "2- or 3-day": a suspended hyphen, the compound's noun given once after the second number.
  if (rest === '-') return 'bare';
  if (/^(st|nd|rd|th)$/.test(tail)) return 'ordinal';
  if (/^['’]?s$/.test(tail) && /^(?:19|20)\d0$/.test(m[3])) return 'date'; // "1990s" ("90s" may be seconds)
  const unit = tail.replace(/\+$/, '').replace(/^-(?=[a-z])/, '');
  if (UNITS.has(unit) && !rest.startsWith('-')) {
    // "3D", "2FA" never reach here; "5s" reads seconds, "5S" (the method) a name.
    if (rest === 'S') return 'name';
    return 'count';
  }
  // A range written with its unit on both ends: "700nm-1000nm", "2GB–4GB".
  const unitRange = /^([a-zµ%]+)[-–](?:\d[\d.,]*)([a-zµ%]*)$/.exec(tail);
  if (unitRange && UNITS.has(unitRange[1]) && (!unitRange[2] || unitRange[2] === unitRange[1])) return 'count';
  // A rate written as one word: "1-in-40,000".
  if (/^-in-\d[\d,]*$/.test(rest)) return 'count';
  // Ranges and compounds: "10-12", "2019–2021", "6-member", "12-factor", "3-month".
  const joined = /^(?:-{1,2}|–|—|to)(.+)$/.exec(rest);
  if (joined) {
    const second = joined[1].toLowerCase();
    if (/^\d/.test(second)) return isYear(m[3]) && isYear(second.replace(/\D+$/, '')) ? 'date' : 'bare';
    const word = second.replace(/[^a-z].*$/, '');
    if (/^fold$/.test(word)) return 'multiplier';
    // "two-step verification" names a kind; "replaced a 12-step manual process" gives the process's size.
    if (/^steps?$/.test(word) && Number(m[3]) >= 4) return 'count';
    if (STRUCTURAL.has(word) || STRUCTURAL.has(word.replace(/s$/, ''))) return 'name';
    return 'count';
  }
  // "2h10", "1h30m": hours and minutes written together, as much of the world writes a duration.
  if (/^h\d{1,2}(?:m|min)?$/.test(tail) && Number(tail.replace(/\D/g, '')) < 60) return 'count';
  if (/^\/\d/.test(rest)) {
    // 05/2023 and 5/12/2023 are dates, 24/7 a name (above), 9/10 a score.
    if (/^\/(\d{4}|\d{1,2}\/\d{2,4})$/.test(rest)) return 'date';
    return 'count';
  }
  if (/^:\d/.test(rest)) {
    if (/^:\d{2}(?:\s?[ap]m)?$/i.test(rest)) return 'date'; // a time of day
    return 'count'; // a ratio, "4:1"
  }
  return 'name'; // 3D, 2FA, 5G, 1080p, 9am
}

function isYear(digits: string): boolean {
  return /^(19|20)\d\d$/.test(digits);
}

function wordOf(c: Chunk | undefined): string {
  return c ? c.lower.replace(/[^\p{L}\p{N}'.-]/gu, '') : '';
}

/** Words ending in "s" that are no plural noun ("across", "was", "towards"). */
const S_ENDING_WORDS = new Set(['always', 'perhaps', 'towards', 'afterwards', 'versus', 'whereas', 'unless', 'besides', 'sometimes', 'nowadays', 'thus', 'plus', 'was', 'has', 'does', 'goes', 'its', 'this', 'yes', 'less', 'across']);

/** Reads a bare number ("40", "2023", "1,200") from the words around it. */
function readBare(list: Chunk[], i: number, previousWasName: boolean): Reading {
  const c = list[i];
  const prev = list[i - 1];
  const next = list[i + 1];
  const prevWord = wordOf(prev);
  const nextWord = wordOf(next);
  const digits = c.core.replace(LEADING_SIGN, '').replace(/[-–].*$/, '');
  const connected = prev && !prev.after && /^(and|or|&|to|through|thru|-|–)$/.test(prevWord || prev.core);
  // "from v1 to v3" names versions; "per ASME Y14.5 to 12 drawing packages" counts the plural noun after it.
  const plural = (k: number) => !!list[k] && /^\p{Ll}{3,}[^s'’]s$/u.test(list[k].core) && !S_ENDING_WORDS.has(list[k].lower);
  // Not the second of two numbered names ("Grade 6 and 7 girls"): that one is named like the first.
  const numberedName = /^\d+$/.test(list[i - 2]?.core ?? '') && NAME_LEAD.has(wordOf(list[i - 3]));
  const countsPlural = !numberedName && !!next && !c.after && (plural(i + 1) || (/^\p{Ll}+$/u.test(next.core) && !next.after && !PREPOSITIONS.has(next.lower) && plural(i + 2)));
  if (connected && previousWasName && !countsPlural) return 'name';
  if (MEASURES.has(nextWord) && !(next && next.before)) return 'count';
  // A bound makes a year-like number a count ("over 2000 systems"), but "around 2015", "within 2021"
  // and "over 2020 and 2021" still read as dates: only a comparison bound, not followed by a range word.
  const countBound = YEAR_AS_COUNT_BOUNDS.has(prevWord) && !/^(and|or|to|through|until|-|–)$/.test(nextWord || next?.core || '');
  if (isYear(digits) && !c.core.includes(',') && !countBound) {
    const countsSomething = next && !next.before && /^\p{Ll}/u.test(next.core) && !YEAR_FOLLOW.has(nextWord)
      && !QUANTITY_LEAD.has(nextWord) && !/^(and|or|to|through|until|when|where|while|as|at)$/.test(nextWord) && !c.after;
    if (!countsSomething) return 'date';
  }
  // "F1-score 0,81", "AUC 0.93": a fraction below one is a score or a share, never a version or a model number.
  if (/^0[.,]\d/.test(digits)) return 'count';
  // "the subframe line (14 robots)": a parenthesis opening on a number that counts the lower-case noun
  // after it starts a phrase of its own, so the word before it is not its lead ("line 14", "Python 3").
  const parentheticalCount = c.before.includes('(') && !c.after && !!next && !next.before && /^\p{Ll}+$/u.test(next.core);
  if (prev && !prev.after && !parentheticalCount) {
    // "block 1,900 attempts": a number grouped in thousands is an amount, never a block's or a line's number.
    // Nor is it a version after a product's name ("PostgreSQL (1,900 GitHub stars)"): versions have no thousands.
    const grouped = /^\d{1,3}(?:,\d{3})+$/.test(digits);
    // "Issue 40 sheets for every permit set": a name's lead word opening the line is its verb, counting the noun after it.
    if (NAME_LEAD.has(prevWord) && !grouped && !(i - 1 === 0 && countsPlural)) return 'name';
    if (isCapitalised(prev.core) && !QUANTITY_LEAD.has(prevWord) && !endsSentence(list[i - 2]) && i - 1 > 0 && !grouped) return 'name';
  }
  // "(2)" or "2." opening an enumeration.
  if ((c.before === '(' && c.after.startsWith(')')) && /^\d$/.test(c.core)) return 'name';
  return 'count';
}

/** Written numbers and magnitudes: "four", "two services", "a million rows", "doubled". */
function readWord(list: Chunk[], i: number): Reading | undefined {
  const c = list[i];
  const w = c.lower.replace(/[^a-z-]/g, '');
  const [head, tail] = splitCompound(w);
  if (!NUMBERISH.has(head)) return undefined;
  const prevWord = wordOf(list[i - 1]);
  const nextWord = wordOf(list[i + 1]);
  if (MULTIPLIERS.has(w)) return w.startsWith('double') || w.startsWith('triple') || w.startsWith('quadruple') ? doubleReading(nextWord) : 'multiplier';
  if (w === 'half' && (prevWord === 'by' || prevWord === 'in')) return 'multiplier';
  // "to half a day": a duration in words, like "one day".
  if (w === 'half' && (nextWord === 'a' || nextWord === 'an') && TIME_UNITS.has(wordOf(list[i + 2]))) return 'written';
  if (w === 'twice' && (nextWord === 'as' || nextWord === 'the')) return 'multiplier';
  // "Named Employee of the Month twice", "promoted twice in a year": how many times, a count.
  if (w === 'twice') return 'written';
  if (WRITTEN.has(head) || /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/.test(head)) {
    if (tail !== undefined) {
      if (WRITTEN.has(tail) || tail === 'one') return countUnlessVague(list, i);
      if (tail === 'fold') return 'multiplier';
      if (STRUCTURAL.has(tail) || STRUCTURAL.has(tail.replace(/s$/, ''))) return undefined;
      return 'written';
    }
    // "Two Sigma", "Big Four": a capitalised number word inside a name.
    if (/^\p{Lu}/u.test(c.core) && i > 0 && !endsSentence(list[i - 1]) && /^\p{Lu}/u.test(list[i + 1]?.core ?? '')) return undefined;
    if (head === 'zero' && (nextWord === 'to' || !nextWord)) return undefined;
    return countUnlessVague(list, i);
  }
  if (head === 'one') {
    if (tail !== undefined) return TIME_UNITS.has(tail) ? 'written' : undefined;
    if (TIME_UNITS.has(nextWord) || MAGNITUDES.has(nextWord)) return 'written';
    return oneCounts(list, i) ? 'written' : undefined;
  }
  if (MAGNITUDES.has(head) && tail === undefined) {
    if (prevWord === 'a' || prevWord === 'an' || prevWord === 'one' || prevWord === 'half') return 'written';
    return undefined; // "thousand" after a number is read with the number; "several thousand" is vague
  }
  // "cut tickets by about a third", "a quarter of all calls": a fraction in words is a share.
  if (FRACTION_WORDS.has(head) && tail === undefined && (prevWord === 'a' || prevWord === 'one') && (nextWord === 'of' || SHARE_LEADS.has(wordOf(list[i - 2])))) return 'written';
  if (ORDINAL_WORDS.has(head) && tail === undefined && RANK_FOLLOW.has(nextWord) && nextWord !== 'of') return 'rank';
  return undefined;
}

/** "one other", "one more": a count set against others ("with one more analyst" is a team of two). */
const CONTRASTING = set(['other', 'more', 'additional', 'extra', 'further']);
/** Words that end a noun phrase after its head: a preposition, a conjunction, a relative word, a verb's "to". */
const PHRASE_ENDS = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...SUBORDINATORS, 'of', 'to']);

/**
 * Is "one" here a count of something ("one intern", "writing one chapter of the report", "with one
 * more analyst")? "one" is mostly a pronoun or an idiom ("one of the", "at one point", "tier one",
 * "one size fits all"), so it counts only as a determiner of a single head noun — the word after it
 * (or after "other"/"more") ends its phrase — and not after a preposition of place or a determiner
 * ("into one place", "the one thing"), where it means "a single" rather than a number.
 */
function oneCounts(list: Chunk[], i: number): boolean {
  const c = list[i];
  if (c.after) return false;
  const prev = list[i - 1];
  const prevWord = wordOf(prev);
  let k = i + 1;
  const contrast = CONTRASTING.has(wordOf(list[k])) && !list[k]?.after;
  if (contrast) k++;
  if (prev && !prev.after) {
    if (NAME_LEAD.has(prevWord) || DETERMINERS.has(prevWord) || prevWord === 'no') return false;
    if (!contrast && PREPOSITIONS.has(prevWord)) return false;
  }
  const noun = list[k];
  if (!noun || noun.before || !/^\p{Ll}[\p{Ll}-]*$/u.test(noun.core)) return false;
  const w = noun.lower;
  if (PHRASE_ENDS.has(w) || DETERMINERS.has(w) || PRONOUNS.has(w) || AUXILIARIES.has(w) || w === 'another') return false;
  // The head ends the phrase: punctuation, the end, or a word that starts the next phrase.
  const after = list[k + 1];
  return !!noun.after || !after || PHRASE_ENDS.has(wordOf(after));
}

function doubleReading(nextWord: string): Reading | undefined {
  // "double-checked", "double down" are not quantities; "doubled revenue" is.
  return nextWord === 'down' || nextWord === 'check' ? undefined : 'multiplier';
}

function splitCompound(w: string): [string, string | undefined] {
  const k = w.indexOf('-');
  return k < 0 ? [w, undefined] : [w.slice(0, k), w.slice(k + 1)];
}

function countUnlessVague(list: Chunk[], i: number): Reading | undefined {
  const prevWord = wordOf(list[i - 1]);
  return VAGUE_LEAD.has(prevWord) ? undefined : 'written';
}

function ordinalReading(list: Chunk[], i: number): Reading | undefined {
  const nextWord = wordOf(list[i + 1]);
  const prevWord = wordOf(list[i - 1]);
  if (RANK_FOLLOW.has(nextWord) || /^(ranked|placed|finished|came|took)$/.test(prevWord)) return 'rank';
  return undefined;
}

/** "a"/"an" + a unit of time after a bound ("under", "less than", "within"), with nothing between. */
function boundedSpan(list: Chunk[], i: number): boolean {
  const prev = list[i - 1];
  const unit = list[i + 1];
  if (!prev || prev.after || !unit || unit.before || !ONE_TIME_UNIT.has(unit.lower)) return false;
  return DURATION_BOUNDS.has(wordOf(prev));
}

/** Every stated quantity in `text`, in order. */
export function findMetrics(text: string): MetricMention[] {
  const list = chunks(text);
  const out: MetricMention[] = [];
  let previousWasName = false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    let reading: Reading | undefined;
    if (hasDigit(c.core)) {
      reading = readChunk(c);
      if (reading === 'bare' || reading === 'count' || reading === 'name') {
        // "USD 40,000", "€ 500", "80k EUR", "40 000 €": a currency beside the amount makes it money.
        const beside = [list[i - 1], list[i + 1]].some((n) => n && CURRENCY_ALONE.test(n.core) && (n === list[i - 1] ? !n.after : !c.after));
        if (beside && /^[~≈±+-]?\d/.test(c.core)) reading = 'money';
      }
      if (reading === 'bare') reading = readBare(list, i, previousWasName);
      else if (reading === 'count' && /^\d[\d,.]*-\p{L}/u.test(c.core) && readBare(list, i, previousWasName) === 'name') reading = 'name'; // "ISO 27001-certified"
      else if (reading === 'ordinal') reading = ordinalReading(list, i);
      previousWasName = reading === 'name' || reading === 'date';
    } else if ((c.lower === 'a' || c.lower === 'an') && boundedSpan(list, i)) {
      // "in under a second", "less than a year": a duration of one unit, bounded.
      const unit = list[i + 1];
      out.push({ start: c.start, end: unit.end, text: text.slice(c.start, unit.end), kind: 'written' });
      previousWasName = false;
      i++;
      continue;
    } else {
      reading = readWord(list, i);
      if (!/^(and|or|&|to|through|-|–)$/i.test(c.core)) previousWasName = false;
    }
    if (!reading || reading === 'name' || reading === 'date' || reading === 'bare' || reading === 'ordinal') continue;
    out.push({ start: c.start, end: c.end, text: text.slice(c.start, c.end), kind: reading });
  }
  return out;
}

/** True when the text states at least one quantity. */
export function hasMetric(text: string): boolean {
  return findMetrics(text).length > 0;
}
