// Does a line of a work section state work done, or only name something? Resumes put many lines
// under an entry that are not accomplishments: a list of tools or phases, a title (a role, a
// course, a project or a service name, a supervisor), "Advised by …", a learning statement. A
// number fits work ("for how many users?") but not a name, so missing-metric asks only on work.
//
// Decided from the line's grammar, not from its words: is there a verb in a verbal position; is it
// a comma list of short items; are its content words all capitalised, as titles are; does it open
// with a passive "X-ed by"; is what the clause acts on a competence ("understanding", "skills").
// A nominal accomplishment ("Design and implementation of X", "Web app that matches resumes to
// jobs") is work: an action noun with its object, or a phrase a verb form describes.

import type { BulletAnalysis, Clause } from '../nlp';
import { findMetrics } from '../nlp/metrics';
import { readVerb, useExtraVerbs } from '../nlp/verbs';
import { nounClassesOf } from '../nlp/noun-class';
import { singularNoun } from '../nlp/openings';
import { isAdverb, type Token } from '../nlp/tokens';
import { ING_NOUNS, PREPOSITIONS } from '../nlp/word-classes';
import { lemmaCandidates } from '../text/inflect';

export type LineRole =
  /** A clause led by the writer's verb, or an accomplishment fragment. */
  | 'work'
  /** Short items separated by commas: tools, phases, topics. */
  | 'list'
  /** Capitalised like a title, with no verb: a role, course, project, service or person's name. */
  | 'title'
  /**
   * Opens with a verb but is written like a title ("Integrated Financial Statement Audits"): a title
   * among titles, work among work; the caller decides by the line's siblings.
   */
  | 'title-or-work'
  /** Opens with a passive "X-ed by": who advised or funded the writer, not what the writer did. */
  | 'by-agent'
  /** What the writer learned or knows: "Learned X", "Deep understanding of Y". */
  | 'learning'
  /** Introduces the lines below it ("Main tasks were as follows:"), or continues the one above ("And more…"). */
  | 'lead-in'
  /** Who the writer is ("I am a certified instructor", "Infrastructure coordinator"), not what they did. */
  | 'identity'
  /** An award or honour received: the recognition is the result ("Earned an honourable mention"). */
  | 'recognition'
  /** About something else: "it" or "there" as subject ("It was a kiosk app for …"), or an organisation named ("Society for amateur astronomers"). */
  | 'context'
  /** Working with someone and nothing made: "Collaborated with the design team". */
  | 'interaction'
  /** A note the writer left for later ("TODO: add numbers after launch"): no claim yet (placeholder reports it). */
  | 'note'
  /** A reference to a publication ("Roe, J. A. & Ray, M. (2021). Title. Venue."): the work is the paper, cited. */
  | 'citation';

/**
 * "TODO: add the link", "FIXME - numbers", "TBD: …": a line that opens with a to-do marker and a
 * separator is a note to self, not a statement of work; its words ("add metrics") claim nothing.
 */
const NOTE_MARKER = /^[\s*_>\[\]]*(?:TODO|TBD|TBA|FIXME|XXX|[Tt]odo)\s*(?:[:\-–—]|$)/;

export function isWritersNote(text: string): boolean {
  return NOTE_MARKER.test(text);
}

/** Words a title leaves in lower case. */
// With the small words other languages keep in lower case inside a name ("Instituto de … do Tejo",
// "Universität für …", "Hogeschool van …").
const TITLE_FUNCTION_WORDS = new Set([
  'of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'or', '&', 'vs', 'via',
  'de', 'la', 'le', 'les', 'du', 'des', 'et', 'do', 'da', 'dos', 'das', 'del', 'della', 'di', 'el', 'los', 'las', 'e', 'y',
  'van', 'von', 'der', 'den', 'und', 'für',
]);

/**
 * Nouns of competence: what a learning or skill statement is about. A closed semantic class (the
 * things one has rather than does), not a list of phrases from any resume.
 */
