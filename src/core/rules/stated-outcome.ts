// Results a bullet states without a figure that nlp/metrics reads: an assessment passed ("passes the
// conformance suite", "passed the FDA audit") and a count of one thing named by a compound noun
// ("co-author of one conference paper"), a failure ruled out ("so that retries never double-charge"),
// and a course or training completed, and a recognition received ("Invited to speak at …", "Selected for
// the chapter board"). All are checkable claims a reviewer does not ask to quantify.
import type { BulletAnalysis } from '../nlp';
import { nounClassesOf } from '../nlp/noun-class';
import { readVerb } from '../nlp/verbs';
import { CONJUNCTIONS, DETERMINERS, PREPOSITIONS } from '../nlp/word-classes';

/**
 * Nouns that name an assessment something passes: a closed class of English (what can be passed),
 * not words from any resume. Passing one is a verifiable outcome, like a number.
 */
const ASSESSMENTS = new Set(['test', 'tests', 'suite', 'exam', 'examination', 'audit', 'inspection', 'certification', 'assessment', 'evaluation', 'validation', 'qualification', 'check', 'checks', 'review', 'conformance', 'compliance', 'accreditation']);

/**
 * "passes the official conformance suite", "Passed the ISO 13485 audit": a form of "pass" whose object
 * (the words up to the next punctuation, at most six) names an assessment. Read from the tokens: the
 * clause parser does not open a clause after ";" ("Implements X; passes Y").
 */
export function passesAssessment(a: BulletAnalysis): boolean {
  const t = a.tokens;
  for (let i = 0; i < t.length; i++) {
    if (!/^pass(?:es|ed|ing)?$/.test(t[i].lower)) continue;
    for (let k = i + 1; k < t.length && k <= i + 6 && !(t[k].punct && t[k].text !== '-'); k++) {
      if (ASSESSMENTS.has(t[k].lower) || /-tests?$/.test(t[k].lower)) return true;
    }
  }
  return false;
}

const PHRASE_END = new Set([...PREPOSITIONS, ...CONJUNCTIONS, 'of', 'to']);

/**
 * "one" counting a single thing named by a compound noun: "co-author of one conference paper (…)",
 * "Wrote one design review checklist.", "…: one Kotlin service". The single-noun case ("one intern") is nlp/metrics'; this
 * takes the compounds it leaves out, where the idioms of "one" ("at one point", "in one place",
 * "one size fits all") do not occur: two or three common nouns (names may modify: "one Kotlin service"),
 * the last a lower-case singular, ending the phrase, after a preposition, a verb or a colon that
 * opens the line's scope ("…: one Kotlin service on a single VM").
 */
