// Opening words that are verbs only sometimes. The tense and repetition rules treat them as verbs
// only when a verb-like word follows (an article, a number, a pronoun, "and"), so "Lead engineer on
// the payments team" and "Distributed systems coursework" are left alone.
/** Verbs that are also common nouns at the start of a line ("Lead engineer on …", "Build times fell …", "Test automation for …"). */
export const NOUN_LIKE_VERBS: ReadonlySet<string> = new Set([
  'build', 'lead', 'design', 'research', 'test', 'plan', 'support', 'process', 'report', 'present', 'program', 'project',
  'contract', 'review', 'study', 'work', 'help', 'survey', 'budget', 'model', 'prototype', 'document', 'record',
  'access', 'interview', 'mentor', 'host', 'head', 'map', 'code', 'engineer', 'author', 'draft', 'audit', 'coach',
  'tutor', 'schedule', 'benchmark', 'scope', 'brief', 'pitch', 'catalog', 'script', 'release', 'track', 'control',
  'check', 'service', 'guide', 'partner', 'champion', 'pilot', 'monitor', 'profile', 'sketch', 'staff', 'market',
  'target', 'feature', 'focus', 'influence', 'transition', 'update', 'upgrade', 'use', 'trial',
]);

/** Past forms that also work as adjectives at the start of a line ("Distributed systems", "Automated tests"). */
export const ADJECTIVE_LIKE_PAST: ReadonlySet<string> = new Set([
  'advanced', 'automated', 'detailed', 'distributed', 'integrated', 'dedicated', 'experienced', 'embedded',
  'applied', 'mixed', 'supervised', 'unsupervised', 'related', 'limited', 'combined', 'extended', 'sustained',
  'customized', 'personalized', 'simulated', 'animated', 'structured', 'unstructured', 'targeted', 'printed',
  'published', 'sponsored', 'funded', 'selected', 'invited', 'featured', 'accepted', 'certified', 'licensed',
  'proposed', 'estimated', 'projected', 'scheduled', 'containerized', 'pretrained', 'fine-tuned', 'layered',
]);

/** Words after an ambiguous opening word that show it is a verb: "Lead the …", "Design 3 …", "Test and …". */
export const VERB_CUES: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'our', 'my', 'their', 'its', 'his', 'her', 'your', 'all', 'each', 'every', 'both',
  'this', 'these', 'those', 'that', 'new', 'over', 'more', 'up', 'out', 'into', 'across', 'two', 'three', 'four',
  'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands', 'several', 'multiple',
  'weekly', 'daily', 'monthly', 'quarterly', 'end-to-end',
]);