const COMPETENCE = new Set([
  'understanding', 'knowledge', 'expertise', 'experience', 'proficiency', 'familiarity', 'skill', 'skills',
  'capability', 'capabilities', 'competence', 'competency', 'competencies', 'background',
  'exposure', 'fluency', 'mastery', 'grasp', 'command', 'appreciation', 'awareness', 'readiness',
]);

/** Verbs whose object is something learned, not something made: "Gained an understanding". */
const LEARNING_VERBS = new Set(['learn', 'gain', 'acquire', 'deepen', 'broaden', 'consolidate', 'hone', 'sharpen', 'obtain', 'get', 'master']);

/** Verbs of fitting something to something: with no object before "to", what was fitted is the writer. */
const ADJUSTING_VERBS = new Set(['adapt', 'adjust', 'acclimate', 'acclimatize', 'accustom', 'readjust']);

/**
 * "Adapted to a new codebase", "Adjusted quickly to remote work": the verb has no object, so the
 * writer is what changed — a learning statement. "Adapted the parser to the new schema" acts on
 * something and is work; so is "Adjusted to meet the deadline" (a purpose follows).
 */
function adjustsSelf(a: BulletAnalysis, verbAt: number): boolean {
  let k = verbAt + 1;
  while (isAdverb(a.tokens[k])) k++;
  if (a.tokens[k]?.lower !== 'to') return false;
  if (readVerb(a.tokens[k + 1]?.text ?? '')?.form === 'base') return false;
  // "Adapted to new requirements by rewriting the scheduler": the means is work done on something.
  return !a.tokens.some((t, j) => j > k && t.lower === 'by' && readVerb(a.tokens[j + 1]?.text ?? '')?.form === 'gerund');
}

/**
 * Verbs that make things as often as they grow the writer ("Improved developer experience"): a
 * learning statement only with a competence the writer holds ("Improved my skills").
 */
const GROWING_VERBS = new Set(['develop', 'build', 'strengthen', 'improve', 'expand', 'enhance', 'grow']);
const HELD_COMPETENCE = new Set(['skill', 'skills', 'understanding', 'knowledge', 'expertise', 'proficiency', 'competence', 'competencies', 'mastery']);

/**
 * One sentence ending in a colon that does not open with the writer's verb: it introduces the lines
 * below ("The main tasks were as follows:"). A line that also states work in other sentences, or
 * opens with a verb ("Built a framework for X:"), is work.
 */
function isLeadIn(tokens: Token[]): boolean {
  if (tokens[tokens.length - 1]?.text !== ':') return false;
  if (tokens.some((t, k) => k < tokens.length - 1 && t.punct && (t.text === '.' || t.text === '!' || t.text === '?'))) return false;
  const first = tokens.find((t) => !t.punct);
  return !first || !readVerb(first.text);
}

/** Words that continue the line above: "And more…", "Etc." */
const CONTINUATIONS = new Set(['and', 'or', 'etc', 'plus']);

/** "I am a …", "I'm an …": the writer says what they are. */
function isIdentity(tokens: Token[]): boolean {
  const w = tokens.filter((t) => !t.punct).slice(0, 3).map((t) => t.lower);
  return (w[0] === 'i' && w[1] === 'am' && (w[2] === 'a' || w[2] === 'an')) || (w[0] === "i'm" && (w[1] === 'a' || w[1] === 'an'));
}

const BE = new Set(['is', 'was', 'are', 'were', "it's", 'has', 'had']);

/** A sentence about something else: "It was a kiosk app …", "There are …". */
function isContext(words: Token[]): boolean {
  return ['it', 'there'].includes(words[0]?.lower ?? '') && BE.has(words[1]?.lower ?? '');
}

/**
 * A role named alone: a short verbless phrase ending in an agent noun, with nothing it acts on
 * ("Cloud and infrastructure coordinator"). "Instructor for the data bootcamp" names work.
 */
function isBareRole(a: BulletAnalysis): boolean {
  if (a.clauses.some((c) => c.verb) || labelEnd(a.tokens) > 0) return false;
  const words = a.tokens.filter((t) => !t.punct);
  if (words.length > 5 || words.some((w) => PREPOSITIONS.has(w.lower) || w.lower === 'of' || /ed$/.test(w.lower))) return false;
  const last = words[words.length - 1].lower;
  return /(?:or|er|ist|ant|ian)s?$/.test(last) && !readVerb(last);
}

