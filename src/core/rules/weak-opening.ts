// Bullets that open with a duty phrase ("Responsible for", "Helped", "Worked on") instead of what the
// person did. Whether a bullet is vague is the judge's verdict (judge/, a model trained on labeled
// bullets); this rule reports the verdicts whose reason is the opening and underlines the phrase.
// Its fixes are suggestions, never applied in bulk: another verb changes the claim. They keep the
// bullet's tense, never propose another weak opening, and are not offered when no one-word verb fits
// the object ("Helped the CEO prepare board decks").
import type { Bullet } from '../document/types';
import type { WeakOpening } from '../lexicon/weak-openings';
import { GENERIC_PARTIES } from '../lexicon/generic';
import { TECH_TERMS } from '../lexicon/tech-terms';
import { NOUN_LIKE_VERBS } from '../lexicon/ambiguous-verbs';
import { parseNounPhrase, type BulletAnalysis } from '../nlp/clauses';
import { analysisOf } from '../nlp';
import { verdictOf, type Verdict } from '../judge';
import { isSystemNoun, matchWeakOpening, type OpeningMatch } from '../nlp/openings';
import { nounClassOf, nounClassesOf } from '../nlp/noun-class';
import { readVerb } from '../nlp/verbs';
import { DETERMINERS, ING_NOUNS, PARTICLES, PREPOSITIONS, PRONOUNS } from '../nlp/word-classes';
import { genericVocabulary, isSpecificToken, type GenericVocabulary } from '../nlp/specificity';
import { isAdverb, isSentenceEnd } from '../nlp/tokens';
import { capitalize, inflectLike } from '../text/inflect';
import type { Fix, Rule, RuleFinding } from '../types';
import { dutyFragment, isActionNoun } from './duty-fragment';
import { opensWithUnknownGerund, openingObject, sharedArrangement, verbFitsObject, type OpeningObject } from './opening-object';
import { bulletFinding, narrativeBullets, replaceInBullet } from './util';
import { learningVerbPhrase } from './work-line';
import { TO_AN_EVENT } from './regional-english-patterns';

type Tense = 'past' | 'base' | 'third' | 'gerund';

/** Verbs that would make the fixed bullet open weakly again: never suggested. */
const WEAK_HEADS = new Set(['help', 'assist', 'aid', 'support', 'handle', 'work', 'participate', 'learn', 'attend', 'observe', 'shadow', 'deal', 'gain', 'be', 'contribute', 'collaborate', 'partner', 'engage', 'involve', 'take', 'serve', 'use']);

/** Openings that help with or take part in someone else's work: "Helped with", "Assisted in", "Participated in", "Involved in". */
const PART_TAKING = /^(?:help|assist|aid|participate|take part|involved)\b/;
/** The placeholder a part-taking template leaves for the writer to fill in. */
const YOUR_PART = '[your part]';
/**
 * Openings that give help to someone else's work ("Supported the AP team during the close"): a verb
 * that makes the writer the doer ("Coordinated", "Enabled", "Delivered") claims more than was said.
 */
const HELPING = /^(?:help|assist|aid|support)\b/;
/**
 * The people care is given to, helped with a task of daily living or treatment ("Assist patients with
 * ADLs", "Assisted residents with feeding"): in nursing and care work that help is the care itself.
 * (Helping clients or customers "with inquiries" stays a support phrase, as the corpus reviewers read it.)
 */
const RECIPIENTS = new Set(['patient', 'patients', 'resident', 'residents']);

/** Whether the words after the opening name the people cared for ("patients", "the residents") and then "with" a task. */
function servesRecipients(a: BulletAnalysis, at: number): boolean {
  const words = a.tokens.slice(at).filter((t) => !t.punct).map((t) => t.lower);
  const k = /^(?:the|our|all|new|elderly|adult|young|hospitalized|hospitalised)$/.test(words[0] ?? '') ? 1 : 0;
  return RECIPIENTS.has(words[k] ?? '') && words[k + 1] === 'with';
}
/** The one claim a helping verb shares with a strong one: keeping a system running ("Supported 40 servers" → "Maintained"). */
const UPKEEP = 'maintain';

/** Who a helping verb may act on. */
const PEOPLE = new Set([...GENERIC_PARTIES, 'students', 'interns', 'hires', 'patients', 'guests', 'volunteers', 'residents', 'children', 'peers', 'juniors', 'designers', 'scientists', 'analysts', 'nurses', 'doctors', 'physicians', 'teachers', 'researchers', 'professors', 'pms', 'leads', 'owners', 'squad', 'crew']);

/** The bullet's entry has dates that end, and not "Present": finished work reads in the past tense. */
function roleEnded(bullet: Bullet): boolean {
  const dates = bullet.entry?.dates;
  return !!dates && !dates.current && dates.end !== undefined;
}

/**
 * The tense the bullet is written in is kept: a verb phrase keeps its form ("Helped" → past, "Help" →
 * base), except a present tense in a role that has ended ("Handle …" under 2012–2017), which the
 * suggestion puts right rather than repeat (tense-mismatch reads the dates the same way). A phrase
 * without a verb ("Responsible for") takes the role's: base for a current role, else past.
 */
function targetTense(bullet: Bullet, m: OpeningMatch, a?: BulletAnalysis): Tense {
  // "Was working with X": the progressive's auxiliary carries the tense, and the replacement drops it
  // ("Worked with", not "Building with").
  const aux = a?.tokens[m.start]?.lower;
  if (m.form === 'gerund' && aux && /^(?:was|were|is|are|am|been)$/.test(aux)) return /^(?:was|were|been)$/.test(aux) || roleEnded(bullet) ? 'past' : 'base';
  // "Dealing with complaints" beside "Led …", "Cut …" in a finished role: the siblings' past tense, not the gerund.
  // Not when a later "and making …" would be left a gerund beside it.
  const gerundConjunct = !!a?.tokens.some((t, k) => k >= m.end && t.lower === 'and' && readVerb(a.tokens[k + 1]?.text ?? '')?.form === 'gerund');
  if (m.form === 'gerund' && roleEnded(bullet) && !gerundConjunct && siblingsOpenInPast(bullet)) return 'past';
  if (m.form && !((m.form === 'base' || m.form === 'third') && roleEnded(bullet))) return m.form;
  return bullet.entry?.dates?.current ? 'base' : 'past';
}

/** Most of the other bullets of the entry open with a past-tense verb. */
function siblingsOpenInPast(bullet: Bullet): boolean {
  const others = (bullet.entry?.bullets ?? []).filter((o) => o !== bullet && o.depth === bullet.depth);
  const past = others.filter((o) => readVerb(/^\W*([\p{L}-]+)/u.exec(o.text)?.[1] ?? '')?.form === 'past').length;
  return past > 0 && past * 2 > others.length;
}

function inflectPhrase(phrase: string, tense: Tense): string {
  const [head, ...rest] = phrase.split(' ');
  const parts = head.split('-');
  const last = parts.pop()!;
  const verb = [...parts, tense === 'base' ? last : inflectLike(last, tense)].join('-');
  return [verb, ...rest].join(' ');
}

function matchCase(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? capitalize(replacement) : replacement;
}

/**
 * "Responsible for building X", "Helped (to) build X", "Learned to deploy X", "Responsible for
 * opening and closing the store": the verbs that follow are what was done. Returns their token
 * indices and base forms, or undefined when no verb follows, or 'broken' when a coordinated -ing
 * word would stay a gerund beside the rewritten verb ("Sorted and shelving", "Prepared buffers and
 * running gels"): the compound changes together or not at all.
 */
