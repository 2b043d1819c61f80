// Bullets whose main object names nothing specific: "Developed new features", "Performed various
// tasks", "Enhanced system performance", lists closed with "etc." or "and more". Whether a bullet is
// vague is the judge's verdict (judge/, a model trained on labeled bullets, reading the object found by
// the shallow parse in nlp/clauses and judged by nlp/specificity); this rule reports the verdicts whose
// reason is the object and underlines the words that weighed most.
import { analysisOf } from '../nlp';
import { verdictOf, type Verdict } from '../judge';
import { findVagueSpans, genericVocabulary, hasQuantifier, isGenericPhrase, isSpecificToken, type GenericVocabulary, type VagueSpan } from '../nlp/specificity';
import { isAdverb, isSentenceEnd } from '../nlp/tokens';
import { readVerb } from '../nlp/verbs';
import { parseNounPhrase, type BulletAnalysis, type NounPhrase } from '../nlp/clauses';
import { capacityClaim } from '../nlp/self-description';
import type { Rule, RuleFinding } from '../types';
import { ROUTINE_OBJECTS } from '../lexicon/verb-objects';
import { VARIETY_QUANTIFIERS } from '../lexicon/generic';
import { CONJUNCTIONS, PREPOSITIONS } from '../nlp/word-classes';
import { singularNoun } from '../nlp/openings';
import { bulletFinding, narrativeBullets } from './util';
import { isWritersNote } from './work-line';

/** Adjectives of size that stand where a number should be ("large datasets", "huge volumes of data"). */
const SIZE_WORDS = new Set(['large', 'huge', 'massive', 'vast', 'big', 'enormous', 'immense', 'sizable', 'sizeable']);

function sizeWordOpens(text: string): boolean {
  const words = text.toLowerCase().split(/\s+/);
  const first = words[0] === 'a' || words[0] === 'an' ? words[1] : words[0];
  return SIZE_WORDS.has(first ?? '') && words.length >= 2;
}

function sizeMessage(text: string): string {
  return `"${text}" gives a size without a number: say how large (rows, gigabytes, samples, users) and what it was.`;
}

function message(why: VagueSpan['why'] | undefined, text: string): string {
  switch (why) {
    case 'open-ending':
      return `"${text}" stands for items you did not name: name the ones that matter and drop the rest.`;
    case 'placeholder':
      return `"${text}" names nothing specific: say which practice, tool or thing you mean.`;
    default:
      if (sizeWordOpens(text)) return sizeMessage(text);
      return `"${text}" is generic: name the feature, system or deliverable (which one, for whom) or the result it had.`;
  }
}

/**
 * The generic object the finding names when the parse's generic spans found none: the main object, or
 * for a verbless bullet ("Development of internal services") the noun phrase it opens with — but only
 * when that phrase is itself generic (its "of" part included). A verdict whose generic words cannot be
 * named is not reported: a squiggle under "during" or under a bold label explains nothing.
 */
function namedGenericObject(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const main = a.clauses.find((c) => c.sentence === 0 && c.verbs.length && c.objects.length);
  let np: NounPhrase | undefined = main?.objects[0];
  if (!np && !a.clauses.some((c) => c.sentence === 0 && c.verbs.length)) np = parseNounPhrase(a.tokens, a.opening, extraVerbs);
  if (!np || !isGenericPhrase(a, np, vocab, extraVerbs)) return undefined;
  return { start: a.tokens[np.start].start, end: a.tokens[np.end - 1].end };
}

/**
 * "Did various reports for management", "Prepared several analyses": the main object counted by a
 * vague quantifier instead of a number, with no word but its plain, lower-case head that says which
 * ones. The head need not be in the generic vocabulary: "various" + any bare plural asks "which?".
 * Used only where the judge already calls the object vague.
 */
function vaguelyCountedObject(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const main = a.clauses.find((c) => c.sentence === 0 && c.verbs.length && c.objects.length);
  const np = main?.objects[0];
  if (!np || np.of || !hasQuantifier(a, np, vocab)) return undefined;
  const head = a.tokens[np.head];
  if (!/^\p{Ll}+s$/u.test(head.text)) return undefined;
  for (let i = np.start; i < np.end; i++) if (i !== np.head && isSpecificToken(a, i, vocab, extraVerbs)) return undefined;
  return { start: a.tokens[np.start].start, end: head.end };
}