/** A noun that can name a person's role: a WordNet person sense ("dishwasher" is a machine first), or an agent ending when WordNet lacks the word. */
function roleNoun(t: Token): boolean {
  const entry = nounClassesOf(t.lower);
  return entry ? entry.classes.includes('person') : /(?:or|er|ist|ant|ian)s?$/.test(t.lower) && !readVerb(t.lower);
}

/**
 * A progression of roles: "Cashier, then shift lead at the east store", "Intern → analyst". A verbless
 * line of two or more parts joined by "then" or an arrow, each headed by a role noun (its last word
 * before a preposition). It says what the writer was, in order; there is no work in it to measure.
 */
function isRoleProgression(a: BulletAnalysis): boolean {
  // No verb check on the clauses: role nouns are often verbs too ("Intern → analyst"); a part headed by a
  // role noun, with no past-tense verb in it, is a role all the same.
  const parts: Token[][] = [[]];
  for (const t of a.tokens) {
    if (t.lower === 'then' || /^(?:→|->|⟶)$/.test(t.text)) parts.push([]);
    else if (!(t.punct && /^[,;]$/.test(t.text))) parts[parts.length - 1].push(t);
  }
  if (parts.length < 2) return false;
  return parts.every((p) => {
    const phrase: Token[] = [];
    for (const t of p) {
      if (PREPOSITIONS.has(t.lower) || t.lower === 'of') break;
      if (!t.punct) phrase.push(t);
    }
    // "then trained new hires", "Built the smoker, then …": a past verb or a gerund is work, whatever the parser made of it.
    if (p.some((t) => ['past', 'gerund'].includes(readVerb(t.text)?.form ?? ''))) return false;
    return phrase.length > 0 && phrase.length <= 4 && roleNoun(phrase[phrase.length - 1]);
  });
}

/**
 * Collective nouns: a body of people. A closed class of English (what an organisation is called),
 * not words taken from any resume. Left out: those that as often name a thing made ("admin panel",
 * "circuit board", "thesis chapter", "assembly", "union type"), where a line is work to measure.
 */
const COLLECTIVES = new Set(['team', 'group', 'council', 'committee', 'club', 'community', 'association', 'society', 'guild', 'collective', 'consortium', 'meetup', 'organization', 'organisation', 'federation']);

/**
 * "Society for amateur astronomers", "Platform team", "Riverside rowing association (volunteer-run)": a
 * line with no verb whose first phrase (after a "Name:" label) is headed by a collective noun names
 * or describes an organisation, not work the writer did. "Founding member of the chess club" is
 * headed by the writer's role and stays work.
 */
function namesGroup(a: BulletAnalysis, opensWithVerb: boolean): boolean {
  // "Revived the student chess club": a verb the lexicon lacks still opens the line.
  if (opensWithVerb) return false;
  // A base form right before "of" is a noun ("Co-chair of the board", as duty-fragment reads "Design of").
  if (a.clauses.some((c) => c.verb && !(c.verb.form === 'base' && a.tokens[c.verbs[0] + 1]?.lower === 'of'))) return false;
  let head: Token | undefined;
  for (const t of a.tokens.slice(labelEnd(a.tokens))) {
    if (t.punct || t.lower === 'of' || PREPOSITIONS.has(t.lower)) break;
    head = t;
  }
  return !!head && COLLECTIVES.has(singularNoun(head.lower));
}

/** Verbs (and their nouns) of working with someone: what they produce is named by a purpose, if at all. */
const INTERACTING = new Set(['communicate', 'collaborate', 'cooperate', 'liaise', 'interact', 'correspond', 'communication', 'collaboration', 'cooperation', 'interaction']);

/**
 * "Collaborated with the CTO and the team", "Communication with clients": working with someone, with
 * no object and no purpose ("… to build X") and no second clause. The number that fits is in the
 * work the collaboration produced, which the line does not name.
 */