function followingVerbs(a: BulletAnalysis, m: OpeningMatch): { index: number; base: string }[] | 'broken' | undefined {
  const words = m.entry.phrase.split(' ');
  const last = words[words.length - 1];
  let k = m.end;
  if (a.tokens[k]?.lower === 'to' && last !== 'to') k++;
  const first = readVerbToken(a, k);
  if (!first || WEAK_HEADS.has(first.base)) return undefined;
  const takesGerund = ['for', 'with', 'in', 'on', 'of', 'to', 'about'].includes(last) && first.form === 'gerund';
  const takesBase = (['help', 'to', 'learn'].includes(last) || k > m.end) && first.form === 'base';
  if (!takesGerund && !takesBase) return undefined;
  const chain = [{ index: k, base: first.base }];
  // "opening and closing", "designing, building and testing"
  for (let n = k + 1; n + 1 < a.tokens.length; ) {
    let at = n;
    while (a.tokens[at] && (a.tokens[at].text === ',' || a.tokens[at].lower === 'and' || a.tokens[at].lower === 'or')) at++;
    const v = at > n ? readVerbToken(a, at) : undefined;
    if (!v || v.form !== first.form || WEAK_HEADS.has(v.base)) break;
    chain.push({ index: at, base: v.base });
    n = at + 1;
  }
  // "Responsible for marketing." reads as a noun; "for onboarding new hires" as a verb with an object.
  const after = a.tokens[chain[chain.length - 1].index + 1];
  const objectFollows = !!after && !after.punct && !PREPOSITIONS.has(after.lower) && after.lower !== 'of';
  if (first.form === 'gerund' && !objectFollows && chain.some((c) => ING_NOUNS.has(a.tokens[c.index].lower))) return undefined;
  if (first.form === 'gerund') {
    const later = laterGerunds(a, chain[chain.length - 1].index);
    if (later === 'broken') return 'broken';
    chain.push(...later);
  }
  return chain;
}

const isCoordinator = (t: { text: string; lower: string } | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or');

/**
 * The -ing words coordinated with the opening's verbs later in the sentence: "preparing buffers and
 * running the gels" → "running", rewritten with them. One the lexicon cannot read makes the rewrite
 * 'broken'. An -ing word that is as often a noun ("and reporting tools", "and billing") is left alone.
 */
function laterGerunds(a: BulletAnalysis, last: number): { index: number; base: string }[] | 'broken' {
  const out: { index: number; base: string }[] = [];
  // Right after the chain: "sorting and shelving" whose "shelving" the lexicon does not know, or a
  // list that goes on with a noun ("tutoring, grading and parent outreach"): the rewritten verbs
  // would stand in one list with it.
  let at = last + 1;
  while (isCoordinator(a.tokens[at])) at++;
  if (at > last + 1 && a.tokens[at] && !a.tokens[at].punct) return 'broken';
  for (let n = last + 1; n + 1 < a.tokens.length && !isSentenceEnd(a.tokens[n]); n++) {
    if (!isCoordinator(a.tokens[n])) continue;
    const g = a.tokens[n + 1];
    if (g.punct || !/ing$/.test(g.lower) || g.lower.length < 5) continue;
    const after = a.tokens[n + 2];
    // "and running." or "and testing for …": a noun as well as a verb; either reads.
    if (!after || after.punct || PREPOSITIONS.has(after.lower)) continue;
    // "and training them", "and billing the clients": an object of its own makes even a word that is
    // often a noun a verb; before a noun ("and reporting tools") it stays one.
    const objectAfter = DETERMINERS.has(after.lower) || PRONOUNS.has(after.lower) || /^\d/.test(after.text);
    if (ING_NOUNS.has(g.lower) && !objectAfter) continue;
    const v = readVerb(g.text);
    if (!v || v.form !== 'gerund') return 'broken';
    // "planning menus, ordering and staff scheduling": the list goes on past the rewritten word with a
    // noun ("Planned menus, ordered and staff scheduling" would not read).
    let k = n + 2;
    while (isCoordinator(a.tokens[k])) k++;
    if (k > n + 2 && a.tokens[k] && !a.tokens[k].punct && readVerb(a.tokens[k].text)?.form !== 'gerund') return 'broken';
    out.push({ index: n + 1, base: v.base });
  }
  return out;
}

function readVerbToken(a: BulletAnalysis, k: number) {
  const t = a.tokens[k];
  return t && !t.punct ? readVerb(t.text) : undefined;
}

/**
 * The words of the noun phrase at `k`: past its determiners, at most four tokens, up to a preposition,
 * a conjunction or punctuation (`end`: where the walk stopped).
 */
function phraseAt(a: BulletAnalysis, k: number): { words: number[]; end: number } {
  let n = k;
  while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) n++;
  const words: number[] = [];
  for (const end = Math.min(a.tokens.length, n + 4); n < end; n++) {
    const t = a.tokens[n];
    if (t.punct || PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'and' || t.lower === 'to') break;
    words.push(n);
  }
  return { words, end: n };
}

/** Does the phrase act on people ("Helped new hires …", "Worked with the design team")? And does a verb follow them? */
function actsOnPeople(a: BulletAnalysis, k: number): { people: boolean; verbAfter: boolean } {
  const { words, end } = phraseAt(a, k);
  // The first word of the phrase that names people ("new hires"), not a capitalised name after the first word.
  const at = words.find((n) => PEOPLE.has(a.tokens[n].lower) && !(/^\p{Lu}/u.test(a.tokens[n].text) && n > k));
  const people = at !== undefined;
  const next = a.tokens[people ? at + 1 : end];
  const v = next && !next.punct ? readVerb(next.text) : undefined;
  const verbAfter = people && !!v && (v.form === 'base' || v.base === next.lower);
  return { people, verbAfter };
}

/** "Assisted to the Andean Data Science Congress": an event one attends, which regional-english reports. */
const ASSISTED_TO_EVENT = new RegExp(`^${TO_AN_EVENT}`, 'i');

/** The head of the noun phrase at `k` (its last word) has a sense that names people in WordNet ("the customs agents"). */
function headIsPerson(a: BulletAnalysis, k: number): boolean {
  const { words } = phraseAt(a, k);
  const head = words.length ? a.tokens[words[words.length - 1]] : undefined;
  return !!head && !/^\p{Lu}/u.test(head.text) && !!nounClassesOf(head.lower)?.classes.includes('person');
}

/** The head of the noun phrase at `k` is a word for people ("the new clients", "patients"). */
function headInPeople(a: BulletAnalysis, k: number): boolean {
  const { words } = phraseAt(a, k);
  const head = words.length ? a.tokens[words[words.length - 1]] : undefined;
  return !!head && PEOPLE.has(head.lower) && !(/^\p{Lu}/u.test(head.text) && words.length > 1);
}

/** A line that states a membership: "Member of …", "Active member of …", "Member since 2019". */
const MEMBERSHIP = /^\s*(?:(?:active|founding|elected|voting|full|student|volunteer|committee|board)\s+)?members?\s+(?:of|since|in)\b/i;
/** Sections of work done, where a membership line stands in for what was done. */
const WORK_SECTIONS = new Set(['experience', 'projects', 'research', 'summary']);
/** A heading of unpaid involvement, whatever kind its other words give it ("Voluntary Work"). */
const MEMBERSHIP_SECTION = /\b(?:volunt\w*|activit\w*|involvement|affiliations?|memberships?|clubs?|societ\w*|extracurricular)\b/i;

