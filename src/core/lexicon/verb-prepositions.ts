// Prepositional verbs: verbs whose complement follows a preposition of their own ("assisted WITH the
// audit", "worked ON the API", "contributed TO the docs"). A general table of English collocations,
// not words taken from resumes. A replacement for such a verb must take the same preposition
// ("Aided with"), or take the complement as a direct object once the preposition goes ("Supported
// the audit"); "Supported with the audit" does not read.

/** The prepositions each verb takes before its complement. */
export const VERB_PREPOSITIONS: Record<string, readonly string[]> = {
  assist: ['with', 'in', 'on'],
  aid: ['in', 'with'],
  help: ['with', 'in'],
  contribute: ['to'],
  add: ['to'],
  collaborate: ['with', 'on'],
  cooperate: ['with', 'on'],
  partner: ['with', 'on'],
  work: ['on', 'with', 'in'],
  participate: ['in'],
  engage: ['in', 'with'],
  deal: ['with'],
  liaise: ['with'],
  consult: ['with', 'on'],
  coordinate: ['with'],
  communicate: ['with'],
  interface: ['with'],
  focus: ['on'],
  specialize: ['in'],
  invest: ['in'],
  advise: ['on'],
  respond: ['to'],
  reply: ['to'],
  listen: ['to'],
  report: ['to', 'on'],
  present: ['to'],
  serve: ['as', 'on'],
  act: ['as'],
  volunteer: ['at', 'for', 'with'],
};

/** Verbs that take no direct object in the sense they replace: "Collaborated the audit" does not read. */
export const OBJECTLESS_VERBS: ReadonlySet<string> = new Set([
  'collaborate', 'cooperate', 'partner', 'participate', 'liaise', 'contribute', 'work', 'focus', 'specialize',
  'respond', 'reply', 'listen', 'volunteer', 'act', 'engage', 'deal', 'interface',
]);