function isInteraction(a: BulletAnalysis): boolean {
  const opener = a.tokens[a.opening];
  if (!opener) return false;
  const clause = a.clauses[0];
  const word = clause?.verb?.base ?? opener.lower;
  if (!INTERACTING.has(word) || a.clauses.filter((c) => c.verb).length > 1) return false;
  const rest = a.tokens.slice(a.opening + 1).filter((t) => !t.punct);
  // Right after the verb (or an adverb): "with" and whom, in a short line.
  const withAt = rest.findIndex((t) => !(t.lower.endsWith('ly') && t.lower.length > 4));
  if (rest[withAt]?.lower !== 'with' || rest.length > 12) return false;
  return !rest.some((t, k) => (t.lower === 'to' || t.lower === 'for' || t.lower === 'on') && k + 1 < rest.length);
}

/** Honours received: the recognition is the result, a number rarely fits. */
const HONOURS = new Set([
  'award', 'awards', 'prize', 'prizes', 'mention', 'scholarship', 'scholarships', 'honor', 'honors', 'honour', 'honours', 'medal', 'medals',
  'fellowship', 'distinction', 'recognition',
  // What a team or a player wins: "Won the regional cup", "Won university Colours for netball", "Won 2nd place".
  'trophy', 'trophies', 'cup', 'championship', 'championships', 'colours', 'colors', 'place',
]);
const RECEIVING = new Set(['earn', 'win', 'receive', 'award', 'grant', 'obtain', 'get']);
const RECIPIENTS = new Set(['winner', 'recipient', 'finalist', 'awardee', 'laureate', 'runner-up']);

function isRecognition(a: BulletAnalysis): boolean {
  const body = a.tokens.slice(labelEnd(a.tokens)).filter((t) => !t.punct);
  if (RECIPIENTS.has(body[0]?.lower ?? '') && body[1]?.lower === 'of') return true;
  const clause = a.clauses[0];
  return !!clause?.verb && RECEIVING.has(clause.verb.base) && HONOURS.has(bareHead(a, clause.objects[0]));
}

function bareHead(a: BulletAnalysis, np: { head: number } | undefined): string {
  return np ? a.tokens[np.head]?.lower ?? '' : '';
}

/** Verbs of taking a course: "Completed the intermediate level", "Taking evening classes". */
const STUDYING_VERBS = new Set(['take', 'complete', 'clear', 'pass', 'attend', 'finish', 'enroll', 'enrol', 'audit']);

/** What one studies in: coursework, not work. */
const COURSEWORK = new Set(['course', 'courses', 'class', 'classes', 'level', 'levels', 'curriculum', 'lesson', 'lessons', 'tutorial', 'tutorials', 'bootcamp', 'certification', 'certificate', 'degree', 'semester', 'programme']);

/**
 * Coursework nouns with no other common sense. "Level", "class", "tutorial", "certification" and
 * "programme" also name things made or run at work (a game's levels, a codebase's classes, a
 * product's tutorial, a company's certification, a programme of works), so alone they do not decide.
 */
const ONLY_COURSEWORK = new Set(['course', 'courses', 'bootcamp', 'curriculum', 'semester']);

/**
 * After a course taken, what makes it work for someone: a beneficiary ("for the company", "for a
 * mobile game") or a result ("…, unlocking two deals", a percentage or an amount).
 */
function courseServesWork(a: BulletAnalysis, from: number): boolean {
  for (let k = from; k < a.tokens.length; k++) {
    const t = a.tokens[k];
    if (t.lower === 'for') return true;
    if (t.text === ',' && readVerb(a.tokens[k + 1]?.text ?? '')?.form === 'gerund') return true;
  }
  return findMetrics(a.text).some((m) => m.kind === 'percent' || m.kind === 'money' || m.kind === 'multiplier');
}

/** "Completed 12 levels in Spanish", "Passed both levels of the networking track": a level of a subject. */
function isLevelOfSubject(a: BulletAnalysis, head: number): boolean {
  const next = a.tokens[head + 1];
  return !!next && (next.lower === 'in' || next.lower === 'of') && !!a.tokens[head + 2] && !a.tokens[head + 2].punct;
}