export function countsOneThing(a: BulletAnalysis): boolean {
  const t = a.tokens;
  for (let i = 1; i < t.length; i++) {
    if (t[i].lower !== 'one') continue;
    const prev = t[i - 1];
    // After a colon that opens the scope ("…: one Django service on a single VM") as after a verb.
    const scope = prev.text === ':';
    if (!scope && (prev.punct || DETERMINERS.has(prev.lower) || !(PREPOSITIONS.has(prev.lower) || prev.lower === 'of' || readVerb(prev.text)))) continue;
    let k = i + 1;
    // A name may modify the noun ("one Postgres replica", "one AWS account"); it is never the head.
    const part = (x: (typeof t)[number], head: boolean) => (/^\p{Ll}[\p{Ll}-]*$/u.test(x.text) && !!nounClassesOf(x.lower)) || (!head && /^\p{Lu}[\p{L}\p{N}.+#-]*$/u.test(x.text));
    while (k < t.length && k - i <= 3 && !t[k].punct && !PHRASE_END.has(t[k].lower) && !DETERMINERS.has(t[k].lower) && (part(t[k], false))) k++;
    if (k > i + 1 && !part(t[k - 1], true)) continue;
    const n = k - i - 1;
    if (n < 2 || n > 3) continue;
    const last = t[k - 1].lower;
    if (/[^s]s$/.test(last)) continue; // plural head: "one support tickets" is a tier, not a count
    if (k === t.length || t[k].punct || PHRASE_END.has(t[k].lower)) return true;
  }
  return false;
}

/**
 * "for the 2019 peak", "at this 2024 audit": a year-like number between a determiner and a singular
 * noun names which season or event, not how many (a count after "the" takes a plural: "the 2,000
 * employees"). nlp/metrics reads it as a count when its noun is not one of its year followers.
 */
export function yearAsModifier(text: string, m: { start: number; end: number; text: string }): boolean {
  if (!/^(?:19|20)\d\d$/.test(m.text)) return false;
  const before = /(?:^|\s)(the|this|that|its|our|their|his|her|my)\s+$/i.exec(text.slice(Math.max(0, m.start - 8), m.start));
  const after = /^\s+(\p{Ll}[\p{Ll}-]*)/u.exec(text.slice(m.end));
  return !!before && !!after && !/[^s]s$/.test(after[1]);
}

/**
 * "… so that a retry can never charge twice", "… so the app no longer blocks on the network": a result
 * clause that rules a failure out. The outcome is stated as an absolute, which no count would sharpen.
 * Only "so (that)" with its subject (up to six words) and an optional modal before the negation.
 */
const RULED_OUT = /\bso(?:\s+that)?\s+(?:[\p{L}\p{N}'’-]+\s+){1,6}?(?:(?:can|could|will|would|does|do|did|should)(?:\s+now)?\s+)?(?:never|no\s+longer)\b/iu;
/** "… so no order ships twice", "so that none of the nightly jobs fail": the negation on the result clause's subject. */
const RULED_OUT_SUBJECT = /\bso(?:\s+that)?,?\s+(?:no|none\s+of)\s+\p{L}/iu;

/**
 * "…, eliminating duplicate charges", "Prevented unaligned-access faults by …": a class of failure
 * taken to zero. Elimination is its own measure (all of them), so no count is asked for. The
 * failure nouns are a closed class: what goes wrong in a system or a process.
 */
const FAILURE = '(?:findings|flaws?|faults?|crash(?:es)?|errors?|failures?|outages?|bugs?|defects?|incidents?|timeouts?|leaks?|deadlocks?|race conditions?|downtime|double[- ]charges?|duplicate (?:charges|payments|records|entries|orders)|data loss|regressions?|rework|stockouts?|injur(?:y|ies))';
const ELIMINATED = new RegExp(
  String.raw`(?:^\W*|,\s*|\band\s+|\b(?:which|that)\s+)(?:eliminat|remov|prevent|stopp|end|rul)(?:ed|ing)\s+(?:out\s+)?(?:the\s+|all\s+|every\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,3}?${FAILURE}\b`,
  'iu',
);

/**
 * "the app passed with no critical findings", "closed with zero open defects", "shipped without a single
 * outage": the work ended clean. None of a class of failure is its own measure, like an elimination.
 */
const CLEAN_RESULT = new RegExp(String.raw`(?:\bwith\s+(?:no|zero)\s+|\bwithout\s+(?:any|a\s+single)\s+)(?:[\p{L}\p{N}'’-]+\s+){0,2}?(?:${FAILURE}|deficienc(?:y|ies)|non-?conformit(?:y|ies)|non-?conformances?)\b`, 'iu');

export function rulesOutFailure(text: string): boolean {
  return RULED_OUT.test(text) || RULED_OUT_SUBJECT.test(text) || ELIMINATED.test(text) || CLEAN_RESULT.test(text);
}

/**
 * "Completed OSHA 30 and first-aid training", "Finished the Coursera course on …": a course or training
 * completed is a credential (it belongs with certifications), with nothing to count. A closed class of
 * English nouns for what one completes as a learner.
 */
const COMPLETED_COURSE = /^\W*(?:completed|finished|earned|obtained)\b[^.;:!?]{0,100}?\b(?:training|trainings|course|courses|coursework|certification|certifications|certificate|certificates|bootcamp|module|modules|apprenticeship|induction|orientation)\b\s*(?:[.;]\s*)?$/i;

export function completesCourse(text: string): boolean {
  return COMPLETED_COURSE.test(text);
}

/** A text's status in review or publication ("under review", "accepted at ICML", "in press"). */
const PUBLICATION_STATUS = /\b(?:under\s+(?:review|submission|revision)|submitted\s+(?:to|for)|in\s+(?:press|preparation|prep)|accepted\s+(?:at|to|for|by|in)|forthcoming|(?:pre-?print|preprint)\s+(?:on|at)\s+arxiv)\b/i;

/** A written work stated with its review status or its venue: the venue or title is what a reader checks, not a count. */
/** "published at NeurIPS 2024", "published in IEEE Access": a work in print at a named venue. */
const PUBLISHED_AT_VENUE = /\b[Pp]ublished\s+(?:at|in|by)\s+(?:the\s+)?\p{Lu}/u;

export function statesPublicationStatus(text: string): boolean {
  return PUBLICATION_STATUS.test(text) || PUBLISHED_AT_VENUE.test(text);
}

export function publishedAtVenue(text: string): boolean {
  return PUBLISHED_AT_VENUE.test(text);
}

/**
 * "… a report the client adopted for its IVR redesign", "… later adopted as the team's standard",
 * "… became the default for new services", "rolled out across all stores": others taking the work up
 * is its result, stated. Not "Adopted Scrum …" opening the line: there the writer adopted something.
 */
const ADOPTED = /\b(?:adopted|taken\s+up)\b|\bbecame\s+(?:the|a|our|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?:standard|default|template|baseline)\b|\brolled\s+out\s+(?:to|across|company-wide|org-wide)\b|\b(?:still|now)\s+in\s+(?:use|production)\b/iu;

/**
 * "… the support desk uses it daily", "… ; used in every release review since 2022", "used by all
 * three squads": others using the work, said with "use". Not the writer using something: "Used React
 * …" opens the line (no word before it), and "use it" needs a subject that is not "I" or "we".
 */
const USED_BY_OTHERS = /\bused\s+(?:daily\s+|weekly\s+|widely\s+|routinely\s+)?(?:in|by|on|across|at|for)\s+(?:every|each|all|the\s+whole)\b/iu;
const USES_IT = /\b(\p{L}+)\s+(?:still\s+|now\s+)?(?:uses|use|used|relies\s+on|rely\s+on|relied\s+on)\s+(?:it|them)\b/iu;
const NOT_OTHERS = new Set(['i', 'we', 'and', 'then', 'also', 'to', 'that', 'which', 'can', 'could', 'would', 'will', 'should']);

/** "… a dbt model that finance now uses for every close", "… which the clinics still rely on": others' standing use, in a clause about the work. */
const NOW_USES = /\b(?:that|which)\s+((?:[\p{L}'’-]+\s+){1,3}?)(?:now|still)\s+(?:uses|use|relies\s+on|rely\s+on)\b/iu;

function statesUse(text: string): boolean {
  const now = NOW_USES.exec(text);
  if (now && !now[1].trim().split(/\s+/).some((w) => NOT_OTHERS.has(w.toLowerCase()))) return true;
  const used = USED_BY_OTHERS.exec(text);
  if (used && /\p{L}/u.test(text.slice(0, used.index))) return true;
  const uses = USES_IT.exec(text);
  return !!uses && !NOT_OTHERS.has(uses[1].toLowerCase());
}

export function statesAdoption(text: string): boolean {
  if (statesUse(text)) return true;
  const m = ADOPTED.exec(text);
  if (!m) return false;
  // "I adopted TDD", "… . Adopted Scrum": the writer adopting something, not others taking the work up.
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  return /\p{L}/u.test(text.slice(0, m.index)) && !/(?:^|[.;:!?]\s*|\b(?:I|we|and|then|also)\s+)$/i.test(before.trimEnd() + ' ') && !/[.;:!?]\s*$/.test(before);
}

/**
 * Verbs of being chosen or honoured by others, a closed class of English: a bullet that opens with one in
 * the passive ("Invited to present at …", "Was awarded the … prize", "Selected as team representative",
 * "Promoted from analyst to team lead")
 * states a recognition, itself the result; a number would not make it more checkable.
 */
const RECOGNITION = new Set(['featured', 'promoted', 'invited', 'selected', 'awarded', 'chosen', 'nominated', 'elected', 'named', 'appointed', 'recognized', 'recognised', 'honored', 'honoured', 'shortlisted', 'admitted', 'granted',
  // Praise received: "Our team was commended by the client", "Was praised by the plant manager".
  'commended', 'praised',
  // A credential conferred by a body: "Registered as an EIT with …", "Licensed as a PE in Texas", "Certified by …".
  'registered', 'licensed', 'certified', 'accredited', 'chartered']);

export function statesRecognition(a: BulletAnalysis): boolean {
  const words = a.tokens.filter((t) => !t.punct).map((t) => t.lower);
  // The passive's "was" opens the line, or follows a short subject ("Our team was commended …").
  const be = words.slice(0, 4).findIndex((w) => /^(?:was|were|been|got|being)$/.test(w));
  const at = be === 0 || (be > 0 && /^(?:our|my|the|this)$/.test(words[0]) && RECOGNITION.has(words[be + 1] ?? '')) ? be + 1 : 0;
  if (!RECOGNITION.has(words[at] ?? '')) return false;
  // The passive: "was/were" before it, or the preposition of being chosen after it ("Invited to", "Selected
  // as", "Nominated for"); "Selected the vendor" is the writer's own choosing, work like any other.
  if (at >= 1 || RECOGNITION_PREPOSITIONS.has(words[at + 1] ?? '')) return true;
  // "Named Employee of the Month", "Elected Treasurer of the society": a verb of naming before a title
  // written in capitals is the passive without its "was" ("Named the file" is the writer's own act).
  const next = a.tokens.filter((t) => !t.punct)[at + 1];
  return TITLE_GIVING.has(words[at]) && !!next && /^\p{Lu}/u.test(next.text);
}

/** Verbs that give a title: the title follows them directly. */
const TITLE_GIVING = new Set(['named', 'elected', 'appointed', 'voted', 'crowned', 'promoted']);

const RECOGNITION_PREPOSITIONS = new Set(['to', 'as', 'for', 'by', 'into', 'among', 'onto', 'from']);

/**
 * An award, prize or honour received: "Received the Dean's Award for …", "Won the regional hackathon
 * prize", "Was given the plant's safety award in 2023". Being chosen by others is the result, like a
 * recognition opening the line. The receiving verb may be any word in the passive opening ("Was <verb>
 * the … award") because the writer is then the one the award went to; otherwise a verb of receiving
 * within a few words. The honour noun must head its phrase ("the award in 2023", not "award ceremony").
 */
const HONOUR = '(?:awards?|prizes?|medals?|trophy|trophies|scholarships?|fellowships?|honou?rs?|distinctions?|commendations?)';
const RECEIVED_HONOUR = new RegExp(
  String.raw`(?:\b(?:received|won|earned|awarded|granted|given|got|accepted)\b|^\W*(?:was|were)\s+\p{L}+)(?:\s+[\p{L}\p{N}'’‘“”"\x60&.-]+){0,6}?\s+${HONOUR}(?=\s*(?:$|[.,;:!?(]|\s(?:in|for|at|from|by|as|and|twice)\b))`,
  'iu',
);

export function receivesHonour(text: string): boolean {
  return RECEIVED_HONOUR.test(text);
}

/**
 * "…, which was funded in 2025", "… that was approved by the board", "…, and it was merged upstream":
 * the work's fate stated in a clause about it. Being funded, approved, accepted or merged is decided by
 * others and is the result itself. Closed class: verbs of a decision in the work's favour.
 */
const FAVOURABLE_FATE = /\b(?:which|that|and\s+(?:it|they|this))\s+(?:was|were|got|has\s+been|have\s+been|is|are)\s+(?:later\s+|then\s+|subsequently\s+|eventually\s+|fully\s+|successfully\s+)?(?:funded|approved|accepted|adopted|merged|ratified|renewed|granted|commissioned|patented|licensed|enacted|signed\s+off)\b/iu;

export function statesFavourableFate(text: string): boolean {
  return FAVOURABLE_FATE.test(text);
}

/**
 * "the study report the product team used to reorder its roadmap", "a model the risk group used to set
 * limits": a named group of people who used the work for a decision of their own. The subject of "used
 * to" must be people (WordNet's person or group class) after a determiner, so "the tools used to deploy
 * X" (a passive), "I used to" (a habit) and a vague "which students used to …" do not count.
 */
const USED_TO_DO = /\b(?:the|our|their|its|every|each|both)\s+(?:[\p{L}-]+\s+){0,2}?(\p{L}+)\s+(?:then\s+|later\s+|now\s+)?used\s+(?:it\s+|them\s+)?to\s+\p{L}+/giu;

export function othersUsedItTo(text: string): boolean {
  for (const m of text.matchAll(USED_TO_DO)) {
    const who = m[1].toLowerCase();
    if (NOT_OTHERS.has(who) || who === 'he' || who === 'she' || who === 'they') continue;
    const cls = nounClassesOf(who)?.classes[0];
    if (cls === 'person' || cls === 'group') return true;
  }
  return false;
}

/**
 * "so findings are searchable by product area instead of buried in slide decks", "so managers approve
 * in the app rather than by e-mail": a result clause that states the after and the before in words.
 * The contrast is the measure; a count would only restate it.
 */
const CONTRASTED_RESULT = /\bso(?:\s+that)?\s+(?:[\p{L}\p{N}'’-]+\s+){1,10}?(?:instead\s+of|rather\s+than)\s+\p{L}/iu;

export function statesContrastedResult(text: string): boolean {
  return CONTRASTED_RESULT.test(text);
}

/**
 * "… and fixed colour-contrast issues before launch", "caught two data-loss bugs before release":
 * problems found or fixed before the work reached its users. The timing is the outcome (none shipped).
 */
const FIXED_BEFORE_RELEASE = /\b(?:fixed|resolved|caught|corrected|addressed|closed|found|detected|uncovered)\b(?:\s+[\p{L}\p{N}'’-]+){0,6}?\s+(?:issues?|problems?|bugs?|defects?|errors?|gaps?|vulnerabilit(?:y|ies)|barriers?|leaks?|flaws?|regressions?)\s+before\s+(?:the\s+|its\s+|their\s+)?(?:\p{L}+\s+)?(?:launch|release|go-live|rollout|roll-out|shipping|production|deployment)\b/iu;

/** "…; both were fixed before the first customer upload": the problems named earlier, fixed in the passive before the work was used. */
const FIXED_BEFORE_USE = /\b(?:was|were|got|been)\s+(?:all\s+)?(?:fixed|patched|remediated|resolved|closed)\s+before\s+(?:the\s+|its\s+|their\s+)?(?:first\s+)?(?:\p{L}+\s+){0,2}?(?:launch|release|go-live|rollout|roll-out|shipping|production|deployment|upload|use|users?|customers?)\b/iu;

export function fixedBeforeRelease(text: string): boolean {
  return FIXED_BEFORE_RELEASE.test(text) || FIXED_BEFORE_USE.test(text);
}

/**
 * "Coached the debate team to the state finals", "Led the team to the national championship", "reached
 * the semi-finals": a named stage of a competition reached. Reaching it is the result, as a rank would
 * be. Not "won the hackathon" alone: the labelled corpus asks such a line for its field or prize.
 */
const COMPETITION_STAGE = '(?:finals?|semi-?finals?|quarter-?finals?|nationals|championships?|playoffs?|podium|world\\s+cup)';
const REACHED_STAGE = new RegExp(
  String.raw`\bto\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\p{L}\p{N}'’&-]+\s+){0,6}?${COMPETITION_STAGE}\b|\b(?:won|reached|qualified\s+for|advanced\s+to)\s+(?:the\s+|a\s+)?(?:[\p{L}\p{N}'’&-]+\s+){0,6}?${COMPETITION_STAGE}\b`,
  'iu',
);

export function reachesCompetitionStage(text: string): boolean {
  return REACHED_STAGE.test(text);
}
