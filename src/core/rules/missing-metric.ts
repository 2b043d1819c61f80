// Bullets about work that state no quantity of scope or result. Numbers inside names, versions,
// model numbers, dates and course codes do not count (nlp/metrics). The message asks for the number
// that fits the bullet: before → after for an improvement, a count for people or tickets, the scale
// of a system (users, requests, size); otherwise what the opening verb implies.
import { analysisOf, metricsOf } from '../nlp';
import { hasMetric } from '../nlp/metrics';
import { parseNounPhrase, type BulletAnalysis, type NounPhrase } from '../nlp/clauses';
import { nounClassOf, nounClassesOf, type NounClass } from '../nlp/noun-class';
import { nominalBases, singularNoun } from '../nlp/openings';
import { verdictOf } from '../judge';
import type { Lexicon } from '../lexicon';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../nlp/word-classes';
import { readVerb } from '../nlp/verbs';
import { opensWithParticipleSubject } from '../nlp/participle-subject';
import { IRREGULAR_PARTICIPLES } from '../lexicon/participles';
import type { Bullet, ResumeDocument } from '../document/types';
import { TECH_TERMS } from '../lexicon/tech-terms';
import type { Rule, RuleFinding } from '../types';
import { isSoftwareResume } from './software-resume';
import { softwareNames } from './software-names';
import { completesCourse, countsOneThing, fixedBeforeRelease, othersUsedItTo, passesAssessment, publishedAtVenue, reachesCompetitionStage, receivesHonour, rulesOutFailure, statesAdoption, statesContrastedResult, statesFavourableFate, statesPublicationStatus, statesRecognition, yearAsModifier } from './stated-outcome';
import { bulletFinding, parentItem, workBullets } from './util';

/** The question for building something not otherwise known; users and requests only when it is software. */
const BUILD_ASK = 'how big it is, how many use it, or what it changed?';
/**
 * The verb questions a nominalisation takes over: analysing, automating, migrating, supporting. Not
 * building, leading, selling or presenting, whose questions presume an object the noun may not be
 * ("generation of timetables" is not a sale, "communication between services" has no readers).
 */
const NOMINAL_ASKS = new Set<string>();

/** Leading: asked of people, teams and events; an object of another kind ("Ran assays") gets the plain question. */
const LEAD_ASK = 'how many people, events or teams, and what they achieved?';
const SOFTWARE_BUILD_ASK = 'for how many users, requests or customers, or how big it is?';

/** What to measure, by the verb that opens the bullet (base forms). */
const QUESTIONS: { verbs: string[]; ask: string }[] = [
  { verbs: ['reduce', 'cut', 'decrease', 'lower', 'minimize', 'shorten', 'slash', 'trim', 'eliminate', 'compress', 'halve'], ask: 'by how much (%, time, money, before → after)?' },
  { verbs: ['improve', 'increase', 'boost', 'grow', 'accelerate', 'speed', 'optimize', 'enhance', 'raise', 'maximize', 'double', 'triple', 'expand', 'extend', 'lift', 'strengthen', 'tune', 'scale'], ask: 'by how much: from what to what?' },
  { verbs: ['automate', 'streamline', 'simplify', 'standardize', 'consolidate'], ask: 'how many hours or steps it saved, and for how many people?' },
  { verbs: ['lead', 'manage', 'supervise', 'direct', 'head', 'oversee', 'coordinate', 'mentor', 'coach', 'train', 'teach', 'tutor', 'recruit', 'hire', 'onboard', 'organize', 'host', 'chair', 'captain', 'guide', 'run'], ask: LEAD_ASK },
  { verbs: ['build', 'develop', 'create', 'design', 'implement', 'ship', 'launch', 'deploy', 'architect', 'engineer', 'program', 'code', 'prototype', 'deliver', 'release', 'publish', 'integrate', 'write', 'author', 'produce', 'craft', 'construct', 'establish', 'found', 'set'], ask: BUILD_ASK },
  { verbs: ['migrate', 'refactor', 'rewrite', 'upgrade', 'modernize', 'rebuild', 'redesign', 'overhaul', 'port', 'convert', 'replace', 'restructure', 'revamp', 'transform'], ask: 'how much moved (services, records, lines of code) and what it saved?' },
  { verbs: ['analyze', 'analyse', 'research', 'evaluate', 'assess', 'investigate', 'study', 'test', 'measure', 'model', 'forecast', 'predict', 'survey', 'benchmark', 'audit', 'review', 'examine', 'explore', 'experiment'], ask: 'how much data or how many cases, and what decision or accuracy it led to?' },
  { verbs: ['sell', 'negotiate', 'secure', 'win', 'raise', 'earn', 'acquire', 'close', 'generate', 'pitch', 'market', 'promote', 'fundraise', 'attract', 'retain', 'save'], ask: 'how much money, how many deals or customers?' },
  // Fixing a named fault ("Debugged intermittent bus lockups") is measured by how often it happened before
  // and after; a queue of tickets is a work-item object and gets its own question.
  { verbs: ['resolve', 'fix', 'troubleshoot', 'debug', 'repair', 'remediate', 'patch'], ask: 'how many issues, how often they happened before and after, or how fast they were fixed?' },
  { verbs: ['support', 'maintain', 'monitor', 'operate', 'handle', 'process', 'answer', 'serve'], ask: 'how many tickets, issues or systems, and how fast?' },
  // Care given to people ('Administered medications', 'Triaged walk-ins'): counted in patients and how often.
  { verbs: ['administer', 'dispense', 'vaccinate', 'immunize', 'immunise', 'inject', 'treat', 'triage', 'nurse'], ask: 'how many patients or clients, how often, and with what outcome?' },
  { verbs: ['present', 'document', 'explain', 'speak', 'report', 'communicate', 'translate', 'edit', 'blog'], ask: 'how many readers, attendees or documents?' },
];

/**
 * Objects WordNet cannot classify as the resume means them: software (its computing senses are
 * missing or minor: "pipeline" is a channel of gossip there), data, and support work items. These
 * stay a short hand list; every other object is classified by WordNet (nlp/noun-class).
 */