/** Verbs of being present while others act: the writer was in the audience or at someone's side. */
const EXPOSURE_VERBS = new Set(['attend', 'shadow']);

/**
 * "Attended a cloud security conference", "Shadowed the night-shift nurses": being present is the
 * whole claim, with no other verb and no purpose ("… to gather requirements") that would name work.
 * A number does not fit; what the writer did there does.
 */
function isExposure(a: BulletAnalysis): boolean {
  const verbs = a.clauses.filter((c) => c.verb);
  if (!verbs.length || !verbs.every((c) => EXPOSURE_VERBS.has(c.verb!.base)) || a.clauses[0].verbs[0] !== a.opening) return false;
  // "Attended to 40 patients a shift": "attend to" is to handle, not to be present.
  if (a.tokens[a.opening + 1]?.lower === 'to') return false;
  return !a.tokens.some((t, k) => t.lower === 'to' && readVerb(a.tokens[k + 1]?.text ?? '')?.form === 'base');
}

/** Roles by analysis (analyses are shared per bullet text): missing-metric and weak-opening both ask. */
const roles = new WeakMap<BulletAnalysis, LineRole>();

/** The role of a line, from its analysis (nlp/clauses). */
export function lineRole(a: BulletAnalysis): LineRole {
  let role = roles.get(a);
  if (!role) roles.set(a, (role = computeLineRole(a)));
  return role;
}

/** No verbs added: the default for an analysis made without the user's strong verbs. */
const NO_EXTRA_VERBS: readonly string[] = [];

/** Authors by surname and initials, then the year in brackets: "Roe, J. A., Ray, M. B. & Li, K. (2021)." (APA, Harvard). */
const CITATION = /^\s*\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?(?:-?\p{Lu}\.\s?)*)(?:,?\s*(?:&|and|,)\s*\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s?)+)*(?:,?\s*(?:et al\.?))?\s*\((?:19|20)\d\d[a-z]?\)/u;

/** A label of pastimes or personal lists ("Interests:", "Hobbies and interests:"). */
const PASTIMES_LABEL = /^\s*(?:personal\s+)?(?:interests?|hobbies|hobbies\s+(?:and|&)\s+interests|pastimes)\s*[:：]/i;

function computeLineRole(a: BulletAnalysis): LineRole {
  // The helpers below call readVerb(word): read with the verbs the analysis was made with, so the
  // cached role does not depend on which verb set the last caller left.
  useExtraVerbs(a.extraVerbs ?? NO_EXTRA_VERBS);
  const words = a.tokens.filter((t) => !t.punct);
  if (!words.length) return 'list';
  if (isWritersNote(a.text)) return 'note';
  if (CITATION.test(a.text)) return 'citation';
  if (isLeadIn(a.tokens) || (CONTINUATIONS.has(words[0].lower) && words.length <= 5)) return 'lead-in';
  if (isIdentity(a.tokens)) return 'identity';
  if (isRecognition(a)) return 'recognition';
  const label = labelEnd(a.tokens);
  const body = a.tokens.slice(label);
  // "Interests: cricket, Sinhala music, baking cakes for friends": what a labelled line of pastimes lists is no work.
  if (label && PASTIMES_LABEL.test(a.text)) return 'list';
  if (isContext(body.filter((t) => !t.punct))) return 'context';
  if (isStackLine(a.tokens)) return 'list';
  // After a "Label:" the body is what counts ("Mentor: Dr. Jane Roe" does not open with "mentor").
  const verbFirst = !label && !!a.clauses[0]?.verb && a.clauses[0].verbs[0] === a.opening;
  if (!verbFirst && (isList(a.tokens) || (body.length < a.tokens.length && isList(body)))) return 'list';
  if (opensWithByAgent(a.tokens, a.opening)) return 'by-agent';
  if (learningMatch(a) || isExposure(a)) return 'learning';
  if (isInteraction(a)) return 'interaction';
  // An unknown capitalised word in -ed opening the line ("Attributed", "Pioneered") is a verb all the same.
  const opener = a.tokens[a.opening];
  const opensWithVerb = verbFirst || (!label && !!opener && /^\p{Lu}\p{Ll}{2,}ed$/u.test(opener.text));
  // "The End", "Key Projects": one or two capitalised words, with no verb but a bare form, label what follows.
  if (words.length <= 2 && words.every(capitalised) && !words.some((w) => isVerbForm(w))) return 'title';
  if (isTitle(body.length ? body : a.tokens, opensWithVerb)) return opensWithVerb ? 'title-or-work' : 'title';
  if (isBareRole(a) || isRoleProgression(a)) return 'identity';
  if (namesGroup(a, opensWithVerb)) return 'context';
  return 'work';
}

