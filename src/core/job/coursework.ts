// The subjects a posting asks to have studied: "Completed coursework in statics, strength of materials
// and machine design", "Statics, dynamics and fluid mechanics coursework", "Relevant coursework: data
// structures, operating systems". Each subject is what the line asks for, whatever English words name it
// ("statics", "fatigue"), so the list is read by its frame, not by the words in it; the word
// "coursework" itself is no skill.

import type { OffsetRange } from '../types';

/** A subject as written, and where it stands in the sentence text. */
export interface CourseworkSubject extends OffsetRange {
  subject: string;
}

const COURSE_WORD = String.raw`(?:course\s?work|courses?)`;
/** "coursework in|covering|on …", "courses in …", "coursework: …": the subjects follow. */
const SUBJECTS_AFTER = new RegExp(String.raw`\b${COURSE_WORD}\s*(?:(?:in|on|covering|including|such as)\s+|:\s*)(?:one or more of\s*:?\s*|the following\s*:?\s*)?`, 'gi');
/** "statics and dynamics coursework", "heat transfer courses": the subjects come before. */
const SUBJECTS_BEFORE = new RegExp(String.raw`\b${COURSE_WORD}\b`, 'gi');
/** Where a list of subjects ends: a clause mark, or a word that goes on to say how or where. */
const LIST_END = /[.;:()[\]|]|\s(?:from|through|via|with|at|for|to|that|which|is|are|or equivalent|or similar|or related|and\/or (?:project|research)|or (?:project|research|lab|work|internship|co-op)s?\b)|$/i;
/** The start of the clause a list before "coursework" stands in, and the framing words that open it. */
const CLAUSE_START = /(?:^\s*(?:[-–•●▪◦*]\s+)?|[.;:()[\]|•●▪◦*]\s*)(?:(?:completed|taken|some|relevant|prior|academic|formal|university|basic)\s+)*(?=[^.;:()[\]|•●▪◦*]*$)/i;
/**
 * A word right before "coursework" that makes it the place a skill was learnt ("from coursework"), or
 * says how many or what kind ("at least one course", "project coursework", "online courses"), not which subjects.
 */
const NOT_BEFORE_COURSE = /\b(?:from|through|via|in|during|by|your|their|our|my|any|relevant|prior|some|university|academic|formal|completed|of|or|and|the|a|an|one|two|three|least|more|another|project|research|lab|online|short|training|related|similar|equivalent)\s+$/i;
const SEPARATOR = /\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|and\/or|&)\s|\/)\s*/g;
/** Words that grade or frame a subject rather than name it. */
// "coursework in fluid mechanics and in hydrology": the frame's preposition said again before a subject.
const LEADING = /^(?:(?:in|on|also|especially|particularly|ideally|preferably|basic|introductory|intro(?:duction)? to|advanced|upper[- ]year|senior[- ]level|graduate[- ]level|university[- ]level|undergraduate|relevant|related|completed|some|any|one|two|three|courses? in|coursework in)\s+)+/i;
/** A subject is named by a few words, without a verb's object or a person. */
const SUBJECT = /^[A-Za-z][A-Za-z-]*(?:\s+(?:of\s+|and\s+)?[A-Za-z][A-Za-z0-9-]*){0,3}$/;
const NOT_SUBJECT =
  /^(?:relevant|related|similar|equivalent|other|others|etc|the like|a related field|related fields|projects?|research|internships?|co-?ops?|work|experience|labs?|a lab|training|thesis|capstone|electives?|the following|this|these|those|it|them|you|your|our|we)$/i;

/** A word that frames the ask ("Engineering experience", "or project"): the piece is no subject. */
const FRAME_WORD = /(?:^|\s)(?:experience|knowledge|skills?|exposure|familiarity|understanding|proficiency|background|and|or|a|an|the|valid)(?:\s|$)/i;

/** A word that names no subject alone: it is the second half of one ("signals and systems"). */
const HALF_SUBJECT = /^(?:systems|design|analysis|methods|theory|engineering|sciences?|applications|techniques|processes|practices?)$/i;

function splitSubjects(list: string, at: number): CourseworkSubject[] {
  // The pieces between separators; a lone generic word joins the piece before it ("signals and systems").
  const pieces: OffsetRange[] = [];
  // Each separator as [start, end), then the list's end as an empty one.
  const separators = [...list.matchAll(SEPARATOR)].map((m) => [m.index!, m.index! + m[0].length]);
  let last = 0;
  for (const [sepStart, sepEnd] of [...separators, [list.length, list.length]]) {
    const raw = list.slice(last, sepStart);
    const lead = raw.length - raw.trimStart().length;
    const piece = { start: last + lead, end: last + raw.trimEnd().length };
    if (pieces.length && HALF_SUBJECT.test(list.slice(piece.start, piece.end))) pieces[pieces.length - 1].end = piece.end;
    else pieces.push(piece);
    last = sepEnd;
  }
  const out: CourseworkSubject[] = [];
  for (const p of pieces) {
    const raw = list.slice(p.start, p.end);
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const subject = raw.slice(lead);
    if (subject && SUBJECT.test(subject) && !NOT_SUBJECT.test(subject) && !FRAME_WORD.test(subject.replace(/ and /, ' '))) {
      out.push({ subject, start: at + p.start + lead, end: at + p.end });
    }
  }
  return out;
}

/** The subjects a sentence names as coursework, with offsets relative to `text`. */
export function courseworkSubjects(text: string): CourseworkSubject[] {
  const out: CourseworkSubject[] = [];
  for (const m of text.matchAll(SUBJECTS_AFTER)) {
    const from = m.index! + m[0].length;
    const rest = text.slice(from);
    const end = LIST_END.exec(rest)!.index;
    out.push(...splitSubjects(rest.slice(0, end), from));
  }
  for (const m of text.matchAll(SUBJECTS_BEFORE)) {
    const before = text.slice(0, m.index!);
    // "from coursework", "your coursework": where the skill was learnt, not a list of subjects.
    if (!/[A-Za-z]\s+$/.test(before) || NOT_BEFORE_COURSE.test(before)) continue;
    // The list runs back to the start of its item or clause, after any framing words ("Completed").
    const clause = CLAUSE_START.exec(before)!;
    const from = clause.index + clause[0].length;
    const list = before.slice(from).replace(/\s+$/, '');
    if (list.split(/\s+/).length > 12) continue;
    out.push(...splitSubjects(list, from));
  }
  // A subject read from both sides once.
  return out.filter((s, i) => out.findIndex((o) => o.start === s.start && o.end === s.end) === i);
}
