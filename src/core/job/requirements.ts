// Degree and years-of-experience requirements, read sentence by sentence.

import { findSkills } from '../skills';
import type { OffsetRange } from '../types';
import type { DegreeLevel, DegreeRequirement, ExperienceRequirement, Importance } from './types';

export interface Sentence extends OffsetRange {
  text: string;
}

/** Sentences of a posting: split at line breaks and at ". " followed by a capital letter. */
export function splitSentences(text: string, from = 0, to = text.length, options: { joinWrapped?: boolean; tableCells?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start])) start++;
    while (end > start && /\s/.test(text[end - 1])) end--;
    if (end > start) out.push({ start, end, text: text.slice(start, end) });
  };
  let start = from;
  // With tableCells, each cell of a pipe table's row ("| Web | React | Next.js |") is a sentence of its
  // own (its column may say how much it matters); other readers (labelled fields, deadlines) keep a row whole.
  const isRow = (at: number) => !!options.tableCells && /^[ \t]*\|/.test(text.slice(at, at + 8));
  let tableRow = isRow(text.lastIndexOf('\n', from - 1) + 1);
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '\n') {
      const rowEnds = tableRow;
      tableRow = isRow(i + 1);
      if (!rowEnds && !tableRow && options.joinWrapped && wrapsOnto(text, start, i, to)) continue;
      push(start, i);
      start = i + 1;
    } else if (c === '|' && tableRow) {
      push(start, i);
      start = i + 1;
    } else if ((c === '.' || c === '!' || c === '?' || c === ';') && /\s/.test(text[i + 1] ?? ' ') && !isAbbreviation(text, i) && !closesItemNumber(text, i)) {
      push(start, i + 1);
      start = i + 1;
    } else if ((c === '•' || c === '●' || c === '▪') && i > start && /\S/.test(text.slice(start, i))) {
      // Flattened bullets ("… languages. • Ability to …"): each bullet is its own sentence.
      push(start, i);
      start = i;
    }
  }
  push(start, to);
  return out;
}

/**
 * The text with each hard wrap inside a sentence (wrapsOnto) turned into a space: the same length and
 * offsets, so a name the wrap split ("building financial" / "models") is read whole.
 */
export function unwrapLines(text: string, from = 0): string {
  const chars = text.split('');
  for (const s of splitSentences(text, from, text.length, { joinWrapped: true })) {
    for (let i = s.text.indexOf('\n'); i >= 0; i = s.text.indexOf('\n', i + 1)) chars[s.start + i] = ' ';
  }
  return chars.join('');
}

const WRAPPED_ITEM = /^([ \t]*(?:[-*+•●▪◦–]|\d{1,2}[.)])[ \t]+)\S/;
const ITEM_OPENING = /^[ \t]*(?:[-*+•●▪◦–]|\d{1,2}[.)]|#)[ \t]/;

/**
 * Whether the line break at `nl` only wraps the sentence begun at `start` (a PDF's or an e-mail's hard
 * wrap): the text so far is a long line that does not end its sentence, and the next line goes on
 * with it — in lower case or an opening bracket, or indented under the text of the list item it
 * continues ("•  Enrolled in Commerce," / "   Supply Chain Management or …"). A blank line, a new item
 * or a heading is never a continuation.
 */