/** Prepositions that close a learning phrase: "understanding of", "Adapted to", "expertise on". */
const LEARNING_PREPOSITIONS = new Set(['of', 'in', 'with', 'on', 'to', 'about']);

/**
 * The words that make a line a learning statement led by the writer's verb, as token indices [start,
 * end): the verb with what was learned ("Gained a working grasp of", "Took two evening courses")
 * or, with no object, the verb and its preposition ("Adapted to"). Undefined for any other line —
 * a verbless competence phrase ("Solid grasp of X") too, even when a later clause has a verb ("Solid
 * grasp of X, wrote Y": that verb is the work): a skill stated, which reviewers read as a skills line
 * as often as a weak bullet. `clearCut` as in LearningMatch.
 */
export function learningVerbPhrase(a: BulletAnalysis): { start: number; end: number; clearCut: boolean } | undefined {
  if (lineRole(a) !== 'learning') return undefined;
  useExtraVerbs(a.extraVerbs ?? NO_EXTRA_VERBS);
  const match = learningMatch(a) ?? (isExposure(a) ? { verbAt: a.opening, clause: a.clauses[0], clearCut: true } : undefined);
  const start = match?.verbAt;
  if (!match || start === undefined) return undefined;
  const clearCut = match.clearCut;
  // The verb leads its line: at the opening, or right after a lead-in phrase ("After two terms abroad, learned …").
  const before = a.tokens.slice(a.opening, start);
  if (start < a.opening || (before.length && before[before.length - 1].text !== ',')) return undefined;
  // A verb with no object: the verb and its preposition, after any adverb ("Adjusted quickly to").
  let k = start + 1;
  while (isAdverb(a.tokens[k])) k++;
  if (LEARNING_PREPOSITIONS.has(a.tokens[k]?.lower ?? '')) return { start, end: k + 1, clearCut };
  // What was learned, when it follows closely ("a working grasp"), with a competence's
  // preposition ("understanding of"); else the verb alone.
  const np = match.clause?.objects[0];
  if (!np || np.head - start > 5 || np.head < start) return { start, end: start + 1, clearCut };
  const end = np.head + 1;
  return { start, end: COMPETENCE.has(a.tokens[np.head].lower) && LEARNING_PREPOSITIONS.has(a.tokens[end]?.lower ?? '') ? end + 1 : end, clearCut };
}

/** Index after a short "Label:" prefix ("System administration:", "Supervisor:"), else 0. */
function labelEnd(tokens: Token[]): number {
  if (tokens[0] && isVerbForm(tokens[0])) return 0;
  for (let k = 1; k < Math.min(tokens.length, 6); k++) {
    const t = tokens[k];
    if (t.punct && t.text === ':') return tokens.slice(0, k).every((w) => !w.punct || w.text === '&' || w.text === '/') ? k + 1 : 0;
    if (t.punct && t.text !== '&' && t.text !== '/') return 0;
  }
  return 0;
}

/**
 * Three or more items separated by commas (or semicolons, middle dots, bars), each of at most four
 * words, with at most one of them opening on a verb form: "Detailed design, implementation, unit
 * testing", "Linux, git, REST". "Designed, built and shipped an app" has three verbs and is work.
 */