/**
 * "Ran studies, … to measure recall of the search ranking", "Raised accuracy by tuning prompt
 * templates": a purpose or means clause later in the same sentence names what the generic object was
 * about. Two specific words after "to VERB" or "by VERBing" are enough to leave the object unreported.
 */
function specifiedLater(a: BulletAnalysis, end: number, vocab: GenericVocabulary, extraVerbs: readonly string[]): boolean {
  const tokens = a.tokens;
  let k = tokens.findIndex((t) => t.start >= end);
  if (k < 0) return false;
  for (; k < tokens.length - 1 && !isSentenceEnd(tokens[k]); k++) {
    const w = tokens[k].lower;
    const next = readVerb(tokens[k + 1].text, extraVerbs);
    if (!((w === 'to' && next?.form === 'base') || (w === 'by' && next?.form === 'gerund'))) continue;
    let specific = 0;
    for (let n = k + 2; n < tokens.length && !isSentenceEnd(tokens[n]); n++) if (isSpecificToken(a, n, vocab, extraVerbs)) specific++;
    return specific >= 2;
  }
  return false;
}

/**
 * Prepositions that take the work a verb without a direct object acted on ("Helped with …", "Worked
 * on …"). Not "for" or "to": those name a purpose, a beneficiary or a destination ("for diverse
 * clients", "to several sites"), not the work.
 */
const WORK_PREPOSITIONS = new Set(['with', 'on', 'in', 'across', 'at']);
/** The last word of a helping phrase that takes its work next ("Helped with", "Contributed to"). */
const HELPING_PREPOSITIONS = new Set([...WORK_PREPOSITIONS, 'to', 'for']);

/**
 * "Helped with various tasks", "Worked closely with sales on multiple initiatives": when the first
 * sentence's verb takes its work through a preposition, the parse finds no direct object. A noun phrase
 * after such a preposition that counts with a vague quantifier instead of a number and is otherwise
 * generic is the generic object all the same. Only quantified phrases: "with the finance team" or "in
 * the lab" are circumstances, not the work.
 */
function quantifiedPrepositionalObjects(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  // A lone "-ly" word the shallow parse took for an object ("Worked closely with …") is not one.
  const realObject = (np: NounPhrase) => !(np.end - np.start === 1 && isAdverb(a.tokens[np.start]));
  if (a.clauses.some((c) => c.sentence === 0 && c.objects.some(realObject))) return out;
  for (let k = 0; k < a.tokens.length - 1 && !isSentenceEnd(a.tokens[k]); k++) {
    if (!WORK_PREPOSITIONS.has(a.tokens[k].lower)) continue;
    const np = parseNounPhrase(a.tokens, k + 1, extraVerbs);
    if (!np || !hasQuantifier(a, np, vocab) || !isGenericPhrase(a, np, vocab, extraVerbs)) continue;
    out.push({ start: a.tokens[np.start].start, end: a.tokens[np.end - 1].end });
  }
  return out;
}

/**
 * "Assisted management in …", "Helped finance with …": right after a helping phrase, before its
 * "with"/"in"/"on", stands the party helped, not the work — the work is what follows. When the helping
 * phrase itself ends in its preposition ("Helped with …", "Assisted in …"), what follows it is the work.
 */
function isHelpedParty(a: BulletAnalysis, verdict: Verdict, span: { start: number; end: number }): boolean {
  const weak = verdict.features.weakOpening;
  if (!weak?.entry.forPeople) return false;
  if (weak.end > 0 && HELPING_PREPOSITIONS.has(a.tokens[weak.end - 1]?.lower ?? '')) return false;
  const first = a.tokens.findIndex((t) => t.start >= span.start);
  const after = a.tokens.find((t) => t.start >= span.end);
  return first === weak.end && !!after && ['with', 'in', 'on', 'to'].includes(after.lower);
}

/**
 * "Answered questions on the forum", "Followed all safety procedures": the span is the object a verb
 * nearly always takes (lexicon/verb-objects ROUTINE_OBJECTS). The line is a routine duty; its object
 * is not what is missing.
 */