/** What comes in to be dealt with: one does not attend requests, one attends TO them (Spanish "atender"). */
const INCOMING = /^(?:requests?|calls?|queries|query|enquiries|enquiry|inquiries|inquiry|complaints?|tickets?|orders?|e-?mails?|messages?|cases?|claims?|incidents?|issues?|emergencies|emergency)$/;

function headIsIncoming(a: BulletAnalysis, k: number): boolean {
  const { words } = phraseAt(a, k);
  const head = words.length ? a.tokens[words[words.length - 1]] : undefined;
  return !!head && INCOMING.test(head.lower);
}

/**
 * "Worked closely with marketing on …", "Worked with the finance office on …": one works closely with
 * a partner, and works with a partner ON a task. So after "with", a manner adverb inside the phrase
 * marks a party; so does "on" right after a short phrase of common lower-case words that are not
 * technologies. A name or a technology there ("Worked with Terraform on …", "with Kafka Streams to …")
 * is a tool, and the verb suggestion ("Built with …") still fits.
 */
function worksWithPartner(a: BulletAnalysis, m: OpeningMatch): boolean {
  if (a.tokens[m.end - 1]?.lower !== 'with') return false;
  for (let k = m.start; k < m.end; k++) if (isAdverb(a.tokens[k]) || a.tokens[k].lower === 'together') return true;
  let n = m.end;
  while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) n++;
  for (let seen = 0; seen < 4 && n < a.tokens.length; seen++, n++) {
    const t = a.tokens[n];
    if (t.punct) return false;
    if (t.lower === 'on') return seen > 0;
    if (PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'and') return false;
    // A capital or a known technology: a name, most often a tool's.
    if (/\p{Lu}/u.test(t.text) || TECH_TERMS[t.lower]) return false;
  }
  return false;
}

/** The head of the noun phrase starting at token k: its last word before a preposition, a conjunction or punctuation. */
function phraseHead(a: BulletAnalysis, k: number): { text: string; lower: string } | undefined {
  const at = phraseHeadIndex(a, k);
  return at === undefined ? undefined : a.tokens[at];
}

/** Where the phrase's head word stands: its last word before a preposition, a conjunction or punctuation (at most four words). */
function phraseHeadIndex(a: BulletAnalysis, k: number): number | undefined {
  let n = k;
  while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) n++;
  let head: number | undefined;
  for (let seen = 0; seen < 4 && n < a.tokens.length; seen++, n++) {
    const t = a.tokens[n];
    if (t.punct || PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'and' || t.lower === 'or' || t.lower === 'to') break;
    // "tasks related to EMC testing", "tools based on Kafka": a participle after the noun opens its modifier.
    const next = a.tokens[n + 1];
    if (seen > 0 && /[a-z]ed$/.test(t.lower) && next && (PREPOSITIONS.has(next.lower) || next.lower === 'to')) break;
    head = n;
  }
  return head;
}

/**
 * The verb an act noun is made from: "migration" → "migrate", "deployment" → "deploy",
 * "integration" → "integrate", "redesign"-like nouns that are verbs already are not acts here.
 */
function verbOfAct(noun: string): string | undefined {
  if (!/(?:ation|ition|ment|sion|tion)$/.test(noun)) return undefined;
  const classes = nounClassesOf(noun)?.classes;
  if (!classes || !(classes[0] === 'act' || classes[0] === 'process')) return undefined;
  const candidates = [noun.replace(/ation$/, 'ate'), noun.replace(/ation$/, ''), noun.replace(/ation$/, 'e'), noun.replace(/ment$/, ''), noun.replace(/ion$/, 'e'), noun.replace(/ion$/, '')];
  return candidates.find((v) => v !== noun && v.length >= 3 && readVerb(v)?.form === 'base');
}

/**
 * "Built with", "Developed with", "Used" take a tool: they fit "Worked with Terraform" but turn
 * "Worked with the backend developer to …" into nonsense. So they are offered only when the phrase's
 * head reads as a tool or a name (a known technology, a capital, a digit), never a person or group.
 */
function headIsTool(a: BulletAnalysis, k: number): boolean {
  const head = phraseHead(a, k);
  if (!head || PEOPLE.has(head.lower)) return false;
  return !!TECH_TERMS[head.lower] || /\p{Lu}|\d/u.test(head.text);
}
// Not "apply": it fits a method as well as a tool ("Applied survival analysis").
const TAKES_A_TOOL = new Set(['use', 'build with', 'develop with']);

/**
 * "Worked on thermal testing", "Helped with the load analysis": the work is an activity, which one
 * conducts or runs; "Built thermal testing" does not say that.
 */
function headIsActivity(a: BulletAnalysis, k: number): boolean {
  const head = phraseHead(a, k)?.lower ?? '';
  // Analyses and tests of any kind ("load analysis", "usability testing") and research; other -ing
  // heads are as often things built ("the logging", "caching").
  if (/(?:lysis|lyses|testing)$/.test(head) || head === 'research') return true;
  // A noun whose every sense is an act or a process ("protein purification"), none a thing made.
  const classes = nounClassesOf(head)?.classes;
  return !!classes && (classes[0] === 'act' || classes[0] === 'process') && classes.every((c) => c === 'act' || c === 'process' || c === 'event' || c === 'attribute');
}
const MAKES_A_THING = new Set(['build', 'implement', 'develop']);
const FOR_AN_ACTIVITY = ['conduct', 'run'];
/** Heads that name a standing function of a team: support, maintenance, operations, administration. */
const FUNCTION_HEAD = /^(?:support|maintenance|operations|administration|upkeep)$/;

/** "X prepare Y" after the phrase: a short noun phrase, then a base-form verb acting on its own object. */
function verbFollowsObject(a: BulletAnalysis, k: number): boolean {
  let n = k;
  while (a.tokens[n] && DETERMINERS.has(a.tokens[n].lower)) n++;
  for (let seen = 0; seen < 4 && n < a.tokens.length; seen++, n++) {
    const t = a.tokens[n];
    if (t.punct || PREPOSITIONS.has(t.lower) || t.lower === 'of' || t.lower === 'and' || t.lower === 'to') return false;
    if (seen === 0) continue;
    // "support requests" is a noun; "on-call", "follow-up" a modifier.
    const v = NOUN_LIKE_VERBS.has(t.lower) || t.text.includes('-') ? undefined : readVerb(t.text);
    const next = a.tokens[n + 1];
    if (v && v.form === 'base' && next && !next.punct && !PREPOSITIONS.has(next.lower) && (canAct(a.tokens[n - 1]) || !nounClassesOf(t.lower))) return true;
  }
  return false;
}

/**
 * The word before such a verb is its subject: a person, a group or a name ("the CEO", "customers",
 * "the team"). After anything else ("the spring inventory audit", "the weekend instrument rotation")
 * a verb-like word that is also a noun is a noun of a compound.
 */
function canAct(t: { text: string; lower: string } | undefined): boolean {
  if (!t) return false;
  if (/^\p{Lu}/u.test(t.text) || PEOPLE.has(t.lower)) return true;
  const cls = nounClassesOf(t.lower)?.classes[0];
  return cls === 'person' || cls === 'group';
}