const OBJECT_ASKS: { kind: ObjectKind; heads: string[] }[] = [
  { kind: 'work-items', heads: ['tickets', 'issues', 'bugs', 'incidents', 'requests', 'cases', 'calls', 'inquiries', 'enquiries', 'complaints', 'orders', 'defects', 'escalations', 'claims', 'applications', 'reviews', 'pull'] },
  // Tests written or run: counted in tests and cases, measured by coverage and the defects they caught.
  { kind: 'tests', heads: ['tests', 'testcases', 'suites'] },
  { kind: 'data', heads: ['data', 'dataset', 'datasets', 'records', 'reports', 'documents', 'files', 'logs', 'samples', 'images', 'tables', 'marts', 'lake', 'warehouse'] },
  {
    kind: 'software',
    heads: ['system', 'service', 'services', 'app', 'application', 'platform', 'api', 'apis', 'pipeline', 'pipelines', 'website', 'site', 'tool', 'dashboard', 'database', 'model', 'library', 'bot', 'server', 'servers', 'cluster', 'layer', 'backend', 'frontend', 'infrastructure', 'engine', 'extension', 'portal', 'integration', 'microservice', 'microservices', 'cli', 'sdk', 'script', 'plugin'],
  },
];

type ObjectKind = 'software' | 'data' | 'tests' | 'work-items' | 'people' | 'physical' | 'material' | 'writing' | 'money' | 'events' | 'places';

/** The question for each kind of object: its own measures. */
const ASK_BY_KIND: Record<ObjectKind, string> = {
  software: 'how big it is or how many users, requests or records it serves?',
  data: 'how much data (records, sources, size), and what it enabled?',
  tests: 'how many tests or cases, and what coverage or defects they caught?',
  'work-items': 'how many, and how fast (per week, response time)?',
  people: 'how many people, how often, and with what outcome?',
  physical: 'how many units or items, and their measures (size, tolerance, weight, throughput or cost)?',
  // Medications, reagents, meals: given or made in amounts, for people, over time — not parts with tolerances.
  material: 'how much or how many (doses, batches, portions), for how many people, and how often?',
  writing: 'whom it reached (readers, teams, citations) and what came of it?',
  money: 'how much money (budget, revenue, savings)?',
  events: 'how many events or attendees, and what came of them?',
  places: 'how many sites or locations, and what came of it?',
};

/** WordNet's noun classes, by the kind of object they name (classes not listed leave the verb to decide). */
const KIND_OF_CLASS: Partial<Record<NounClass, ObjectKind>> = {
  person: 'people',
  group: 'people',
  artifact: 'physical',
  substance: 'material',
  food: 'material',
  object: 'physical',
  communication: 'writing',
  possession: 'money',
  collection: undefined,
  event: 'events',
  location: 'places',
};

/** The question for care given to people. */
const CARE_ASK = 'how many patients or clients, how often, and with what outcome?';
/** A role or a setting of care for patients, in an entry's heading. */
const CARE_ROLE = /\b(?:nurs(?:e|es|ing)|RN|LPN|LVN|CNA|hygienist|dental|dentistry|clinic|clinical|hospital|ward|pharmac(?:y|ist)|physiotherap\w*|therapist|midwife|paramedic|caregiver|patient care)\b/i;

/** A role that teaches or marks, in an entry's heading. */
const TEACHING_ROLE = /\b(?:teaching assistant|TA|tutor|instructor|demonstrator|grader|marker|lecturer|teacher|ayudante|ayudant[ií]a|monitor(?:ia)?)\b/i;
/** Students' work a teaching assistant marks or sets. */
const GRADED_WORK = /^(?:tests?|exams?|quizz?e?s?|midterms?|finals|homeworks?|assignments?|reports?|labs?|papers|essays|submissions|problem sets?|worksheets?)$/;
const GRADING_ASK = 'how many students or submissions, how often, and how fast you returned them?';

/** Verbs of improvement: the number to add is where it started and where it ended. */
const IMPROVING = new Set(['reduce', 'cut', 'decrease', 'lower', 'minimize', 'shorten', 'slash', 'trim', 'improve', 'increase', 'boost', 'grow', 'accelerate', 'speed', 'optimize', 'enhance', 'raise', 'maximize', 'lift', 'tune', 'halve']);

const KIND_BY_HEAD = new Map<string, ObjectKind>();
for (const o of OBJECT_ASKS) for (const h of o.heads) KIND_BY_HEAD.set(h, o.kind);

/** Verbs that teach: the people taught are implied even when the object is the subject ("Tutored students in chemistry"). */
const TEACHING = new Set(['mentor', 'coach', 'train', 'teach', 'tutor', 'guide']);
/** Verbs whose object can only be people: teaching, hiring, bringing on. */
const TEACHING_OR_HIRING = new Set([...TEACHING, 'recruit', 'hire', 'onboard', 'supervise']);

/** Verbs that lead people: their people are asked what they achieved, not how often they were served. */
const LEADING = new Set(['lead', 'manage', 'supervise', 'direct', 'head', 'oversee', 'coordinate', 'mentor', 'coach', 'train', 'teach', 'tutor', 'recruit', 'hire', 'onboard', 'organize', 'captain', 'guide']);

const ASK_BY_VERB = new Map<string, string>();
for (const q of QUESTIONS) for (const v of q.verbs) if (!ASK_BY_VERB.has(v)) ASK_BY_VERB.set(v, q.ask);
for (const v of ['automate', 'migrate', 'analyze', 'resolve', 'support']) NOMINAL_ASKS.add(ASK_BY_VERB.get(v)!);
const ANALYZE_ASK = ASK_BY_VERB.get('analyze')!;
/** The question when nothing in the bullet says what to count. */
const PLAIN_ASK = 'a number: how many, how much, how often or how fast?';
/** Questions that presume things, texts or data, which in a care role are asked of the patients instead. */
const CARE_ASKABLE = new Set([ASK_BY_KIND.physical, ASK_BY_KIND.writing, ASK_BY_KIND.data, ASK_BY_VERB.get('present')!, ANALYZE_ASK, PLAIN_ASK]);
const PRESENT_ASK = ASK_BY_VERB.get('present')!;
const CHANGE_ASKS = new Set([ASK_BY_VERB.get('automate')!, ASK_BY_VERB.get('migrate')!, ANALYZE_ASK]);