function isList(tokens: Token[], minItems = 3): boolean {
  const items: Token[][] = [[]];
  for (const t of tokens) {
    if (t.punct && /^[,;·|•]$/.test(t.text)) items.push([]);
    else if (t.punct && t.text === '.' && t !== tokens[tokens.length - 1]) return false;
    else items[items.length - 1].push(t);
  }
  const full = items.map((i) => i.filter((t) => !t.punct)).filter((i) => i.length);
  if (full.length < minItems) return false;
  if (full.some((i) => i.length > 4)) return false;
  // "Responsible for A, B and C", "Improvement of A, B and C": a head acting on a list is a clause.
  if (full.some((i) => i.some((t) => t.lower === 'of' || PREPOSITION_AFTER.has(t.lower)))) return false;
  // "Areas we covered were X, Y, …": a past verb inside an item makes the line a clause (a present
  // "-s" is too often a plural noun: "Wordpress blogs").
  if (full.some((i) => i.some((t, k) => k > 0 && /^\p{Ll}/u.test(t.text) && readVerb(t.text)?.form === 'past'))) return false;
  const verbal = full.filter((i) => {
    const first = i[0].lower === 'and' || i[0].lower === 'or' ? i[1] : i[0];
    const v = first && readVerb(first.text);
    return v && v.form !== 'base';
  });
  return verbal.length <= 1;
}

/** "Built with React, Expo and Firebase": a participle and a preposition leading a list of names. */
function isStackLine(tokens: Token[]): boolean {
  const v = tokens[0] && readVerb(tokens[0].text);
  if (!v || v.form !== 'past' || !['with', 'using'].includes(tokens[1]?.lower ?? '')) return false;
  return isList(tokens.slice(2), 2);
}

/** "Advised by Professor X", "Supervised by Dr. Y on Z": the writer is the object of the verb. */
function opensWithByAgent(tokens: Token[], opening: number): boolean {
  const v = tokens[opening] && readVerb(tokens[opening].text);
  return !!v && v.form === 'past' && tokens[opening + 1]?.lower === 'by';
}

/**
 * How a line states what the writer learned or knows. `verbAt` is the token of the verb that makes
 * it so (absent for a verbless "Firm grasp of Y"). `clearCut` is false when the words could
 * as well name work (a course noun with a work sense, the verb "audit"): a caller that reports
 * without the judge's verdict must not rely on it then.
 */
interface LearningMatch {
  verbAt?: number;
  /** The clause whose object is what was learned or taken. */
  clause?: Clause;
  clearCut: boolean;
}

/**
 * A statement of what the writer learned or knows: a learning verb acting on a competence ("Gained a
 * deep understanding of X"), "Learned …", a course taken, or a verbless phrase headed by a competence
 * ("Firm grasp of Y", "Extensive experience with Z").
 */
function learningMatch(a: BulletAnalysis): LearningMatch | undefined {
  const clause = a.clauses.find((c) => c.verb) ?? a.clauses[0];
  const verb = clause?.verb?.base;
  const verbAt = clause?.verbs[0];
  if (verb === 'learn') return clause?.verb?.form !== 'third' ? { verbAt, clause, clearCut: true } : undefined;
  if (verb && ADJUSTING_VERBS.has(verb) && adjustsSelf(a, verbAt!)) return { verbAt, clause, clearCut: true };
  const heads = (clause?.objects ?? []).map((np) => a.tokens[np.head]?.lower);
  if (verb && LEARNING_VERBS.has(verb)) return COMPETENCE.has(heads[0] ?? '') ? { verbAt, clause, clearCut: true } : undefined;
  if (verb && GROWING_VERBS.has(verb)) return HELD_COMPETENCE.has(heads[0] ?? '') ? { verbAt, clause, clearCut: true } : undefined;
  // A verb the lexicon lacks ("Cleared the first level"): its inflection still names it.
  const opener = a.tokens[a.opening];
  const studying = verb ? STUDYING_VERBS.has(verb) : !!opener && lemmaCandidates(opener.lower).some((c) => STUDYING_VERBS.has(c.base));
  const np = clause?.objects[0];
  if (studying && np && COURSEWORK.has(heads[0] ?? '')) {
    if (courseServesWork(a, np.head + 1)) return undefined;
    const clearCut = verb !== 'audit' && (ONLY_COURSEWORK.has(heads[0]) || (/^levels?$/.test(heads[0]) && isLevelOfSubject(a, np.head)));
    return { verbAt: verb ? verbAt : a.opening, clause, clearCut };
  }
  if (verb && STUDYING_VERBS.has(verb)) return undefined;
  if (clause && clause.verbs[0] === a.opening) return undefined;
  // Verbless: a competence heads the first phrase, within its first four words ("Firm grasp of X").
  const words = a.tokens.slice(a.opening, a.opening + 5);
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.punct || ['of', 'in', 'with', 'on', 'for', 'to', 'and', 'or'].includes(t.lower) || (k === 0 && isVerbForm(t))) return undefined;
    const next = words[k + 1];
    if (COMPETENCE.has(t.lower)) return !next || next.punct || ['of', 'in', 'with', 'on', 'for', 'to'].includes(next.lower) ? { clearCut: true } : undefined;
  }
  return undefined;
}