/** Verbs whose object is people (hiring, teaching, caring) or a quantity changed: a part "of" them does not read. */
const NOT_MADE = new Set([
  'hire', 'recruit', 'onboard', 'mentor', 'coach', 'train', 'teach', 'tutor', 'supervise', 'treat', 'nurse', 'care', 'counsel', 'serve', 'assist', 'help', 'support',
  'reduce', 'cut', 'decrease', 'lower', 'minimize', 'shorten', 'trim', 'increase', 'improve', 'boost', 'grow', 'raise', 'maximize', 'double', 'triple', 'expand', 'accelerate', 'speed', 'lift',
]);

const BUILDING = new Set(['build', 'develop', 'design', 'implement', 'write', 'create', 'code', 'program', 'prototype', 'engineer', 'architect', 'construct', 'draft', 'assemble', 'test']);

/** The verbs after "Helped" make a thing: none of them acts on people or changes a quantity, and their object is not people. */
function followMakesAThing(a: BulletAnalysis, follow: { index: number; base: string }[]): boolean {
  if (follow.some((v) => NOT_MADE.has(v.base))) return false;
  // A building verb's object is a thing even when WordNet's first sense of it is a person ("exporter", "driver").
  if (follow.every((v) => BUILDING.has(v.base))) return true;
  const np = parseNounPhrase(a.tokens, follow[follow.length - 1].index + 1);
  const head = np ? a.tokens[np.head] : undefined;
  const cls = head && !/^\p{Lu}/u.test(head.text) ? nounClassOf(head.lower) : undefined;
  return cls !== 'person' && cls !== 'group';
}

/** Items of the object that are activities: an -ing word, or a noun whose main sense is an act ("grading", "lesson planning", "patient intake"). */
function activityItems(a: BulletAnalysis, object: OpeningObject): number {
  if (object.heads.length < 2) return 0;
  return object.heads.filter((h) => {
    if (h.named) return false;
    if (/ing$/.test(h.lower) && h.lower.length > 5) return true;
    return nounClassesOf(h.lower)?.classes[0] === 'act';
  }).length;
}

function fixesFor(bullet: Bullet, a: BulletAnalysis, m: OpeningMatch): Fix[] {
  // "Worked closely, with two others, on X": a replacement of the phrase would drop the words inside it.
  if (m.interrupted) return [];
  const tense = targetTense(bullet, m, a);
  const start = a.tokens[m.start].start;
  const original = a.text.slice(start, a.tokens[m.end - 1].end);
  const follow = followingVerbs(a, m);
  if (follow === 'broken') return [];
  const partTaking = PART_TAKING.test(m.entry.phrase);
  if (follow && partTaking) {
    // "Helped build the exporter" → "Built [your part] of the exporter": the verb was the team's; the
    // claim stays a part of it until the writer names which part. A part of a made thing only: not of
    // people hired, taught or treated ("Hired [your part] of three engineers"), nor of a change in a
    // quantity ("Reduced [your part] of churn"): no template there.
    if (!followMakesAThing(a, follow)) return [];
    const last = a.tokens[follow[follow.length - 1].index];
    let text = '';
    follow.forEach((v, n) => {
      if (n > 0) text += a.text.slice(a.tokens[follow[n - 1].index].end, a.tokens[v.index].start);
      text += tense === 'base' ? v.base : inflectLike(v.base, tense);
    });
    text = `${matchCase(original, text)} ${YOUR_PART} of`;
    return [replaceInBullet(bullet, start, last.end, text, `Replace with "${text}" and name your part`)];
  }
  if (follow && !partTaking) {
    // Rebuild "opening and closing" as "Opened and closed", keeping the words between the verbs.
    let text = '';
    follow.forEach((v, n) => {
      if (n > 0) text += a.text.slice(a.tokens[follow[n - 1].index].end, a.tokens[v.index].start);
      text += tense === 'base' ? v.base : inflectLike(v.base, tense);
    });
    text = matchCase(original, text);
    const last = a.tokens[follow[follow.length - 1].index];
    return [replaceInBullet(bullet, start, last.end, text, `Replace with "${text}"`)];
  }
  // "Handled and triaging the bug queue": the weak verb is one member of a compound whose other member
  // has another form; replacing it alone keeps the pair broken ("Resolved and triaging"). "Handled and
  // triaged" keeps its form with any replacement.
  let objectAt = m.end;
  if (isCoordinator(a.tokens[m.end])) {
    const word = a.tokens[m.end + 1];
    const other = readVerbToken(a, m.end + 1);
    const sameForm = other ? other.form === m.form : m.form === 'past' && !!word && /[a-z]ed$/.test(word.lower);
    if (!m.form || !sameForm) return [];
    objectAt = m.end + 2;
  }
  // "Support of production in …", "Handle with care": a bare verb followed by a preposition it does
  // not take in the phrase. The replacement verbs take a direct object, so "Coordinated of production"
  // would not read. After "of" (the noun's complement, "Support of X" = supporting X) the "of" goes
  // with the weak word and the rest is the new verb's object, which it must fit; after another
  // preposition the rest is no object, and no verb is offered.
  let end = a.tokens[m.end - 1].end;
  // Where the words after the phrase start: past a dropped "of".
  let after = m.end;
  const stranded = objectAt === m.end && !endsInPreposition(m.entry.phrase) ? a.tokens[m.end] : undefined;
  if (stranded && !stranded.punct && !partTaking && (stranded.lower === 'of' || PREPOSITIONS.has(stranded.lower))) {
    if (stranded.lower !== 'of') return [];
    end = stranded.end;
    objectAt = after = m.end + 1;
  }
  const object = openingObject(a, objectAt);
  const shared = sharedArrangement(object);
  // "Helped the CEO prepare board decks", "Helped customers choose laptops": the object does the
  // action, so no one-word verb can replace "Helped" without changing who did what. ("the weekend
  // instrument rotation" is a rotation: its verb-like modifier does not act.)
  if (!shared && verbFollowsObject(a, after)) return [];
  // "Supported AP during the close", "Supported production": another verb would make the writer the
  // doer of work they helped with. Only a system's upkeep is the same claim ("Maintained 40 servers",
  // "Supported the SaaS platform"); the test comes before the one for people, whose list holds
  // "platform" as a party.
  if (HELPING.test(m.entry.phrase) && !partTaking) {
    if (!namesSystems(object) || !m.entry.suggestions.includes(UPKEEP)) return [];
    const text = matchCase(original, inflectPhrase(UPKEEP, tense));
    return [replaceInBullet(bullet, start, end, text, `Replace with "${text}"`)];
  }
  // "Assisted the nurses" → "Coached the nurses" claims something else: with people as the object,
  // no verb is suggested.
  if (m.entry.forPeople && (actsOnPeople(a, after).people || worksWithPartner(a, m))) return [];
  // Helping or taking part: any one verb ("Built", "Co-led") claims more than was done, and a bare
  // "[your part] in …" template would be applied as it stands and ship bracketed text (reviewers judged
  // it so): the message asks for the part, no edit is offered.
  if (partTaking) return [];
  if (!m.entry.suggestions.length) return [];
  // "Responsible for sterilizing and packing …": a verb before an -ing word the lexicon cannot read
  // ("Owned sterilizing") does not read.
  if (opensWithUnknownGerund(a, m.end)) return [];
  // "Responsible for lesson planning, grading and parent meetings": one verb over several different
  // activities says the writer did each in that way ("Led grading", "Planned … grading"). Only
  // "Owned", which says no more than "responsible for", distributes over them.
  const activities = !!object && activityItems(a, object) >= 2;
  // "Was responsible for the weekend support rotation": taking shifts in it or running it, which the
  // words do not say; "Covered" claims the one, "Owned" the other, so no verb is offered. For a body
  // or a gathering, only the writer knows their part.
  if (shared === 'slot') return [];
  if (shared === 'body') return [];
  // "Worked on production support", "… on plant maintenance": a standing function, not a thing made
  // or an activity run once; "Built"/"Conducted production support" does not read, so no verb.
  const headAt = phraseHeadIndex(a, after);
  const head = headAt === undefined ? '' : a.tokens[headAt].lower;
  if (FUNCTION_HEAD.test(head)) return [];
  // "Worked on the migration of the portal to Kotlin": the head names an act, and its own verb says
  // it ("Migrated the portal to Kotlin"); a verb put before it ("Built the migration") does not read.
  // Without an "of" to carry the rest ("Worked on AUTOSAR migration") no verb fits, and none is offered.
  const act = headAt === undefined ? undefined : verbOfAct(head);
  if (act) {
    const of = a.tokens[headAt! + 1];
    const bare = a.tokens.slice(after, headAt).every((t) => DETERMINERS.has(t.lower));
    if (!bare || of?.lower !== 'of' || !a.tokens[headAt! + 2] || a.tokens[headAt! + 2].punct) return [];
    const text = matchCase(original, inflectPhrase(act, tense));
    return [replaceInBullet(bullet, start, a.tokens[headAt! + 2].start, `${text} `, `Rewrite as "${text} …"`)];
  }
  // "Worked on highway bridge projects", "… on various tasks": which part of a project was the writer's is the question;
  // "Built" or "Developed" claims the whole of it ("Owned", for "in charge of", claims what was said).
  const project = /^(?:projects?|initiatives?|efforts?|programs?|programmes?|tasks?|assignments?|duties)$/.test(head);
  let suggestions = m.entry.suggestions.filter((s) => (!TAKES_A_TOOL.has(s) || headIsTool(a, after)) && !(project && MAKES_A_THING.has(s)));
  if (suggestions.some((s) => MAKES_A_THING.has(s)) && headIsActivity(a, after)) {
    suggestions = [...FOR_AN_ACTIVITY, ...suggestions.filter((s) => !MAKES_A_THING.has(s))];
  }
  return suggestions
    .filter((s) => !WEAK_HEADS.has(s.split(' ')[0]))
    // "Handled cash and returns" → not "Resolved cash and returns": the verb must take every item.
    .filter((s) => verbFitsObject(s, object) && (!activities || s === 'own'))
    .map((s) => {
      const text = matchCase(original, inflectPhrase(s, tense));
      return replaceInBullet(bullet, start, end, text, `Replace with "${text}"`);
    });
}