/** The hand-listed kind of a head noun, also in the singular or plural ("model", "models"). */
function listedKind(head: string): ObjectKind | undefined {
  return KIND_BY_HEAD.get(head) ?? KIND_BY_HEAD.get(head.replace(/s$/, '')) ?? KIND_BY_HEAD.get(`${head}s`);
}

/** Kinds of object whose own question beats the verb's: the verb's question fits them only by chance. */
const STRONG_KINDS = new Set<ObjectKind>(['software', 'data', 'tests', 'work-items', 'people', 'money']);

const techName = (t: { lower: string }) => !!TECH_TERMS[t.lower.replace(/[.]+$/, '')];

/**
 * Tokens that name a technology: the tech-terms lexicon or the skills taxonomy's software categories.
 * A name that is also a plain word ("React", "Swift") counts only where a made thing is said to be
 * built in, with or using it, and no other capitalised word follows ("in Swift", not "in Swift Street").
 */
function techTokens(a: BulletAnalysis, making: boolean): Set<number> {
  const out = new Set<number>();
  a.tokens.forEach((t, i) => techName(t) && out.add(i));
  for (const n of softwareNames(a.text)) {
    const ks = a.tokens.flatMap((t, i) => (t.start < n.end && t.end > n.start ? [i] : []));
    if (!ks.length) continue;
    const before = a.tokens[ks[0] - 1]?.lower ?? '';
    const after = a.tokens[ks[ks.length - 1] + 1];
    const slot = making && ['in', 'with', 'using'].includes(before) && !(after && /^\p{Lu}/u.test(after.text));
    if (!n.ambiguous || slot) for (const k of ks) out.add(k);
  }
  return out;
}

/** Verbs that make a thing: their object is an artifact or a text, never a person ("Built a driver", "Wrote the docs"). */
const MAKING = new Set(QUESTIONS.find((q) => q.ask === BUILD_ASK)!.verbs);
/** Making verbs whose object is first a text ("Wrote papers", "Published a guide"). */
const WRITING_VERBS = new Set(['write', 'author', 'publish', 'draft', 'blog']);
/** Leading verbs that run a thing or a place before people ("Ran the sorter", "Opened the store"). */
const RUNNING = new Set(['run', 'operate', 'open']);

const PHYSICAL_CLASSES = new Set<NounClass>(['artifact', 'substance', 'food', 'object']);
/** The sense groups a made thing can be: a physical thing, a text, an act or event, a set, a place. */
function madeKindOf(c: NounClass): string | undefined {
  if (PHYSICAL_CLASSES.has(c)) return 'physical';
  if (c === 'communication') return 'writing';
  if (c === 'act' || c === 'event') return 'act';
  if (c === 'collection' || c === 'structure') return c;
  return undefined;
}

/**
 * The class of a noun in the sense its verb admits (selectional preference), not its most frequent
 * sense: a made thing is an artifact or a text, never a person or a board of directors; people are
 * trained, hired and taught; a run thing is a machine or a place before it is a person. Without a
 * verb that selects, the noun's dominant class. Undefined when unsure: the caller asks the verb's
 * neutral question rather than a specific wrong one.
 */
function selectedClass(head: string, verb: string | undefined): NounClass | undefined {
  const entry = nounClassesOf(head);
  if (!entry) return undefined;
  const { classes } = entry;
  if (verb && MAKING.has(verb)) {
    // "Wrote papers": a text when that is the noun's first sense; "Wrote the driver" (a person first, a
    // program or a device after) is unsure.
    if (WRITING_VERBS.has(verb) && classes[0] === 'communication') return 'communication';
    // A thing first and mostly ("boxes", "robots"): its physical sense, whatever minor senses it has.
    if (!WRITING_VERBS.has(verb) && entry.dominant && PHYSICAL_CLASSES.has(classes[0])) return classes[0];
    // An idea first ("a training objective", "the model"): what is made is the idea, whatever device the
    // word also names (an objective lens), so no question about units and tolerances.
    if (entry.dominant && classes[0] === 'cognition') return undefined;
    // A noun that is, in the senses a maker can make, more than one kind of thing ("primers": a text or a
    // reagent; "displays": a device, a show or a text) is asked the neutral question.
    const kinds = new Set(classes.map(madeKindOf).filter(Boolean));
    if (kinds.size !== 1) return undefined;
    // A made thing with a device sense is that device ('the driver board', not the plank).
    return classes.find((c) => c === 'artifact') ?? classes.find((c) => PHYSICAL_CLASSES.has(c) || c === 'communication' || c === 'structure');
  }
  if (verb && TEACHING_OR_HIRING.has(verb)) return classes.find((c) => c === 'person' || c === 'group');
  // A noun that is first an act or event ("the holiday drive", "the campaign") is run as one, not as a machine.
  if (verb && RUNNING.has(verb) && classes[0] !== 'act' && classes[0] !== 'event') {
    const thing = classes.find((c) => PHYSICAL_CLASSES.has(c) || c === 'structure');
    if (thing) return thing;
  }
  // Managing people, teams or events; anything else managed only in its dominant sense ("the budget").
  // An act managed ("the safety checks": checking, not cheques) gets the neutral question.
  // People, a group or an event only among the noun's two main senses: "cycle counts" (a quantity, an
  // act, and last a nobleman) are not people.
  if (verb && LEADING.has(verb)) return classes.slice(0, 2).find((c) => c === 'person' || c === 'group' || c === 'event') ?? (entry.dominant && !classes.includes('act') ? classes[0] : undefined);
  return entry.dominant ? classes[0] : undefined;
}

