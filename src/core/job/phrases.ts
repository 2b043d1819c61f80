// Skills the taxonomy lacks, read from the shape of requirement sentences rather than from a list:
// - technologies named as examples in parentheses: "a job scheduler (LSF, Slurm)", "common data
//   tools (e.g. SQL, Pandas, …)" — each capitalised name or acronym in the list is a skill;
// - the object of a requirement cue: "experience with customer segmentation and credit risk data",
//   "knowledge of signal integrity" — each two-to-four-word noun phrase of the list is a skill.
// Only qualification sentences (required or preferred) are read, degree sentences are not (their
// parentheses list fields of study), and nothing overlapping a taxonomy mention is added again.

import { courseworkSubjects } from './coursework';
import type { OffsetRange } from '../types';
import type { Sentence } from './requirements';
import { readVerb } from '../nlp/verbs';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, ING_NOUNS, PREPOSITIONS, SUBORDINATORS } from '../nlp/word-classes';
import { nounClassesOf } from '../nlp/noun-class';
import { lookupSkill } from '../skills';
import { readLabelledList } from './labelled-list';
import { readNameSeries } from './name-series';
import { isCommonWord, isEnglishWord, isWordNetTerm } from '../lexicon/english';

export interface PhraseMention extends OffsetRange {
  /** The keyword: a name as written ("Slurm") or a lower-case phrase ("customer segmentation"). */
  keyword: string;
  /** For a category before an example list: the members listed (skill names or names as written). */
  examples?: string[];
  /** A proper name from a parenthetical list, or a phrase after a requirement cue. */
  source: 'example' | 'phrase';
  /** An edition named in full ("ArcGIS Pro"): the taxonomy skill it opens with ("ArcGIS"), which it replaces there. */
  family?: string;
}

const PAREN = /\(([^()]{2,240})\)/g;
// "viz." / "namely" (Indian and British postings) introduce the list as "such as" does; "viz." keeps its dot.
// "Qualitative methods, especially focus groups and key informant interviews": so do "especially" and "particularly".
const EXAMPLE_LIST = /\b(?:such as|e\.g\.,?|for example|including(?:,? but not limited to,?)?|like|(?:of|in) (?:the )?following|viz\.,?|namely|especially|particularly|in particular)\s*:?\s+([^;:()]{2,200}?)(?=[.;:()](?:\s|$)|[;:()]|$)/gi;
/**
 * "the following technical areas: …", "the following engineering skills: …": a list announced as
 * technical knowledge. Not "domains", "topics" or "product areas", whose items are as often
 * industries, interests or product names ("healthcare, retail", "ethics", "Checkout"); not fields of
 * study, which say who may apply; not bare "areas" (places) or bare "skills" (as often traits).
 */
const ANNOUNCED_LIST =
  /\bthe following\s+((?:technical|technology)\s+areas|technologies|(?:technical|programming|engineering|software)\s+skills)\s*:\s*([^.;:()]{2,240})/gi;
/** A word that says the items listed after it are techniques, and the list after it ("… such as …", "…: …"). */
// "medical equipment such as patient monitors, infusion pumps": kinds of equipment are asked for as techniques are.
const TECHNIQUE_HEAD = /^(?:concepts|techniques|methods|methodologies|principles|analyses|studies|tests|calculations|characteri[sz]ation|measurements|processes|fundamentals|basics|equipment|instruments|instrumentation|apparatus|machinery)$/i;
/** The lead of a colon list names techniques: a kind word within its last six words, not soft skills. */
function techniqueLead(before: string): boolean {
  const lead = before.split(/[.;:!?]/).pop()!.trim().split(/\s+/).slice(-6).join(' ');
  return /\b(?:techniques|methods|procedures|assays|skills)\b/i.test(lead) && !/\b(?:soft|interpersonal|communication|people|language|social|personal|transferable)\b/i.test(lead);
}
const TECHNIQUE_LIST = /\b([A-Za-z][\w-]*)\s*(?:,?\s*(?:such as|e\.g\.,?|for example|including|like)\s+|:\s*)([^;:.]{2,240}?)(?=[.;:](?:\s|$)|$)/g;
/**
 * The same list in brackets after its head: "non-destructive testing methods (e.g. rebound hammer, cover
 * measurement)", "fabrication processes (photolithography, thin-film deposition)" — a list of two items
 * or more when no "e.g." opens it.
 */
const TECHNIQUE_LIST_IN_BRACKETS = /\b([A-Za-z][\w-]*)\s*\(\s*(?:(?:such as|e\.g\.,?|for example|including|like)\s+([^()]{2,240})|([^()]{2,240}?,[^()]{2,240}))\)/g;
/** The same list between spaced dashes: "HVAC fundamentals – psychrometrics, duct sizing and pipe sizing – and …". */
const TECHNIQUE_LIST_IN_DASHES = /\b([A-Za-z][\w-]*)\s+[–—]\s+([^–—;:.()]{2,240}?,[^–—;:.()]{2,240}?)\s+[–—](?=\s)/g;
/** A choice announced with a colon: "in one or more of: …", "at least one of the following: …". */
const CHOICE_LIST = /\b(?:one or more of|at least one of|any of|one of)(?: the following(?: areas| topics| techniques| methods)?)?\s*:\s*([^.;:()]{2,240})/gi;
/** The same announced as "these" before a colon: "any of these on your course or in a summer job: …". */
const CHOICE_OF_THESE = /\b(?:one or more of|at least one of|any of|some of) these\b[^.;:()]{0,60}:\s*([^.;:()]{2,240})/gi;
/** Where an example list ends and the sentence goes on: "ARM and MIPS is a plus". */
const LIST_TAIL =
  /\s+(?:is|are|will|would|preferred|desired|required|to|for|in|on|with|ideally|preferably|an?\s+(?:(?:big|huge|great|definite|strong|real|added|nice|major|distinct|additional|significant)\s+)?(?:plus|bonus|advantage|asset))\b.*$/i;
