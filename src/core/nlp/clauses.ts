// Shallow parse of a resume bullet: where its opening is (after a "Project: Name –" label, "I", "Was",
// an adverb), which verbs head its clauses ("Designed and built X; led Y"), and the noun phrases
// each clause acts on. Bullets are telegraphic and regular, so closed word classes, a verb lexicon
// and word position find these as well as a statistical tagger does, in a fraction of its time.

import { bare, isSentenceEnd, tokenize, type Token } from './tokens';
import { readVerb, sameTense, type VerbReading } from './verbs';
import { nounClassesOf } from './noun-class';
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  ING_NOUNS,
  OPENING_ADVERBS,
  PARTICLES,
  PREPOSITIONS,
  PRONOUNS,
  SUBORDINATORS,
} from './word-classes';

export interface NounPhrase {
  /** Token indices [start, end). */
  start: number;
  end: number;
  /** Token index of the head noun. */
  head: number;
  /** "maintenance of the billing service": the phrase after "of". */
  of?: NounPhrase;
}

export interface Clause {
  /** Token indices of the clause's verbs ("Designed and built": two). Empty for a verbless bullet. */
  verbs: number[];
  verb?: VerbReading;
  /** What the verbs act on, one phrase per conjunct ("APIs, dashboards and tests": three). */
  objects: NounPhrase[];
  /** Tokens right after the object that complete it, up to the first comma: "for the billing team". */
  complement: { start: number; end: number };
  /** Token index after the clause. */
  end: number;
  /** 0 for the first sentence. */
  sentence: number;
}

export interface BulletAnalysis {
  text: string;
  tokens: Token[];
  /** Token index of the first word after a label, pronoun, auxiliary or adverb. */
  opening: number;
  /** Token index where a skipped auxiliary ("Was", "Have been") starts; equals `opening` when none. */
  openingWithAux: number;
  clauses: Clause[];
  /** The verbs added to the lexicon's (the user's strong verbs) the analysis was made with. */
  extraVerbs?: readonly string[];
}

/** Words that open a side clause, which says nothing about the object: "while working as a cashier". */
const SIDE_CLAUSE = new Set(['while', 'whilst', 'whereas', 'although', 'though', 'because', 'unless']);

/** Verbs whose real object follows "with … to VERB" or "on": "Collaborated with X to build Y". */
const INTRANSITIVE = new Set(['collaborate', 'cooperate', 'work', 'partner', 'coordinate', 'liaise', 'contribute', 'participate', 'engage', 'consult', 'volunteer', 'serve', 'act', 'focus', 'specialize']);

/** Verbs that teach someone something: "Coached engineers in X" acts on X. */
const TEACHING = new Set(['coach', 'mentor', 'train', 'teach', 'tutor', 'educate', 'instruct', 'guide', 'advise', 'counsel']);

const isWord = (t: Token | undefined): t is Token => !!t && !t.punct;
const lowerOf = (t: Token | undefined) => t?.lower ?? '';

/** Index of the first token after a "Label: Title –" prefix, "As a TA,", "I", "Was", adverbs. */
function findOpening(tokens: Token[], extraVerbs?: readonly string[]): { opening: number; withAux: number } {
  let i = skipLabel(tokens, extraVerbs);
  // "As a teaching assistant, graded …"
  if (lowerOf(tokens[i]) === 'as') {
    const comma = tokens.findIndex((t, k) => k > i && k <= i + 8 && t.text === ',');
    if (comma > 0) i = comma + 1;
  }
  let withAux = -1;
  for (let guard = 0; guard < 6 && i < tokens.length; guard++) {
    const w = lowerOf(tokens[i]);
    if (PRONOUNS.has(w) && (w === 'i' || w === 'we')) i++;
    else if (AUXILIARIES.has(w) && !readVerbAt(tokens, i, extraVerbs)) {
      if (withAux < 0) withAux = i;
      i++;
    } else if ((w.endsWith('ly') && w.length > 4 && !readVerbAt(tokens, i, extraVerbs)) || OPENING_ADVERBS.has(w)) i++;
    else break;
  }
  return { opening: i, withAux: withAux < 0 ? i : withAux };
}

function readVerbAt(tokens: Token[], i: number, extra?: readonly string[]): VerbReading | undefined {
  const t = tokens[i];
  return isWord(t) ? readVerb(t.text, extra) : undefined;
}