/**
 * What kind of thing a noun phrase names, so the question fits it: software (a known technology
 * anywhere in the object phrase, before or after its head: "Kafka consumers", "the settings page in
 * React"; a software head noun among its modifiers: "the payments API client"; a listed software head
 * only with a technology in the line or on a software resume), else the WordNet class of its head in
 * the sense the verb admits ("robots", "shipments" → physical; "patients" → people; "papers" →
 * writing). A compound that serves people ("customer service", "patient care") is about people. A
 * nominalisation ("research", "optimization", "maintenance") is asked what its verb is asked. A
 * capitalised head inside the line is a name ("Digital Twin"), not a common noun.
 */
function objectKind(a: BulletAnalysis, np: NounPhrase | undefined, complementEnd: number, softwareResume: boolean, verb?: string): ObjectKind | { verb: string } | undefined {
  if (!np) return undefined;
  const headToken = a.tokens[np.head];
  if (!headToken) return undefined;
  const head = headToken.lower;
  // A made review or report is a text, not a work item handled ("Wrote a literature review"), nor data
  // ("Wrote the design verification report": a document someone reads and acts on).
  const made = !!verb && MAKING.has(verb);
  if (made && /^(?:reports?|documents?)$/.test(head)) return 'writing';
  const listed = made && listedKind(head) === 'work-items' ? undefined : listedKind(head);
  // The object phrase runs to the end of its clause or the next comma: "the settings page in React".
  let end = Math.max(np.end, complementEnd);
  while (end < a.tokens.length && !/^[,;:(]$/.test(a.tokens[end].text)) end++;
  const tech = techTokens(a, !!verb && MAKING.has(verb));
  const techInNp = a.tokens.slice(np.start, np.end).some((_, k) => tech.has(np.start + k));
  const techAfter = a.tokens.slice(np.end, end).some((_, k) => tech.has(np.end + k));
  const techInPhrase = techInNp || techAfter;
  // "library", "model", "script" are software only where software is talked about: a classroom library is not.
  // A model, bot or engine trained is a learned system whatever the resume ("Trained a sentiment model"),
  // not the system people were trained on ("Trained new hires on the POS system": the lesson).
  const trainedThing = verb === 'train' && !PREPOSITIONS.has(a.tokens[np.start - 1]?.lower ?? '');
  if (listed === 'software') return techInPhrase || softwareResume || tech.size > 0 || trainedThing ? 'software' : undefined;
  if (listed) return listed;
  const name = np.head > a.opening && /^\p{Lu}/u.test(headToken.text);
  const cls = name ? undefined : selectedClass(head, verb);
  const dominant = name ? undefined : nounClassOf(head);
  const softwareModifier = a.tokens.slice(np.start, np.head).some((t) => listedKind(t.lower) === 'software');
  // A technology inside the phrase ("Kafka consumers") or a software noun modifying the head ("the API
  // client") makes it software; one after the head ("a page in React", "a gem for Rails apps") only for a
  // thing or text or an unknown word, not for people, events or money ("Mentored students in Python").
  if (techInNp && cls !== 'person' && cls !== 'group') return 'software';
  // "the API client", "the plugin interface": a thing or an unknown word; "website content" stays a text.
  if (softwareModifier && (cls === 'artifact' || (!cls && !nounClassesOf(head)?.classes.includes('communication')))) return 'software';
  if (techAfter && (!cls || cls === 'artifact' || cls === 'substance' || cls === 'communication' || cls === 'collection')) return 'software';
  // "customer service", "patient care": an act done for people is counted in people; a thing made for
  // them ("user manuals", "volunteer handbook") is still a thing.
  const serving = !dominant || dominant === 'act';
  if (serving && a.tokens.slice(np.start, np.head).some((t) => !t.punct && !/^\p{Lu}/u.test(t.text) && nounClassOf(t.lower) === 'person')) return 'people';
  const nominal = nominalVerb(head);
  if (nominal) return { verb: nominal };
  return cls ? KIND_OF_CLASS[cls] : undefined;
}

/**
 * "Wrote unit and integration tests", "Built web and mobile apps": a bare singular word coordinated with
 * a longer phrase modifies that phrase's head ("unit tests", "web apps"), it is no object of its own;
 * the object is the phrase it shares. "Wrote code and unit tests" reads the same way, which asks of the
 * tests what "code" would be asked.
 */
function sharedHeadObject(a: BulletAnalysis, objects: readonly NounPhrase[]): NounPhrase | undefined {
  const [first, second] = objects;
  if (!first || !second || first.end - first.start !== 1 || second.end - second.start < 2) return first;
  const word = a.tokens[first.start];
  const joined = a.tokens.slice(first.end, second.start).map((t) => t.lower).join(' ');
  const modifier = a.tokens[second.start];
  const bare = (t: typeof word) => /^\p{Ll}+$/u.test(t.text) && !/s$/.test(t.lower);
  return /^(?:and|or|&|\/|and\/or)$/.test(joined) && bare(word) && bare(modifier) && second.head > second.start ? second : first;
}

/**
 * The verb an act noun names ("research", "optimization" → optimize, "maintenance" → maintain), when
 * that verb has a question of its own; not the verbs of building, whose question is about software.
 */
function nominalVerb(head: string): string | undefined {
  const own = singularNoun(head);
  // The bare noun stands for its verb only for studies ("research", "survey", "audit"); "support" or
  // "process" as a noun name a feature or a procedure, not the act of supporting or processing.
  if (ASK_BY_VERB.get(own) === ANALYZE_ASK) return own;
  const bases = nominalBases(head).flatMap((v) => [v, v.replace(/yse$/, 'yze')]);
  return bases.find((v) => IMPROVING.has(v) || NOMINAL_ASKS.has(ASK_BY_VERB.get(v) ?? ''));
}

/**
 * A magnitude said in words instead of a number: "hundreds of", "dozens of", "several thousand",
 * "multi-million". It tells the reader the scale is large but not how large (the rubric counts it
 * as no metric), so the question is for the figure behind it.
 */
const VAGUE_MAGNITUDE = /\b(?:(?:tens|dozens|hundreds|thousands|millions|billions)\s+of|(?:several|many|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)|multi-?(?:million|billion))\b/i;

function vagueMagnitude(text: string): string | undefined {
  return VAGUE_MAGNITUDE.exec(text)?.[0];
}

/**
 * A frequency said with a number word ("twice a week", "once per sprint"): a number like "three times a
 * month", which already counts. A recurring practice with its frequency stated has its scale.
 */
// "Monitored vital signs q4h", "hourly neuro checks": a routine check's frequency is its measure.
const STATED_FREQUENCY =
  /\b(?:(?:once|twice|thrice)\s+(?:a|an|per|each|every)\s+(?:day|week|fortnight|month|quarter|year|semester|term|shift|sprint)\b|q\d{1,2}h\b|every\s+(?:\d{1,2}|two|three|four|six|eight|twelve)\s+hours\b|(?:hourly|daily|q\d{1,2}h)\s+(?:[\w-]+\s+){0,2}(?:checks|rounds|assessments|monitoring|inspections|walkthroughs)\b|\b(?:daily|weekly|nightly|every (?:morning|day|shift))\b.*\bby\s+\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?!\s*%)\b)/i;