function isRoutineObject(a: BulletAnalysis, span: { start: number; end: number }): boolean {
  for (const c of a.clauses) {
    const routine = c.verb ? ROUTINE_OBJECTS[c.verb.base] : undefined;
    if (!routine) continue;
    for (const np of c.objects) {
      const head = a.tokens[np.head];
      if (head && head.start >= span.start && head.end <= span.end && routine.has(singularNoun(head.lower))) return true;
    }
  }
  return false;
}

/**
 * Heads that name no kind of work at all: "tasks", "duties", "things". Counted by a variety word, a
 * modifier does not rescue them ("various admin tasks", "assorted office duties" still ask "which?"),
 * unlike heads that name a kind of thing ("various billing features" names the area).
 */
const EMPTY_HEADS = new Set(['task', 'tasks', 'duty', 'duties', 'thing', 'things', 'stuff', 'activity', 'activities', 'responsibility', 'responsibilities', 'errands', 'chores']);

/** Words after a noun phrase that go on to name its kinds ("various tasks such as…", "(filing, …)"). */
const NAMING_NEXT = new Set(['such', 'including', 'like', 'e.g.', 'e.g', 'eg', 'i.e.', 'namely', ':', '(', '–', '—']);

/**
 * "Handled various tasks", "did different things", "assorted duties", "for various projects": a
 * variety quantifier opening a noun phrase whose head is a generic noun, wherever the phrase stands in
 * the first sentence (object, or after a preposition beside a specific object). The quantifier stands
 * where the kinds should be named, whatever the judge makes of the rest of the line. Not when
 * something counts or fixes the phrase first ("three different approaches", "the different stages"),
 * and not when the kinds are named right after it ("various tasks such as …", "different types of
 * reports", "various duties: …").
 */
function varietyObjects(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs: readonly string[]): VagueSpan[] {
  const out: VagueSpan[] = [];
  const tokens = a.tokens;
  for (let k = 0; k < tokens.length - 1 && !isSentenceEnd(tokens[k]); k++) {
    if (!VARIETY_QUANTIFIERS.has(tokens[k].lower)) continue;
    const prev = tokens[k - 1];
    // After a verb, a preposition, a conjunction or a break only: a number or a determiner before it
    // counts or fixes the phrase ("three different approaches", "the different stages").
    if (prev && !prev.punct && !PREPOSITIONS.has(prev.lower) && !CONJUNCTIONS.has(prev.lower) && !readVerb(prev.text, extraVerbs)) continue;
    // "various other tasks": "other" is a determiner the phrase parser would stop at; the phrase goes on.
    const from = tokens[k + 1]?.lower === 'other' ? k + 1 : k;
    const np = parseNounPhrase(tokens, from, extraVerbs);
    if (!np || np.start !== from) continue;
    const head = tokens[np.head];
    if (!isGenericPhrase(a, np, vocab, extraVerbs) && !EMPTY_HEADS.has(head.lower)) continue;
    // The head says what there were several kinds of; "things", "tasks", "duties" — never a kind itself.
    if (!vocab.heads.has(head.lower) || np.of) continue;
    const next = tokens[np.end];
    if (next && NAMING_NEXT.has(next.lower)) continue;
    if (specifiedLater(a, head.end, vocab, extraVerbs)) continue;
    out.push({ start: tokens[k].start, end: head.end, text: a.text.slice(tokens[k].start, head.end), why: 'generic-object' });
    k = np.end - 1;
  }
  return out;
}

/**
 * "… filing, scanning and other tasks", "Prepped orders and other duties": a list closed by "and
 * other" + a head that names no kind of work stands for items not named, like "etc." Not when the kinds
 * follow ("and other tasks such as …") or a number counts them ("and 3 other tasks").
 */
