// Verbs of a bullet the tense rule reads beside its opening verb: an everyday opening verb the
// strong-verb list leaves out ("Join daily stand-ups", "Help with onboarding"), and a present-tense
// verb coordinated with the opening by "and" ("Filled orders and handle the returns"). Both are read
// from the shallow parse and word shape only, so they work for any verb the verb lexicons know.
import type { Bullet } from '../document/types';
import type { Lexicon } from '../lexicon';
import { analysisOf } from '../nlp';
import { parseNounPhrase } from '../nlp/clauses';
import { nounClassesOf } from '../nlp/noun-class';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PRONOUNS } from '../nlp/word-classes';
import type { Token } from '../nlp/tokens';
import { ADJECTIVE_LIKE_PAST, VERB_CUES } from '../lexicon/ambiguous-verbs';
import { lemmaCandidates, pastTense } from '../text/inflect';
import { isVerbCue, nounLikeVerb, type OpeningVerb } from './opening-verb';

/** A plural noun ("meetings", "returns"), not "process", "analysis" or "status". */
const PLURAL = /[^su]s$/;
/** Words after which a base-form verb belongs to a relative or infinitive clause: "tools that parse …", "to review …". */
const SUBORDINATE = new Set(['that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while', 'to', 'so', 'because', 'if', 'once', 'until', 'how']);
/** Prepositions an everyday verb takes its partner by: "Help with", "Participate in", "Work on", "Report to". */
const PARTNER = new Set(['with', 'in', 'on', 'to', 'at', 'across', 'alongside', 'into']);

/** The noun phrase from token `k` is something the verb acts on: determined, counted, a pronoun or plural. */
function actsOn(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.punct) return false;
  if (DETERMINERS.has(t.lower) || PRONOUNS.has(t.lower) || /^\d/.test(t.text) || VERB_CUES.has(t.lower)) return true;
  const np = parseNounPhrase(tokens, k);
  return !!np && PLURAL.test(tokens[np.head]?.lower ?? '') && /^\p{Ll}/u.test(tokens[np.head]?.text ?? '');
}

/** Base and past spelled alike ("Cut", "Set", "Put"): the tense cannot be told. */
function sameSpelling(base: string): boolean {
  return pastTense(base).toLowerCase() === base;
}

/** "found" is also the past of "find", "wound" of "wind": not a present tense for sure. */
function pastOfAnother(lower: string): boolean {
  return lemmaCandidates(lower).some((c) => c.form === 'past' && c.base !== lower && pastTense(c.base).toLowerCase() === lower);
}

/** Verbs whose object takes a bare infinitive: "Helped students plan and track …", "Made teams adopt …". */
const BARE_INFINITIVE = new Set(['help', 'make', 'let', 'have', 'watch', 'see', 'hear']);

/**
 * A base or third-person opening verb the strong-verb list leaves out ("Join", "Help", "Learn",
 * "Handles"), when the parse takes it as the bullet's verb and it visibly acts: on a determined, counted
 * or plural object ("Join daily stand-ups"), through a partner preposition ("Help with …"), or on an
 * infinitive ("Learn to use …"). Words that are as often nouns at the start of a line ("Support",
 * "Research", "Work") count only with a determiner or a cue word after them, or "with" / "to": "Support
 * for three offices" and "Research in genomics" are headings, not verbs.
 */