/**
 * A routine internal forum: a team, lab or group meeting, a journal club, a reading group. Presenting
 * there is part of the job; its audience is no measure and reviewers leave such a line alone.
 */
const ROUTINE_FORUM = /\b(?:(?:internal|weekly|biweekly|monthly|daily|team|lab|group|department(?:al)?)\s+(?:[\w-]+\s+)?(?:meetings?|stand-?ups?|syncs?|seminars?|all-hands|brown[- ]bags?)|journal\s+clubs?|reading\s+groups?|book\s+clubs?)\b/i;

/** A section heading that says it holds the writer's pastimes: "Interests", "Volunteering and hobbies". */
const INTERESTS_HEADING = /\b(?:interests?|hobbies|pastimes|personal)\b/i;

/** A line that lists tools rather than describing work: "Tech stack: React, Node". */
const STACK_LINE = /^\s*(?:tech(?:nologies|nical)?(?:\s+(?:stack|used))?|stack|tools(?:\s+used)?|built with|languages|frameworks|skills(?:\s+used)?|environment)\s*:/i;

/**
 * "Deployed on AWS with GitLab CI", "Tested on iOS and Android": the opening verb has no object, and
 * what follows it only names known technologies (the tech-terms lexicon) after prepositions. That
 * states the project's platform, where no count or result belongs. A line that names its object
 * ("Deployed the booking API on …"), says anything in common words ("… for the night shift"), names
 * something that is not a technology (a venue, journal, employer: "Spoke at PyCon", "Interned at
 * Goldman Sachs") or says "to" anywhere ("Migrated from Heroku to AWS": a change) is still asked.
 */
/** Verbs whose prepositional object is the platform a thing runs on. */
const HOSTING = new Set(['deploy', 'host', 'redeploy', 'self-host']);

function statesPlatformOnly(a: BulletAnalysis): boolean {
  const clause = a.clauses[0];
  if (!clause?.verb || clause.verbs[0] !== a.opening || clause.objects.length || a.clauses.filter((c) => c.verb).length > 1) return false;
  const rest = a.tokens.slice(a.opening + 1).filter((t) => !t.punct);
  if (!rest.length || rest.length > 10 || !PREPOSITIONS.has(rest[0].lower) || rest.some((t) => t.lower === 'to')) return false;
  const name = (text: string) => /^\p{Lu}/u.test(text) || /\p{Ll}\p{Lu}|\./u.test(text);
  const functionWord = (lower: string) => PREPOSITIONS.has(lower) || CONJUNCTIONS.has(lower) || DETERMINERS.has(lower);
  if (!rest.every((t) => functionWord(t.lower) || name(t.text))) return false;
  // Each run of names must hold a known technology: "GitHub Actions" does, "Carnegie Hall" does not.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const t of rest) {
    if (functionWord(t.lower)) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(t.lower.replace(/[.]+$/, ''));
  }
  if (run.length) runs.push(run);
  // "Deployed on Render", "Hosted on Fly": what one deploys or hosts on is a platform by the verb's
  // meaning, so a name the lexicon lacks is one all the same.
  if (HOSTING.has(clause.verb.base)) return runs.length > 0;
  return runs.length > 0 && runs.every((r) => r.some((w) => !!TECH_TERMS[w]));
}

/** The noun phrase after the preposition that follows an objectless opening verb ("Cared for patients"). */
function prepositionalObject(a: BulletAnalysis, clause: BulletAnalysis['clauses'][number] | undefined, lexicon: Lexicon): NounPhrase | undefined {
  if (!clause?.verb || clause.objects.length) return undefined;
  const k = clause.verbs[clause.verbs.length - 1] + 1;
  if (!PREPOSITIONS.has(a.tokens[k]?.lower ?? '')) return undefined;
  return parseNounPhrase(a.tokens, k + 1, lexicon.strongVerbs);
}

/**
 * A line that describes a thing rather than work, the way a feature list reads: it opens with a verb in
 * the third person present and no subject ("Runs nightly", "Supports SSO"), or with an -s word the parse
 * finds no verb in ("Filters by region and team", "Exports to CSV": a verb the lexicon does not know).
 */
function describesFeature(a: BulletAnalysis): boolean {
  const first = a.tokens[0];
  if (!first || !/^\p{Lu}\p{Ll}+$/u.test(first.text)) return false;
  if (readVerb(first.text)?.form === 'third') return true;
  return !a.clauses[0]?.verb && /[^s]s$/.test(first.lower) && PREPOSITIONS.has(a.tokens[1]?.lower ?? '');
}

/** A number of scope or result in the bullet (a year that dates a thing, "2024 season", is none). */
function statesNumber(bullet: Bullet): boolean {
  return metricsOf(bullet).some((m) => !yearAsModifier(bullet.text, m));
}

/** The bullet just before or after `bullet` under the same entry states a number of scope or result. */
function neighbourMeasured(bullets: readonly Bullet[], bullet: Bullet): boolean {
  if (!bullet.entry) return false;
  return [bullets[bullet.index - 1], bullets[bullet.index + 1]].some(
    (b) => b && b.entry === bullet.entry && b.depth === bullet.depth && statesNumber(b),
  );
}