function wrapsOnto(text: string, start: number, nl: number, to: number): boolean {
  const lineStart = text.lastIndexOf('\n', nl - 1) + 1;
  const line = text.slice(lineStart, nl);
  // A sentence is never this long: past it the wrap is a run of lines (and joining stays linear).
  if (nl - start > 2000) return false;
  const sofar = text.slice(start, nl).trim();
  // A line ending in an abbreviation's point ("… for process data, e.g.") has not ended its sentence.
  const dot = text.lastIndexOf('.', nl);
  if (!sofar || (/[.!?;:]$/.test(sofar) && !(sofar.endsWith('.') && isAbbreviation(text, dot)))) return false;
  const end = text.indexOf('\n', nl + 1);
  const next = text.slice(nl + 1, end < 0 || end > to ? to : end);
  if (!next.trim() || ITEM_OPENING.test(next)) return false;
  // A narrow column (a two-column print's): a shorter line wraps too when the next is indented under the
  // text of the item the sentence opened with ("- 3D CAD modelling in SolidWorks or" / "  Autodesk Inventor").
  if (line.trim().length < 40) return line.trim().length >= 20 && hangsUnderItem(text, start, nl, next);
  if (/^[ \t]*[a-z(]/.test(next)) return true;
  // A bracket the line leaves open closes on the next: "(Apache Beam or" / "Spark).".
  if ((sofar.match(/\(/g)?.length ?? 0) > (sofar.match(/\)/g)?.length ?? 0) && /^[^()]{1,80}\)/.test(next.trim())) return true;
  return hangsUnderItem(text, start, nl, next);
}

/** Whether `next` is indented to the text of the list item the sentence at `start` opened with, on its first line. */
function hangsUnderItem(text: string, start: number, nl: number, next: string): boolean {
  const item = WRAPPED_ITEM.exec(text.slice(start, text.indexOf('\n', start) < 0 ? nl : text.indexOf('\n', start)));
  const indent = /^[ \t]*/.exec(next)![0].length;
  return !!item && indent >= 2 && indent === item[1].length;
}

/** "3. Experience with …": the point after a numbered item's number opens the item, it ends no sentence. */
function closesItemNumber(text: string, dot: number): boolean {
  return text[dot] === '.' && /(?:^|\n)[ \t]*\d{1,2}$/.test(text.slice(Math.max(0, dot - 8), dot));
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 6), dot + 1).toLowerCase();
  if (/\b(e\.g|i\.e|etc|vs|viz|inc|ltd|b\.s|m\.s|b\.a|b\.e|m\.e|b\.sc|m\.sc|b\.tech|m\.tech|b\.eng|m\.eng|ph\.d|u\.s|st|no|approx|incl|a\.m|p\.m)\.$/.test(before)) return true;
  // "to Dr. Vey by March 3": a person's title before their name ("200 ms. Then" still ends a sentence).
  return /\b(?:dr|prof|mr|mrs|ms|mx)\.$/.test(before) && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 4));
}

// Words in any case; abbreviations only in capitals, so "200 ms" or "a bs detector" are not degrees.
/** "BSEE", "MSCS", "BSME": a level with its field's initials, as US postings write it. */
const FIELD_INITIALS = '(?:EE|CS|ME|CE|ChE|IE|AE|BME|CpE|ECE)';

