// Passive voice in a bullet: "was developed by", "were implemented", "is maintained". The passive
// hides who did the work, and on a resume the reader wants to know it was you. Not flagged: states
// ("was involved in", "is based in"), recognition ("was promoted to"), relative clauses describing a
// result ("a tool that is used by 200 students"), modal or infinitive forms ("can be deployed"), and
// the titles in a publications list.
import type { Rule, RuleFinding } from '../types';
import { words, type Word } from '../text/words';
import { capitalize, pastTense } from '../text/inflect';
import { ADJECTIVAL_PARTICIPLES, IRREGULAR_PARTICIPLES, RECOGNITION_PARTICIPLES } from '../lexicon/participles';
import { bulletFinding, parentItem } from './util';
import { knownVerbs, openingVerb } from './opening-verb';
import type { Bullet } from '../document/types';
import { readVerb } from '../nlp/verbs';
import { opensWithParticipleSubject } from '../nlp/participle-subject';
import { PREPOSITIONS } from '../nlp/word-classes';
import { isEnglishWord, nearWords } from '../lexicon/english';

const BE = new Set(['am', 'is', 'are', 'was', 'were']);
const HAVE = new Set(['has', 'have', 'had']);
const RELATIVE = new Set(['that', 'which', 'who', 'whom', 'where']);
/** A passive inside a clause these open describes circumstances ("when the connection is restored"), not the work. */
const SUBORDINATORS = new Set(['when', 'whenever', 'where', 'if', 'unless', 'because', 'since', 'after', 'before', 'until', 'while', 'once', 'as', 'so', 'although', 'though', 'that', 'which', 'who']);
/** The doer is named: "I was supervised by", "my code is written in Erlang". */
const FIRST_PERSON = new Set(['i', 'we', 'my', 'our']);
/** Obligation and placement, not work hidden behind a passive: "was required to", "was placed 1st". */
const NOT_WORK = new Set(['required', 'expected', 'supposed', 'asked', 'allowed', 'placed', 'ranked']);
const ADVERBS = new Set(['also', 'not', 'then', 'later', 'now', 'since', 'further', 'still', 'all', 'first', 'eventually', 'subsequently']);