/** "Trained in/on/at/under/as …" with no one trained: training received, not given. */
const TRAINEE_PREPOSITION = /^(?:in|on|at|under|as|during|through)$/;

/** A quantity named but not given: the number the line lacks is how many. */
const UNCOUNTED = /\b(?:multiple|several|various|numerous|many|a\s+(?:number|range|variety|series)\s+of)\b/i;

/**
 * "Designed the settlement engine:" above nested items that carry its numbers, or "Rewrote the search
 * query" above "- Median latency dropped from 640 ms to 38 ms": the nested items say what the line
 * did, and they measure it (reviewers read the two as one accomplishment).
 */
function measuredByChildren(text: string, bullets: readonly Bullet[], bullet: Bullet): boolean {
  // "Worked on several projects, including:" announces a count it does not give; that count is the parent's own.
  if (UNCOUNTED.test(bullet.text)) return false;
  let end = bullet.range.end;
  for (let k = bullets.indexOf(bullet) + 1; k > 0 && k < bullets.length && bullets[k].depth > bullet.depth && bullets[k].section === bullet.section; k++) {
    // Only items right under the line: a lead-in or another item between them ("High-impact projects:")
    // is the parent of what follows, even when it is not itself read as a bullet.
    if (!onlyListSyntaxBetween(text.slice(end, bullets[k].range.start))) return false;
    end = bullets[k].range.end;
    if (metricsOf(bullets[k]).some((m) => !yearAsModifier(bullets[k].text, m))) return true;
  }
  return false;
}

function headsNestedList(doc: ResumeDocument, bullet: Bullet): boolean {
  const next = doc.bullets[bullet.index + 1];
  if (next && next.depth > bullet.depth && next.section === bullet.section) return true;
  // A nested item the parse does not read as a bullet (a list of tools) is still nested: the next
  // source line is a list item indented deeper than this one.
  const indent = (line: number) => /^[ \t]*/.exec(doc.lines.lineText(line))![0].length;
  const last = doc.lines.positionAt(bullet.range.end).line;
  if (last + 1 >= doc.lines.lineCount) return false;
  return /^[ \t]*[-*+•][ \t]/.test(doc.lines.lineText(last + 1)) && indent(last + 1) > indent(doc.lines.positionAt(bullet.range.start).line);
}

/** Blank lines, list markers and LaTeX list environments: nothing a reader sees between two items. */
function onlyListSyntaxBetween(gap: string): boolean {
  return !/\S/.test(gap.replace(/\\(?:begin|end)\{(?:itemize|enumerate|description)\}(?:\[[^\]]*\])?|\\item\b|^[ \t]*(?:[-*+•]|\d{1,2}[.)])[ \t]/gm, ''));
}

/**
 * "Closed accounts were archived", "Fixed assets schedule was prepared": the first word is an adjective
 * before the subject of a passive, not the writer's verb, so it does not choose the question.
 */
function adjectiveOpening(a: BulletAnalysis): boolean {
  const end = a.tokens.findIndex((t) => t.punct);
  const texts = a.tokens.slice(0, end < 0 ? a.tokens.length : end).map((t) => t.text);
  return opensWithParticipleSubject(texts, (w) => !!IRREGULAR_PARTICIPLES[w]);
}

/** A short label, then a link or an address, perhaps with a note in brackets after it. */
const LINK_LINE = /^\s*\p{L}[\p{L} ]{0,25}:\s*(?:\[[^\]\n]*\](?:\([^)\n]*\))?|https?:\/\/\S+|(?:www\.)?[\w-]+(?:\.[\w-]+)+\/\S*)(?:\s*\([^)\n]*\))?\.?\s*$/u;

/** Off switch for the content-first message (measurement: `contentFirst: false` gives the old messages). */
export const missingMetricSwitches = { contentFirst: true };

/**
 * Reviewers judged a number the wrong fix for routine duties (lab housekeeping, attending meetings,
 * grading): such a line is cut, not quantified. The judge cannot tell routine from relevant work, so
 * the message offers both.
 */
const CONTENT_MESSAGE = 'No result: say what you did and what it changed, with a number if there is one, or cut the line if it was routine.';

/**
 * A clause of the line makes a concrete thing: a making verb whose object is a physical thing, a text
 * or software ("… and wrote the bring-up checklist"). Such a line says what was done; it is asked for
 * its number, not for content first.
 */
function makesConcreteThing(a: BulletAnalysis): boolean {
  return a.clauses.some((c) => {
    const base = c.verb?.base.replace(/^(co|re)-/, '');
    const head = c.objects[0] ? a.tokens[c.objects[0].head] : undefined;
    if (!base || !MAKING.has(base) || !head || /^\p{Lu}/u.test(head.text)) return false;
    const cls = selectedClass(head.lower, base);
    return listedKind(head.lower) === 'software' || (!!cls && (PHYSICAL_CLASSES.has(cls) || cls === 'communication'));
  });
}

/** The judge calls the bullet vague for what it says: its opening, its object or a trait. */
function contentProblem(bullet: { text: string }, lexicon: Lexicon): boolean {
  const v = verdictOf(bullet, lexicon);
  return v.vague && (v.reason === 'weak-opening' || v.reason === 'generic-object' || v.reason === 'self-description');
}

/** The source line goes on past the value with a YAML comment (" #2 of 40 …"). */
function commentCutsValue(text: string, end: number): boolean {
  const lineEnd = text.indexOf('\n', end);
  return /^[ \t]+#\S/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd));
}

