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

import type { BulletAnalysis } from '../nlp';
import { readVerb } from '../nlp/verbs';
import type { Token } from '../nlp/tokens';
import { ING_NOUNS } from '../nlp/word-classes';

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
  /** Who the writer is ("I am a certified instructor"), not what they did. */
  | 'identity';

/** Words a title leaves in lower case. */
const TITLE_FUNCTION_WORDS = new Set(['of', 'for', 'and', 'the', 'a', 'an', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'or', 'de', 'la', 'du', 'des', 'et', '&', 'vs', 'via']);

/**
 * Nouns of competence: what a learning or skill statement is about. A closed semantic class (the
 * things one has rather than does), not a list of phrases from any resume.
 */
const COMPETENCE = new Set([
  'understanding', 'knowledge', 'expertise', 'experience', 'proficiency', 'familiarity', 'skill', 'skills',
  'capability', 'capabilities', 'competence', 'competency', 'competencies', 'background',
  'exposure', 'fluency', 'mastery', 'grasp', 'command', 'appreciation', 'awareness', 'readiness',
]);

/** Verbs whose object is something learned, not something made: "Learned X", "Gained an understanding". */
const LEARNING_VERBS = new Set(['learn', 'gain', 'acquire', 'deepen', 'broaden', 'consolidate', 'develop', 'build', 'strengthen', 'improve', 'expand', 'hone', 'sharpen', 'obtain', 'get', 'master']);

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

/** Verbs of taking a course: "Completed the intermediate level", "Taking evening classes". */
const STUDYING_VERBS = new Set(['take', 'complete', 'clear', 'pass', 'attend', 'finish', 'enroll', 'enrol', 'audit']);

/** What one studies in: coursework, not work. */
const COURSEWORK = new Set(['course', 'courses', 'class', 'classes', 'level', 'levels', 'module', 'modules', 'curriculum', 'lesson', 'lessons', 'tutorial', 'tutorials', 'bootcamp', 'certification', 'certificate', 'degree', 'semester', 'programme']);

/** The role of a line, from its analysis (nlp/clauses). */
export function lineRole(a: BulletAnalysis): LineRole {
  const words = a.tokens.filter((t) => !t.punct);
  if (!words.length) return 'list';
  if (isLeadIn(a.tokens) || (CONTINUATIONS.has(words[0].lower) && words.length <= 5)) return 'lead-in';
  if (isIdentity(a.tokens)) return 'identity';
  const body = a.tokens.slice(labelEnd(a.tokens));
  if (isStackLine(a.tokens)) return 'list';
  const verbFirst = !!a.clauses[0]?.verb && a.clauses[0].verbs[0] === a.opening;
  if (!verbFirst && (isList(a.tokens) || (body.length < a.tokens.length && isList(body)))) return 'list';
  if (opensWithByAgent(a.tokens, a.opening)) return 'by-agent';
  if (isLearning(a)) return 'learning';
  const first = a.clauses[0];
  // An unknown capitalised word in -ed opening the line ("Attributed", "Pioneered") is a verb all the same.
  const opener = a.tokens[a.opening];
  const opensWithVerb = (!!first?.verb && first.verbs[0] === a.opening) || (!!opener && /^\p{Lu}\p{Ll}{2,}ed$/u.test(opener.text));
  if (isTitle(body.length ? body : a.tokens, opensWithVerb)) return opensWithVerb ? 'title-or-work' : 'title';
  return 'work';
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
  // "Targeting areas include coding, math, …": a finite verb inside an item makes the line a clause.
  if (full.some((i) => i.some((t, k) => k > 0 && /^\p{Ll}/u.test(t.text) && isFinite(t)))) return false;
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
 * A statement of what the writer learned or knows: a learning verb acting on a competence ("Gained a
 * deep understanding of X"), "Learned …", or a verbless phrase headed by a competence ("Solid
 * understanding of Y", "Extensive experience with Z").
 */
function isLearning(a: BulletAnalysis): boolean {
  const clause = a.clauses.find((c) => c.verb);
  const verb = clause?.verb?.base;
  if (verb === 'learn') return clause?.verb?.form !== 'third';
  const heads = (clause?.objects ?? []).map((np) => a.tokens[np.head]?.lower);
  if (verb && LEARNING_VERBS.has(verb)) return heads.length > 0 && heads.every((h) => COMPETENCE.has(h));
  if (verb && STUDYING_VERBS.has(verb)) return heads.length > 0 && heads.every((h) => COURSEWORK.has(h));
  if (clause && clause.verbs[0] === a.opening) return false;
  // Verbless: a competence heads the first phrase, within its first four words ("Solid understanding of X").
  const words = a.tokens.slice(a.opening, a.opening + 5);
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (t.punct || ['of', 'in', 'with', 'on', 'for', 'to', 'and', 'or'].includes(t.lower) || (k === 0 && isVerbForm(t))) return false;
    const next = words[k + 1];
    if (COMPETENCE.has(t.lower)) return !next || next.punct || ['of', 'in', 'with', 'on', 'for', 'to'].includes(next.lower);
  }
  return false;
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
  const words: Token[] = [];
  let depth = 0;
  for (const t of tokens) {
    if (t.text === '(' || t.text === '[') depth++;
    else if (t.text === ')' || t.text === ']') depth = Math.max(0, depth - 1);
    else if (!depth && !t.punct) words.push(t);
  }
  if (!words.length) return false;
  const content = (ws: Token[]) => ws.filter((w) => !TITLE_FUNCTION_WORDS.has(w.lower));
  if (opensWithVerb) {
    const c = content(words);
    return c.length >= 2 && c.length <= 6 && c.every(capitalised) && !words.some((w) => PREPOSITION_AFTER.has(w.lower));
  }
  // The head phrase: up to the first preposition other than "of" (what follows may be lower case: "Dr. X on …").
  // A one-word head before a preposition is a role or an action with its object: "Head of X", "Instructor for Y".
  if (PREPOSITION_AFTER.has(words[1]?.lower ?? '')) return false;
  const cut = words.findIndex((w, i) => i > 0 && w.lower !== 'of' && PREPOSITION_AFTER.has(w.lower));
  const head = cut > 0 ? words.slice(0, cut) : words;
  // A lower-case verb form ("ensuring", "generates", "built") makes it a described thing or a clause.
  if (words.some((w, i) => i > 0 && !capitalised(w) && isVerbForm(w))) return false;
  const c = content(head);
  return c.length >= 2 && c.every(capitalised);
}

const capitalised = (w: Token) => /^[\p{Lu}\p{N}]/u.test(w.text);

/** Prepositions that end a title's head phrase. */
const PREPOSITION_AFTER = new Set(['of', 'for', 'in', 'on', 'at', 'to', 'with', 'by', 'from', 'via', 'over', 'under', 'about']);

function isFinite(t: Token): boolean {
  const v = readVerb(t.text);
  return !!v && (v.form === 'past' || v.form === 'third');
}

/** A verb in a finite or -ing form ("built", "generates", "ensuring"), not an -ing noun ("processing"). */
function isVerbForm(t: Token): boolean {
  const v = readVerb(t.text);
  return !!v && v.form !== 'base' && !(v.form === 'gerund' && ING_NOUNS.has(t.lower));
}