/**
 * The object is systems: its last item's head a system noun, and every other item one too or a name
 * sharing that head ("ERP and CRM systems").
 */
function namesSystems(object: OpeningObject | undefined): boolean {
  const last = object?.heads[object.heads.length - 1];
  if (!object || !last || last.named || !isSystemNoun(last.lower)) return false;
  return object.heads.every((h) => h === last || h.named || isSystemNoun(h.lower));
}

/** "responsible for", "work on", "take care of": the phrase takes its own preposition. */
function endsInPreposition(phrase: string): boolean {
  const last = phrase.split(' ').pop()!;
  return last === 'of' || last === 'to' || PREPOSITIONS.has(last);
}

function message(entry: WeakOpening, shown: string, fixes: Fix[]): string {
  const learning = /experience|exposure|familiar|learn|shadow|observe|attend/.test(entry.phrase);
  const base = learning
    ? `"${shown}" reports exposure, not a contribution: say what you built, ran or changed with it.`
    : `"${shown}" states a duty or a supporting role, not what you did: open with a strong verb.`;
  // Taking part: only the writer knows which part was theirs, so no verb is offered; say what to write.
  if (!fixes.length && PART_TAKING.test(entry.phrase)) {
    return `"${shown}" states a supporting role, not what you did: open with your own verb for your part of it, or cut the line if it was routine.`;
  }
  if (!fixes.length) return base;
  // A template for a helper's part: say what it asks for, not "a strong verb" it does not supply.
  if (fixes.every((f) => f.edits[0].newText.includes(YOUR_PART))) {
    return `"${shown}" states a supporting role, not what you did: name your part with its own verb, e.g. "${fixes[0].edits[0].newText} …".`;
  }
  const options = fixes.map((f) => `"${f.edits[0].newText}"`);
  return `${base} For example: ${options.length > 1 ? options.slice(0, -1).join(', ') + ' or ' + options[options.length - 1] : options[0]}.`;
}

/** The lexicon with each phrase's own precision conditions dropped ("unless a purpose follows", "unless the object is a system"). */
const unconditionalCache = new WeakMap<readonly WeakOpening[], WeakOpening[]>();
/** Each unconditional copy's lexicon entry, whose conditions still say what kind of phrase it is. */
const originalOf = new WeakMap<WeakOpening, WeakOpening>();
function unconditional(list: readonly WeakOpening[]): WeakOpening[] {
  let out = unconditionalCache.get(list);
  if (!out) {
    out = list.map((e) => {
      const copy = { ...e, unlessPurpose: false, unlessSystemObject: false };
      originalOf.set(copy, e);
      return copy;
    });
    unconditionalCache.set(list, out);
  }
  return out;
}

/**
 * "Collaborated with PMs to ship SSO login and CSV export": a purpose that
 * names at least two specific things states the contribution, so the phrase's "unless a purpose
 * follows" condition holds even when the judge weighs the opening. A purpose over generic things ("to
 * handle requests and fixes") does not.
 */
function purposeNamesThings(a: BulletAnalysis, from: number, vocab: GenericVocabulary, extraVerbs: readonly string[]): boolean {
  for (let k = from; k < a.tokens.length - 1 && !isSentenceEnd(a.tokens[k]); k++) {
    const w = a.tokens[k].lower;
    const next = readVerb(a.tokens[k + 1].text, extraVerbs);
    if (!((w === 'to' && next?.form === 'base') || (w === 'by' && next?.form === 'gerund'))) continue;
    let specific = 0;
    for (let n = k + 2; n < a.tokens.length && !isSentenceEnd(a.tokens[n]); n++) if (isSpecificToken(a, n, vocab, extraVerbs)) specific++;
    return specific >= 2;
  }
  return false;
}

/**
 * Verbs of changing place or state, or of sending something somewhere, after which "to" marks where
 * it ended up ("Grew to", "Deployed to", "Migrated to"): a closed class of English, not words taken
 * from resumes.
 */
const CHANGE_OF_STATE = new Set(['move', 'migrate', 'switch', 'transition', 'transfer', 'upgrade', 'downgrade', 'relocate', 'shift', 'pivot', 'convert', 'port', 'return', 'go', 'come', 'travel', 'rotate', 'advance', 'promote', 'graduate', 'change', 'scale', 'expand', 'grow', 'rise', 'climb', 'commute', 'fly', 'drive', 'walk', 'deploy', 'publish', 'push', 'upload', 'export', 'import', 'write', 'post', 'commit', 'ship', 'release', 'submit', 'apply']);

/** Verbs of being placed in a contest or a ranking: a closed class of English, not words from resumes. */
const PLACING = new Set(['rank', 'place', 'finish', 'qualify', 'score', 'tie', 'medal']);

/** The prepositions a partnering verb takes before the people or the work it was near. */
const PARTNERING_PREPOSITIONS = ['with', 'to', 'in', 'on', 'alongside'];