/**
 * A title: every content word capitalised and no verb form outside a name ("Outsourced Controller
 * Services", "Guest Lecture on Biodiversity (UL)", "Dr. Ana Ruiz on soil ecology"). Words in
 * parentheses are asides. When the line opens with a verb it must be title case throughout and
 * short, as a heading is; otherwise its head phrase — up to the first preposition other than "of" —
 * must be, with no verb form after it. An action or agent noun with its object ("Setup of Data
 * Warehouse on AWS", "Instructor for the Data Science Bootcamp") names work done and is not a title.
 */
function isTitle(tokens: Token[], opensWithVerb: boolean): boolean {
  // Words outside parentheses, with a mark where a comma ends the head phrase.
  const words: Token[] = [];
  let commaAt = -1;
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (!depth && t.text === ',' && commaAt < 0) commaAt = words.length;
    else if (!depth && !t.punct) words.push(t);
  }
  if (!words.length) return false;
  const content = (ws: Token[]) => ws.filter((w) => !TITLE_FUNCTION_WORDS.has(w.lower));
  if (opensWithVerb) {
    const c = content(words);
    return c.length >= 2 && c.length <= 6 && c.every(capitalised) && !words.some((w) => PREPOSITION_AFTER.has(w.lower));
  }
  // A one-word head before a preposition is a role or an action with its object: "Head of X", "Instructor for Y".
  if (PREPOSITION_AFTER.has(words[1]?.lower ?? '')) return false;
  // A lower-case verb form ("ensuring", "built", "that generates") makes it a described thing or a clause.
  if (words.some((w, i) => i > 0 && !capitalised(w) && isVerbIn(words, i))) return false;
  // The head phrase: up to the first comma or preposition other than "of" ("Dr. X on …", "Name, user group").
  let cut = words.findIndex((w, i) => i > 0 && w.lower !== 'of' && PREPOSITION_AFTER.has(w.lower));
  if (commaAt > 0 && (cut < 0 || commaAt < cut)) cut = commaAt;
  const c = content(cut > 0 ? words.slice(0, cut) : words);
  return c.length >= 2 && c.every(capitalised);
}

/**
 * Is words[i] a verb here? A past or -ing form is (not an -ing noun like "processing"); a present
 * "-s" form only after "that/which/who" or a capitalised name, since it is more often a plural noun
 * ("population models").
 */
function isVerbIn(words: Token[], i: number): boolean {
  const v = readVerb(words[i].text);
  if (!v || v.form === 'base') return false;
  if (v.form === 'gerund') return !ING_NOUNS.has(words[i].lower);
  if (v.form === 'past') return true;
  const prev = words[i - 1];
  return !!prev && (['that', 'which', 'who'].includes(prev.lower) || capitalised(prev));
}

const capitalised = (w: Token) => /^[\p{Lu}\p{N}]/u.test(w.text);

/** Prepositions that end a title's head phrase. */
const PREPOSITION_AFTER = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'via', 'over', 'under', 'about']);

/** A verb in a finite or -ing form ("built", "generates", "ensuring"), not an -ing noun ("processing"). */
function isVerbForm(t: Token): boolean {
  const v = readVerb(t.text);
  return !!v && v.form !== 'base' && !(v.form === 'gerund' && ING_NOUNS.has(t.lower));
}