function otherClosers(a: BulletAnalysis): VagueSpan[] {
  const out: VagueSpan[] = [];
  const tokens = a.tokens;
  for (let k = 1; k + 2 < tokens.length && !isSentenceEnd(tokens[k]); k++) {
    if (!(tokens[k].lower === 'and' || tokens[k].lower === 'or') || tokens[k + 1].lower !== 'other') continue;
    const head = tokens[k + 2];
    if (!EMPTY_HEADS.has(head.lower)) continue;
    const next = tokens[k + 3];
    if (next && NAMING_NEXT.has(next.lower)) continue;
    out.push({ start: tokens[k + 1].start, end: head.end, text: a.text.slice(tokens[k + 1].start, head.end), why: 'open-ending' });
  }
  return out;
}

/**
 * "Analysis was performed on large datasets", "Processed huge volumes of data": a size adjective on a
 * generic noun says "a lot" where a number belongs. Like the variety quantifiers, reported whatever the
 * judge makes of the rest of the line — unless a number sits in the phrase or right after it ("a vast
 * dataset of 330 million records"), or a purpose names what the data was for.
 */
function sizedObjects(a: BulletAnalysis, vocab: GenericVocabulary, extraVerbs: readonly string[]): VagueSpan[] {
  const out: VagueSpan[] = [];
  const tokens = a.tokens;
  for (let k = 0; k < tokens.length - 1 && !isSentenceEnd(tokens[k]); k++) {
    if (!SIZE_WORDS.has(tokens[k].lower)) continue;
    const prev = tokens[k - 1];
    // Opening the phrase, after a verb or a preposition ("on large datasets"), or after "a"/"the".
    const opensPhrase = !prev || prev.punct || PREPOSITIONS.has(prev.lower) || CONJUNCTIONS.has(prev.lower) || ['a', 'an', 'the'].includes(prev.lower) || !!readVerb(prev.text, extraVerbs);
    if (!opensPhrase) continue;
    const np = parseNounPhrase(tokens, k, extraVerbs);
    if (!np || np.start !== k || !isGenericPhrase(a, np, vocab, extraVerbs)) continue;
    const head = tokens[np.head];
    if (!vocab.heads.has(head.lower)) continue;
    // A number in the phrase or within the next few words gives the size.
    let numbered = false;
    for (let n = np.start; n < Math.min(tokens.length, np.end + 4) && !isSentenceEnd(tokens[n]); n++) if (/\d/.test(tokens[n].text)) numbered = true;
    if (numbered || specifiedLater(a, tokens[np.end - 1].end, vocab, extraVerbs)) continue;
    const from = prev && ['a', 'an'].includes(prev.lower) ? prev.start : tokens[k].start;
    const to = tokens[np.end - 1].end;
    out.push({ start: from, end: to, text: a.text.slice(from, to), why: 'generic-object' });
    k = np.end - 1;
  }
  return out;
}

/**
 * "for test environment and test data", "on unit tests and unit coverage": the word the parse took
 * for a verb of a second clause ("and test data") modifies a noun earlier in the same list too
 * ("test environment"). The coordination is of noun phrases, and the span's noun is a compound
 * ("test data"), a named artifact, not a generic object.
 */
function parallelModifier(a: BulletAnalysis, span: { start: number; end: number }): boolean {
  const k = a.tokens.findIndex((t) => t.start >= span.start);
  const w = a.tokens[k - 1];
  const conj = a.tokens[k - 2];
  if (k < 2 || !w || w.punct || !conj || !(conj.lower === 'and' || conj.lower === 'or' || conj.text === ',')) return false;
  for (let n = 0; n < k - 2 && !isSentenceEnd(a.tokens[n]); n++) {
    const next = a.tokens[n + 1];
    if (a.tokens[n].lower === w.lower && next && !next.punct && !CONJUNCTIONS.has(next.lower) && !PREPOSITIONS.has(next.lower) && next.lower !== 'of') return true;
  }
  return false;
}

const overlaps = (x: { start: number; end: number }, y: { start: number; end: number }) => x.start < y.end && y.start < x.end;