/**
 * "Contributed to sprint demos", "Coordinated with the team": a partnering verb with its preposition
 * and no purpose after its object ("to VERB …", "by VERBing …"), which would state the contribution.
 */
function partneringWithoutPurpose(a: BulletAnalysis, names: string[], extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  if (!names.includes('opening-partnering')) return undefined;
  const prep = a.tokens[a.opening + 1];
  if (!prep || !PARTNERING_PREPOSITIONS.includes(prep.lower) || purposeAfter(a, a.opening + 2, extraVerbs)) return undefined;
  return { start: a.tokens[a.opening].start, end: prep.end };
}

/** "to VERB" or "by VERBing" after token `from`: a purpose or a means that states the contribution. */
function purposeAfter(a: BulletAnalysis, from: number, extraVerbs: readonly string[]): boolean {
  for (let k = from; k < a.tokens.length - 1; k++) {
    const w = a.tokens[k].lower;
    const next = readVerb(a.tokens[k + 1].text, extraVerbs);
    if ((w === 'to' && next?.form === 'base') || (w === 'by' && next?.form === 'gerund')) return true;
  }
  return false;
}

/**
 * "Replied to the forum", "Pitched in on the launch": the partnering shape for any verb — an
 * opening verb with no object of its own, straight before a preposition (an adverb may stand
 * between), and no purpose after it. The writer says where they were, not what they made. It decides
 * nothing alone (of 13 labeled bullets of this shape outside the lexicon, the 10 the judge clears are
 * concrete: "Lectured on X and built Y"); it names the words when the judge has called the
 * bullet vague (the other 3, all vague).
 */
function objectlessOpening(a: BulletAnalysis, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const clause = a.clauses[0];
  if (!clause?.verb || clause.verbs[0] !== a.opening || a.opening !== a.openingWithAux || clause.objects.length) return undefined;
  if (clause.verb.form !== 'past' && clause.verb.form !== 'base') return undefined;
  let k = a.opening + 1;
  while (isAdverb(a.tokens[k])) k++;
  const prep = a.tokens[k];
  if (!prep || !PARTNERING_PREPOSITIONS.includes(prep.lower) || purposeAfter(a, k, extraVerbs)) return undefined;
  // "Migrated to Postgres", "Moved to the data team": after a verb of changing place or state, "to"
  // names where, and the missing object is what was moved — another kind of vagueness than a duty.
  if (prep.lower === 'to' && CHANGE_OF_STATE.has(clause.verb.base)) return undefined;
  // "Ranked in the top tier", "Placed second in …": a place in a contest is a result, not a duty.
  if (PLACING.has(clause.verb.base)) return undefined;
  return { start: a.tokens[a.opening].start, end: prep.end };
}

/**
 * "Closing shift: cleaning, restocking, cash counts": a short label, a colon, and a list of activities
 * named as nouns ("cleaning", "inventory management") — a job description's list of duties, with no
 * verb saying what was done or what came of it. At least two items, each a short noun phrase (no
 * article, preposition or number), two or more of them (and half or more) action nouns
 * (duty-fragment's isActionNoun). A label that is a verb ("Built: …") or a list of tools ("Stack:
 * React, Node") is not one.
 */
/** Verbs of bare tool use: with the tools as their object and the work in a purpose clause after them. */
const TOOL_USE = new Set(['use', 'utilize', 'utilise', 'leverage', 'employ']);

/**
 * "Utilized MATLAB and Simulink to model the plant": the opening verb only says a tool was used, and
 * the work is the verb of the purpose clause ("model"). The object must be nothing but names — words
 * with a capital or known technologies, joined by "and" or commas, at most five words — so "Used the
 * survey results to …" (content, not a tool) is left alone. Returns the span from the opening to the
 * purpose verb and that verb's base form.
 */
function toolFirstOpening(a: BulletAnalysis, extraVerbs: readonly string[]): { start: number; end: number; verb?: string } | undefined {
  const { tokens } = a;
  const open = tokens[a.opening];
  if (!open || open.punct || a.opening !== a.openingWithAux) return undefined;
  const v = readVerb(open.text, extraVerbs);
  if (!v || !TOOL_USE.has(v.base) || (v.form !== 'past' && v.form !== 'base')) return undefined;
  let k = a.opening + 1;
  let names = 0;
  for (; k < tokens.length && k - a.opening <= 6; k++) {
    const t = tokens[k];
    if (t.lower === 'to') break;
    if (t.text === ',' || t.lower === 'and' || t.text === '&') continue;
    if (t.punct || !(/^\p{Lu}/u.test(t.text) || TECH_TERMS[t.lower])) return undefined;
    names++;
  }
  if (!names || tokens[k]?.lower !== 'to') return undefined;
  let n = k + 1;
  while (isAdverb(tokens[n])) n++;
  const purpose = tokens[n] && !tokens[n].punct ? readVerb(tokens[n].text, extraVerbs) : undefined;
  if (!purpose || purpose.form !== 'base' || WEAK_HEADS.has(purpose.base) || TOOL_USE.has(purpose.base)) return undefined;
  // "to communicate with …": the example ("Communicated … with" the tools) would not read; none is given.
  const after = tokens[n + 1];
  const example = !(after && (PREPOSITIONS.has(after.lower) || PARTICLES.has(after.lower)));
  return { start: open.start, end: tokens[n].end, verb: example ? purpose.base : undefined };
}

/** -ing nouns that name things or times, not activities: a closed class of English. */
const THING_ING = new Set(['morning', 'evening', 'wedding', 'lightning', 'ceiling', 'clothing', 'bedding', 'building', 'buildings', 'awning', 'pudding', 'dumpling', 'sibling', 'earnings', 'savings', 'holdings', 'findings', 'surroundings', 'settings', 'something', 'anything', 'everything', 'nothing']);

/** A gerund the verb lexicon does not know ("restocking", "upselling") still names an activity in a duty list. */
function activityIng(w: string): boolean {
  return /^[a-z]{4,}ing$/.test(w) && !THING_ING.has(w);
}

function dutyList(a: BulletAnalysis, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const { tokens } = a;
  const start = a.opening;
  let colon = start;
  while (colon < tokens.length && colon - start < 4 && tokens[colon].text !== ':') {
    if (tokens[colon].punct) return undefined;
    colon++;
  }
  if (tokens[colon]?.text !== ':' || colon === start) return undefined;
  const form = readVerb(tokens[start].text, extraVerbs)?.form;
  if (form === 'past' || form === 'third') return undefined;
  const items: { from: number; to: number }[] = [];
  let from = colon + 1;
  let k = from;
  for (; k <= tokens.length; k++) {
    const t = tokens[k];
    const ends = !t || isSentenceEnd(t) || t.text === ',' || t.text === ';' || (t.lower === 'and' && k > from) || t.lower === '&';
    if (!ends) continue;
    if (k > from) items.push({ from, to: k });
    if (!t || (isSentenceEnd(t) && t.text !== ',' && t.text !== ';')) break;
    from = k + 1;
  }
  // The list must run to the end of the bullet: a sentence after it may state the result.
  const last = items[items.length - 1];
  if (!last || items.length < 2 || tokens.slice(last.to).some((t) => !t.punct)) return undefined;
  let actions = 0;
  for (const it of items) {
    const words = tokens.slice(it.from, it.to);
    if (words.length > 4 || words.some((t) => t.punct || /\d/.test(t.text) || DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || t.lower === 'of')) return undefined;
    const head = words[words.length - 1];
    if (isActionNoun(head, tokens[it.to], extraVerbs) || activityIng(head.lower)) actions++;
  }
  if (actions < 2 || actions * 2 < items.length) return undefined;
  return { start: tokens[start].start, end: tokens[last.to - 1].end };
}

