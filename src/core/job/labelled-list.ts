// A labelled list in a qualification line: "Tools: Jenkins, Nexus, Artifactory", "Statistics: regression,
// sampling, hypothesis testing", "spatial audio: ambisonics, binaural rendering". The writer has
// already cut the line into skills, so each item is one even when it is a single lower-case word or
// a name no list knows; the label, when it is a noun phrase of its own ("queueing theory: …"), is
// the area the items belong to. Read from the shape only, and only when every item reads as a
// short noun phrase or a name: a label followed by a clause ("Note: you will …") is not a list.

import type { OffsetRange } from '../types';
import { readVerb } from '../nlp/verbs';

export interface LabelledItem extends OffsetRange {
  keyword: string;
  /** A name as written ('example') or a lower-case phrase ('phrase'). */
  source: 'example' | 'phrase';
}

export interface LabelledList {
  /** The label as a skill, when it names one ("interest theory"); offsets in the sentence text. */
  label?: LabelledItem;
  /** Where the label is written (with its grading words). */
  labelSpan: OffsetRange;
  items: LabelledItem[];
}

// The label may follow a requirement's cue: "Sound understanding of power systems fundamentals: load flow, …".
const LABELLED =
  /^(\s*(?:(?:[-*+•●▪◦–]|\d{1,2}[.)])\s+)?(?:\*\*)?(?:(?:[A-Za-z-]+\s+){0,2}(?:understanding|knowledge|experience|familiarity|grasp|command|proficiency)\s+(?:of|in|with)\s+)?)([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){0,3}|[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?\s+and\s+[A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*)?)(?:\*\*)?(?:\s*:|\s+[–—]|\s+-(?=\s))(?:\*\*)?\s+(\S[\s\S]*)$/;
/** Labels of a posting's facts, not of a list of skills. */
const NOT_LABEL =
  /^(?:languages?|application|documents|location|salary|rate|pay|compensation|duration|hours|schedule|shift|title|job|position|department|division|team|contract|type|start|closing|deadline|interview|contact|apply|note|notes|education|degree|visa|travel|benefits|reports|level|status|term|region|city|address|email|phone|website|url|reference|ref|id|posted|date|client|recruiter|example|examples|e\.g|i\.e|bonus|plus|required|preferred|must|nice|school|year|gpa|grades?|graduation|majors?|minors?|class|standing|citizenship|authori[sz]ation|sponsorship|eligib\w*)\b/i;
/** Leading words of a label that grade the skill rather than name it: "Advanced Excel", "Strong statistics". */
const GRADE = /^(?:(?:advanced|strong|solid|good|deep|basic|working|practical|proven|excellent|expert|fluent|hands-on|some|prior|intermediate)\s+)+/i;
/** A label's last word that says "the skill of" ("sound design chops", "SQL skills"): not part of the name. */
const SKILL_WORD = /\s+(?:chops|skills?|knowledge|experience|expertise|know-how|proficiency|background|fundamentals|basics)$/i;
/** Heads too general for a label to name a skill: "Languages: …", "Bench instruments: …". */
const GENERAL_HEAD =
  /^(?:languages?|tools?|tooling|technolog(?:y|ies)|stack|software|platforms?|frameworks?|librar(?:y|ies)|systems?|instruments?|equipment|hardware|areas?|topics?|domains?|subjects?|coursework|courses?|classes|things|requirements?|qualifications?|certifications?|environments?|databases?|methods?|techniques?|practices?|concepts?|others?|misc|extras?|also|including)$/i;
/** Words that make an item a clause, not a noun phrase. */
const CLAUSE_WORD =
  /^(?:a|an|the|to|of|for|with|in|on|at|by|from|into|via|per|than|as|is|are|be|was|were|will|can|could|must|should|would|may|you|your|we|our|us|their|they|it|its|this|that|these|those|who|which|when|where|how|not|no|if|etc|only|also|very|all|any|some|every|each|various|several|multiple|many|other|years?|yrs|essential|desirable|required|preferred|mandatory|optional|asset|plus)$/i;
/** Heads that leave a phrase without a thing named. */
const WEAK_HEAD = /^(?:ability|abilities|way|ways|things|field|fields|area|areas|degree|experience|skills?|knowledge|understanding|work|etc|others?|more|similar|equivalent)$/i;
/** A name: capitalised, an inner capital or a digit ("Foley", "HRTF", "cDAQ", "S3"), at most three words. */
// A standard's edition after a colon is part of its name ("MISRA C:2012", "ISO 9001:2015").
const NAME = /^(?:[A-Z][\w.+#-]*|[a-z]+[A-Z][\w.+#-]*|[a-z]*\d[\w.+#-]*)(?:\s+[A-Z0-9][\w.+#-]*(?::\d{2,4})?){0,2}$/;
const LOWER_WORD = /^[a-z][a-z-]*$/;
/** One word of a name: an acronym, a capital inside or a digit ("SQL", "RT60", "gRPC"). */
const NAME_WORD = /^(?:[A-Z][A-Z0-9]+[a-z]{0,2}|[a-z]+[A-Z][\w]*|[A-Z][a-z]*\d[\w]*)$/;
/** The list's last item left open: "or something similar", "or anything you built yourself", "or your own". */
const OPEN_ALTERNATIVE = /,?\s+or\s+(?:something|anything|whatever|your own|another|other|similar|equivalent|comparable)\b[^,;]*$/i;
/** Where list items part: commas, semicolons, "and", "or", a spaced "&" or slash. */
const ITEM_SPLIT = /\s*(?:,|;|\s(?:and\/or|and|or|&|\/)\s)\s*/g;

export function readLabelledList(sentence: string): LabelledList | undefined {
  const m = LABELLED.exec(sentence);
  if (!m) return undefined;
  const [, lead, rawLabel, rest] = m;
  // "Experience in one of:", "Familiarity with:": a label ending in a preposition is a requirement's
  // cue, whose list the cue readers take (phrases.ts), not a label naming an area.
  if (NOT_LABEL.test(rawLabel) || /\s(?:of|in|with|on|for|to|from|by|at|as|about|including|like)$/i.test(rawLabel)) return undefined;
  // After a spaced hyphen the label names an area in lower-case words ("manufacturing processes -
  // machining, casting"): a capitalised one is a name before its place or team ("Slaney Biopharma Ltd -
  // Carlow", "GIS Technician - Bregagh Environmental, Galway").
  const hyphened = /^\s*-/.test(sentence.slice(lead.length + rawLabel.length).replace(/^\*\*/, ''));
  if (hyphened && !/(?:^|\s)[a-z]/.test(rawLabel)) return undefined;
  const restStart = m[0].length - rest.length;
  // Parenthesised asides ("(LP)", "(Keysight, Tektronix or similar)") are blanked, keeping offsets.
  // "…, Monte Carlo, or something you built yourself": an open alternative closing the list names nothing.
  const body = rest
    .replace(/\([^()]*\)/g, (p) => ' '.repeat(p.length))
    .replace(OPEN_ALTERNATIVE, (p) => ' '.repeat(p.length))
    .replace(/[.!]\s*$/, (p) => ' '.repeat(p.length));
  if (/[()]/.test(body) || /[:.!?]\s/.test(body)) return undefined;
  const items: LabelledItem[] = [];
  let last = 0;
  const pieces: { text: string; start: number }[] = [];
  for (const sep of body.matchAll(ITEM_SPLIT)) {
    pieces.push({ text: body.slice(last, sep.index!), start: last });
    last = sep.index! + sep[0].length;
  }
  pieces.push({ text: body.slice(last), start: last });
  const kept = pieces.filter((p) => p.text.trim());
  if (kept.length < 2) return undefined;
  for (const piece of kept) {
    const text = piece.text.trim().replace(/^(?:and|or)\s+/i, '').replace(/\s*(?:etc\.?|…|\.\.\.)$/i, '');
    if (!text) continue;
    const item = readItem(text);
    if (!item) return undefined;
    const start = restStart + piece.start + piece.text.indexOf(text);
    items.push({ keyword: item.keyword, source: item.source, start, end: start + text.length });
  }
  const out: LabelledList = { items, labelSpan: { start: lead.length, end: lead.length + rawLabel.length } };
  const graded = rawLabel.replace(GRADE, '');
  const name = graded.replace(SKILL_WORD, '');
  const words = name.split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w, i) => LOWER_WORD.test(w) || (i === 0 && /^[A-Z][a-z-]+$/.test(w))) &&
    !GENERAL_HEAD.test(lower[lower.length - 1]) &&
    !WEAK_HEAD.test(lower[lower.length - 1]) &&
    !lower.some((w) => CLAUSE_WORD.test(w))
  ) {
    const start = lead.length + (rawLabel.length - graded.length);
    out.label = { keyword: lower.join(' '), source: 'phrase', start, end: start + name.length };
  }
  return out;
}

