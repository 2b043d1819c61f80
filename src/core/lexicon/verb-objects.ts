// What a suggested verb can take as its object, by the object's kind (WordNet noun classes,
// lexicon/noun-classes.ts). A general verb–object table, not a list of resume words: "Resolved" takes a
// problem or a message (a complaint, a ticket, an incident), not money ("Resolved cash"); "Led" takes a
// group, an undertaking or an event, not a thing; "Coached" takes people.
import type { NounClass } from './noun-classes';

export interface ObjectFit {
  /** The classes the object's head may have (its first, most weighty class). */
  takes: readonly NounClass[];
  /** An object WordNet does not know (jargon, a name) is admitted too: the verb is general enough. */
  unknownOk: boolean;
  /** An activity named by an -ing noun ("the weekly reporting", "scheduling") does not fit: one resolves a problem, not an activity. */
  noActivity?: boolean;
}

const MADE: NounClass[] = ['artifact', 'communication', 'cognition', 'structure', 'act', 'collection'];

export const VERB_OBJECT_FIT: Record<string, ObjectFit> = {
  own: { takes: ['act', 'artifact', 'communication', 'cognition', 'process', 'possession', 'structure', 'collection'], unknownOk: true },
  lead: { takes: ['group', 'act', 'event'], unknownOk: false },
  manage: { takes: ['act', 'artifact', 'communication', 'cognition', 'possession', 'process', 'group', 'person', 'event', 'structure', 'substance', 'collection', 'attribute', 'state'], unknownOk: true },
  resolve: { takes: ['state', 'cognition', 'communication', 'event'], unknownOk: false, noActivity: true },
  process: { takes: ['communication', 'possession', 'substance', 'collection'], unknownOk: false },
  run: { takes: ['act', 'event', 'process', 'artifact', 'group'], unknownOk: true },
  maintain: { takes: ['artifact', 'communication', 'structure', 'possession', 'cognition', 'collection'], unknownOk: true },
  coordinate: { takes: ['act', 'event', 'group', 'process'], unknownOk: true },
  execute: { takes: ['act', 'process', 'communication', 'cognition'], unknownOk: true },
  deliver: { takes: ['artifact', 'communication', 'act', 'cognition'], unknownOk: true },
  enable: { takes: ['act', 'process', 'event'], unknownOk: false },
  build: { takes: MADE, unknownOk: true },
  develop: { takes: MADE, unknownOk: true },
  implement: { takes: MADE, unknownOk: true },
  conduct: { takes: ['act', 'process', 'event', 'cognition'], unknownOk: false },
  cover: { takes: ['act', 'event', 'group', 'artifact', 'location', 'communication'], unknownOk: true },
  coach: { takes: ['person', 'group'], unknownOk: false },
  guide: { takes: ['person', 'group'], unknownOk: false },
  train: { takes: ['person', 'group'], unknownOk: false },
  // One instructs or tutors people ("Instructed 40 students"), not a subject to them ("Instructed Scratch to …").
  instruct: { takes: ['person', 'group'], unknownOk: false },
  tutor: { takes: ['person', 'group'], unknownOk: false },
  // One plans an undertaking or an event, not a thing made ("Planned the model" is not building it).
  plan: { takes: ['act', 'event', 'process', 'possession'], unknownOk: true },
  // One architects a system or a structure, not a model or a document.
  architect: { takes: ['artifact', 'structure'], unknownOk: true },
};

/**
 * Objects a person takes a turn in or a seat on, shared with others: covering a shift is not running
 * it. English words for shared arrangements, not words taken from resumes.
 */
export const SHARED_SLOTS = new Set(['rotation', 'shift', 'queue', 'desk', 'line', 'watch', 'pager', 'on-call', 'roster', 'hotline', 'helpline']);
/** Shared bodies and gatherings: a member or attendee is not their owner or leader. */
export const SHARED_BODIES = new Set(['committee', 'board', 'panel', 'council', 'meeting', 'standup', 'stand-up', 'huddle', 'schedule', 'calendar', 'taskforce', 'task-force', 'working group', 'assembly', 'caucus', 'forum']);

/**
 * Verbs with the object they nearly always take, which names nothing beyond the verb: one answers
 * questions, follows procedures, attends meetings. "Answered questions" is a routine duty; asking to
 * "name the feature or system" misfits — what the line lacks is what came of it, or how much (the
 * missing-metric finding says so). English collocations, not words taken from resumes.
 */
export const ROUTINE_OBJECTS: Record<string, ReadonlySet<string>> = {
  answer: new Set(['question', 'query', 'inquiry', 'enquiry', 'call', 'phone', 'email', 'message']),
  follow: new Set(['procedure', 'protocol', 'instruction', 'guideline', 'policy', 'rule', 'regulation', 'standard', 'direction']),
  attend: new Set(['meeting', 'class', 'lecture', 'session', 'training', 'briefing']),
  // What a grader or an invigilator works on: the coursework of the course the entry names.
  grade: new Set(['assignment', 'exam', 'examination', 'test', 'quiz', 'homework', 'essay', 'paper', 'lab', 'report', 'project', 'submission', 'coursework', 'midterm', 'final']),
  mark: new Set(['assignment', 'exam', 'examination', 'test', 'quiz', 'homework', 'essay', 'paper', 'script', 'coursework', 'submission']),
  proctor: new Set(['exam', 'examination', 'test', 'quiz', 'midterm', 'final']),
  invigilate: new Set(['exam', 'examination', 'test']),
  obey: new Set(['rule', 'regulation', 'instruction']),
  observe: new Set(['rule', 'regulation', 'procedure', 'protocol']),
};