/**
 * A learning statement's finding (rules/work-line.ts learningVerbPhrase), or undefined for any other
 * line. Without the judge's verdict (`clearCutOnly`) only a shape whose words have no work sense.
 */
function learningFinding(bullet: Bullet, a: BulletAnalysis, clearCutOnly: boolean): RuleFinding | undefined {
  const phrase = learningVerbPhrase(a);
  if (!phrase || (clearCutOnly && !phrase.clearCut)) return undefined;
  const start = a.tokens[phrase.start].start;
  const end = a.tokens[phrase.end - 1].end;
  return bulletFinding(bullet, start, end, `"${bullet.text.slice(start, end)}" reports learning or exposure, not a contribution: say what you built, ran or changed with it.`);
}

/**
 * The words of a grammatical duty shape the judge's features name at the opening (a duty noun,
 * learning as the main verb, a weak later sentence) or a partnering verb without a purpose.
 */
function openingReason(verdict: Verdict, a: BulletAnalysis, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const features = verdict.features.features;
  const shaped = features.find((f) => f.span && (f.name === 'opening-duty-noun' || f.name === 'opening-learning' || f.name === 'weak-opening-later'));
  if (shaped?.span) return shaped.span;
  const names = features.map((f) => f.name);
  const partnering = partneringWithoutPurpose(a, names, extraVerbs);
  if (partnering) return partnering;
  const objectless = objectlessOpening(a, extraVerbs);
  if (objectless) return objectless;
  // The judge's own reading, when it named the opening as the reason.
  const after = a.tokens[a.opening + 1]?.lower;
  if (verdict.reason === 'weak-opening' && names.includes('partnering-without-purpose') && PARTNERING_PREPOSITIONS.includes(after ?? '')) return verdict.spans[0];
  return undefined;
}

/** Seven words or fewer: too short for anything but the verb to carry the action. */
const isShortLine = (a: BulletAnalysis) => a.tokens.filter((t) => !t.punct).length <= 7;

/** Words that leave the object of "do" open: "Did some …", "Did various other …", "Did whatever …". */
const INDEFINITE = new Set(['some', 'various', 'whatever', 'other', 'several', 'misc', 'miscellaneous', 'any', 'anything', 'everything', 'stuff', 'things', 'lots']);

/** "Did some spreadsheet stuff for the team": "do" on an indefinite object is empty at any length. */
const indefiniteObject = (a: BulletAnalysis) => INDEFINITE.has(a.tokens[a.opening + 1]?.lower ?? '');

/**
 * "Did some loop checks", "Does daily huddles": "do" as the bullet's main verb names no action at all;
 * the verb is empty whatever the judge makes of the object. Not "Did not …" or an auxiliary before
 * another verb ("Did ship …" is rare but read as emphasis).
 */