const LEVELS: [DegreeLevel, RegExp][] = [
  // "A.A.S. in Electronics", "AAS, Welding", "A.S. in Nursing": the dotted forms and AAS are the degree; a
  // bare "AS" or "AA" only beside "degree".
  ['associate', /\b[Aa]ssociate'?s?\s+[Dd]egree\b|\b(AA|AS|AAS)\s+[Dd]egree\b|\bAssociate (?:of|in) (?:Arts|Science|Applied Science)\b|\bA\.\s?A\.\s?S\.|\bAAS\b|\bA\.\s?[AS]\.(?=\s+(?:in|of)\b)/],
  ['bachelor', new RegExp(String.raw`\b([Bb]achelor'?s?|BACHELOR'?S?|[Uu]ndergraduate degree|B\.\s?S\.?|BS|BSc|B\.Sc\.?|B\.\s?A\.?|BA|BEng|B\.Eng\.?|B\.E\.|BTech|B\.Tech\.?|BASc|BS\/BA|BA\/BS|BS${FIELD_INITIALS})(?![\w])`)],
  ['master', new RegExp(String.raw`\b([Mm]aster'?s?|MASTER'?S?|M\.\s?S\.?|MS|MSc|M\.Sc\.?|MEng|M\.Eng\.?|M\.E\.|MTech|M\.Tech\.?|MBA|MASc|MS${FIELD_INITIALS}|[Gg]raduate degree|[Aa]dvanced degree)(?![\w])`)],
  ['phd', /\b(Ph\.?\s?D\.?|PHD|PhD|[Dd]octorate|[Dd]octoral)(?![\w])/],
];

/**
 * Abbreviations that look like degrees and are not: Microsoft's products ("MS Excel", "MS Office") and
 * British Standards ("BS 7671", "BS EN 1995-1-1", "BS EN ISO 9001").
 */
function withoutLookalikes(text: string): string {
  return text
    .replace(/\bMS\s+(?:Excel|Office|Word|SQL|Access|Teams|Project)\b/g, '')
    // "VITEK MS", "Xevo TQ MS": mass spectrometry closing an instrument's capitalised name, not a master's.
    .replace(/\b([A-Z]{2,}[A-Za-z0-9-]*)\s+MS\b(?!\s*(?:in|degree|program|programme|student|or|and|\/|,))/g, (m, name: string) => (/^(?:BS|BA|BSc|MSc|PhD|MEng|BEng|MBA|BASc|BTech)$/.test(name) ? m : name))
    .replace(/\bBS\s+(?:(?:EN|ISO|IEC)\s+)*\d{3,5}\b/g, '')
    // "ICP-MS", "GC-MS", "LC-MS/MS": mass spectrometry hyphenated to the technique before it.
    .replace(/\b(?!(?:BS|BA|BSc|BE|BTech)-)[A-Z][A-Z0-9]*-MS(?:\/MS)?\b/g, '')
    // "Ilse Marchetti, PhD, P.Eng.": letters after a person's name (a signature) hold degrees, they ask for none.
    .replace(/(?<=^\s*(?:(?:Dr|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}),(?:\s*(?:Ph\.?\s?D|M\.?Sc|M\.?S|M\.?A|MBA|M\.?Eng|B\.?Sc|B\.?A|P\.?\s?Eng|P\.?E|CPA|RN|MD)\.?,?)+\s*$/u, '');
}

/** Degree levels a text names ("B.S. Computer Science" → bachelor), lowest first. */
export function degreeLevelsIn(text: string): DegreeLevel[] {
  const t = withoutLookalikes(text.replace(/’/g, "'"));
  const found = LEVELS.filter(([, re]) => re.test(t)).map(([level]) => level);
  if (!found.length && /\bbachelor of|\bbachelor's of/i.test(t)) found.push('bachelor');
  return found;
}

const DEGREE_ASKED =
  /\b(?:a|an|the|your|university|college|technical|relevant|related|undergraduate|academic|4-year|four-year|STEM|engineering|science)\s+degree\b(?!-|\s+programs?\b)|\bdegree\s+(?:in|of|required|or|from|is)\b/i;
const DEGREE_SIGNAL = /\b(degree|bachelor|bachelors|master'?s|masters|ph\.?\s?d|doctorate|diploma)\b/i;
// Every abbreviation LEVELS reads is a signal too ("B.Tech. in Civil Engineering" names no "degree").
const CASE_SENSITIVE_SIGNAL = new RegExp(String.raw`\b(BS|MS|BA|BSc|MSc|PhD|MEng|BEng|MBA|BASc|MASc|BTech|MTech|B\.S|M\.S|B\.A|B\.E\.|M\.E\.|B\.Tech|M\.Tech|B\.Eng|M\.Eng|B\.Sc|M\.Sc|[BM]S${FIELD_INITIALS})(?![\w])`);

/**
 * People named by their degree ("research nurses and PhD candidates", "MSc students in the lab"), and the
 * work of a degree programme ("co-supervise MSc dissertation projects", "PhD theses", "master's courses").
 */
const PEOPLE_AFTER =
  /^[\s-]*(?:candidates?|students?|researchers?|scientists?|fellows?|trainees?|holders?|supervisors?|colleagues|peers|staff|dissertations?|theses|thesis|projects?|programmes?|programs?|courses?|modules?|curricul(?:um|a)|cohorts?|supervision|teaching)\b/i;
/** Words that make a sentence about degree-holders an ask ("open to PhD students", "must be a PhD candidate"). */
const ASKING = /\b(?:open to|eligib\w*|must|required?|requirements?|pursuing|enrolled|currently|apply|applicants?|you are|you're|are you|if you|seeking|looking for)\b/i;

/**
 * Outside the requirement sections, a degree that only names people the hire works with ("you will work
 * with investigators and PhD candidates") or a programme's work ("supervise MSc projects") asks for
 * nothing; in a requirement section the same words ("open to MSc students") are the ask.
 */
function namesOnlyPeople(sentence: string, level: RegExp): boolean {
  if (ASKING.test(sentence)) return false;
  const all = new RegExp(level.source, 'g');
  let seen = false;
  for (let m = all.exec(sentence); m; m = all.exec(sentence)) {
    seen = true;
    if (!PEOPLE_AFTER.test(sentence.slice(m.index + m[0].length))) return false;
  }
  return seen;
}

/**
 * "No degree required — we've hired from PhD programs and bootcamps", "A degree is not necessary",
 * "You don't need a degree": the posting asks for none, whatever degrees the sentence goes on to name.
 * A level before "degree" ("a master's degree is not required") waives only that level, so it is not read here.
 */
const NO_DEGREE =
  /\bno (?:college |university |formal |\w+-year )?degrees? (?:is |are )?(?:required|needed|necessary)\b|(?<!(?:master|bachelor|doctoral|graduate|advanced|ph\.?d)'?s?\s)\bdegrees? (?:(?:is|are) not|isn't|aren't|not) (?:required|needed|necessary)\b|\b(?:don't|do not|doesn't|does not|won't|will not) (?:need|require) (?:a |any )?(?:college |university |formal )?degree\b|\bdegree\b[^.;]{0,80}?\b(?:but|though|although) (?:it|that|one)(?:'s| is) not (?:a )?(?:requirement|required|necessary|needed|a must)\b/i;

export function findDegree(sentence: Sentence, importance: Importance): DegreeRequirement | undefined {
  const t = sentence.text.replace(/’/g, "'");
  if (!DEGREE_SIGNAL.test(t) && !CASE_SENSITIVE_SIGNAL.test(t)) return undefined;
  if (NO_DEGREE.test(t)) return undefined;
  // "3 years of experience, or 1 year with a graduate degree" qualifies the years; it does not ask for a degree.
  if (/\bwith an? (advanced|graduate|master'?s|ph\.?d)\b/i.test(t) && YEARS_SIMPLE.test(t)) return undefined;
  const cleaned = withoutLookalikes(t);
  const levels = LEVELS.filter(([, re]) => re.test(cleaned) && !(importance === 'other' && namesOnlyPeople(cleaned, re))).map(([level]) => level);
  const implied = !levels.length;
  if (implied) {
    // A degree without a level is asked for as a noun ("a degree in Physics", "university degree
    // required"); "degree-seeking program" or a heading's "(Degree Major, GPA)" asks for none.
    if (!DEGREE_ASKED.test(cleaned)) return undefined;
    // "heat transfer from your degree", "projects during your degree": where knowledge came from, not an ask.
    if (/\b(?:from|during|through(?:out)?|as part of|over)\s+(?:your|the|a)\s+degree\b(?!\s+(?:in|of)\b)/i.test(cleaned) && !/\bdegree\s+(?:in|of|required)\b/i.test(cleaned)) return undefined;
    levels.push('bachelor');
  }
  return {
    level: levels[0],
    levels,
    ...(implied ? { implied } : {}),
    fields: fieldsOf(cleaned),
    equivalentExperience: /equivalent (practical |work |professional )?experience|or equivalent|equivalent combination/i.test(cleaned),
    importance,
    text: sentence.text,
    range: { start: sentence.start, end: sentence.end },
  };
}

/** The span of a degree sentence that lists fields of study ("in Computer Science, Statistics, or related"). */
export function fieldSpan(sentence: Sentence): OffsetRange | undefined {
  const t = sentence.text;
  const degree = DEGREE_SIGNAL.exec(t) ?? CASE_SENSITIVE_SIGNAL.exec(t);
  if (!degree) return undefined;
  const after = t.slice(degree.index);
  // "a degree in Geology", and right after the degree word also lower case: "master's degree in
  // marine biology", "Diploma or Bachelor's degree in a numerate field".
  const upper = after.search(/\b(in|of)\s+[A-Z]/);
  const near = /^[\w'.’]*(?:\s+(?:or|and)\s+[\w'.’]+)?(?:\s+degree)?\s+(?:in|of)\s+[a-z]/i.exec(after) ? after.search(/\b(in|of)\s/) : -1;
  const inAt = near >= 0 && (upper < 0 || near < upper) ? near : upper;
  if (inAt < 0) return undefined;
  const from = degree.index + inAt;
  // Abbreviation dots ("e.g.", "Ph.D.") do not end the list of fields.
  const rest = t.slice(from).replace(/\b(?:e\.g|i\.e|etc)\.|\b[A-Z][a-z]?\.(?=[A-Z])/g, (m) => m.replace(/\./g, ' '));
  let stop = rest.search(/[.;]|\bwith\b|\bor equivalent\b|\band \d|\bplus\b|\bwhile\b|\bwhere\b/);
  // The list of fields ends with "a related field" ("…, geology or a related field, and fluent Rust").
  const related = /\b(?:related|similar|equivalent)\s+(?:\w+\s+)?(?:fields?|disciplines?|areas?|majors?|subjects?)\b/i.exec(rest);
  if (related && (stop < 0 || related.index + related[0].length < stop)) stop = related.index + related[0].length;
  const to = stop < 0 ? t.length : from + stop;
  return { start: sentence.start + from, end: sentence.start + to };
}

/**
 * The subjects a student is asked to be studying, which are fields of study, not skills: "currently
 * studying computer science, software engineering or game programming", "majoring in statistics".
 * The list ends as a degree's list of fields does (fieldSpan).
 */
const STUDYING = /\b(?:(?:currently|now) studying|(?:students?|you['’]re|you are) (?:currently )?studying|majoring in|(?:currently |be |being )?enrolled in)\s+/i;

export function studySpan(sentence: Sentence): OffsetRange | undefined {
  const t = sentence.text;
  const cue = STUDYING.exec(t);
  if (!cue) return undefined;
  const from = cue.index + cue[0].length;
  const rest = t.slice(from);
  let stop = rest.search(/[.;:]|\bwith\b|\band (?:have|has|are|can|will)\b|\bwho\b|\bwhile\b|\bwhere\b/);
  const related = /\b(?:related|similar|equivalent)\s+(?:\w+\s+)?(?:fields?|disciplines?|areas?|majors?|subjects?)\b/i.exec(rest);
  if (related && (stop < 0 || related.index + related[0].length < stop)) stop = related.index + related[0].length;
  const to = stop < 0 ? t.length : from + stop;
  // "Enrolled in a program using MATLAB and Simulink": a list that names a product is not one of subjects.
  if (namesProduct(t.slice(from, to))) return undefined;
  return { start: sentence.start + from, end: sentence.start + to };
}

/**
 * A line that is only a programme's name, as a board lists the eligible branches or specialisations
 * ("Electronics and Instrumentation Engineering", "Computer Science and Engineering"): capitalised words
 * joined by "and" and ending in "Engineering", naming no product. It names what the applicant studies,
 * not a skill. (One discipline alone, "Systems Engineering", may be a skill a list asks for; so may
 * "Machine Learning and Data Science".)
 */
const PROGRAMME_LINE = /^(?:[-*•]\s+)?(?:[A-Z][\w-]*,?\s+){1,4}(?:and|&)\s+(?:[A-Z][\w-]*\s+){0,3}Engineering$/;

export function programmeLineSpan(sentence: Sentence): OffsetRange | undefined {
  const t = sentence.text.trim();
  // "Docker, Kubernetes and Cloud Engineering" names products: a list of skills, not a programme.
  if (!PROGRAMME_LINE.test(t) || namesProduct(t)) return undefined;
  const at = sentence.text.indexOf(t);
  return { start: sentence.start + at, end: sentence.start + at + t.length };
}

/**
 * A named product among the items ("SQL", "Python", "MATLAB", "Linux"): a taxonomy hard skill spelled
 * with a capital or a digit, as features.ts reads a product. Fields of study ("statistics", "computer
 * science", "physics") are not written that way in the taxonomy.
 */
function namesProduct(list: string): boolean {
  // A domain's name with an acronym in it ("healthcare IT") is a field, not a product.
  return findSkills(list, { techContext: true }).some((m) => m.kind === 'hard' && m.category !== 'domain' && /[A-Z0-9]/.test(m.canonical));
}

/**
 * "… or a related field", "or an equivalent discipline": the end of a list of fields of study — or,
 * after named products, the end of a list of products ("SQL, Python or a similar program"), where only
 * the ending itself is set aside (relatedFieldSpan).
 */
const RELATED_FIELD = /\b(?:or|and)\s+(?:an?\s+|any\s+|other\s+)?(?:closely\s+)?(?:related|similar|equivalent|relevant|comparable)\s+(?:\w+\s+)?(?:fields?|disciplines?|majors?|areas? of study|subjects?|programs?)\b/i;

/**
 * A list that ends in "or a related field" is a list of fields of study, whatever word opens it
 * ("a co-op program in Geomatics, Statistics or a related field", "background in physics,
 * chemistry or a related discipline"): from the last "in" / "of" before that ending to the ending.
 * The list must be names or nouns joined by commas and or/and (no verb, no clause).
 */
export function relatedFieldSpan(sentence: Sentence): OffsetRange | undefined {
  const t = sentence.text;
  const end = RELATED_FIELD.exec(t);
  if (!end) return undefined;
  const before = t.slice(0, end.index);
  const opener = [...before.matchAll(/\b(?:in|of)\s+/g)].pop();
  if (!opener) return undefined;
  const list = before.slice(opener.index! + opener[0].length);
  if (!list.trim() || list.split(/\s+/).length > 24 || /[.;:()]/.test(list)) return undefined;
  // A list that names a product ("Python, SQL, Tableau or a related area of study", "Linux or a related
  // subject") asks for those products: only the ending is blanked, so it is not read as a phrase.
  if (namesProduct(list)) return { start: sentence.start + end.index, end: sentence.start + end.index + end[0].length };
  return { start: sentence.start + opener.index!, end: sentence.start + end.index + end[0].length };
}

function fieldsOf(t: string): string[] {
  const m = /\b(?:in|of)\s+([A-Z][^.;]*)/.exec(t.slice(Math.max(0, t.search(DEGREE_SIGNAL))));
  if (!m) return [];
  return m[1]
    .split(/,|\bor\b|\band\b|\//)
    .map((f) => f.replace(/\b(a |related|technical|quantitative|field|fields|equivalent|other|like|such as)\b.*$/i, '').trim())
    .filter((f) => /^[A-Z]/.test(f) && f.split(/\s+/).length <= 4);
}

const YEARS_SIMPLE = /\d+\s*\+?\s*(years?|yrs?)\b/i;
const YEARS = /(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)\b/gi;

export function findExperience(sentence: Sentence, importance: Importance, skills: string[]): ExperienceRequirement[] {
  const t = sentence.text;
  if (!/\bexperience|\bexperienced|\bbackground|\bworking\b/i.test(t)) return [];
  if (/years? (of age|old)|\bage\b/i.test(t) && !/experience/i.test(t)) return [];
  const out: ExperienceRequirement[] = [];
  for (const m of t.matchAll(YEARS)) {
    const after = t.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (/^\s*(of age|old)/i.test(after)) continue;
    out.push({
      minYears: Number(m[1]),
      ...(m[2] ? { maxYears: Number(m[2]) } : {}),
      importance,
      skills,
      text: t,
      range: { start: sentence.start + m.index!, end: sentence.start + m.index! + m[0].length },
    });
  }
  return out;
}

/** Words that say how much a wish counts, not what is wished for ("strongly", "would be", "a big"). */
const WISH_FILLER =
  /\b(?:is|are|would|will|be|a|an|the|also|but|not|required|strongly|highly|very|definitely|especially|considered|big|great|huge|real|added|additional|nice|to|have|has|plus|bonus|preferred|preferably|ideally|desired|desirable|helpful|asset|advantage|advantageous|definite|but|though|although|really)\b/gi;

/** Whether a clause holding a preferred cue names something besides the cue ("Kotlin a bonus" does; "strongly preferred" does not). */
export function namesMoreThanCue(clause: string, cue: RegExp): boolean {
  const rest = clause.replace(new RegExp(cue.source, 'gi'), ' ').replace(WISH_FILLER, ' ');
  return /[A-Za-z0-9]{1,}/.test(rest.replace(/[^\w+#.]+/g, ' ').trim());
}

/**
 * "- Java and SQL (Kotlin is a plus)", "- Terraform (bonus: Pulumi)", "- Power BI — nice to have: DAX":
 * a required item that ends on a wish of its own. The wish, in its brackets or after its dash, is the
 * preferred part; what comes before stays required. A bracket with nothing but the cue ("Python
 * (preferred)") speaks of what is before it and is not an aside.
 */
export function preferredAside(sentence: Sentence, cue: RegExp): OffsetRange | undefined {
  // A bracket the sentence splitter cut at its ";" ("(SAS preferred; R or Python accepted)") is open at the end.
  for (const m of sentence.text.matchAll(/\(([^()]{2,120})(?:\)|$)/g)) {
    if (!cue.test(m[1]) || !namesMoreThanCue(m[1], cue)) continue;
    const start = sentence.start + m.index! + 1;
    return { start, end: start + m[1].length };
  }
  // A dash, a semicolon or a comma before the cue that opens the rest ("— nice to have: DAX", ", bonus if Rust").
  const tail = new RegExp(`(?:\\s[—–-]\\s|;\\s*|,\\s*)(?=(?:and\\s+|but\\s+|with\\s+)?(?:${cue.source})\\s*[:,-]?\\s*\\S)`, 'i').exec(sentence.text);
  if (tail && tail.index > 0) {
    const rest = sentence.text.slice(tail.index + tail[0].length);
    if (namesMoreThanCue(rest, cue)) return { start: sentence.start + tail.index + tail[0].length, end: sentence.end };
  }
  // The wish at the end of an aside set off by a dash, a semicolon or ", with" ("Scala, with Spark a big
  // plus", "SQL – dbt would be a bonus"). A plain comma does not set one off: "Python, Java, and Go is a
  // plus" wishes for all three.
  const ending = /(?:\s[—–-]\s|;\s*|,\s*(?=with\s))([^;—–()]+)$/.exec(sentence.text);
  if (ending && ending.index > 0 && new RegExp(`(?:${cue.source})\\W*$`, 'i').test(ending[1]) && namesMoreThanCue(ending[1], cue)) {
    const start = sentence.start + ending.index + ending[0].length - ending[1].length;
    return { start, end: sentence.end };
  }
  return undefined;
}