/** Skips "Group Project: Dialogue Alley - " and "Payments Team — ": short title-case labels. */
function skipLabel(tokens: Token[], extraVerbs?: readonly string[]): number {
  let i = 0;
  for (let round = 0; round < 2; round++) {
    const limit = Math.min(tokens.length - 1, i + 7);
    let sep = -1;
    for (let k = i + 1; k <= limit; k++) {
      const t = tokens[k];
      if (t.punct && /^[:–—|-]$/.test(t.text)) {
        sep = k;
        break;
      }
      if (t.punct && t.text !== '&' && t.text !== "'" && t.text !== '(' && t.text !== ')') break;
    }
    if (sep < 0) break;
    const label = tokens.slice(i, sep).filter(isWord);
    const titleCase = label.every((t) => /^[\p{Lu}\p{N}]/u.test(t.text) || ['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'to', 'with'].includes(t.lower));
    // "Built Tools: …" is a sentence, but a hyphenated adjective that ends like a verb ("Product-Led
    // Growth: Shipped …") still heads a label when a verb follows the separator.
    const verbFirst = !!label.length && readVerb(label[0].text, extraVerbs) && !(label[0].text.includes('-') && label.length > 1 && readVerbAt(tokens, sep + 1, extraVerbs));
    // "Rate quote API: Build and own …" (LaTeX templates print an item's title, a colon, then its text):
    // a short label in sentence case heads the line when a verb opens what follows it.
    // (A finite verb: "Front desk: scheduling, invoicing and filing" lists duties under a label.)
    const after = readVerbAt(tokens, sep + 1, extraVerbs);
    const sentenceCaseLabel = label.length <= 4 && /^\p{Lu}/u.test(label[0]?.text ?? '') && !!after && after.form !== 'gerund';
    if (!label.length || !(titleCase || sentenceCaseLabel) || verbFirst) break;
    i = sep + 1;
  }
  return i;
}

/** A pictograph and its joiners, selectors and skin-tone modifiers (each is a token of its own). */
function isDecoration(t: Token): boolean {
  return t.punct && /^[\p{Extended_Pictographic}\p{Emoji_Modifier}\u200d\ufe0f\u20e3]+$/u.test(t.text);
}

/** Analyses a bullet's plain text. `extraVerbs` are the user's additional strong verbs. */
export function analyzeBullet(text: string, extraVerbs?: readonly string[]): BulletAnalysis {
  // An emoji is decoration, not a word: "Drew icons 🎨 and posters" has two objects, not one then a break.
  const tokens = tokenize(text).filter((t) => !isDecoration(t));
  const { opening, withAux } = findOpening(tokens, extraVerbs);
  const clauses: Clause[] = [];
  let sentence = 0;
  let i = opening;
  let first: VerbReading | undefined;
  while (i < tokens.length) {
    const clause = parseClause(tokens, i, sentence, first, extraVerbs);
    if (clause) {
      clauses.push(clause);
      first ??= clause.verb;
      i = Math.max(clause.end, i + 1);
    }
    // Find where the next clause may start: after ";", "/", "." or a coordinating "and" before a verb.
    let next = -1;
    for (let k = clause ? clause.end : i; k < tokens.length; k++) {
      const t = tokens[k];
      if (isSentenceEnd(t) && t.text !== ';') sentence++;
      const startsClause = (at: number) => {
        const v = readVerbAt(tokens, at, extraVerbs);
        if (!v || v.form === 'gerund' && !(t.text === '/' || isSentenceEnd(t))) return false;
        if (first && !(t.text === '/' || isSentenceEnd(t)) && !continuesTense(first, v, tokens[at].lower)) return false;
        return !isNounAfterDeterminer(tokens, at);
      };
      if (isSentenceEnd(t) || t.text === '/' || t.text === '|') {
        if (startsClause(k + 1)) {
          next = k + 1;
          break;
        }
      } else if (t.lower === 'and' || t.text === ',' || t.text === '&') {
        let at = k + 1;
        if (t.text === ',' && lowerOf(tokens[at]) === 'and') at++;
        if (lowerOf(tokens[at]) === 'also' || lowerOf(tokens[at]) === 'then') at++;
        if (isWord(tokens[at]) && startsClause(at) && (t.text !== ',' || first?.form !== 'gerund')) {
          next = at;
          break;
        }
      }
    }
    if (next < 0) break;
    i = next;
  }
  return { text, tokens, opening, openingWithAux: withAux, clauses, ...(extraVerbs ? { extraVerbs } : {}) };
}

/**
 * Can a verb in reading `v` head another clause of a bullet opened by `first`? The same tense, or a
 * past after a present opening (a common tense slip: "Schedule participants and ran studies").
 */
function continuesTense(first: VerbReading, v: VerbReading, lower: string): boolean {
  if (v.form === 'gerund') return false;
  return sameTense(first, v) || (first.form === 'past' && v.form === 'base' && isIrregularSame(lower)) || (first.form !== 'past' && v.form === 'past');
}

/** "set", "cut", "put", "run": the past reads like the base. */
function isIrregularSame(lower: string): boolean {
  return ['set', 'cut', 'put', 'let', 'shut', 'split', 'spread', 'hit', 'read', 'broadcast', 'forecast', 'input', 'output', 'reset'].includes(lower);
}

/** "the process", "a design": a word after a determiner is a noun even when it could be a verb. */
function isNounAfterDeterminer(tokens: Token[], at: number): boolean {
  return DETERMINERS.has(lowerOf(tokens[at - 1]));
}

function parseClause(tokens: Token[], i: number, sentence: number, first: VerbReading | undefined, extra?: readonly string[]): Clause | undefined {
  const verbs: number[] = [];
  let verb = readVerbAt(tokens, i, extra);
  let j = i;
  if (verb) {
    verbs.push(i);
    j = i + 1;
    // "Designed and built", "Updated, designed, and organized", "Design & Implement"
    for (;;) {
      let k = j;
      while (k < tokens.length && (tokens[k].text === ',' || tokens[k].text === '&' || tokens[k].text === '/' || tokens[k].lower === 'and' || tokens[k].lower === 'or')) k++;
      if (k === j) break;
      const v = readVerbAt(tokens, k, extra);
      if (!v || !sameTense(verb, v) && !isIrregularSame(tokens[k].lower)) break;
      // The word after a coordinated verb must not be a verb-ending (it would make this one a noun).
      verbs.push(k);
      j = k + 1;
    }
    while (isWord(tokens[j]) && (PARTICLES.has(tokens[j].lower) || tokens[j].lower.endsWith('ly') && tokens[j].lower.length > 4) && !isObjectEnd(tokens, j + 1)) j++;
  } else if (first) {
    return undefined;
  }
  const base = verb?.base.replace(/^co-/, '') ?? '';
  // "Collaborated with the design team to build X": the purpose carries the object.
  if (verb && INTRANSITIVE.has(base) && (PREPOSITIONS.has(lowerOf(tokens[j])) || tokens[j]?.lower === 'of')) {
    const prep = lowerOf(tokens[j]);
    if ((base === 'contribute' && prep === 'to') || (base === 'participate' && prep === 'in') || prep === 'on') {
      return withObjects(tokens, i, verbs, verb, j + 1, sentence, extra);
    }
    for (let k = j; k < tokens.length && !isSentenceEnd(tokens[k]) && tokens[k].text !== ','; k++) {
      if (tokens[k].lower === 'to') {
        const v = readVerbAt(tokens, k + 1, extra);
        if (v && v.form === 'base') return withObjects(tokens, i, verbs, verb, k + 2, sentence, extra);
      }
    }
  }
  const clause = withObjects(tokens, i, verbs, verb, j, sentence, extra);
  // "Coached new tellers in fraud checks": the lesson is the object. Only when the ones taught are people
  // first of all: "Trained a sentiment model on a rented GPU" keeps its model.
  if (verb && TEACHING.has(base) && clause.objects.length && ['in', 'on'].includes(lowerOf(tokens[clause.complement.start])) && taughtArePeople(tokens, clause.objects[0])) {
    return withObjects(tokens, i, verbs, verb, clause.complement.start + 1, sentence, extra);
  }
  return clause;
}

/** The object of a teaching verb names people or a group in its first sense ("new tellers", "the team"). */
function taughtArePeople(tokens: Token[], np: NounPhrase): boolean {
  const first = nounClassesOf(tokens[np.head]?.lower ?? '')?.classes[0];
  return first === undefined || first === 'person' || first === 'group';
}

function withObjects(tokens: Token[], i: number, verbs: number[], verb: VerbReading | undefined, j: number, sentence: number, extra?: readonly string[]): Clause {
  const objects: NounPhrase[] = [];
  let k = j;
  if (!PREPOSITIONS.has(lowerOf(tokens[k])) && lowerOf(tokens[k]) !== 'of' && lowerOf(tokens[k]) !== 'to') {
    for (;;) {
      const np = parseNounPhrase(tokens, k, extra);
      if (!np) break;
      objects.push(np);
      k = np.end;
      // Another conjunct? ", X", "and X", ", and X" — unless a verb starts a new clause there.
      let at = k;
      while (at < tokens.length && (tokens[at].text === ',' || tokens[at].lower === 'and' || tokens[at].lower === 'or' || tokens[at].text === '&' || tokens[at].text === '/')) at++;
      if (at === k || at >= tokens.length) break;
      const next = tokens[at];
      const v = readVerbAt(tokens, at, extra);
      if (v && (v.form !== 'base' || verb?.form === 'base') && !ING_NOUNS.has(next.lower) && !isNounAfterDeterminer(tokens, at)) break;
      if (PREPOSITIONS.has(next.lower) || SUBORDINATORS.has(next.lower) || next.lower === 'to' || next.punct) break;
      k = at;
    }
  }
  const compStart = objects.length ? objects[objects.length - 1].end : j;
  let compEnd = compStart;
  while (compEnd < tokens.length && !isSentenceEnd(tokens[compEnd]) && tokens[compEnd].text !== ',' && tokens[compEnd].text !== '/' && tokens[compEnd].text !== '(' && !SIDE_CLAUSE.has(tokens[compEnd].lower)) {
    // Stop where the next coordinated clause starts ("… and resolved bugs").
    if (tokens[compEnd].lower === 'and') {
      const v = readVerbAt(tokens, compEnd + 1, extra);
      if (v && (verb ? continuesTense(verb, v, tokens[compEnd + 1].lower) : v.form !== 'gerund')) break;
    }
    compEnd++;
  }
  let end = compEnd;
  while (end < tokens.length && !isSentenceEnd(tokens[end])) {
    if (tokens[end].lower === 'and' || tokens[end].text === ',') {
      const at = readVerbAt(tokens, end + 1, extra) ? end + 1 : end + 2;
      const v = readVerbAt(tokens, at, extra);
      if (v && (verb ? continuesTense(verb, v, tokens[at].lower) : v.form !== 'gerund' && !isNounAfterDeterminer(tokens, at))) break;
    }
    if ((tokens[end].text === '/' || tokens[end].text === '|') && readVerbAt(tokens, end + 1, extra)) break;
    end++;
  }
  return { verbs, verb, objects, complement: { start: compStart, end: compEnd }, end: Math.max(end, j), sentence };
}

/** True when token `k` cannot continue a noun phrase: a preposition, conjunction, punctuation or the end. */
function isObjectEnd(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (t.punct) return t.text !== '(' && t.text !== '"' && t.text !== '“';
  return PREPOSITIONS.has(t.lower) || CONJUNCTIONS.has(t.lower) || SUBORDINATORS.has(t.lower) || t.lower === 'to';
}

/** A noun phrase from token `k`: determiners and quantifiers, modifiers, the head, an "of" complement. */
export function parseNounPhrase(tokens: Token[], k: number, extra?: readonly string[]): NounPhrase | undefined {
  const start = k;
  let head = -1;
  let i = k;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.punct) {
      if (t.text === '(' ) {
        // A parenthetical inside the phrase: "(ECM)", "(e.g., modals)".
        const close = tokens.findIndex((u, n) => n > i && u.text === ')');
        if (close < 0) break;
        i = close;
        continue;
      }
      if ((t.text === '/' || t.text === '-' || t.text === '+') && isWord(tokens[i + 1]) && head >= 0 && tokens[i + 1].start === t.end) continue;
      if ((t.text === '"' || t.text === '“' || t.text === '”' || t.text === "'")) continue;
      break;
    }
    const w = t.lower;
    if (head >= 0 && w === 'of') {
      const of = parseNounPhrase(tokens, i + 1, extra);
      return { start, end: of ? of.end : i, head, of };
    }
    if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || w === 'to') break;
    if (SUBORDINATORS.has(w) && !(head < 0 && DETERMINERS.has(w))) break;
    if (DETERMINERS.has(w) || PRONOUNS.has(w)) {
      if (head >= 0 && !['all', 'both', 'own'].includes(w)) break;
      continue;
    }
    if (head >= 0) {
      const v = readVerb(t.text, extra);
      if (v && !ING_NOUNS.has(w)) {
        const prev = bare(tokens[i - 1].lower);
        if (v.form === 'gerund' && /s$/.test(prev) && !prev.endsWith('ss')) break; // "APIs serving 1M users"
        if (v.form === 'past' && isObjectEnd(tokens, i + 1)) break; // "a tool used by 50 teams"
        if (v.form === 'past' && /^\d/.test(tokens[i + 1]?.text ?? '')) break;
      } else if (/[^e]ed$/.test(w) && w.length > 4 && (isObjectEnd(tokens, i + 1) || DETERMINERS.has(lowerOf(tokens[i + 1])))) {
        break; // a participle the lexicon does not know: "tasks related to", "apps hosted on"
      }
    }
    head = i;
  }
  if (head < 0) return undefined;
  return { start, end: head + 1, head };
}