function emptyVerbOpening(a: BulletAnalysis, extraVerbs: readonly string[]): { start: number; end: number } | undefined {
  const t = a.tokens[a.opening];
  if (!t || t.punct || a.opening !== a.openingWithAux) return undefined;
  if (!/^(?:do|does|did|doing)$/.test(t.lower)) return undefined;
  const next = a.tokens[a.opening + 1];
  if (!next || next.punct || /^(?:not|n't|so|well|it|this|that)$/.test(next.lower)) return undefined;
  const v = readVerb(next.text, extraVerbs);
  if (v && (v.form === 'base' || v.form === 'past') && !DETERMINERS.has(next.lower)) return undefined;
  return { start: t.start, end: t.end };
}

/**
 * "Regression testing.", "Communication with customer from Germany.": a verbless duty line among
 * bullets that open with verbs. Where the whole list is written in that nominal style ("Development of
 * X", "Creation of Y"), annotators read it as a style and most such lines as concrete; beside verb-led
 * siblings (two at least) the one without a verb is the duty left undescribed. No number in it either: a line that
 * counts something says what it did in its own way.
 */
function verblessAmongVerbs(bullet: Bullet, a: BulletAnalysis, lexicon: Parameters<Rule['check']>[1]['lexicon']): { start: number; end: number } | undefined {
  // A list item only: a quoted or paragraph line under a project heading is its description.
  if (bullet.source !== 'list' || !bullet.entry || /\d/.test(bullet.text)) return undefined;
  const duty = dutyFragment(a, lexicon.strongVerbs);
  if (!duty) return undefined;
  let verbLed = 0;
  let verbless = 0;
  for (const o of bullet.entry.bullets) {
    if (o.depth !== bullet.depth || o.source !== 'list') continue;
    const oa = analysisOf(o, lexicon);
    const first = oa.tokens[oa.opening];
    const form = first && !first.punct ? readVerb(first.text, lexicon.strongVerbs)?.form : undefined;
    if (form === 'past' || form === 'third' || form === 'base') verbLed++;
    else verbless++;
  }
  return verbLed >= 2 && verbLed * 2 >= verbless ? duty : undefined;
}

/** Information only: the line is concrete, its opening merely buries the work behind the tool. */
function toolFirstFinding(bullet: Bullet, span: { start: number; end: number; verb?: string }): RuleFinding {
  const shown = bullet.text.slice(span.start, span.end);
  const lead = span.verb ? capitalize(inflectLike(span.verb, bullet.entry?.dates?.current ? 'base' : 'past')) : undefined;
  const example = lead ? ` ("${lead} … with" the tools)` : '';
  return {
    ...bulletFinding(bullet, span.start, span.end, `"${shown}" opens with the tool, not the work: lead with what you did${example}.`),
    severity: 'info',
  };
}

function dutyFragmentFinding(bullet: Bullet, a: BulletAnalysis, duty: { start: number; end: number }): RuleFinding {
  const start = a.tokens[duty.start].start;
  const end = a.tokens[duty.end - 1].end;
  return bulletFinding(bullet, start, end, `"${bullet.text.slice(start, end)}" names an activity or a role, not what you did: open with the verb and say what it produced or changed.`);
}

function emptyVerbFinding(bullet: Bullet, span: { start: number; end: number }): RuleFinding {
  const shown = bullet.text.slice(span.start, span.end);
  return bulletFinding(bullet, span.start, span.end, `"${shown}" names no action: say what you did (ran, checked, built, led) and what it changed.`);
}

function dutyListFinding(bullet: Bullet, span: { start: number; end: number }): RuleFinding {
  const shown = bullet.text.slice(span.start, span.end);
  const quoted = shown.length > 50 ? `${shown.slice(0, 47)}…` : shown;
  return bulletFinding(bullet, span.start, span.end, `"${quoted}" lists duties, not what you did: open with a verb and say what the work produced or changed.`);
}

export const weakOpening: Rule = {
  id: 'weak-opening',
  category: 'vague',
  defaultSeverity: 'warning',
  description: 'A bullet that opens with a duty phrase ("Responsible for", "Helped", "Worked on") instead of what you did.',
  docs: {
    why: 'Duty phrases describe the job, not the person doing it, and "helped" or "worked on" hide how much of the work was yours. Reviewers skim the first word of each bullet; make it the action you took.',
    bad: 'Responsible for the checkout service and helped build the fraud checks.',
    good: 'Owned the checkout service (4 engineers) and built its Stripe Radar fraud checks.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    for (const bullet of narrativeBullets(doc)) {
      const verdict = verdictOf(bullet, lexicon);
      if (!verdict.vague) {
        // Learning as the main claim ("Gained a solid grasp of X", "Adapted to a new stack") is weak
        // by the rubric whatever follows, and the line's grammar says so on its own (rules/work-line:
        // a learning verb on a competence, a course taken, a verb of adjusting with no object). Every
        // labeled bullet of that shape is vague; the judge scores some of them under its threshold.
        const analysis = analysisOf(bullet, lexicon);
        const learned = learningFinding(bullet, analysis, true);
        const toolFirst = learned ? undefined : toolFirstOpening(analysis, lexicon.strongVerbs);
        // Without the judge's verdict only a short line: "Did some checks during releases" has nothing
        // but the empty verb to carry the action; a longer one may describe the work in its own words,
        // unless the object is left open too ("Did various other jobs around the warehouse …").
        const empty = learned || toolFirst || !(isShortLine(analysis) || indefiniteObject(analysis)) ? undefined : emptyVerbOpening(analysis, lexicon.strongVerbs);
        const verbless = learned || toolFirst || empty ? undefined : verblessAmongVerbs(bullet, analysis, lexicon);
        if (learned) out.push(learned);
        else if (empty) out.push(emptyVerbFinding(bullet, empty));
        else if (verbless) out.push(dutyFragmentFinding(bullet, analysis, verbless));
        else if (toolFirst) out.push(toolFirstFinding(bullet, toolFirst));
        // A labeled list of duties ("Closing shift: cleaning, restocking, …") names no action at all;
        // the model reads its specific-looking nouns as content. Its grammar decides.
        else {
          const list = bullet.source !== 'table' ? dutyList(analysis, lexicon.strongVerbs) : undefined;
          if (list) out.push(dutyListFinding(bullet, list));
        }
        continue;
      }
      // Every report below stands on the judge's vague verdict.
      const a = analysisOf(bullet, lexicon);
      // A bullet's implied subject is the writer ("Worked on…"); an opening verb in the third person
      // ("Works offline", "Learns from feedback") has another subject — the product being described.
      const opener = a.tokens[a.opening];
      // In a job's own list, a duty phrase in the third person ("Handles a team of 16 agents") is the
      // writer's duty written as a job description, not a product's feature.
      const thirdPerson = !!opener && !opener.punct && a.opening === a.openingWithAux && readVerb(opener.text, lexicon.strongVerbs)?.form === 'third';
      const jobDuty = bullet.section.kind === 'experience' && bullet.depth === 0;
      if (thirdPerson && !jobDuty) continue;
      // A phrase of the lexicon. Its conditions ("Supported <a system>", "Collaborated with X to
      // <purpose>") keep it from deciding alone; when the judge also names the opening, it stands.
      const m = verdict.reason === 'weak-opening' ? matchWeakOpening(a, unconditional(lexicon.weakOpenings), lexicon.strongVerbs) : undefined;
      // Only a duty phrase that is weak whatever follows: "Supports the API gateway", "Works with
      // Kafka" in the third person describe what a product does.
      const conditional = !!m && (originalOf.get(m.entry)?.unlessSystemObject || originalOf.get(m.entry)?.unlessPurpose);
      if (thirdPerson && (!m || conditional)) continue;
      // "Assist patients with ADLs": helping the people one cares for with a task is that care itself,
      // not a supporting role beside someone else's work.
      if (m && HELPING.test(m.entry.phrase) && servesRecipients(a, m.end)) continue;
      // "Assisted to the congress": the Spanish "asistir a" (attended), which regional-english names; not help given.
      if (m && m.entry.phrase === 'assist' && a.tokens[m.end]?.lower === 'to' && ASSISTED_TO_EVENT.test(bullet.text.slice(a.tokens[m.end].start))) continue;
      if (m && !(originalOf.get(m.entry)?.unlessPurpose && purposeNamesThings(a, m.end, genericVocabulary(lexicon), lexicon.strongVerbs))) {
        const start = a.tokens[m.start].start;
        const end = a.tokens[m.end - 1].end;
        const fixes = fixesFor(bullet, a, m);
        // "Attended the clients by phone": people are not an event one attends; this is the Spanish and
        // Portuguese "atender" (to serve), a duty that still says nothing of what was done for them.
        // The phrase's head decides: "weekly group meetings" are meetings, whatever "group" names.
        const serving = m.entry.phrase === 'attend' && (headInPeople(a, m.end) || headIsPerson(a, m.end));
        // "Attended ad-hoc requests from sales": requests are dealt with, not attended; the same "atender".
        const handling = !serving && m.entry.phrase === 'attend' && headIsIncoming(a, m.end);
        const shown = bullet.text.slice(start, end);
        const said = serving
          ? `"${shown}" with people as its object reads as "atender" (to serve) in Spanish or Portuguese: say what you did for them ("Resolved 30 client requests a day").`
          : handling
            ? `"${shown}" with requests or calls as its object reads as "atender" (to handle) in Spanish or Portuguese: say how many you handled and what came of them ("Resolved 30 requests a day").`
            : message(m.entry, shown, fixes);
        out.push(bulletFinding(bullet, start, end, said, serving || handling ? [] : fixes));
        continue;
      }
      // A verbless activity line ("Development of billing tools", "Database administration") reads as
      // a duty when the judge calls the bullet vague. Alone it does not decide: annotators read most
      // such lines with a specific object ("Migration of the billing jobs to Go") as the action itself,
      // not vague (4 of 17 on the labeled bullets). A table's cell is a field describing its row
      // ("Project details | Development of X"), not a list of duties.
      const list = bullet.source !== 'table' ? dutyList(a, lexicon.strongVerbs) : undefined;
      if (list) {
        out.push(dutyListFinding(bullet, list));
        continue;
      }
      const duty = bullet.source !== 'table' ? dutyFragment(a, lexicon.strongVerbs) : undefined;
      if (duty) {
        out.push(dutyFragmentFinding(bullet, a, duty));
        continue;
      }
      const empty = isShortLine(a) || indefiniteObject(a) ? emptyVerbOpening(a, lexicon.strongVerbs) : undefined;
      if (empty) {
        out.push(emptyVerbFinding(bullet, empty));
        continue;
      }
      // A learning statement, named as one (the same finding as for a bullet the judge clears).
      const learned = learningFinding(bullet, a, false);
      if (learned) {
        out.push(learned);
        continue;
      }
      // No phrase of the lexicon, but a vague bullet whose opening has a grammatical duty shape: "Core
      // member of …", "Contributed to sprint demos", "Replied to the forum". Reported whatever part the
      // judge weighed most — a bullet can be vague for two reasons, and the rubric puts the opening
      // first. The model's weight alone names no words, so without such a shape nothing is reported.
      const span = openingReason(verdict, a, lexicon.strongVerbs);
      if (!span) continue;
      // "Member of the volunteer fire brigade since 2016" under Volunteering or Activities: a membership
      // stated where memberships are listed, not a duty in place of a job's work.
      if (MEMBERSHIP.test(bullet.text) && (!WORK_SECTIONS.has(bullet.section.kind) || MEMBERSHIP_SECTION.test(bullet.section.title ?? ''))) continue;
      out.push(bulletFinding(bullet, span.start, span.end, `"${bullet.text.slice(span.start, span.end)}" states a role or a duty, not what you did: open with a strong verb and the thing you made or changed.`));
    }
    return out;
  },
};