export const genericObject: Rule = {
  id: 'generic-object',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'A bullet whose main object is generic ("new features", "various tasks", "solutions", "etc.").',
  docs: {
    why: 'A reader can only picture a contribution when it names its object. "Developed new features" fits every developer who ever lived; "Built offline sync for the Android app" fits you.',
    bad: 'Developed new features and fixed bugs for various customers.',
    good: 'Built CSV export and SSO login for the admin dashboard used by 40 hospital clients.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    const vocab = genericVocabulary(lexicon);
    for (const bullet of narrativeBullets(doc)) {
      const verdict = verdictOf(bullet, lexicon);
      type Span = { start: number; end: number; why?: VagueSpan['why'] };
      const a = analysisOf(bullet, lexicon);
      // A note left for later ("TODO: add metrics") names what is missing; it claims no work.
      if (isWritersNote(bullet.text)) continue;
      // The writer's capacity as the object is a self-description; that rule reports it.
      if (capacityClaim(a)) continue;
      // Variety phrases are reported whatever the verdict, once, beside what the verdict finds.
      const varieties = varietyObjects(a, vocab, lexicon.strongVerbs).filter((v) => !isRoutineObject(a, v));
      const variety = [...varieties, ...otherClosers(a).filter((c) => !varieties.some((v) => overlaps(c, v)))];
      const sized = sizedObjects(a, vocab, lexicon.strongVerbs).filter((v) => !variety.some((w) => overlaps(v, w)));
      const before = out.length;
      const addVariety = () => {
        const taken = out.slice(before).map((f) => f.range);
        for (const v of variety) {
          const f = bulletFinding(bullet, v.start, v.end, message(v.why, v.text));
          if (!taken.some((t) => overlaps(t, f.range))) out.push(f);
        }
        for (const v of sized) {
          const f = bulletFinding(bullet, v.start, v.end, sizeMessage(v.text));
          if (!out.slice(before).some((t) => overlaps(t.range, f.range))) out.push(f);
        }
      };
      if (verdict.reason !== 'generic-object' && verdict.reason !== 'weak-opening') {
        addVariety();
        continue;
      }
      const parsed = findVagueSpans(a, vocab, lexicon.strongVerbs);
      const found: VagueSpan[] = parsed.length
        ? parsed
        : quantifiedPrepositionalObjects(a, vocab, lexicon.strongVerbs).map((s) => ({ ...s, text: a.text.slice(s.start, s.end), why: 'generic-object' as const }));
      if (verdict.reason === 'weak-opening') {
        // A bullet vague by its opening may have a generic object too ("Worked on various projects"):
        // the parse's generic spans are reported beside the opening. (An open ending alone, under a
        // verdict of not vague, is not: on the labeled bullets those sit in tools lists of concrete
        // bullets, which annotators did not call vague.)
        const counted = found.length ? undefined : vaguelyCountedObject(a, vocab, lexicon.strongVerbs);
        const candidates = counted ? [{ ...counted, text: a.text.slice(counted.start, counted.end), why: 'generic-object' as const }] : found;
        const shown = candidates.filter((g) => g.why !== 'generic-object' || !(specifiedLater(a, g.end, vocab, lexicon.strongVerbs) || isHelpedParty(a, verdict, g) || isRoutineObject(a, g) || parallelModifier(a, g)));
        for (const s of shown) out.push(bulletFinding(bullet, s.start, s.end, message(s.why, bullet.text.slice(s.start, s.end))));
        addVariety();
        continue;
      }
      // The parse's generic spans locate the object best; without one, a generic main object the
      // parse can name. Neither: no finding (precision over recall; see docs/vague-detection.md).
      const spans: Span[] = found.filter((g) => g.why !== 'generic-object' || !(specifiedLater(a, g.end, vocab, lexicon.strongVerbs) || parallelModifier(a, g)));
      const named = spans.length ? undefined : (namedGenericObject(a, vocab, lexicon.strongVerbs) ?? vaguelyCountedObject(a, vocab, lexicon.strongVerbs));
      const fallback = named && !specifiedLater(a, named.end, vocab, lexicon.strongVerbs) ? named : undefined;
      const chosen: Span[] = spans.length ? spans : fallback ? [fallback] : [];
      const shown = chosen.filter((s) => (s.why !== 'open-ending' && s.why !== 'placeholder' ? !isRoutineObject(a, s) : true));
      for (const s of shown) {
        out.push(bulletFinding(bullet, s.start, s.end, message(s.why, bullet.text.slice(s.start, s.end))));
      }
      addVariety();
    }
    return out;
  },
};