/** How and where the job is worked ("Hybrid", "Full-time", "Contract"): a list holding one is the job's terms, not skills. */
const WORK_TERMS = /^(?:remote|hybrid|on-?site|in-office|in office|full[- ]?time|part[- ]?time|contract|contractor|permanent|temporary|fixed[- ]term|freelance|internship|co-?op|seasonal|casual)$/i;

function readItem(text: string): { keyword: string; source: LabelledItem['source'] } | undefined {
  const words = text.split(/\s+/);
  if (words.length > 4 || words.some((w) => CLAUSE_WORD.test(w)) || WORK_TERMS.test(text)) return undefined;
  if (NAME.test(text)) {
    // One or two capitals alone are a code or an initial, not a name ("A", "UK").
    if (/^[A-Z]{1,2}$/.test(text) || /^\d+$/.test(text)) return undefined;
    return { keyword: text, source: 'example' };
  }
  // "writes clear reports", "builds dashboards": a verb opens a clause describing a behaviour.
  const verb = words.length > 1 ? readVerb(words[0]) : undefined;
  if (verb && (verb.form === 'third' || verb.form === 'past')) return undefined;
  const lower = words.map((w, i) => (i === 0 && /^[A-Z][a-z-]+$/.test(w) ? w.toLowerCase() : w));
  const head = lower[lower.length - 1];
  if (WEAK_HEAD.test(head) || /ly$/.test(head)) return undefined;
  if (lower.every((w) => LOWER_WORD.test(w))) return { keyword: lower.join(' '), source: 'phrase' };
  // "RT60 measurement", "VBA macros": a name that modifies a lower-case head, kept as written.
  if (LOWER_WORD.test(head) && words.slice(0, -1).every((w) => LOWER_WORD.test(w) || NAME_WORD.test(w))) return { keyword: text, source: 'phrase' };
  return undefined;
}