/** Endings of everyday words, so "Validation" or "Processing" in a list is not taken for a product name. */
/** A dotted version number after a name: " 4.7", " v2.1.0", " 2022.3". */
const DOTTED_VERSION = /\s+v?\d+(?:\.\d+)+$/;
/** "FACS-based", "LLM-powered": a word that says what something rests on, after the name it rests on. */
const BASED_ON = /-(?:based|driven|enabled|powered)$/;
const COMMON_SUFFIX = /(?:tion|sion|ment|ing|ance|ence|ness|ity|ics|ogy|ure|ism|ies|ers)$/;
const EXAMPLE_LEAD = /^\s*(?:e\.?\s?g\.?|eg|i\.?e\.?|such as|including|like|for example|for instance|ex\.?)[,:]?\s*/i;
// "&" joins list items only with spaces around it: "P&L", "GD&T", "R&D" are one abbreviation each.
// A slash between a letter and a digit is inside a name ("S/4HANA", "AS/400", "OS/2"); elsewhere it
// separates items ("Java/Kotlin", "CI/CD" is read whole by the taxonomy).
// "PSS/E", "I/O": a slash before one capital letter that ends the word joins a name's parts, it lists nothing.
const LIST_SPLIT = /\s*(?:,|;|(?<![A-Za-z])\/|\/(?![0-9]|[A-Z](?![\w+#]))|\band\/or\b|(?<!-)\bor\b(?!-)|(?<!-)\band\b(?!-))\s*|\s*(?<![A-Za-z])&\s*|\s+&(?![A-Za-z])\s*/i;
// "UIKit and SwiftUI both", "healthcare data analysis required": a word after the item that says how
// the items go together or how much they weigh is not part of the skill's name.
const TRAILING_FILLER = /\s*(?:etc\.?|…|\.\.\.|and so on|and more|or similar|or equivalent|or others?|both|(?:is\s+|are\s+)?(?:(?:strongly|highly|much)\s+)?(?:required|preferred|desired|desirable|compulsory|mandatory|essential|a\s+must|a\s+plus|an\s+asset))\s*$/i;
/** A name: capitalised or with an inner capital or digit ("Slurm", "NumPy", "JAX", "S3"), at most three words. */
const NAME = /^(?:[A-Z][\w.+#-]*(?:\/[A-Z](?![\w+#]))?|[a-z]+[A-Z][\w.+#-]*|[a-z]*\d[\w.+#-]*)(?:\s+[A-Z0-9][\w.+#-]*(?:\/\d[\w.+#-]*)?){0,2}$/;
/** A name's last word with a slash before a digit ("SAP S/4HANA", "IBM AS/400"): the product after a vendor. */
const SLASH_DIGIT_TAIL = /\s[A-Z][\w]*\/\d[\w.+#-]*$/;
/** A category whose examples are not skills: venues, organisations, places, events. */
const NOT_SKILL_CATEGORY =
  /\b(?:venues?|conferences?|journals?|workshops?|universities|schools?|colleges?|companies|employers|clients|customers|industries|sectors|cities|countries|regions|clubs?|competitions?|hackathons?|events?|awards?|scholarships?)(?:\s+(?:experience|background|history))?\s*$/i;
/** Parenthesised words that are not technologies (codes, degrees, months, markers, spoken languages). */
const NOT_A_NAME =
  /^(?:US|USA|UK|EU|EMEA|APAC|[A-Z][a-z]+ (?:time|hours)|BS|BA|MS|MSc|BSc|PhD|Ph\.D\.?|MBA|BTech|MTech|GPA|[A-Z][a-z]*day|January|February|March|April|May|June|July|August|September|October|November|December|Remote|Hybrid|Onsite|On-site|Required|Preferred|Optional|Plus|Bonus|Yes|No|Note|See|If|The|A|An|Or|And|We|You|Our|Your|This|That|These|All|Any|Some|One|Two|Three|Senior|Junior|Intern|New|Dual|English|French|German|Spanish|Portuguese|Italian|Dutch|Polish|Russian|Ukrainian|Arabic|Hebrew|Hindi|Urdu|Punjabi|Bengali|Tamil|Mandarin|Cantonese|Chinese|Japanese|Korean|Vietnamese|Tagalog|Filipino|Turkish|Persian|Farsi|Greek|Swedish|Norwegian|Danish|Finnish)$/i;

/** A requisition or reference number: capitals, then two hyphen-joined groups or more, the last of figures (an exam code, "AZ-500", has one). */
const REFERENCE_NUMBER = /^[A-Z]{2,}(?:-[A-Z0-9]+)+-\d{2,}$/;

/** "… or similar X", "… or other X": X is a noun phrase of one to four words, up to punctuation or a preposition. */
const OR_SIMILAR =
  /\bor (?:similar|other|equivalent|comparable)\s+((?!(?:to|for|with|in|of|on)\b)[A-Za-z][\w-]*(?:\s+(?!(?:to|for|with|in|of|on|and|or|is|are|a|an|the)\b)[A-Za-z][\w-]*){0,3})/gi;

const CUE =
  /\b(?:experience (?:with|in|using|of|on|building|developing|designing)|hands-on (?:experience )?(?:with|in)|knowledge (?:of|in)|(?:grasp|command|awareness) of|(?:competent|confident|versed|trained|adept|practi[sc]ed) (?:in|with)|familiar(?:ity)? with|understanding of|expertise (?:in|with)|proficien(?:t|cy) (?:in|with)|background in|exposure to|skills? in|skilled in|grounding in|fluen(?:t|cy) in|(?:course ?work|courses|classes|training) in|(?:experience|knowledge|familiarity)\s*:(?=\s+[a-z])|(?:specifically|especially|particularly|notably) (?:with|in))\s+/gi;
/** Where the object of a cue ends (a word at the line's end ends it too: "Exposure to X preferred"). */
const OBJECT_END = /[.;:()]|\s(?:to|for|that|which|who|where|while|including|such as|as well as|is|are|a plus|on|like|e\.g|preferred|required|will|would|in order|within|across|at|from|by|through|plus|as per|according to|beyond|using|as applied|as used)(?=[\s,:]|$)/i;
/**
 * A wish said after the thing wished for: "Spark a big plus", "Kafka an advantage", "bonus points for
 * Rust", "load testing preferred". The object ends where the wish begins. A bare adjective ends it
 * only at the end of the line ("desired state configuration" is a practice).
 */
export const WISH_CUE =
  /(?:,\s*|\s+)(?:(?:is|are|would|will|be|also|highly|very|strongly|considered|definitely)\s+)*(?:(?:a|an)\s+(?:(?:big|huge|great|definite|strong|real|added|nice|major|distinct|additional|significant)\s+)?(?:plus|bonus|advantage|asset)\b|(?:plus|bonus|advantage|asset)(?:\s+points?)?(?=\s*(?:[.,;!)]|$)|\s+(?:if|for|to)\b)|ideally\b|preferably\b|(?:preferred|preferable|desired|desirable|advantageous|helpful|nice[- ]to[- ]have)\s*[.!)]?\s*$)/i;
/** Words that join a verb to its object or its place: after "worked", "partnered", "working" they make a clause. */
const VERB_PREPOSITION = /^(?:at|with|for|as|alongside|under|in|on|to|from)$/;
const PREPOSITION = /^(?:at|with|for|in|on|by|from|to|as|of|into|within|across|via|alongside|under)$/;
const LEADING_WORDS =
  /^(?:(?:a|an|the|one|two|some|any|even|strong|solid|good|deep|basic|working|practical|general|modern|common|relevant|related|various|several|multiple|proven|demonstrated|prior|previous|professional|hands-on|excellent|great|sound|advanced|fundamental|core|key|familiarity|knowledge|experience|grasp|command|understanding|awareness|with|of|in|at least|more|other|such as|e\.g\.?|including|like)(?:\s+|$))+/i;
const WORD = /^[a-z][a-z-]*$/;
/** Last words that leave the phrase without its object ("principles of", "ability"). */
const WEAK_HEAD =
  /^(?:ability|abilities|way|ways|things|field|fields|area|areas|degree|years?|experience|skills?|knowledge|understanding|contributions?|practices?|environment|environments|role|roles|team|teams|work|projects?|etc|languages?|frameworks?|tools?|technolog(?:y|ies)|solutions?|products?|features?|industry|industries|compan(?:y|ies)|sector|domain|market|settings?|rules|regulations?|standards?|guidelines|laws|english|french|german|spanish|mandarin|chinese|japanese|portuguese)$/;
const VERBISH = /(?:ly|ing)$/;
/** A head noun that says the phrase names a technique or its rules ("sampling methods", "welding procedures"). */
const TECHNIQUE_KIND_HEAD = /^(?:methods|methodolog(?:y|ies)|techniques|procedures|protocols|standards|principles|codes|tests|practices)$/;

/** Sentences about who may apply, not what they know ("graduating in 2026 (BTech)"). */
const ELIGIBILITY_SENTENCE = /\b(graduat\w*|degree|(?:higher education|(?:university|college|undergraduate|graduate|bachelor['’]?s?|master['’]?s?) (?:education|studies|degree|course|program(?:me)?)) in progress|enrolled|enrollment|year of study|semester|authori[sz]ed|authori[sz]ation|sponsor(?:s|ed|ing|ship)?|visas?|citizens?|citizenship|permanent residen\w*|work permit)\b/i;
/** A statement that the work is export-controlled or needs a clearance; asking for knowledge of the rules is a skill. */
const CONTROLLED_WORK = /\b(?:export[- ]control\w*|security clearance)\b/i;

/**
 * An employment-equity or equal-opportunity statement: the groups it welcomes ("women, racialized
 * people, persons with disabilities") are people, not skills. A sentence that also asks for
 * knowledge ("experience designing for people with disabilities") is not one.
 */
const EQUITY_STATEMENT =
  /\b(?:equal[- ](?:employment[- ])?opportunit(?:y|ies)|employment equity|affirmative action|equity,? diversity|diversity,? equity|protected veterans?|visible minorit(?:y|ies)|racialized|sexual orientation|gender identity|national origin|(?:persons|people|individuals) with disabilities)\b/i;
const ASKS_KNOWLEDGE = /\b(?:experience (?:with|in|designing|building|using)|knowledge of|familiar(?:ity)? with|understanding of|proficien(?:t|cy)|skills? in)\b/i;

export function findPhraseMentions(
  sentence: Sentence,
  covered: (OffsetRange & { kind?: string; canonical?: string })[],
  skip: OffsetRange[] = [],
): PhraseMention[] {
  const out: PhraseMention[] = [];
  // "GPIB, VISA and SCPI": a capitalised VISA among other acronyms is the instrument API (or the card
  // network), not a visa the candidate must hold.
  const series = acronymSeries(sentence.text);
  const eligibilityText = series.reduce((t, a) => (/^VISA$/.test(a.text) ? t.slice(0, a.start) + ' '.repeat(a.text.length) + t.slice(a.end) : t), sentence.text);
  if (ELIGIBILITY_SENTENCE.test(eligibilityText) || ((EQUITY_STATEMENT.test(sentence.text) || CONTROLLED_WORK.test(sentence.text)) && !ASKS_KNOWLEDGE.test(sentence.text))) return out;
  const overlaps = (r: OffsetRange, start: number, end: number) => start < r.end && end > r.start;
  const free = (start: number, end: number) =>
    ![...covered, ...skip, ...out].some((r) => overlaps(r, start, end));
  // "our engineering stack", "fit with our principles": the employer's own things, not a skill; a
  // phrase with a person or a modal in it ("you must have") is a clause.
  const possessed = (keyword: string) => /\b(?:our|your|their|its|my|you|we|they|must|should|shall|will|would|can|could)\b/i.test(keyword);
  const add = (keyword: string, start: number, end: number, source: PhraseMention['source']) => {
    // "RFD-27-0153", "KF-BE-07": a reference number (letters, then groups with figures), no product.
    if (REFERENCE_NUMBER.test(keyword)) return;
    // "not just tables", "no prior experience": a negated phrase names nothing asked for.
    if (/^(?:not|no|never|without)\s/i.test(keyword)) return;
    if (free(start, end) && !possessed(keyword)) out.push({ keyword, start, end, source });
  };
  // A phrase whose head lies past the taxonomy skills inside it ("Redis Streams", "ARM TrustZone",
  // "frontend frameworks") is a skill of its own: the taxonomy matched only a modifier.
  const addContaining = (keyword: string, start: number, end: number, source: PhraseMention['source']) => {
    const inner = covered.filter((r) => overlaps(r, start, end));
    const head = /[A-Za-z]+$/.exec(keyword)?.[0] ?? '';
    // A noun phrase, not a clause: "Python for test scripts" stays Python.
    const nounPhrase = !/\s(?:for|to|of|in|on|with|by|from|and|or)\s/i.test(keyword);
    // One skill as modifier: a phrase holding two ("Kotlin Android SDK code") names those skills.
    const headOutside =
      nounPhrase && inner.length === 1 && inner.every((r) => r.start >= start && r.end < end) && !ASPECT_HEAD.test(head);
    if (possessed(keyword)) return;
    if (headOutside && ![...skip, ...out].some((r) => overlaps(r, start, end))) out.push({ keyword, start, end, source });
    else add(keyword, start, end, source);
  };
  const addName = (name: string, start: number, end: number) =>
    /\s[A-Z][A-Za-z]*[a-z][A-Za-z]*$/.test(name) || SLASH_DIGIT_TAIL.test(name) ? addContaining(name, start, end, 'example') : add(name, start, end, 'example');
  // "Completed coursework in statics, dynamics and fluid mechanics": each subject studied is asked for,
  // in whatever words it is named; read first, so no other shape rule reads "… coursework" as a phrase.
  for (const c of courseworkSubjects(sentence.text)) {
    const keyword = /^[A-Z][a-z-]+(?:\s|$)/.test(c.subject) && !/\s[A-Z]/.test(c.subject) ? c.subject.toLowerCase() : c.subject;
    add(keyword, sentence.start + c.start, sentence.start + c.end, 'phrase');
  }
  /** Example lists of venues, organisations or events ("a venue (e.g., ICRA)"): no name in them is a skill. */
  const notSkills: OffsetRange[] = [];
  /** Whether the words before a list (at `at`, `length` long, in the sentence) name such a category; remembers it if so. */
  const listOfNonSkills = (before: string, at: number, length: number): boolean => {
    if (!NOT_SKILL_CATEGORY.test(before)) return false;
    notSkills.push({ start: sentence.start + at, end: sentence.start + at + length });
    return true;
  };
  /** Where each example list of technologies opens: the words before it may name their category. */
  const listOpenings: { at: number; end: number }[] = [];
  const hardWithin = (from: number, to: number) =>
    covered.some((r) => r.kind === 'hard' && overlaps(r, sentence.start + from, sentence.start + to));
  for (const m of sentence.text.matchAll(PAREN)) {
    const inner = m[1];
    const lead = EXAMPLE_LEAD.exec(inner)?.[0].length ?? 0;
    let offset = sentence.start + m.index! + 1 + lead;
    const pieces = splitWithOffsets(inner.slice(lead).replace(TRAILING_FILLER, ''));
    // One capitalised word in parentheses is usually an abbreviation ("Engineer (SDE)"), not an example.
    if (pieces.length < 2 && !lead) continue;
    // "Unity (2022 LTS or newer)", "Python (3.10+)": the version asked for, not examples.
    if (/\b(?:or|and) (?:newer|later|above|higher|up)\s*$|\+\s*$/i.test(inner) || /^\s*v?(?:(?:19|20)\d\d|\d+(?:\.\d+)+)\b/.test(inner.slice(lead))) continue;
    // "(E1, E2)", "(K1–K3)", "(e.g. M1, M7A)": references to numbered criteria or modules, not names.
    if (pieces.every((p) => /^[A-Z]{1,3}\d{1,2}[A-Z]?$/.test(p.text.trim()))) continue;
    // "a robotics or ML venue (e.g., ICRA, NeurIPS)", "top companies (Acme, Initech)": examples of things
    // that are not skills name places, events and organisations.
    if (listOfNonSkills(sentence.text.slice(Math.max(0, m.index! - 40), m.index!), m.index!, m[0].length)) continue;
    let names = 0;
    // "(htsget, TES, refget)", "(TCP/UDP, multicast)": beside names, a lower-case word English does not
    // have is a name written in lower case, as many tools and protocols write theirs.
    const technical = pieces.some((p) => NAME.test(p.text.trim()) && !NOT_A_NAME.test(p.text.trim())) || hardWithin(m.index!, m.index! + m[0].length);
    for (const piece of pieces) {
      // "(limiting dilution or FACS-based)": the name a method is based on is the skill.
      const name = piece.text.trim().replace(BASED_ON, '');
      // "(camt.053, pain.001)": a message or file type's code, lower case with a dotted number.
      const lowerName = ((technical && /^[a-z][a-z0-9-]{3,}$/.test(name)) || /^[a-z]{2,}\.\d{2,}$/.test(name)) && !isEnglishWord(name) && !isWordNetTerm(name);
      // Two capitals alone ("FR/EN", "UK") are codes; a two-letter technology is in the taxonomy.
      if ((!NAME.test(name) && !lowerName) || NOT_A_NAME.test(name) || /^\d+$/.test(name) || /^[A-Z]{1,2}$/.test(name)) continue;
      const at = offset + piece.start + piece.text.indexOf(name);
      addName(name, at, at + name.length);
      names++;
    }
    if (names || hardWithin(m.index!, m.index! + m[0].length)) listOpenings.push({ at: m.index!, end: m.index! + m[0].length });
    offset = 0;
  }

  // "frameworks such as AngularJS, SproutCore": names in an example list outside parentheses.
  for (const m of exampleLists(sentence.text)) {
    // Examples of a venue, a company or an event ("a venue (e.g., ICRA)", "clubs such as …") are no skills.
    if (listOfNonSkills(sentence.text.slice(Math.max(0, m.index! - 40), m.index!).replace(/[\s(]+$/, ''), m.index!, m[0].length)) continue;
    const from = m.index! + m[0].length - m[1].length;
    const before = out.length;
    const listPieces = splitWithOffsets(m[1].replace(LIST_TAIL, '').replace(TRAILING_FILLER, ''));
    // "Data Modeling, Validation, Processing": the first item's modifier carries over to the bare
    // common nouns right after it (data validation, data processing).
    const firstWords = listPieces[0]?.text.trim().split(/\s+/) ?? [];
    let carried = firstWords.length === 2 && /^[A-Z][a-z]+$/.test(firstWords[0]) ? firstWords[0].toLowerCase() : undefined;
    listPieces.forEach((piece, k) => {
      const word = piece.text.trim();
      if (k === 0 || !carried) return;
      const common = /^[A-Z][a-z]+$/.test(word) && (COMMON_SUFFIX.test(word.toLowerCase()) || ING_NOUNS.has(word.toLowerCase()));
      if (!common) {
        carried = undefined;
        return;
      }
      const at = sentence.start + from + piece.start + piece.text.indexOf(word);
      add(`${carried} ${word.toLowerCase()}`, at, at + word.length, 'phrase');
    });
    for (const piece of listPieces) {
      const name = piece.text.trim();
      const concept = conceptPiece(name);
      if (concept) {
        const at = sentence.start + from + piece.start + piece.text.indexOf(name);
        add(concept, at, at + name.length, 'phrase');
        continue;
      }
      if (!NAME.test(name) || NOT_A_NAME.test(name) || /^\d+$/.test(name) || !/[A-Z].*[a-z]|[A-Z]{2}/.test(name)) continue;
      // A capitalised common word in a title-case list ("Validation") is not a name; an inner capital or digit is.
      if (/^[A-Z][a-z]+$/.test(name) && name.length > 4 && COMMON_SUFFIX.test(name.toLowerCase())) continue;
      const at = sentence.start + from + piece.start + piece.text.indexOf(name);
      addName(name, at, at + name.length);
    }
    if (!/following/i.test(m[0]) && (out.length > before || hardWithin(from, m.index! + m[0].length))) listOpenings.push({ at: m.index!, end: m.index! + m[0].length });
  }

  // "inventory concepts such as safety stock, ABC analysis and cycle counting", "electrochemical
  // characterization: cyclic voltammetry or galvanostatic cycling": a list headed by a word that says
  // its items are techniques names one in each item, in lower case as much as in names.
  const techniqueLists = [
    ...sentence.text.matchAll(TECHNIQUE_LIST),
    // The list is the second group after "e.g.", the third without it.
    ...[...sentence.text.matchAll(TECHNIQUE_LIST_IN_BRACKETS)].map((m) => Object.assign(m, { 2: m[2] ?? m[3], bracketed: true })),
    ...[...sentence.text.matchAll(TECHNIQUE_LIST_IN_DASHES)].map((m) => Object.assign(m, { bracketed: true })),
  ];
  for (const m of techniqueLists) {
    // Or a skill the taxonomy knows, then its examples: "basic statistics, such as hypothesis testing"
    // (not in brackets, where the examples are as often the ways it was learned: "(e.g., through coursework)").
    const colon = !('bracketed' in m) && m[0].slice(m[1].length).trimStart().startsWith(':');
    const exampled = !('bracketed' in m) && !colon && hardWithin(m.index!, m.index! + m[1].length);
    // "Core laboratory techniques from your placement: pipetting, …", "Blood bank skills: ABO grouping, …":
    // a colon list whose lead names a kind of technique a few words before the colon.
    // So does a lead that ends in such a word before its examples ("Basic hand skills, e.g. riveting, …").
    const announced = !('bracketed' in m) && !TECHNIQUE_HEAD.test(m[1]) && (colon ? techniqueLead(sentence.text.slice(0, m.index! + m[1].length)) : /^(?:skills|techniques|procedures|assays)$/i.test(m[1]) && techniqueLead(sentence.text.slice(0, m.index! + m[1].length)));
    if (!TECHNIQUE_HEAD.test(m[1]) && !exampled && !announced) continue;
    const from = m.index! + m[0].lastIndexOf(m[2]);
    // Glosses in parentheses ("(EIS)") are blanked, not cut, so the items keep their offsets.
    const list = m[2].replace(/\([^()]*\)/g, (g) => ' '.repeat(g.length)).replace(LIST_TAIL, '').replace(TRAILING_FILLER, '');
    for (const piece of splitWithOffsets(list)) {
      // "crossmatching by gel cards": after an announced lead, the technique is named before its means.
      const item = (announced ? piece.text.replace(/\s+(?:by|with|using|in|on|for|of)\s.*$/s, '') : piece.text).trim();
      const words = item.split(/\s+/);
      const head = words[words.length - 1];
      // "Karl Fischer titration", "Western blotting", "pH measurement": a name or a unit before a
      // technique's noun is part of the technique's name.
      const namedTechnique = words.length > 1 && /^[a-z]+(?:ing|tion|sion|sis|ment|metry|scopy|graphy)$/.test(head);
      const nameWord = (w: string, k: number) => namedTechnique && k < words.length - 1 && /^(?:[A-Z][a-z]+|[a-z]+[A-Z][a-z]*)$/.test(w);
      if (words.length > 3 || !words.every((w, k) => /^[a-z][a-z-]*$/.test(w) || (k === 0 && words.length > 1 && /^[A-Z]{2,5}$/.test(w)) || nameWord(w, k))) continue;
      // "moving averages", "welding procedures": in a list announced as techniques, an -ing word before a
      // noun names the technique ("sampling methods"); an -ly word still opens a clause.
      const ingModifier = words.length > 1 && /ing$/.test(words[0]) && /^[a-z]/.test(head) && !readVerb(head);
      if (WEAK_HEAD.test(head) || /ly$/.test(head) || CATEGORY_STOP.test(words[0]) || (words.length > 1 && VERBISH.test(words[0]) && !ING_NOUNS.has(words[0]) && !ingModifier)) continue;
      // A lone word only when it names a field or a measuring technique ("thermodynamics", "spectroscopy");
      // another ("replication", "consistency") is as often a property the category already names.
      // After a lead that announces techniques, a procedure's noun ("pipetting", "centrifugation") is one too.
      if (words.length === 1 && !/(?:ics|ogy|metry|scopy|graphy)$/.test(head) && !(announced && /(?:ing|tion|sion|sis)$/.test(head) && !ING_NOUNS.has(head))) continue;
      const at = sentence.start + from + piece.start + piece.text.indexOf(item);
      add(words.map((w, k) => (/^[A-Z]{2,5}$/.test(w) || nameWord(w, k) ? w : w.toLowerCase())).join(' '), at, at + item.length, 'phrase');
    }
  }

  // "across the following technical areas: caching, queues, sharding": a list the sentence announces
  // as technical knowledge names one in each item, even a single lower-case word.
  for (const m of sentence.text.matchAll(ANNOUNCED_LIST)) {
    const from = m.index! + m[0].length - m[2].length;
    for (const piece of splitWithOffsets(m[2].replace(LIST_TAIL, '').replace(TRAILING_FILLER, ''))) {
      const item = piece.text.trim().replace(/^(?:and|or)\s+/i, '');
      const words = item.split(/\s+/);
      if (words.length > 3 || !words.every((w) => /^[a-z][a-z-]*$/.test(w) || /^[A-Z][a-z-]+$/.test(w))) continue;
      const lower = words.map((w) => w.toLowerCase());
      const head = lower[lower.length - 1];
      if (WEAK_HEAD.test(head) || CATEGORY_STOP.test(lower[0]) || /ly$/.test(head) || (words.length > 1 && VERBISH.test(lower[0]))) continue;
      const at = sentence.start + from + piece.start + piece.text.indexOf(item);
      add(lower.join(' '), at, at + item.length, 'phrase');
    }
  }

  // "knowledge of statistics, in one or more of: linear models, survival analysis or causal inference":
  // after a requirement cue, a choice list of lower-case noun phrases names one technique in each
  // item. Items of two or three words, or a lone field of knowledge ("kinematics") — another bare
  // word there is as often an industry ("retail").
  CUE.lastIndex = 0;
  const cue = CUE.exec(sentence.text);
  CUE.lastIndex = 0;
  // "Bonus if you've met any of these on your course: rheology, …": a choice announced as "these" is the ask itself.
  const choices = [...sentence.text.matchAll(CHOICE_LIST), ...[...sentence.text.matchAll(CHOICE_OF_THESE)].map((m) => Object.assign(m, { announced: true }))];
  for (const m of choices) {
    if (!('announced' in m) && (!cue || cue.index > m.index!)) continue;
    const from = m.index! + m[0].length - m[1].length;
    for (const piece of splitWithOffsets(m[1].replace(LIST_TAIL, '').replace(TRAILING_FILLER, ''))) {
      const item = piece.text.trim().replace(/^(?:and|or)\s+/i, '');
      const words = item.split(/\s+/);
      // A lone word only when it names a field of knowledge ("kinematics", "photonics"); a bare word
      // is otherwise as often an industry ("retail").
      const field = words.length === 1 && /^(?:[a-z]{5,}(?:ics|metry|scopy)|[a-z]{2,}ology)$/.test(words[0]) && !/^(?:logistics|politics|athletics)$/.test(words[0]);
      // "TOC analysis", "stable isotope sample prep": an acronym may lead the noun phrase, and it may run to four words.
      if ((words.length < 2 && !field) || words.length > 4 || !words.every((w, k) => /^[a-z][a-z-]*$/.test(w) || (k === 0 && /^[A-Z]{2,6}$/.test(w)))) continue;
      // "how to triage", "work with vendors": a clause, not a noun phrase.
      if (words.some((w) => /^(?:to|of|for|with|how|when|what|why|where|who|can|will|be|is|are)$/.test(w))) continue;
      const head = words[words.length - 1];
      if (WEAK_HEAD.test(head) || CATEGORY_STOP.test(words[0]) || /ly$/.test(head) || VERBISH.test(words[0])) continue;
      const at = sentence.start + from + piece.start + piece.text.indexOf(item);
      add(words.join(' '), at, at + item.length, 'phrase');
    }
  }

  for (const list of listOpenings) {
    const from = sentence.start + list.at;
    const to = sentence.start + list.end;
    const members = [
      ...covered.filter((r) => r.kind === 'hard' && r.canonical && r.start >= from && r.end <= to).map((r) => r.canonical!),
      ...out.filter((r) => r.source === 'example' && r.start >= from && r.end <= to).map((r) => r.keyword),
    ];
    for (const c of categoriesBefore(sentence.text, list.at)) {
      const count = out.length;
      addContaining(c.keyword, sentence.start + c.start, sentence.start + c.end, 'phrase');
      if (out.length > count && members.length) out[out.length - 1].examples = [...new Set(members)];
    }
  }

  // "ArcGIS Pro", "SAP GTS", "Salesforce Nonprofit Cloud": a named product followed by the capitalised
  // name of its edition or module is that product, named in full: one ask, which the product alone
  // shows (keywords.ts drops the product's own mention there and lists it as the edition's example).
  for (const product of covered) {
    if (product.kind !== 'hard' || !product.canonical || !/[A-Z0-9]/.test(product.canonical)) continue;
    const after = sentence.text.slice(product.end - sentence.start);
    const m = EDITION.exec(after);
    if (!m || m[1].split(/\s+/).some((w) => NOT_EDITION.test(w))) continue;
    const start = product.start;
    const end = product.end + m[0].length;
    if (![...skip, ...out].some((r) => overlaps(r, start, end)) && !covered.some((r) => r !== product && overlaps(r, start, end))) {
      out.push({
        keyword: sentence.text.slice(start - sentence.start, end - sentence.start),
        start,
        end,
        source: 'example',
        ...(namesEdition(m[1]) ? { family: product.canonical } : {}),
      });
    }
  }

  // "Tailwind CSS or similar utility-first CSS frameworks": the phrase after "or similar" names the
  // category the skills before it illustrate, met by any of them.
  for (const m of sentence.text.matchAll(OR_SIMILAR)) {
    const words = m[1].split(/\s+/);
    const head = words[words.length - 1].toLowerCase();
    if (CATEGORY_TOO_GENERAL.test(head) || (words.length < 2 && SINGLE_TOO_GENERAL.test(head))) continue;
    if (VERBISH.test(head) && !ING_NOUNS.has(head)) continue;
    const start = sentence.start + m.index! + m[0].length - m[1].length;
    const members = covered
      .filter((r) => r.kind === 'hard' && r.canonical && r.end <= sentence.start + m.index! && r.start >= sentence.start + m.index! - 80)
      .map((r) => r.canonical!);
    if (!members.length) continue;
    const count = out.length;
    addContaining(m[1].toLowerCase(), start, start + m[1].length, 'phrase');
    if (out.length > count) out[out.length - 1].examples = [...new Set(members)];
  }

  // Title case is judged on the words that are not named products ("Experience With Docker And Cloud Platforms"),
  // outside parentheses, whose glosses are names ("SIPROTEC (Siemens), Relion (Hitachi Energy)").
  const longWords = [...sentence.text.replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length)).matchAll(/\b[A-Za-z][a-z]{3,}\b/g)]
    .filter((w) => !covered.some((c) => overlaps(c, sentence.start + w.index!, sentence.start + w.index! + w[0].length)))
    .map((w) => w[0]);
  const titleCase = longWords.length >= 3 && longWords.filter((w) => /^[A-Z]/.test(w)).length > longWords.length / 2;
  // "Minitab or JMP", "Modbus or DNP3": an acronym tightly coordinated with a named product is a
  // product too (an acronym, not a capitalised word, so "Python and English" reads no language).
  // "OpenLayers or Leaflet", "Docker or Singularity", "SwiftUI and Combine": so is a capitalised word in
  // the middle of a sentence. Not in a sentence written in title case, where every word is capitalised.
  const coordinatedNames = (product: OffsetRange): void => {
    const rel = product.end - sentence.start;
    // A name right after or right before the product, joined by "or", "and", "/" (the regex's last group is the name).
    const coordinated = (after: RegExp, before: RegExp): void => {
      const right = after.exec(sentence.text.slice(rel));
      if (right && !NOT_A_NAME.test(right[1])) {
        const at = product.end + right[0].length - right[1].length;
        add(right[1], at, at + right[1].length, 'example');
      }
      const left = before.exec(sentence.text.slice(0, product.start - sentence.start));
      if (left && !NOT_A_NAME.test(left[1])) {
        const at = sentence.start + left.index! + left[0].lastIndexOf(left[1]);
        add(left[1], at, at + left[1].length, 'example');
      }
    };
    coordinated(ACRONYM_AFTER, ACRONYM_BEFORE);
    if (!titleCase) coordinated(NAME_AFTER, NAME_BEFORE);
  };
  for (const product of covered) if (product.kind === 'hard' && product.canonical && /[A-Z0-9]/.test(product.canonical)) coordinatedNames(product);

  // "Git or Perforce; CMake", "at least one of SIPROTEC (Siemens), Relion or SEL": names coordinated
  // with a taxonomy skill, or offered as a choice, are skills of the same kind (name-series.ts).
  // A lone capitalised word English also has ("Strong", "Arena") is not taken on the series' word.
  const seriesName = (name: string) =>
    !NOT_A_NAME.test(name) && !/^[A-Z]{1,2}$|^\d+$/.test(name) && !(/^[A-Z][a-z]+$/.test(name) && isCommonWord(name.toLowerCase()));
  if (!titleCase) {
    for (const run of readNameSeries(sentence.text)) {
      // Coined names alone make a series of tools only where a tool is asked for ("using AGi32 or DIALux"),
      // not where they are places of work ("worked at Atlassian or GitHub").
      const coined = TOOL_CUE_BEFORE.test(sentence.text.slice(0, run.items[0].start)) && run.items.every((item) => coinedName(item.text));
      // "- MONAI or nnU-Net;": a requirement item that is nothing but the names asks for those names.
      // Offered as a choice ("or"): a line "Calgary, Alberta" or "Employers / Post Job" is no such ask.
      // "- Rhino + Grasshopper": names joined by "+" are a toolchain asked for together.
      const offeredWithOr = run.items.slice(1).some((item, k) => /\bor\b|\+/.test(sentence.text.slice(run.items[k].end, item.start)));
      const wholeItem =
        offeredWithOr && WHOLE_ITEM_BEFORE.test(sentence.text.slice(0, run.items[0].start)) && WHOLE_ITEM_AFTER.test(sentence.text.slice(run.items[run.items.length - 1].end));
      if (!run.choice && !run.items.some((item) => hardWithin(item.start, item.end)) && !coined && !wholeItem) continue;
      const last = run.items[run.items.length - 1];
      if (RELATED_FIELD_AFTER.test(sentence.text.slice(last.end))) continue;
      for (const item of run.items) {
        const name = withoutOpeningVerb(sentence.text, item);
        if (!name || hardWithin(name.start, name.end) || !seriesName(name.text)) continue;
        // "HCC risk adjustment": the last name modifies the noun after it; that phrase is read as a whole.
        if (item === last && modifiesNounAfter(sentence.text.slice(item.end))) continue;
        const at = sentence.start + name.start;
        if (notSkills.some((r) => at >= r.start && at < r.end)) continue;
        add(name.text, at, at + name.text.length, 'example');
      }
    }
  }

  // "Instrument control over GPIB, VISA and SCPI": a series of three acronyms or more is a list of
  // standards or tools, each one asked for, whether or not a list knows them.
  // Two letters are as often a credential or a place ("RN, LPN, MA"); a two-letter tool is in the taxonomy.
  for (const a of series) if (a.text.length > 2 && !NOT_A_NAME.test(a.text)) add(a.text, sentence.start + a.start, sentence.start + a.end, 'example');

  // "Interest theory: present value, annuities", "spatial audio: ambisonics, HRTF, Dolby Atmos": a
  // labelled list names a skill in each item, even a single lower-case word, and the label names the
  // area they belong to (labelled-list.ts).
  const labelled = readLabelledList(sentence.text);
  if (labelled) {
    // Under a label the taxonomy knows ("basic statistics: distributions, sampling", "linear algebra:
    // vectors, matrices") single common words are topics of that skill, not skills of their own —
    // plurals and -ing words; a technique's mass noun ("synthesis", "acoustics") is still one.
    const labelIsSkill = hardWithin(labelled.labelSpan.start, labelled.labelSpan.end);
    const topicWord = (w: string) => !w.includes(' ') && ((/s$/.test(w) && !/(?:sis|ics|ss)$/.test(w)) || /ing$/.test(w));
    for (const item of labelled.items) {
      if (labelIsSkill && item.source === 'phrase' && topicWord(item.keyword)) continue;
      add(item.keyword, sentence.start + item.start, sentence.start + item.end, item.source);
    }
    if (labelled.label) addContaining(labelled.label.keyword, sentence.start + labelled.label.start, sentence.start + labelled.label.end, 'phrase');
  }

  // `exampled`: the item's noun phrase before its examples, which may be one procedure's noun ("Microscopy").
  const objects: { from: number; text: string; single: boolean; exampled?: boolean }[] = [];
  for (const m of sentence.text.matchAll(CUE)) {
    const from = m.index! + m[0].length;
    const rest = sentence.text.slice(from);
    const stop = rest.search(OBJECT_END);
    objects.push({ from, text: stop < 0 ? rest : rest.slice(0, stop), single: false });
    // "data modelling using CDS views and AMDP": the practice, then the tools it is done with.
    const using = stop < 0 ? null : /^\s+using\s+/i.exec(rest.slice(stop));
    if (using) {
      const tools = rest.slice(stop + using[0].length);
      const end = tools.search(OBJECT_END);
      objects.push({ from: from + stop + using[0].length, text: end < 0 ? tools : tools.slice(0, end), single: false });
    }
  }
  // "Client-server protocol & API design skills": the noun phrases before a closing "skills" or
  // "knowledge" are what the line asks for.
  const postposed = POSTPOSED_HEAD.exec(sentence.text);
  if (postposed && !objects.length) {
    const lead = postposed[1].length;
    objects.push({ from: lead, text: postposed[2], single: false });
  }
  // A list item that is itself a bare noun phrase names a skill: "- Offline-first data synchronisation",
  // "- Asynchronous or reactive programming".
  // A gloss in brackets inside the item ("Phlebotomy (venipuncture) and 12-lead ECG", "Cell culture
  // (mammalian)") says the same thing again or narrows it: read without it, offsets kept.
  const unglossed = sentence.text.replace(INNER_GLOSS, (g) => ' '.repeat(g.length));
  // "- Enscape or Twinmotion for quick renders", "- Bluebeam Revu (or similar) for markups": an item of
  // names, then what they are used for — the names are the ask, not "twinmotion for quick renders".
  const namesForUse = NAMES_FOR_USE.exec(sentence.text);
  let namedForUse = false;
  if (namesForUse) {
    let at = namesForUse[1].length;
    for (const part of namesForUse[2].split(/(\s*(?:,|\/|(?<!-)\bor\b(?!-)|(?<!-)\band\b(?!-))\s*)/)) {
      const name = part.trim();
      const start = sentence.start + at + part.indexOf(name);
      at += part.length;
      if (!name || /^(?:,|\/|or|and)$/.test(name) || !seriesName(name) || hardWithin(start, start + name.length)) continue;
      add(name, start, start + name.length, 'example');
      namedForUse = true;
    }
  }
  // Names read there leave nothing else in the item ("Python for data extraction and scripting" still reads "scripting").
  const item = namedForUse ? null : BARE_ITEM.exec(unglossed);
  // An item that opens with a verb in the base form is an instruction ("Start simple"), not a skill;
  // one whose opening verb takes a determined object ("Launched a mobile app") tells of something
  // done. A bare "-ed" word before a noun stays a modifier ("Distributed systems").
  const opensWithVerb = (t: string) => {
    const [first, second = ''] = t.split(/\s+/);
    const verb = readVerb(first);
    return verb?.form === 'base' || (verb !== undefined && DETERMINER.test(second));
  };
  // "- Schematic capture and PCB layout in KiCad or Altium", "- Circuit analysis using LTspice": an
  // item that opens with noun phrases and then names the tools they are done in asks for those
  // practices (and the tools, read as names).
  const beforeTools = ITEM_BEFORE_TOOLS.exec(sentence.text);
  if (beforeTools && !objects.length && beforeTools[2].split(/\s+/).length <= 6 && !opensWithVerb(beforeTools[2]) && !DISPOSITION_ITEM.test(beforeTools[2]) && !beforeTools[2].split(/\s+/).some((w, i) => NOT_IN_PRACTICE.test(w) || (i > 0 && isParticiple(w)))) {
    objects.push({ from: beforeTools[1].length, text: beforeTools[2], single: true });
  }
  // "- Interest in logistics or retail", "- Passion for games": a disposition toward a field, whose
  // object is a domain, not a skill read by shape (a taxonomy skill in it is still found).
  // With examples after it ("- Point cloud processing (PCL, Open3D)") the item names the practice they
  // serve, when the parenthesis lists two or more names and the item is one practice or a choice of
  // two ("A or B"): "Typography and spacing (Sass, Less)" or "Paid parking (staff lot)" are not.
  const examples = item ? /\(([^()]*)\)/.exec(unglossed.slice(item[1].length + item[2].length)) : null;
  // "- OCPP (charger-to-backend protocol)": an acronym item with a gloss in parentheses is that acronym.
  const glossedAcronym = !!item && ACRONYM.test(item[2]) && !!examples && !/,|;|\/|\b(?:and|or)\b/.test(examples[1]);
  // "- Power quality analysis (harmonics from large rectifiers)", "- Magnetics design (inductors and
  // transformers)": a lower-case aside naming the things a practice is applied to (a plural noun)
  // narrows it; the practice is still asked for. Not an aside of kinds or places ("Paid parking (staff
  // lot)", "notebook keeping (paper or electronic)"), nor a licence, a membership, a document or a step
  // of hiring ("A current driver licence (occasional travel to plants)", "Application review (…)").
  const aside = examples?.[1].trim() ?? '';
  const asideOnly =
    !!item && /\s/.test(item[2].trim()) && /^[a-z][a-z -]*$/.test(aside) && aside.split(/\s+/).length >= 2 && /\b[a-z]{3,}[^s\s]s\b/.test(aside) && !NOT_PRACTICE_HEAD.test(item[2].trim());
  const examplesOk =
    !examples ||
    glossedAcronym ||
    asideOnly ||
    (exampleNames(examples[1]) && !/,|\band\b|&/.test(item![2]));
  // "3. ELIGIBILITY CRITERIA": a numbered heading in capitals, not a skill.
  const capitalsHeading = !!item && /\s/.test(item[2]) && item[2] === item[2].toUpperCase();
  if (item && examplesOk && !capitalsHeading && !objects.length && shortItem(item[2]) && !opensWithVerb(item[2]) && !DISPOSITION_ITEM.test(item[2])) {
    objects.push({ from: item[1].length, text: item[2], single: true });
  }
  // The examples make the item's noun phrase a category they belong to, which is asked for as well.
  const exampled = item || objects.length || namedForUse ? null : EXAMPLED_ITEM.exec(unglossed);
  if (exampled && exampled[2].split(/\s+/).length <= 4 && !opensWithVerb(exampled[2]) && !DISPOSITION_ITEM.test(exampled[2])) {
    objects.push({ from: exampled[1].length, text: exampled[2], single: true, exampled: true });
  }
  // "- Data processing and understand the difference between ETL and ELT": an item that opens with a
  // noun phrase joined to a verb phrase names that noun phrase.
  const joined = ITEM_THEN_VERB.exec(sentence.text);
  // The word after "and" takes a determiner or a question word as its object, so it is a verb.
  if (joined && !objects.length && !opensWithVerb(joined[2]) && !/(?:s|ed|ing)$/.test(joined[3])) {
    objects.push({ from: joined[1].length, text: joined[2], single: true });
  }

  for (const object of objects) {
    const wish = WISH_CUE.exec(object.text);
    if (wish) object.text = object.text.slice(0, wish.index);
    const pieces = splitWithOffsets(object.text).map((piece) => {
      let lead = LEADING_WORDS.exec(piece.text)?.[0].length ?? 0;
      // "multiple imputation", "multiple regression": before a singular noun "multiple" is part of the
      // method's name, not a count ("multiple projects").
      const multiple = /\bmultiple\s+$/i.exec(piece.text.slice(0, lead));
      if (multiple && /^[a-z]+(?:tion|sion|ing|ysis|ity)\b(?!\s+[a-z])/.test(piece.text.slice(lead).trim())) lead = multiple.index;
      let phrase = piece.text.slice(lead).replace(TRAILING_FILLER, '').trim();
      // "expertise in optimizing distributed model training with GPUs": the skill is the gerund's object.
      const gerund = /^([a-z]+ing)\s+(\S.*)$/.exec(phrase);
      if (gerund && !ING_NOUNS.has(gerund[1]) && readVerb(gerund[1])?.form === 'gerund') {
        const object = gerund[2].replace(/\s+(?:with|using|on|for|in|at|across|into|from|via)\s.*$/i, '');
        if (object.split(/\s+/).length >= 2) phrase = object;
      }
      return { phrase, at: sentence.start + object.from + piece.start + piece.text.indexOf(phrase) };
    });
    /** The whole conjunct is one taxonomy skill ("cryptography", not "systems data analysis"). */
    const hardAt = (at: number, length: number) =>
      covered.some((r) => r.kind === 'hard' && r.start <= at && r.end >= at + length);
    /** A neighbouring conjunct is a taxonomy skill: the lone noun beside it is coordinated with a skill. */
    // Tight coordination only ("security and cryptography"), not the next item of a comma list.
    const between = (a: { phrase: string; at: number }, b: { phrase: string; at: number }) =>
      sentence.text.slice(a.at + a.phrase.length - sentence.start, b.at - sentence.start);
    const tight = (gap: string) => /^\s+(?:and|or|&)\s+$/i.test(gap);
    const siblingIsSkill = (list: { phrase: string; at: number }[], k: number) =>
      (k > 0 && tight(between(list[k - 1], list[k])) && hardAt(list[k - 1].at, list[k - 1].phrase.length)) ||
      (k + 1 < list.length && tight(between(list[k], list[k + 1])) && hardAt(list[k + 1].at, list[k + 1].phrase.length));
    pieces.forEach(({ phrase: written, at }, k) => {
      let phrase = written;
      // "Familiarity with FME for …": an acronym that is a whole conjunct of a cue's object names a tool or a standard.
      // After "the" it is an institution ("experience in the NHS").
      const determined = /\bthe\s+$/i.test(sentence.text.slice(0, at - sentence.start));
      // "GD&T", "R&D": letters glued to an ampersand are one abbreviation, not a list of two.
      const glued = sentence.text[at - sentence.start + phrase.length] === '&' || sentence.text[at - sentence.start - 1] === '&';
      // "DNA or RNA extraction", "CT or MRI scanning": an acronym tightly coordinated with another acronym
      // and its process noun shares that noun (the procedure is asked for, not the molecule or the machine).
      const following = pieces[k + 1];
      const shared = following && tight(between(pieces[k], following)) ? /^[A-Z][A-Z0-9]{1,5}\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)$/.exec(following.phrase) : null;
      const sharedHead = shared?.[1].split(/\s+/).pop() ?? '';
      if (ACRONYM.test(phrase) && shared && !ASPECT_HEAD.test(sharedHead) && !PRACTICE_ASPECT.test(sharedHead) && !CREDENTIAL_HEAD.test(sharedHead) && (NOUN_SUFFIX.test(sharedHead) || PROCEDURE_NOUN.test(sharedHead) || (/ing$/.test(sharedHead) && ING_NOUNS.has(sharedHead)))) {
        add(`${phrase} ${shared[1]}`, at, at + phrase.length, 'phrase');
        return;
      }
      if (ACRONYM.test(phrase) && !NOT_A_NAME.test(phrase) && !determined && !glued) {
        add(phrase, at, at + phrase.length, 'example');
        return;
      }
      // "ETRM systems", "LIMS software": an acronym before a word for a kind of product names the product.
      const afterSkill = k > 0 && tight(between(pieces[k - 1], pieces[k])) && [...covered, ...out].some((r) => r.start <= pieces[k - 1].at && r.end >= pieces[k - 1].at + pieces[k - 1].phrase.length);
      const kindOf = ACRONYM_KIND.exec(phrase) ?? (afterSkill ? ACRONYM_KNOWN.exec(phrase) : null);
      if (kindOf && !NOT_A_NAME.test(kindOf[1]) && !determined) {
        add(kindOf[1], at, at + kindOf[1].length, 'example');
        return;
      }
      const lower = phrase.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
      // "functional and/or object-oriented programming": the lone modifier shares the next phrase's head.
      const next = pieces[k + 1]?.phrase.split(/\s+/) ?? [];
      // Only a lower-case modifier tightly coordinated ("functional and/or …"), not a name in a comma list ("qPCR, gel electrophoresis").
      const gapToNext = pieces[k + 1] ? sentence.text.slice(at + written.length - sentence.start, pieces[k + 1].at - sentence.start) : '';
      // A procedure's noun is a thing of its own ("Phlebotomy and 12-lead ECG", "Microscopy and flow cytometry"), not a modifier.
      if (lower.length === 1 && next.length >= 2 && next.length <= 3 && !WEAK_HEAD.test(lower[0]) && !NOUN_SUFFIX.test(lower[0]) && !PROCEDURE_NOUN.test(lower[0]) && /^[A-Za-z][a-z-]*$/.test(written) && !/,/.test(gapToNext)) {
        lower.push(next[next.length - 1].toLowerCase());
      }
      // A single word counts only as one of a list of practices ("Charting, dashboarding and reporting"),
      // or as a noun coordinated with a named skill in a requirement ("security and cryptography").
      // "bridge inspection practices", "asset management principles": a practice named with a word for
      // its rules is that practice (not after "best"/"good": "best practices" is a phrase of its own).
      // "competitive programming results", "hackathon awards": what a practice earned is that practice.
      // "networking fundamentals", "power systems fundamentals": the field whose basics are asked for.
      // "fluid mechanics coursework": the subject studied.
      const basicsOf = lower.length >= 2 && /^(?:fundamentals|basics|coursework|courses)$/.test(lower[lower.length - 1]);
      if (basicsOf || (lower.length >= 3 && (PRACTICE_ASPECT.test(lower[lower.length - 1]) || OUTCOME.test(lower[lower.length - 1])) && !/^(?:best|good|sound|standard)$/.test(lower[lower.length - 2]))) {
        lower.pop();
        phrase = phrase.replace(/\s+\S+$/, '');
      }
      const nounWord = lower.length === 1 && (ING_NOUNS.has(lower[0]) || NOUN_SUFFIX.test(lower[0]) || PROCEDURE_NOUN.test(lower[0]));
      const single = nounWord && ((pieces.length > 1 && (object.single || siblingIsSkill(pieces, k))) || (!!object.exampled && pieces.length === 1));
      if ((lower.length < 2 && !single) || lower.length > 4) return;
      // "12-lead ECG", "3-axis machining": a count joined to a word is part of the name.
      if (!lower.every((w) => WORD.test(w) || /^\d{1,3}-[a-z][a-z-]*$/.test(w))) return;
      // "at Atlassian", "worked at Canva", "partnered with Shopify merchants": a place of work or a
      // clause about one, not a skill. A noun phrase opens with no preposition and holds no verb
      // joined to its object by one (a noun in -ing may: "data modeling for analytics" is a practice).
      if (PREPOSITION.test(lower[0]) || lower.includes('at')) return;
      const clause = lower.some((w, i) => {
        const verb = i + 1 < lower.length && VERB_PREPOSITION.test(lower[i + 1]) ? readVerb(w) : undefined;
        return verb !== undefined && (verb.form === 'past' || (verb.form === 'gerund' && !ING_NOUNS.has(w)));
      });
      if (clause || /^(?:have|has|had)$/.test(lower[0])) return;
      // "Able to use Excel", "ready to learn Git": an infinitive makes a clause around the skill, not a name.
      // ("able to read": after a word that takes an infinitive, "to" opens one whatever verb follows.)
      if (lower.some((w, i) => w === 'to' && i + 1 < lower.length && (!!readVerb(lower[i + 1]) || /^(?:able|unable|ability|willing|ready|eager|keen|how)$/.test(lower[i - 1] ?? '')))) return;
      const head = lower[lower.length - 1];
      // "using X", "implementing features": a verb phrase, not a named skill.
      // A head in -ing after a noun that modifies it ("log shipping", "schema versioning") names the
      // activity as a noun; a verb would take its object after it ("hardening servers").
      // So does a head after two nouns ("survey data processing", "water sample testing").
      const beforeHead = lower.slice(0, -1);
      const compoundIng =
        lower.length >= 2 && lower.length <= 3 && /ing$/.test(head) && beforeHead.every((w) => !VERBISH.test(w) && !readVerb(w) && !/(?:ed|ly)$/.test(w));
      // "sampling methods", "engineering drawing standards": an -ing word before a word for a technique's
      // rules or kind modifies it; before another noun it is as often a verb with its object ("managing teams").
      const techniqueOfIng = /ing$/.test(lower[0]) && TECHNIQUE_KIND_HEAD.test(head);
      if (WEAK_HEAD.test(head) && !techniqueOfIng) return;
      if ((VERBISH.test(head) && !ING_NOUNS.has(head) && !compoundIng) || (VERBISH.test(lower[0]) && lower.length > 1 && !techniqueOfIng)) return;
      // A name ("Jamf Pro", "Microsoft Intune") keeps its capitals; a practice is written in lower case.
      const name = lower.length >= 2 && phrase.split(/\s+/).every((w) => /^[A-Z]/.test(w)) && lower.some((w) => !isCommonWord(w));
      addContaining(name ? phrase.split(/\s+/).join(' ') : lower.join(' '), at, at + phrase.length, 'phrase');
    });
  }
  // "for Illumina or Oxford Nanopore platforms", "in Xero, MYOB or Sage software": capitalised names
  // offered as a choice before a word for a kind of product are products, known to the taxonomy or not.
  // Not in a sentence written in title case, and not a capitalised everyday word ("Apple or Google devices").
  if (!titleCase) {
    for (const m of sentence.text.matchAll(NAMES_OF_A_KIND)) {
      if (m.index === 0 || !/[a-z,:(]\s$/.test(sentence.text.slice(0, m.index!))) continue;
      const names = splitWithOffsets(m[1]);
      if (names.length < 2) continue;
      const usable = names.every(({ text }) => {
        const name = text.trim();
        return /^[A-Z]/.test(name) && !NOT_A_NAME.test(name) && !(/^[A-Z][a-z]+$/.test(name) && isCommonWord(name.toLowerCase()));
      });
      if (!usable) continue;
      for (const piece of names) {
        const name = piece.text.trim();
        const at = sentence.start + m.index! + piece.start + piece.text.indexOf(name);
        add(name, at, at + name.length, 'example');
      }
    }
  }
  // Coined product names an English text would not write, asked for by name: a capital inside the
  // word after lower case, or capitals run into lower case ("LabWare", "abapGit", "DOTween"). Not a
  // legal form ("GmbH"), a unit ("kW", "MHz") or the employer's own coinage ("our BlaBlaValues").
  for (const m of sentence.text.matchAll(COINED_NAME)) {
    const name = m[0];
    const at = sentence.start + m.index!;
    if (name.length < 4 || LEGAL_FORM_WORD.test(name) || /\b(?:our|your|their)\s+$/i.test(sentence.text.slice(0, m.index!))) continue;
    // A taxonomy name was judged by the taxonomy's reading (which drops "worked at GitHub"): not read again here.
    if (notSkills.some((r) => at >= r.start && at < r.end) || lookupSkill(name)) continue;
    // "GraphPad Prism", "SolidWorks Simulation": a capitalised word right after a coined name, in a
    // sentence not written in title case, is the rest of the product's name.
    const rest = titleCase ? null : PRODUCT_NAME_REST.exec(sentence.text.slice(m.index! + name.length));
    const full = rest && !NOT_A_NAME.test(rest[1]) && !NOT_NAME_REST.test(rest[1]) ? name + rest[0] : name;
    // The coined word alone may have been read already, as a tool in a list: it gets its full name.
    const read = out.find((p) => p.start === at && p.keyword === name && p.source === 'example');
    if (read && full !== name && free(read.end, at + full.length)) Object.assign(read, { keyword: full, end: at + full.length });
    else add(full, at, at + full.length, 'example');
  }
  // "`perf`, flamegraphs and `criterion` benchmarks": a posting written in Markdown marks code, tools and
  // identifiers as code; what it marks so is a name, whatever English word it also is. Not a file the
  // posting points to (`CONTRIBUTING.md`) or a command line with its arguments.
  for (const m of sentence.text.matchAll(CODE_SPAN)) {
    const name = m[1];
    const at = sentence.start + m.index! + 1;
    if (!CODE_NAME.test(name) || DOCUMENT_FILE.test(name) || notSkills.some((r) => at >= r.start && at < r.end)) continue;
    add(name, at, at + name.length, 'example');
  }
  // A name read by shape counts as a product as well: "JMP or GraphPad", "Xero or MYOB" — the
  // taxonomy need know neither member for the pair to be two products.
  for (const product of [...out]) if (product.source === 'example' && /^[A-Z]/.test(product.keyword)) coordinatedNames(product);
  // "thermodynamics, heat transfer and separation processes": a field or technique named in lower case
  // right beside a lower-case skill of a list is a skill of the same kind.
  for (const skill of [...covered.filter((c) => c.kind === 'hard'), ...out]) {
    if (!/^[a-z]/.test(sentence.text.slice(skill.start - sentence.start))) continue;
    for (const sibling of listSiblings(sentence, skill)) add(sibling.text, sibling.start, sibling.end, 'phrase');
  }
  return out.filter((p) => !isCategoryWithExamples(sentence, p)).map(withoutVersion).sort((a, b) => a.start - b.start);
}

/** A field or a technique by its ending: "thermodynamics", "hydrology", "spectroscopy", "titration", "machining". */
const FIELD_OR_TECHNIQUE = /^[a-z][a-z-]*(?:ics|ogy|omy|metry|scopy|graphy|ysis|tion|sion|ing)$/;
const LIST_ITEM = String.raw`[a-z][a-z-]+(?: [a-z][a-z-]+){0,2}`;
/** Words that say how good the work is, not what it is. */
const EVALUATIVE = /^(?:robust|excellent|strong|solid|good|great|deep|clear|effective|efficient|sound|rigorous|careful|thorough|detailed|basic|advanced|proper|reliable|accurate|high-quality|quality)$/;
/** The name of a field of study or of a measuring technique. */
const FIELD_NAME = /^[a-z][a-z-]*(?:ics|ogy|omy|metry|scopy|graphy|ysis)$/;

/**
 * The lower-case items listed right before and right after a skill ("X, <skill>", "<skill> and Y"),
 * each one to three words with a field's or technique's head, without the frame in front ("grounding in").
 */
function listSiblings(sentence: Sentence, skill: OffsetRange): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  const rel = { start: skill.start - sentence.start, end: skill.end - sentence.start };
  const before = new RegExp(String.raw`(${LIST_ITEM})(?:,\s*(?:and |or )?|\s(?:and|or)\s)$`).exec(sentence.text.slice(0, rel.start));
  const after = new RegExp(String.raw`^(?:,\s*(?:and |or )?|\s(?:and|or)\s)(${LIST_ITEM})(?=\s*(?:[,;.:)]|\s(?:and|or)\s|$))`).exec(sentence.text.slice(rel.end));
  const keep = (item: string, at: number) => {
    // The item after the last frame word: "a solid grounding in thermodynamics" lists "thermodynamics".
    const words = item.split(' ');
    const frame = words.map((w) => PREPOSITION.test(w) || CATEGORY_STOP.test(w) || DETERMINERS.has(w)).lastIndexOf(true);
    const own = words.slice(frame + 1);
    // Words of English only (a copy that lost letters gives "xcellent programming"), and not a quality of the work ("robust analysis").
    if (!own.length || own.some((w) => CATEGORY_STOP.test(w) || DETERMINERS.has(w) || !isEnglishWord(w)) || EVALUATIVE.test(own[0])) return;
    const head = own[own.length - 1];
    // Alone, only a field's name ("thermodynamics", "hydrology"): a lone "reporting" or "replication" is as often a duty or a property.
    if (!FIELD_OR_TECHNIQUE.test(head) || WEAK_HEAD.test(head) || (own.length === 1 && !FIELD_NAME.test(head))) return;
    const text = own.join(' ');
    const start = sentence.start + at + item.length - text.length;
    out.push({ text, start, end: start + text.length });
  };
  if (before) keep(before[1], before.index);
  if (after) keep(after[1], rel.end + after[0].length - after[1].length);
  return out;
}

/**
 * The example lists of a sentence. A list announced as "the following:" may hold lists of its own
 * ("one or more of the following: serological tests such as ELISA; …"): it is read again from its
 * first item, so a nested "such as" is not swallowed by the outer list.
 */
function* exampleLists(text: string): Generator<RegExpExecArray> {
  const re = new RegExp(EXAMPLE_LIST.source, EXAMPLE_LIST.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (/following/i.test(m[0]) && m[1]) re.lastIndex = m.index + m[0].length - m[1].length;
  }
}

/** "CFA or FRM certification": the acronyms name the credentials; the word after them is no shared procedure. */
const CREDENTIAL_HEAD = /^(?:certifications?|certificates?|licen[cs]es?|accreditations?|qualifications?|designations?|registrations?|credentials?)$/;

/** Capitalised names of one to three words, two to eight joined by "," and a final "or"/"and", then a word for a kind of product (bounded, so a long run of names is read in linear time). */
const NAMES_OF_A_KIND =
  /(?<![\w.&-])((?:[A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){0,2}, ){0,6}[A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){0,2},? (?:or|and|and\/or) [A-Z][\w+#.-]*(?: [A-Z][\w+#.-]*){0,2}) (?:platforms?|systems?|software|tools?|instruments?|suites?|packages?|frameworks?|libraries|sequencers?|analy[sz]ers?|databases?|environments?|engines?|products?)\b/g;

/** "PLECS 4.7", "Unity 2022.3": the version a posting uses is not part of a product's name. */
function withoutVersion(p: PhraseMention): PhraseMention {
  const version = p.source === 'example' ? DOTTED_VERSION.exec(p.keyword) : null;
  if (!version || version.index === 0) return p;
  return { ...p, keyword: p.keyword.slice(0, version.index), end: p.end - (p.keyword.length - version.index) };
}

const CODE_SPAN = /(?<!`)`([^`\n]{1,40})`(?!`)/g;
/** A code span that names one thing: an identifier, a tool or a short name of up to three words. */
const CODE_NAME = /^[A-Za-z_][\w.+#-]*(?: [A-Za-z_][\w.+#-]*){0,2}$/;
const DOCUMENT_FILE = /\.(?:md|txt|rst|ya?ml|json|toml|lock|pdf|docx?)$/i;

/** A word with a capital inside it after lower case ("LabWare"), or two capitals or more run into lower case ("DOTween"). */
const COINED_NAME = /(?<![\w.@/-])(?:[A-Z]*[a-z]+[A-Z][A-Za-z0-9]*|[A-Z]{2,}[a-z]{2,}[A-Za-z0-9]*)(?![\w@/-])/g;
const LEGAL_FORM_WORD = /^(?:GmbH|mbH|AGs?|KGaA|SpA|BVs?)$/;
/** The capitalised word that may complete a coined product name ("GraphPad Prism"), before a stop or a lower-case word. */
const PRODUCT_NAME_REST = /^ ([A-Z][a-z]{2,})(?=[\s,.;:)/]|$)/;
/** Words after a coined name that make it a role, a team or an organisation, not a product ("HubSpot Admin", "BrightPath Talent"). */
const NOT_NAME_REST =
  /^(?:Team|Teams|Engineer|Engineers|Developer|Developers|Admin|Administrator|Specialist|Analyst|Consultant|Certified|Certification|Partner|Partners|Experience|Knowledge|Skills|Talent|Group|Labs|Inc|Consulting|Staffing|Recruiting|Holdings|Capital|Ventures|Foundation|University|College|Institute|Hospital|Health|Careers)$/;

/**
 * Heads that name a kind of thing a list then names: "concepts", "platform", "provider", "software". Not
 * "frameworks", "fundamentals" or "system": "web frameworks such as …", "a warehouse management system (…)" are
 * asked for as such.
 */
const KIND_HEAD =
  /^(?:basics|concepts|principles|platforms?|providers?|vendors?|software|tools?|tooling|packages?|services?|environments?|suites?|applications?|products?)$/i;
/**
 * What follows a category to name its members: examples (in parentheses, a list, not an acronym: "warehouse
 * management system (WMS)" is the thing itself), a colon, or a wish for one of them.
 */
const MEMBERS_FOLLOW = /^\s*(?:\((?=\s*(?:e\.g|i\.e|eg\b|such as|for example|including|like\b)|[^()]*[,/])|:|,?\s*(?:such as|e\.g\.?|i\.e\.?|for example|for instance|including|like|ideally|preferably|especially|particularly|namely|viz\.?)(?=[\s,:]|$))/i;

/**
 * "a cloud data platform such as Azure or Snowflake", "networking fundamentals (e.g., TCP/IP, DNS)",
 * "a public cloud provider, ideally AWS", "Mailchimp or another email marketing platform": a phrase whose
 * head names a kind of thing, followed by its members or set beside a named one, asks for those
 * members (read as skills of their own), not for the kind.
 */
function isCategoryWithExamples(sentence: Sentence, p: PhraseMention): boolean {
  if (p.source !== 'phrase') return false;
  const head = /([A-Za-z]+)\s*$/.exec(p.keyword)?.[1] ?? '';
  if (!KIND_HEAD.test(head)) return false;
  const after = sentence.text.slice(p.end - sentence.start, p.end - sentence.start + 40);
  const before = sentence.text.slice(Math.max(0, p.start - sentence.start - 20), p.start - sentence.start);
  return MEMBERS_FOLLOW.test(after) || /\b(?:another|other|any other|a similar|similar)\s+$/i.test(before);
}

/**
 * A listed example written as a concept rather than a name ("Programming paradigms", "State
 * machines"): two or three words in sentence case, ending in a noun.
 */
function conceptPiece(piece: string): string | undefined {
  if (!/^[A-Z][a-z-]*(?:\s+[a-z][a-z-]*){1,2}$/.test(piece)) return undefined;
  const lower = piece.toLowerCase().split(/\s+/);
  const head = lower[lower.length - 1];
  if (WEAK_HEAD.test(head) || (VERBISH.test(head) && !ING_NOUNS.has(head)) || CATEGORY_STOP.test(lower[0])) return undefined;
  return lower.join(' ');
}

/**
 * Heads that name an aspect of the skill before them, not a new one: "object-oriented design
 * principles" is object-oriented design, "statistical analysis techniques" statistical analysis,
 * "Perl scripting" Perl used for scripts (scripting, programming, coding: the use of a language).
 */
const ASPECT_HEAD = /^(?:use|usage|scripting|programming|coding|principles?|techniques?|methods?|methodolog(?:y|ies)|implementations?|stacks?|concepts?|basics|skills?|knowledge|experience|expertise|proficiency|tools?|tooling|apis?|(?:code )?sets|codes|clusters?|environments?|services|platforms?|systems)$/i;

/** Words that end a category phrase when read backwards from its examples. */
const CATEGORY_STOP =
  /^(?:with|of|in|on|using|use|for|to|and|or|as|the|a|an|our|your|their|its|any|some|other|similar|popular|modern|common|relevant|related|various|several|multiple|major|leading|standard|key|core|one|more|least|is|are|be|including|experience|knowledge|familiarity|understanding|proficiency|expertise|exposure|interest|skills?|e\.g|etc|plus)$/i;
/** Heads too general to be a skill even with examples after them. */
const CATEGORY_TOO_GENERAL =
  /^(?:languages?|tools?|technolog(?:y|ies)|skills?|areas?|fields?|things|concepts?|topics?|products?|solutions?|services?|companies|company|teams?|roles?|projects?|disciplines?|majors?|degrees?|subjects?|coursework|courses?|classes|industries|environments?|stack|stacks|software|systems?|applications?|methods?|techniques?|approaches?|practices?|standards?|regulations?|rules|guidelines|laws|requirements)$/i;

/**
 * One or two capitalised words after a product name, up to punctuation, a conjunction or a
 * preposition: "Civil 3D", "Pro", "Nonprofit Cloud". A plural ("Operators", "Queries") is a noun
 * phrase about the product, not its name.
 */
const EDITION =
  /^ ((?:[A-Z][a-z]+|[A-Z]{2,5}|\d{1,2}D)(?: (?:[A-Z][a-z]+|[A-Z]{2,5}|\d{1,2}D))?)(?=\s*(?:[,.;:)/]|$)|\s+(?:or|and|is|are|for|to|with|in|on|at|from|skills?|experience|knowledge)\b)/;
/** Words that name an edition of a product by themselves ("ArcGIS Pro", "SQL Server Express"). */
const EDITION_WORD = /^(?:Pro|Professional|Enterprise|Online|Desktop|Server|Cloud|Express|Premium|Standard|Studio|Lite|LT|Mobile|Community|Ultimate)$/;

/**
 * Whether the words after a product name its edition ("Pro", "GTS", "Plant 3D") rather than a part of
 * it or a level ("App Router", "Green Belt") or a general acronym ("API", "CI"): an edition word, or
 * only coined words and figures. Then the edition is the ask, and the product alone one way to show it.
 */
function namesEdition(words: string): boolean {
  const parts = words.split(/\s+/);
  if (parts.some((w) => EDITION_WORD.test(w))) return true;
  return parts.every((w) => /^\d{1,2}D$/.test(w) || (!isCommonWord(w.toLowerCase()) && !isEnglishWord(w.toLowerCase()) && !lookupSkill(w)));
}

/** Words that continue a sentence in title case rather than name an edition. */
const NOT_EDITION =
  /^(?:[A-Za-z]+[^s]s|Skills?|Experience|Knowledge|Certifications?|Certified|Certificate|Developer|Engineer|Administrator|Analyst|Programming|Scripting|Development|Expertise|Proficiency|Preferred|Required|Plus|Basics|Fundamentals|Or|And|The|A|An|Is|Are|Experts?|Users?|Environment|Ecosystem|Stack|Team|Teams|Projects?)$/;

const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/;
/** An acronym, then a word for the kind of thing it is: "ETRM systems", "LIMS software", "AMBA protocols", "SPC charts". */
const ACRONYM_KIND = /^([A-Z][A-Z0-9]{2,5})\s+(?:systems?|tools?|software|platforms?|solutions?|suites?|applications?|protocols?|standards?|methodolog(?:y|ies)|testbenches|charts?|certifications?|certificates?|licen[cs]es?)$/;
/**
 * An acronym, then a word for knowing it, coordinated with a skill before it: "Flow cytometry or ELISA
 * experience". Otherwise ("NHS experience", "hospital or NHS experience") it is as often a place of work.
 */
const ACRONYM_KNOWN = /^([A-Z][A-Z0-9]{2,5})\s+(?:experience|knowledge|expertise|proficiency|exposure)$/;
/** Words for what a practice earned, after the practice's name. */
const OUTCOME = /^(?:results|achievements|awards|rankings)$/;
/** Words for the rules or the kinds of a practice, after its name ("DC-DC converter topologies"). */
const PRACTICE_ASPECT = /^(?:practices|principles|concepts|techniques|methods|methodologies|basics|topologies|architectures|expectations|classifications)$/;
/** An acronym (two to six capitals, digits allowed: "JMP", "DNP3") right after "or"/"and"/"/", ending the conjunct. */
/** "Computer Science, Statistics or a closely related field": the series names fields of study, not skills. */
const RELATED_FIELD_AFTER =
  /^\s*,?\s*(?:or|and\/or)\s+(?:an?\s+|another\s+|other\s+|any\s+)?(?:closely\s+|directly\s+)?(?:related|similar|equivalent|relevant)\s+(?:(?:technical|quantitative|engineering|scientific)\s+)?(?:fields?|disciplines?|areas?|majors?|subjects?|programs?|programmes?)\b/i;

/** Words that may follow a name without extending it: "Maya and Houdini into the engine", "Git or Perforce experience". */
const NAME_FOLLOWER = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...SUBORDINATORS, ...AUXILIARIES, ...DETERMINERS]);

/** Whether the text after a name opens with a common noun it modifies ("HCC risk adjustment"). */
function modifiesNounAfter(after: string): boolean {
  const next = /^[ \t]+([a-z][a-z-]+)/.exec(after)?.[1];
  return !!next && !NAME_FOLLOWER.has(next) && !ASPECT_HEAD.test(next) && nounClassesOf(next) !== undefined;
}

/**
 * A series' first name as written at the start of a sentence, without an opening verb the capital
 * only made look like a name ("Used Seurat, Scanpy or …" names Seurat); undefined when nothing is left.
 */
/**
 * A word only a product is called: a capital inside it or letters run into digits ("DIALux", "AGi32"),
 * or a capitalised word English does not have ("Amesim"). Two of them coordinated are two tools,
 * whether or not a list knows either.
 */
/** Before and after a series that makes up a whole requirement item: a bullet mark, an ending, "or similar". */
const WHOLE_ITEM_BEFORE = /^[\s\-*•▪◦·–—]*$/;
const WHOLE_ITEM_AFTER = /^\s*(?:(?:,\s*)?(?:or similar|or equivalent|etc\.?))?\s*[.;,]?\s*$/i;
const TOOL_CUE_BEFORE = /\b(?:use|using|with|in|via|through|like|such as|e\.g\.,?|including)\s*$/i;
function coinedName(name: string): boolean {
  // "SAP2000", "ETABS": capitals with figures, or four capitals or more that spell no English word.
  if (/^[A-Z]{2,}\d+[A-Z0-9]*$/.test(name) || (/^[A-Z]{4,}$/.test(name) && !isEnglishWord(name.toLowerCase()))) return true;
  if (name.length < 4 || /\s/.test(name) || !/[a-z]/.test(name)) return false;
  return /^[A-Za-z]*[a-z][A-Z][A-Za-z0-9]*$|^[A-Z]{2,}[a-z][A-Za-z0-9]*$|^[A-Za-z]+\d[A-Za-z0-9]*$/.test(name) || (/^[A-Z][a-z]+$/.test(name) && !isEnglishWord(name.toLowerCase()));
}

function withoutOpeningVerb(text: string, item: OffsetRange & { text: string }): (OffsetRange & { text: string }) | undefined {
  const verb = /^(\S+)\s+/.exec(item.text);
  const opensSentence = /^[\s\p{P}\p{S}]*$/u.test(text.slice(0, item.start));
  const form = opensSentence ? readVerb(/^\S+/.exec(item.text)![0])?.form : undefined;
  if (form !== 'past' && form !== 'gerund') return item;
  if (!verb) return undefined;
  return { text: item.text.slice(verb[0].length), start: item.start + verb[0].length, end: item.end };
}

const ACRONYM_AFTER = /^\s*(?:\/|\s(?:or|and|and\/or|&))\s*([A-Z][A-Z0-9]{1,5})(?=\s*(?:[,.;:()]|$)|\s+[-–—]\s|\s+(?:or|and|is|are|for|to|with|in|skills?|experience|knowledge)\b)/;
/** A one-word capitalised name after a named product and "or", "and", "/" or a comma: "OpenLayers or Leaflet", "Sentinel-2". */
const NAME_AFTER = /^\s*(?:\/|,|\s(?:or|and|and\/or|&))\s*([A-Z][a-z]+(?:[A-Z][a-z0-9]+)*(?:-\d{1,3})?)(?=\s*(?:[,.;:()/]|$)|\s+(?:or|and|is|are|for|to|with|in|skills?|experience|knowledge|preferred)\b)/;
/** The same before the product, after a preposition, a colon, a bracket or a comma: "with Leaflet or OpenLayers". */
const NAME_BEFORE = /(?:\b(?:with|in|using|of|like|on|via)\s+|[:(,]\s*)([A-Z][a-z]+(?:[A-Z][a-z0-9]+)*(?:-\d{1,3})?)\s*(?:\/|,|\s(?:or|and|and\/or|&)\s)\s*$/;
/**
 * The same before the product: "JMP or Minitab" — the acronym opens the conjunct after a comma, a cue word or the
 * line's start; not the last word of a longer name ("CATIA V5 or Siemens NX").
 */
const ACRONYM_BEFORE = /(?:^|[\s,(:])(?<!(?:^|\s)[A-Z0-9][\w+#.-]*\s)([A-Z][A-Z0-9]{1,5})\s*(?:\/|\s(?:or|and|and\/or|&)\s)\s*$/;

/** Alone, these name no skill ("frameworks such as …"); with a modifier they do ("web frameworks"). */
const SINGLE_TOO_GENERAL = /^(?:frameworks|libraries|platforms|factors|areas|formats|providers|vendors|others)$/i;

/**
 * The noun phrase right before an example list names the category the examples illustrate
 * ("web frameworks such as …", "in-memory data stores and caches (…)"): one or two coordinated
 * phrases of one to three words, read backwards until a preposition, determiner or punctuation.
 */
function categoriesBefore(text: string, listStart: number): { keyword: string; start: number; end: number }[] {
  const before = text.slice(0, listStart).replace(/\s+$/, '');
  const words = [...before.matchAll(/[A-Za-z][A-Za-z-]*|[^\sA-Za-z]+/g)];
  const out: { keyword: string; start: number; end: number }[] = [];
  let k = words.length - 1;
  for (let conjuncts = 0; conjuncts < 2 && k >= 0; conjuncts++) {
    const phrase: RegExpMatchArray[] = [];
    while (k >= 0 && phrase.length < 3 && /^[A-Za-z]/.test(words[k][0]) && !CATEGORY_STOP.test(words[k][0])) phrase.unshift(words[k--]);
    // "Strong Linux fundamentals (…)": a grade before the category is not part of its name.
    while (phrase.length > 1 && LEADING_WORDS.test(phrase[0][0])) phrase.shift();
    if (!phrase.length) break;
    const lower = phrase.map((w) => w[0].toLowerCase());
    const head = lower[lower.length - 1];
    // A plural or mass noun, not a verb or adjective: "frameworks", "middleware", "data stores".
    const nounHead = /(?:[^s]s|ware)$/.test(head) && !VERBISH.test(head);
    const general = CATEGORY_TOO_GENERAL.test(head) || (lower.length < 2 && SINGLE_TOO_GENERAL.test(head));
    const properName = phrase.every((w) => /^[A-Z]/.test(w[0])) && phrase.length === 1;
    if (nounHead && !general && !properName) {
      // "competitive programming results (ICPC, …)": the practice, not what it earned.
      if (phrase.length >= 3 && OUTCOME.test(head)) phrase.pop(), lower.pop();
      // "DC-DC converter topologies (buck, boost)": the kinds of a thing name that thing.
      else if (phrase.length >= 3 && PRACTICE_ASPECT.test(head)) phrase.pop(), lower.pop();
      const start = phrase[0].index!;
      const last = phrase[phrase.length - 1];
      out.push({ keyword: lower.join(' '), start, end: last.index! + last[0].length });
    }
    // "data stores and caches (…)": the examples illustrate both conjuncts.
    if (k >= 0 && /^(?:and|or)$/i.test(words[k][0])) k--;
    else break;
  }
  return out;
}

/** A line ending in "skills"/"knowledge" after its object: "Excellent debugging and profiling skills". */
const POSTPOSED_HEAD =
  /^(\s*(?:(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)?(?:(?:strong|excellent|solid|good|deep|basic|proven|sound|working)\s+)*)([A-Za-z][\w-]*(?:\s+(?:[\w-]+|&))*?)\s+(?:skills|knowledge)\s*\.?\s*$/i;
/** "- Data processing and understand the …": a noun phrase, "and", then a verb with its object. */
const ITEM_THEN_VERB =
  /^(\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)([A-Z][A-Za-z-]*(?:\s+[a-z][a-z-]*){1,3})\s+and\s+([a-z]+)\s+(the|a|an|how|what|why|when|which|that|their|your)\s/;
/** A list item's opening noun phrases, then "in" / "using" / "with" and a tool's name or a choice of tools. */
const ITEM_BEFORE_TOOLS =
  /^(\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)([A-Z][A-Za-z-]*(?:\s+(?:[A-Za-z][A-Za-z-]*|&))*?)\s+(?:in|using|with)\s+(?=(?:one or more of|any of|either|tools such as|e\.g\.?|[A-Z]))/;
/** Words that make the opening of an item a clause or a relation, not a practice's name. */
const NOT_IN_PRACTICE =
  /^(?:of|for|to|on|at|from|by|as|is|are|be|was|were|will|can|must|should|you|your|we|our|experience|knowledge|familiarity|proficiency|ability|skills?|fluent|fluency|comfortable|strong|solid|working|years?|current|valid|certifications?|certificates?|licen[cs]es?|degrees?|local|simple|quick|daily|manual|small|large|new|own|remote|everyday|general|basic)$/i;
/** "managed", "written", "built": a participle after the noun makes "Infrastructure managed in X" a clause. */
const isParticiple = (w: string) => readVerb(w.toLowerCase())?.form === 'past';
/** Words that open a noun phrase as an object: after one, the word before it is a verb. */
const DETERMINER = /^(?:a|an|the|our|their|its|his|her|my|your|this|these|those|several|multiple)$/i;
/** An item that names a disposition toward something: "Interest in …", "A passion for …", "Curiosity about …". */
const DISPOSITION_ITEM = /^(?:an?\s+)?(?:(?:genuine|strong|keen|deep|real)\s+)?(?:interest|interested|passion|passionate|enthusiasm|curiosity|curious|love)\s+(?:in|for|about)\b/i;
// A closing parenthesis of examples may follow the phrase: "- Point cloud processing (PCL, Open3D)".
const USE_NAME = String.raw`[A-Z][\w.+#-]*(?:\s+[A-Z0-9][\w.+#-]*){0,2}`;
const NAMES_FOR_USE = new RegExp(
  String.raw`^(\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)(${USE_NAME}(?:\s*(?:,|\/|\bor\b|\band\b)\s*${USE_NAME})*)(?:\s+(?:scripts?|software|plug-?ins?|add-ins?))?(?:\s+\((?:or|e\.g\.)[^)]*\))?\s+for\s+[a-z]`,
);
const BARE_ITEM = /^(\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)([A-Za-z][A-Za-z-]*(?:,?\s+(?:[A-Za-z-]+|\d{1,3}-[A-Za-z][A-Za-z-]*|&|and\/or))*)\s*(?:\([^()]{1,120}\)\s*)?\.?\s*$/;
/**
 * A bracketed gloss of one lower-case word or an acronym: "(venipuncture)", "(mammalian)", "(TPA)". Longer asides are
 * comments ("(screenshot is fine)", "(work-life balance)"), which say the item is no skill as often.
 */
/** Heads that name a credential, a document or a step of hiring, not a practice. */
const NOT_PRACTICE_HEAD = /\b(?:licen[cs]es?|diplomas?|degrees?|experience|background|permits?|memberships?|designations?|certificat(?:e|es|ion|ions)|clearances?|checks?|cards?|transcripts?|portfolios?|letters?|reviews?|interviews?|references?|passports?|visas?)$/i;

/**
 * Whether a parenthesis after a practice lists its examples: two names or more ("PCL, Open3D"), names
 * beside lower-case kinds ("Cpk, control charts"), or a standard's code ("IEC 60079").
 */
function exampleNames(inside: string): boolean {
  const pieces = splitWithOffsets(inside.replace(EXAMPLE_LEAD, '')).map((p) => p.text.trim()).filter(Boolean);
  const names = pieces.filter((p) => NAME.test(p) && !NOT_A_NAME.test(p));
  if (names.length >= 2) return true;
  if (names.length === 1 && pieces.length >= 2) return pieces.every((p) => names.includes(p) || /^[a-z][a-z -]*$/.test(p));
  return pieces.length === 1 && names.length === 1 && /^[A-Z]{2,6}[ /-]?\d{2,6}(?:[-.:]\d+)*$/.test(names[0]);
}

/**
 * An item short enough to be noun phrases alone: six words, or up to ten in two or three lower-case
 * conjuncts of two to four words with no function word ("Stormwater detention design and
 * water-quality capture volume concepts"); a longer item is as often a clause or a perk.
 */
function shortItem(text: string): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length <= 6) return true;
  if (words.length > 10) return false;
  const conjuncts = text.replace(/^\s*\S/, (c) => c.toLowerCase()).split(/\s*(?:,|;|\band\b|\bor\b)\s*/).filter((c) => c.trim());
  return (
    conjuncts.length >= 2 &&
    conjuncts.length <= 3 &&
    conjuncts.every((c) => {
      const ws = c.trim().split(/\s+/);
      return ws.length >= 2 && ws.length <= 4 && ws.every((w) => /^[a-z][a-z-]*$/.test(w) && !FUNCTION_WORDS.has(w));
    })
  );
}
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...SUBORDINATORS, ...AUXILIARIES, ...DETERMINERS]);
// Also a method's variant ("(oxy-acetylene)") and a standard's number ("(IEC 60079)").
const INNER_GLOSS = /(?<=[A-Za-z])\s+\((?:[a-z]{3,}(?:-[a-z]+)*|[A-Z]{2,6}s?|[A-Z]{2,6}[ -]?\d{2,6}(?:[-.:]\d+)*)\)(?=\s+(?:and|or)\s|\s*\.?\s*$)/g;
/** "- Microscopy, e.g. for gill checks", "- Paperless validation (e.g. Kneat)": the item's noun phrase, then its examples. */
const EXAMPLED_ITEM = /^(\s*(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)([A-Za-z][A-Za-z-]*(?:\s+(?:[A-Za-z][A-Za-z-]*|&))*?)\s*(?:,\s*|\(\s*)(?:e\.\s?g\.?|such as|for example|for instance)(?=[\s,:])/i;
/** Endings of the nouns that name a procedure or a measuring technique: "phlebotomy", "microscopy", "dosimetry", "dialysis". */
const PROCEDURE_NOUN = /(?:tomy|graphy|scopy|metry|sis)$/;
/** Noun endings: a word with one is a thing or a practice, not a modifier waiting for a head. */
const NOUN_SUFFIX = /(?:tion|sion|ment|ance|ence|ness|ity|ics|ogy|ure|ism)$/;

/** An acronym standing alone: two to six capitals or digits, starting with a capital ("SCPI", "DNP3"). */
const SERIES_ACRONYM = /(?<![\w&.+#-])[A-Z][A-Z0-9]{1,5}(?![\w&+#-]|\.\w)/g;
/** What joins two acronyms of a series: a comma, "and", "or", "and/or" or a slash. */
const SERIES_GAP = /^(?:\s*,\s*(?:(?:and|or|and\/or)\s+)?|\s+(?:and|or|and\/or|&)\s+|\s*\/\s*)$/;

/** The acronyms of each run of three or more joined by list gaps ("GPIB, VISA and SCPI", "SPI/I2C/UART"). */
export function acronymSeries(text: string): { text: string; start: number; end: number }[] {
  const found = [...text.matchAll(SERIES_ACRONYM)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
  const out: { text: string; start: number; end: number }[] = [];
  let run: typeof found = [];
  const flush = () => {
    if (run.length >= 3) out.push(...run);
    run = [];
  };
  for (const a of found) {
    const prev = run[run.length - 1];
    if (prev && !SERIES_GAP.test(text.slice(prev.end, a.start))) flush();
    run.push(a);
  }
  flush();
  return out;
}

function splitWithOffsets(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  const re = new RegExp(LIST_SPLIT.source, 'gi');
  let last = 0;
  for (const m of text.matchAll(re)) {
    out.push({ text: text.slice(last, m.index!), start: last });
    last = m.index! + m[0].length;
  }
  out.push({ text: text.slice(last), start: last });
  return out.filter((p) => p.text.trim());
}