function isAdverb(w: Word | undefined): boolean {
  return !!w && (ADVERBS.has(w.lower) || (/^[a-z]{3,}ly$/.test(w.lower) && !['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'family', 'supply', 'apply', 'reply', 'rely', 'fly'].includes(w.lower)));
}

/** People and bodies other than the writer who do work: "by the client's engineer", "by the city council". */
const OTHER_DOERS = new Set(['client', 'clients', 'customer', 'customers', 'engineer', 'engineers', 'manager', 'managers', 'supervisor', 'supervisors', 'professor', 'professors', 'director', 'directors', 'committee', 'board', 'auditor', 'auditors', 'inspector', 'inspectors', 'regulator', 'regulators', 'council', 'ministry', 'government', 'owner', 'owners', 'partner', 'partners', 'contractor', 'contractors', 'consultant', 'consultants', 'vendor', 'vendors', 'surveyor', 'physician', 'physicians', 'doctor', 'doctors', 'nurse', 'nurses', 'teacher', 'teachers', 'principal', 'examiner', 'examiners', 'reviewers', 'reviewer', 'authority', 'agency']);

/** Index of a "by" right after the participle and its coordinated participle ("checked and approved by"), else -1. */
function nextBy(ws: readonly Word[], j: number): number {
  if (ws[j + 1]?.lower === 'and' && ws[j + 2] && /ed$/.test(ws[j + 2].lower) && ws[j + 3]?.lower === 'by') return j + 3;
  return -1;
}

/** Whether the words after "by" at `at` name a doer other than the writer ("the client's engineer", "our auditors"). */
function namesOtherDoer(ws: readonly Word[], at: number): boolean {
  if (at < 0 || ws[at]?.lower !== 'by') return false;
  const phrase = ws.slice(at + 1, at + 5);
  if (!phrase.length || /^(?:me|myself|us|ourselves|my|\d)/.test(phrase[0].lower)) return false;
  return phrase.some((w) => OTHER_DOERS.has(w.lower.replace(/['’]s$/, '')));
}

/** Base form of a past participle, or undefined when the word is not one. */
function participleBase(w: Word): string | undefined {
  const lower = w.lower;
  if (IRREGULAR_PARTICIPLES[lower]) return IRREGULAR_PARTICIPLES[lower];
  if (!/^[a-z][a-z-]*[a-z]ed$/.test(lower) || lower.length < 5) return undefined;
  if (/(?:need|feed|seed|speed|breed|shed|bleed|hundred|indeed)$/.test(lower)) return undefined;
  // "Was recieved the award": a misspelled word is spelling's finding; read as a participle, the
  // suggested active form would repeat the slip.
  if (!isEnglishWord(lower) && nearWords(lower).length) return undefined;
  return lower; // regular: the participle is also the past tense
}

/**
 * For each word: does its clause (since the last comma, semicolon or full stop) so far contain a
 * subordinator or a first-person subject? One pass, so long bullets stay linear.
 */
function subordinateOrFirstPerson(text: string, ws: readonly Word[]): boolean[] {
  const out: boolean[] = [];
  let seen = false;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && /[,;]|\.\s/.test(text.slice(ws[i - 1].end, ws[i].start))) seen = false;
    out.push(seen);
    if (SUBORDINATORS.has(ws[i].lower) || FIRST_PERSON.has(ws[i].lower)) seen = true;
  }
  return out;
}

/**
 * The bullet already says what the writer did: it opens with an active verb ("Successfully produced
 * …", "Built …") or has a first-person subject. A passive later in it describes the result or the
 * circumstances ("…; another copy was donated to schools"), not work it hides.
 */
function statesOwnAction(bullet: Bullet, ws: readonly Word[], verbs: ReadonlySet<string>): boolean {
  if (ws.some((w) => w.text === 'I' || w.lower === 'we')) return true;
  const k = skipAdverbs(ws, 0);
  if (!ws[k]) return false;
  // "Fixed assets roll-forward was prepared": the first word is an adjective before the passive's subject.
  if (opensWithParticipleSubject(firstPhrase(bullet.text, ws, k), (w) => !!IRREGULAR_PARTICIPLES[w])) return false;
  const v = openingVerb({ ...bullet, text: bullet.text.slice(ws[k].start) }, verbs);
  if (v) return v.form !== 'gerund';
  // A past-tense verb the verb lists lack ("Rotated through …, and was later retained"), unless it is an
  // adjective before the passive's own subject ("Outdated servers were replaced").
  return readVerb(ws[k].text)?.form === 'past' && !ws.slice(k + 1, k + 4).some((w) => BE.has(w.lower));
}

/** The words from ws[k] up to the first punctuation mark between two words. */
function firstPhrase(text: string, ws: readonly Word[], k: number): string[] {
  const out: string[] = [];
  for (let i = k; i < ws.length && (i === k || !/[,;:.!?()]/.test(text.slice(ws[i - 1].end, ws[i].start))); i++) out.push(ws[i].text);
  return out;
}

/**
 * "Was paged for and resolved the outage", "Was hired in 2019 and rebuilt the billing service": a
 * subjectless passive coordinated with an active verb that takes an object. Both share the subject, the
 * writer, who is the actor of the line; the passive hides nobody, and "Paged …" would invert it.
 * "Was trained and certified in X" coordinates two passives (a preposition follows), and still fires.
 */
function coordinatedWithActive(ws: readonly Word[], text: string, j: number): boolean {
  for (let k = j + 1; k < ws.length - 1 && k <= j + 6; k++) {
    if (/[,;:.!?]/.test(text.slice(ws[k - 1].end, ws[k].start))) return false;
    if (ws[k].lower !== 'and') continue;
    const verb = readVerb(ws[k + 1].text);
    const next = ws[k + 2];
    return !!verb && verb.form === 'past' && !!next && !PREPOSITIONS.has(next.lower) && !/[,;:.!?]/.test(text.slice(ws[k + 1].end, next.start));
  }
  return false;
}

/**
 * A nested item under a line that opens with the writer's own verb ("Migrated the fleet to …" above
 * "- rollback was rehearsed twice in staging"): a detail of that work, whose doer the parent already
 * names. Its passive hides nobody, and leading it with a verb would only repeat the parent.
 */
function parentStatesOwnAction(bullets: readonly Bullet[], bullet: Bullet, verbs: ReadonlySet<string>): boolean {
  const parent = parentItem(bullets, bullet);
  return !!parent && statesOwnAction(parent, words(parent.text), verbs);
}

/** A subject that counts nothing: "no", "zero" or "none" opening the clause's last few words. */
const NO_SUBJECT = /(?:^|\s)(?:no|zero|none)(?:\s+\S+){0,3}\s*$/i;

/** The clause's words before an offset: back to the last comma, semicolon, colon or full stop. */
function clauseBefore(text: string, at: number): string {
  const before = text.slice(0, at);
  return before.slice(before.search(/[^,;:.]*$/));
}

function skipAdverbs(ws: readonly Word[], j: number): number {
  while (j < ws.length && isAdverb(ws[j])) j++;
  return j;
}

export const passiveVoice: Rule = {
  id: 'passive-voice',
  category: 'style',
  defaultSeverity: 'info',
  description: 'Passive constructions ("was developed by", "were implemented") that hide who did the work.',
  docs: {
    why: 'A bullet is a claim about what you did. The passive voice ("The API was redesigned") leaves the doer out, so the reader cannot tell whether it was you, and it costs words.',
    bad: 'A new onboarding flow was designed and tested with 40 users.',
    good: 'Designed and tested a new onboarding flow with 40 users.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    const verbs = knownVerbs(lexicon);
    for (const bullet of doc.bullets) {
      // A publication is cited as published: its title's passive is the paper's, not the writer's.
      if (bullet.section.kind === 'publications') continue;
      const ws = words(bullet.text);
      if (statesOwnAction(bullet, ws, verbs)) continue;
      if (parentStatesOwnAction(doc.bullets, bullet, verbs)) continue;
      const guarded = subordinateOrFirstPerson(bullet.text, ws);
      for (let i = 0; i < ws.length; i++) {
        const aux = ws[i];
        let j: number;
        if (BE.has(aux.lower)) {
          j = skipAdverbs(ws, i + 1);
          if (ws[j]?.lower === 'being') j = skipAdverbs(ws, j + 1);
        } else if (HAVE.has(aux.lower)) {
          j = skipAdverbs(ws, i + 1);
          if (ws[j]?.lower !== 'been') continue;
          j = skipAdverbs(ws, j + 1);
        } else continue;
        const participle = ws[j];
        if (!participle) continue;
        const base = participleBase(participle);
        if (!base || ADJECTIVAL_PARTICIPLES.has(participle.lower) || RECOGNITION_PARTICIPLES.has(participle.lower)) continue;
        if (RELATIVE.has(ws[i - 1]?.lower ?? '') || NOT_WORK.has(participle.lower)) continue;
        // "was not released": a negation reports what did not happen, not who did the work. So does a
        // subject that counts nothing ("no findings were raised", "zero incidents were reported").
        if (ws.slice(i + 1, j).some((w) => w.lower === 'not' || w.lower === 'never')) continue;
        if (NO_SUBJECT.test(clauseBefore(bullet.text, aux.start))) continue;
        if (guarded[i]) continue;
        // The line's own subject (it opens with the auxiliary) also acts: "Was paged for and resolved …".
        if (i === skipAdverbs(ws, 0) && coordinatedWithActive(ws, bullet.text, j)) continue;
        // Lists of adjectives after the verb ("is fast, tested and documented") are descriptions.
        if (bullet.text.slice(aux.end, participle.start).includes(',')) continue;
        const by = ws[j + 1]?.lower === 'by' && !/[,;:.]/.test(bullet.text.slice(participle.end, ws[j + 1].start));
        // "were checked and approved by the client's engineer": the passive names its doer, someone else;
        // it hides nothing of the writer's (their own part is another bullet's).
        if (namesOtherDoer(ws, by ? j + 1 : nextBy(ws, j))) continue;
        const end = by ? ws[j + 1].end : participle.end;
        const phrase = bullet.text.slice(aux.start, end);
        const active = capitalize(IRREGULAR_PARTICIPLES[participle.lower] ? pastTense(base) : participle.lower);
        // A line that opens with the auxiliary has the writer as its subject ("Was assigned the task to
        // migrate …"): the same verb made active ("Assigned …") would make the writer the one who assigned.
        const writerIsSubject = i === skipAdverbs(ws, 0);
        out.push(
          bulletFinding(
            bullet,
            aux.start,
            end,
            writerIsSubject
              ? `Passive voice ("${phrase}") tells what was done to you, not what you did: lead with the work itself.`
              : `Passive voice ("${phrase}") hides who did the work: lead with what you did, e.g. "${active} …".`,
          ),
        );
        i = j;
      }
    }
    return out;
  },
};