export const missingMetric: Rule = {
  id: 'missing-metric',
  category: 'metric',
  defaultSeverity: 'info',
  description: 'A bullet about work that states no number: no scope (users, people, data) and no result (%, time, money).',
  docs: {
    why: 'Numbers are what a reviewer remembers and what makes a claim checkable: how many users, how much faster, how much money, how many people. Names and versions ("Python 3", "S3", "CS 101") are not numbers of that kind.',
    bad: 'Built a caching layer for the product catalogue API.',
    good: 'Built a Redis caching layer for the catalogue API, cutting p95 latency from 800 ms to 120 ms for 2M daily requests.',
  },
  check(doc, { lexicon }) {
    const out: RuleFinding[] = [];
    const softwareResume = isSoftwareResume(doc);
    for (const bullet of workBullets(doc, lexicon)) {
      const text = bullet.text;
      if (!text.trim() || STACK_LINE.test(text) || STATED_FREQUENCY.test(text) || statesNumber(bullet)) continue;
      // "- Placed #2 of 40 teams …" in RenderCV YAML: a comment cut the value, so the words read are not
      // the ones written (renders-wrongly reports the cut); asking the stub for a result misleads.
      if (doc.format === 'rendercv' && commentCutsValue(doc.text, bullet.range.end)) continue;
      // A to-do ("- [ ] add the side project") or a template's bracketed field ("[Add link to dashboard]")
      // is a note or a blank, not a claim to measure (placeholder reports the blank).
      const lineStart = doc.lines.lineStart(doc.lines.positionAt(bullet.range.start).line);
      if (/\[[ xX]\][ \t]*$/.test(doc.text.slice(lineStart, bullet.range.start)) || /^\[[^\]]+\]\.?$/.test(text.trim())) continue;
      // "Code: github.com/ana/tool (CI runs the tests)", "Case study: [Link]": a labelled link to the work above, not a claim.
      if (LINK_LINE.test(text)) continue;
      // "Lorem ipsum dolor sit amet": template filler, which placeholder reports; no work to measure.
      if (/\blorem ipsum\b/i.test(text)) continue;
      // "Live dashboard: TBD": a label whose content is still to be written; placeholder reports the note.
      if (/^[^:]{1,40}:\s*(?:TBD|TBA|TODO)\.?\s*$/.test(text.trim())) continue;
      // "Forklift certified.", "Licensed EIT (Texas)": a credential held, which no number measures.
      if (/^(?:(?:[\p{L}\d&/+-]+\s+){1,4}(?:certified|licensed|registered|accredited)|(?:certified|licensed|registered|accredited)\s+(?:[\p{L}\d&/+()-]+\s*){1,5})\.?$/iu.test(text.trim())) continue;
      // "Wrote 3 grant reports and 2 papers:" over "- a paper on …": an item the parent counted names one
      // of the things counted, not a piece of work of its own.
      if (itemOfCountedList(doc.bullets, bullet)) continue;
      const a = analysisOf(bullet, lexicon);
      // A platform stated, an assessment passed, one thing counted: nothing a number would add.
      // A failure ruled out ("so retries never double-charge"), a course completed: outcomes as stated.
      if (statesPlatformOnly(a) || passesAssessment(a) || countsOneThing(a) || rulesOutFailure(text) || completesCourse(text) || statesAdoption(text) || statesRecognition(a)) continue;
      // An outcome that happened, said in words: an honour received, the work funded or approved, people
      // who used it for a decision, a before and after contrasted, problems fixed before release, a
      // competition stage reached. Each is checkable as it stands.
      if (receivesHonour(text) || statesFavourableFate(text) || othersUsedItTo(text) || statesContrastedResult(text) || fixedBeforeRelease(text) || reachesCompetitionStage(text)) continue;
      if (measuredByChildren(doc.text, doc.bullets, bullet)) continue;
      // "Tools used in this role" above nested items: a short verbless line that heads a list is its label.
      if (headsNestedList(doc, bullet) && !a.clauses.some((c) => c.verbs.length) && a.tokens.length <= 6) continue;
      // "Bánh mì hunting and film photography" under "Volunteering and interests": a verbless line in a
      // section its heading says holds interests or hobbies names a pastime, not work to measure.
      if (INTERESTS_HEADING.test(bullet.section.title ?? '') && !a.clauses.some((c) => c.verbs.length)) continue;
      // The bullet's own clause: a verb later in the line ("… models and processes") is not its opening.
      // Not when its first word is an adjective before a passive's subject: then it has no opening verb.
      const clause = adjectiveOpening(a) ? undefined : a.clauses[0];
      // A nested item that says what its parent's made thing does ("Filters by region and team", "Supports
      // CSV export"): a feature of the parent, not a piece of work with a result of its own.
      if (bullet.depth > 0 && describesFeature(a)) continue;
      // "Wrote it in Swift and SwiftUI with a small Vapor backend" beside "Used by 1,100 riders …": the
      // stack of "it", the thing the line beside names and measures, is a detail of that measured work.
      // (Only a line that names its technologies: "Made it with my friend" says nothing and should go.)
      if (clause?.verbs[0] === 0 && /^(?:it|them)$/.test(a.tokens[clause.verbs[clause.verbs.length - 1] + 1]?.lower ?? '') && a.tokens.some(techName) && neighbourMeasured(doc.bullets, bullet)) continue;
      const verb = clause?.verb?.base.replace(/^(co|re)-/, '');
      const np = clause ? sharedHeadObject(a, clause.objects) : undefined;
      // "thousands of students", "multi-million dollar deals": the scale is said in words; ask for the figure behind them.
      const vague = vagueMagnitude(text);
      const leading = !!verb && LEADING.has(verb);
      // "Cared for patients", "Worked on thermal testing": no direct object; the phrase after the preposition is what the work was on.
      // "Designer and implementer of forecasting models": without a verb the head is the writer's role; what it is of decides.
      const target = (!verb ? clause?.objects.find((o) => o.of)?.of : undefined) ?? np ?? prepositionalObject(a, clause, lexicon);
      const compEnd = np && clause ? Math.max(clause.complement.end, np.end) : (target?.end ?? 0);
      // A verbless line headed by a role ("Designer of …", "Instructor for …") is about the writer: the role is not the object.
      const role = !verb && target && nounClassOf(a.tokens[target.head]?.lower ?? '') === 'person';
      let kind = (role ? undefined : objectKind(a, target, compEnd, softwareResume, verb)) ?? (target?.of ? objectKind(a, target.of, compEnd, softwareResume) : undefined);
      // "Made icons and illustrations": conjuncts of different kinds (a thing, a text) get the verb's
      // question, not the first one's measures.
      if (typeof kind === 'string' && target === np && clause && clause.objects.length > 1) {
        const others = clause.objects.slice(1).map((o) => objectKind(a, o, compEnd, softwareResume, verb));
        if (others.some((k) => typeof k === 'string' && k !== kind)) kind = undefined;
      }
      // A paper "under review" or "accepted at …" has no readers or citations yet to count; work "published
      // at NeurIPS" states its outcome (peer review) whatever the bullet's kind.
      // The head decides it is a text: a technology in the venue's name ("accepted at the Symposium on
      // Databases") does not make the paper software.
      // Not "submitted to": a report submitted to a ministry is delivered, not under review.
      const textHead = !!target && nounClassOf(a.tokens[target.head]?.lower ?? '') === 'communication' && !/\bsubmitted\s+(?:to|for)\b/i.test(text);
      if (statesPublicationStatus(text) && (kind === 'writing' || textHead || publishedAtVenue(text))) continue;
      // "Trained in the welding shop on pipe fitting": the writer was the trainee, like a course completed.
      if (verb === 'train' && clause && !clause.objects.length && TRAINEE_PREPOSITION.test(a.tokens[clause.verbs[clause.verbs.length - 1] + 1]?.lower ?? '')) continue;
      // A trained model is measured by its data and its accuracy, not by the people a training reached.
      const verbAsk = verb === 'train' && kind === 'software' && target === np && !PREPOSITIONS.has(a.tokens[(np?.start ?? 0) - 1]?.lower ?? '') ? ANALYZE_ASK : verb ? ASK_BY_VERB.get(verb) : undefined;
      // The object's dominant class, else its first sense: the leading question presumes people, so a
      // noun known first as something else ("Ran cycle counts": a quantity) gets the plain question.
      const targetHead = target ? (a.tokens[target.head]?.lower ?? '') : '';
      const targetClass = target ? (nounClassOf(targetHead) ?? nounClassesOf(targetHead)?.classes[0]) : undefined;
      // A verb's question that presumes its object (people for leading, software for building) or none at all yields to the object's kind.
      const presuming = !verbAsk || verbAsk === BUILD_ASK || verbAsk === LEAD_ASK;
      const kindAsk = (k: ObjectKind) => (k === 'people' && leading ? 'how many people, and what they achieved?' : ASK_BY_KIND[k]);
      const ask =
        (vague ? `the figure "${vague}" stands for (roughly how many or how much)?` : undefined) ??
        (verb && IMPROVING.has(verb) ? 'by how much: from what to what (before → after)?' : undefined) ??
        // Changing how work is done (automating, migrating) or studying something: what it saved or moved,
        // or what the study covered and decided, whatever the object ("Analyzed churn drivers").
        (verbAsk && CHANGE_ASKS.has(verbAsk) ? verbAsk : undefined) ??
        // Presenting, reporting, explaining: a technology after the head is the topic ("results at the ML
        // journal club"), so the verb's own question stands unless the head itself is software.
        (verbAsk === PRESENT_ASK && kind === 'software' && listedKind(targetHead) !== 'software' ? PRESENT_ASK : undefined) ??
        (typeof kind === 'object' && presuming ? (IMPROVING.has(kind.verb) ? 'by how much: from what to what (before → after)?' : ASK_BY_VERB.get(kind.verb)) : undefined) ??
        // Writing is asked whom it reached only when the verb makes or presents it ("Wrote", "Published",
        // "Presented"); "Filled prescriptions" is not authorship.
        (typeof kind === 'string' && kind !== 'writing' && (STRONG_KINDS.has(kind) || presuming) ? kindAsk(kind) : undefined) ??
        (kind === 'writing' && (verbAsk === BUILD_ASK || verbAsk === PRESENT_ASK) ? kindAsk(kind) : undefined) ??
        // Leading something that is not people or events ("Ran assays") gets the plain question.
        (verbAsk === LEAD_ASK && !TEACHING.has(verb!) && targetClass && !['person', 'group', 'event'].includes(targetClass) ? undefined : verbAsk === BUILD_ASK && techTokens(a, false).size > 0 ? SOFTWARE_BUILD_ASK : verbAsk) ??
        PLAIN_ASK;
      // In a role that cares for patients (a nurse's, a hygienist's, a pharmacist's), work on things, papers
      // or data is measured by the patients it served: "Documented assessments in Epic", "Applied sealants".
      const careAsk = CARE_ROLE.test(bullet.entry?.heading.text ?? '') && CARE_ASKABLE.has(ask) && kind !== 'software' && kind !== 'money' ? CARE_ASK : ask;
      // A teaching assistant's "tests", "reports" and "homeworks" are students' work, marked: counted in
      // students and submissions, not in test cases or records.
      const gradingAsk = TEACHING_ROLE.test(bullet.entry?.heading.text ?? '') && GRADED_WORK.test(targetHead) ? GRADING_ASK : careAsk;
      // A line whose problem is what it says (a duty or helper opening, a generic object, a trait), as
      // the vague-bullet judge reads it: the number comes after saying what was done and what it changed.
      // Presenting at a routine internal forum: reviewers read it as a fine one-liner, and no number fits it.
      if (verbAsk === PRESENT_ASK && ROUTINE_FORUM.test(text)) continue;
      if (missingMetricSwitches.contentFirst && !vague && !makesConcreteThing(a) && contentProblem(bullet, lexicon)) {
        out.push(bulletFinding(bullet, text.length - text.trimStart().length, text.trimEnd().length, CONTENT_MESSAGE));
        continue;
      }
      const end = text.trimEnd().length;
      const start = text.length - text.trimStart().length;
      out.push(bulletFinding(bullet, start, end, `No metric: add ${gradingAsk}`));
    }
    return out;
  },
};

/** A nested item under a parent that ends with a colon after a number: the parent counted its items. */
function itemOfCountedList(bullets: readonly Bullet[], bullet: Bullet): boolean {
  const parent = parentItem(bullets, bullet);
  return !!parent && /:\s*$/.test(parent.text) && hasMetric(parent.text);
}