export function everydayOpening(bullet: Bullet, lexicon: Lexicon, amongPastOpenings = false): OpeningVerb | undefined {
  const a = analysisOf(bullet, lexicon);
  const first = a.tokens[0];
  if (a.opening !== 0 || a.clauses[0]?.verbs[0] !== 0 || !first || !/^[A-Z][a-z]+$/.test(first.text)) return undefined;
  const r = readVerb(first.text);
  // "Reset" reads both ways; "Resets" is present for sure.
  if (!r || (r.form !== 'base' && r.form !== 'third') || (r.form === 'base' && sameSpelling(r.base))) return undefined;
  const next = a.tokens[1];
  if (!next || next.punct) return undefined;
  const nounLike = nounLikeVerb(r.base);
  const acts = nounLike
    ? isVerbCue(next.lower, a.tokens[2]?.lower) || next.lower === 'with' || (next.lower === 'to' && !!readVerb(a.tokens[2]?.text ?? ''))
    : PARTNER.has(next.lower) || actsOn(a.tokens, 1) || (amongPastOpenings && verbOnly(first.lower) && /^\p{L}/u.test(next.text));
  if (!acts) return undefined;
  return { start: first.start, end: first.end, text: first.text, base: r.base, form: r.form, ambiguousTense: false };
}

/**
 * A word English has only as a verb ("Discuss", "Write", "Attend"; not "Design", "Review", "Make"): among
 * bullets that open in the past, it opens this one as a present-tense verb whatever its object.
 */
function verbOnly(lower: string): boolean {
  return !nounClassesOf(lower);
}

/** The bullet opens with a past-tense word: a known verb, or a regular -ed form the lexicons leave out ("Triaged"). */
function opensPast(tokens: Token[]): boolean {
  const first = tokens[0];
  if (!first || !/^[A-Z][a-z]+$/.test(first.text)) return false;
  const r = readVerb(first.text);
  if (r) return r.form === 'past';
  if (!first.lower.endsWith('ed') || ADJECTIVE_LIKE_PAST.has(first.lower)) return false;
  return lemmaCandidates(first.text).some((c) => c.form === 'past' && pastTense(c.base).toLowerCase() === first.lower);
}

export interface LaterVerb {
  start: number;
  end: number;
  text: string;
  base: string;
}

/**
 * Present-tense verbs joined to the bullet's main clause by "and" after the opening ("Filled orders and
 * handle the returns", "Mentor two interns and run the weekly review"): a base or third-person verb that is
 * not after a determiner, is followed by a determiner, number or pronoun, and belongs to the main clause (no "that", "which", "to"
 * before it: "Wrote scripts that parse logs and flag errors" is a relative clause, its tense is free).
 * Only in the first sentence.
 */
export function laterPresentVerbs(bullet: Bullet, lexicon: Lexicon): LaterVerb[] {
  const tokens = analysisOf(bullet, lexicon).tokens;
  const out: LaterVerb[] = [];
  if (BARE_INFINITIVE.has(readVerb(tokens[0]?.text ?? '')?.base ?? '')) return out;
  for (let k = 1; k < tokens.length - 2; k++) {
    const t = tokens[k];
    if (t.punct && (t.text === '.' || t.text === ';' || t.text === '!' || t.text === '?' || t.text === '(' || t.text === ':')) break;
    if (SUBORDINATE.has(t.lower)) break;
    if (t.lower !== 'and') continue;
    const w = tokens[k + 1];
    if (!/^[a-z]+$/.test(w.text) || DETERMINERS.has(tokens[k - 1].lower)) continue;
    const r = readVerb(w.text);
    if (!r || (r.form !== 'base' && r.form !== 'third') || sameSpelling(r.base) || pastOfAnother(w.lower) || ING_NOUNS.has(w.lower)) continue;
    // A determiner, number or pronoun must follow: a bare noun after it leaves a noun phrase open
    // ("landing pages and email templates", "performance and load times"), and most verbs are nouns too.
    const after = tokens[k + 2];
    if (!after || !(VERB_CUES.has(after.lower) || PRONOUNS.has(after.lower) || /^\d/.test(after.text))) continue;
    out.push({ start: w.start, end: w.end, text: w.text, base: r.base });
  }
  return out;
}

/** Present-tense verbs coordinated after a past-tense opening ("Filled orders and handle returns"). */
export function presentAfterPast(bullet: Bullet, lexicon: Lexicon): LaterVerb[] {
  const tokens = analysisOf(bullet, lexicon).tokens;
  return opensPast(tokens) ? laterPresentVerbs(bullet, lexicon) : [];
}
