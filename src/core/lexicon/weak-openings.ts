// Duty phrases that open a bullet without stating a contribution, each with strong verbs to suggest
// instead (base form; the rule inflects them to the tense the role needs).

export interface WeakOpening {
  /**
   * Lower-case phrase as it opens a bullet ("responsible for"). "…" stands for one to four words
   * ("part of the … team"). With `verb`, the first word is a base-form verb and its other forms
   * ("helped", "helps", "helping") match too.
   */
  phrase: string;
  /** Base-form replacements that usually say what was really done; may carry a preposition ("partner with"). */
  suggestions: string[];
  /** Replacements when the phrase acts on people ("Helped new hires…" → "Coached new hires…"). */
  forPeople?: string[];
  verb?: boolean;
  /**
   * Only weak when no purpose follows in the same clause: "Collaborated with design" is a duty,
   * "Collaborated with design to ship X" states the contribution.
   */
  unlessPurpose?: boolean;
  /** Only weak when its object is a person, a team or an activity (help-desk or helping duty), not a system. */
  unlessSystemObject?: boolean;
}

const BUILD = ['build', 'implement', 'deliver'];
const COACH = ['coach', 'guide', 'train'];
const PARTNER = ['partner with', 'collaborate with'];
const BUILD_WITH = ['build with', 'develop with', 'use'];
const OWN = ['own', 'lead', 'manage'];

export const WEAK_OPENINGS: WeakOpening[] = [
  // Duty statements
  { phrase: 'responsible for', suggestions: OWN },
  // The same duty phrase with another language's preposition ("sorumlu … -den", "responsable de").
  { phrase: 'responsible from', suggestions: OWN },
  { phrase: 'responsible of', suggestions: OWN },
  { phrase: 'accountable for', suggestions: OWN },
  { phrase: 'in charge of', suggestions: OWN },
  // Written hyphenated in Philippine and South Asian English ("In-charge of the test floor").
  { phrase: 'in-charge of', suggestions: OWN },
  { phrase: 'tasked with', suggestions: OWN },
  { phrase: 'charged with', suggestions: OWN },
  { phrase: 'entrusted with', suggestions: OWN },
  { phrase: 'duties included', suggestions: [] },
  { phrase: 'duties include', suggestions: [] },
  { phrase: 'duties involved', suggestions: [] },
  { phrase: 'responsibilities included', suggestions: [] },
  { phrase: 'responsibilities include', suggestions: [] },
  { phrase: 'tasks included', suggestions: [] },
  { phrase: 'tasks include', suggestions: [] },
  { phrase: 'my role was', suggestions: [] },
  { phrase: 'role included', suggestions: [] },
  // Helping rather than doing
  { phrase: 'help with', suggestions: BUILD, forPeople: COACH, verb: true },
  { phrase: 'help to', suggestions: BUILD, forPeople: COACH, verb: true },
  { phrase: 'help in', suggestions: BUILD, forPeople: COACH, verb: true },
  { phrase: 'help', suggestions: BUILD, forPeople: COACH, verb: true },
  { phrase: 'assist with', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'assist in', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'assist on', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'assist', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'aid in', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'aid with', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'aid', suggestions: ['coordinate', 'execute', 'deliver'], forPeople: COACH, verb: true },
  { phrase: 'provide … support', suggestions: [], verb: true },
  { phrase: 'provide support', suggestions: [], verb: true },
  { phrase: 'offer … support', suggestions: [], verb: true },
  { phrase: 'support', suggestions: ['coordinate', 'maintain', 'enable'], forPeople: COACH, verb: true, unlessSystemObject: true },
  // Being near the work
  { phrase: 'work on', suggestions: ['develop', 'build', 'implement'], verb: true },
  { phrase: 'work closely with', suggestions: BUILD_WITH, forPeople: PARTNER, verb: true },
  { phrase: 'work alongside', suggestions: BUILD_WITH, forPeople: PARTNER, verb: true },
  { phrase: 'work together with', suggestions: BUILD_WITH, forPeople: PARTNER, verb: true },
  { phrase: 'work with', suggestions: BUILD_WITH, forPeople: PARTNER, verb: true },
  { phrase: 'work in', suggestions: ['collaborate in', 'contribute to'], verb: true },
  { phrase: 'work within', suggestions: ['collaborate in', 'contribute to'], verb: true },
  { phrase: 'work as part of', suggestions: ['collaborate in', 'contribute to'], verb: true },
  { phrase: 'work as a member of', suggestions: ['collaborate in', 'contribute to'], verb: true },
  { phrase: 'participate in', suggestions: ['contribute to', 'co-lead', 'organize'], verb: true },
  { phrase: 'take part in', suggestions: ['contribute to', 'co-lead', 'organize'], verb: true },
  // Taking part with any other preposition ("Participated on the audit", "Participated of the counts"):
  // the same duty phrase; no one-word verb replaces it without the preposition.
  { phrase: 'participate', suggestions: [], verb: true },
  // A share in someone's result claimed without saying what it was: no verb replaces it without the part named.
  { phrase: 'instrumental in', suggestions: [] },
  // Only the words of weight before "role" ("Played the lead role in a musical" is a part played).
  ...['key', 'major', 'pivotal', 'vital', 'crucial', 'significant', 'central', 'critical'].map((w) => ({ phrase: `play a ${w} role in`, suggestions: [], verb: true })),
  ...['important', 'active', 'instrumental', 'integral', 'essential'].map((w) => ({ phrase: `play an ${w} role in`, suggestions: [], verb: true })),
  { phrase: 'play a role in', suggestions: [], verb: true },
  { phrase: 'involved in', suggestions: ['contribute to', 'co-lead', 'deliver'] },
  { phrase: 'involved with', suggestions: ['contribute to', 'co-lead', 'deliver'] },
  { phrase: 'part of the … team', suggestions: [] },
  { phrase: 'part of a … team', suggestions: [] },
  { phrase: 'part of the team', suggestions: [] },
  { phrase: 'part of a team', suggestions: [] },
  { phrase: 'member of the … team', suggestions: [] },
  { phrase: 'member of a … team', suggestions: [] },
  { phrase: 'member of the team', suggestions: [] },
  { phrase: 'member of a team', suggestions: [] },
  { phrase: 'work as', suggestions: [], verb: true },
  { phrase: 'serve as a member of', suggestions: ['contribute to'], verb: true },
  { phrase: 'collaborate with', suggestions: [], verb: true, unlessPurpose: true },
  // Handling whatever came
  { phrase: 'handle', suggestions: ['resolve', 'manage', 'process'], verb: true },
  { phrase: 'deal with', suggestions: ['resolve', 'manage', 'process'], verb: true },
  { phrase: 'take care of', suggestions: ['manage', 'run', 'maintain'], verb: true },
  // Learning and watching instead of doing
  { phrase: 'gain … experience with', suggestions: ['use', 'build with'], verb: true },
  { phrase: 'gain … experience in', suggestions: ['use', 'build with'], verb: true },
  { phrase: 'gain … experience', suggestions: [], verb: true },
  { phrase: 'gain experience with', suggestions: ['use', 'build with'], verb: true },
  { phrase: 'gain experience in', suggestions: ['use', 'build with'], verb: true },
  { phrase: 'gain experience', suggestions: [], verb: true },
  { phrase: 'gain exposure to', suggestions: ['use', 'build with'], verb: true },
  { phrase: 'gain knowledge of', suggestions: ['use', 'apply'], verb: true },
  { phrase: 'gain familiarity with', suggestions: ['use', 'apply'], verb: true },
  { phrase: 'acquire experience', suggestions: [], verb: true },
  { phrase: 'hands-on experience with', suggestions: ['use', 'build with'] },
  { phrase: 'hands-on experience in', suggestions: ['use', 'build with'] },
  { phrase: 'experience with', suggestions: ['use', 'build with'] },
  { phrase: 'experience in', suggestions: ['use', 'build with'] },
  { phrase: 'exposure to', suggestions: ['use', 'build with'] },
  { phrase: 'exposed to', suggestions: ['use', 'build with'] },
  { phrase: 'familiarity with', suggestions: ['use', 'apply'] },
  { phrase: 'familiarize … with', suggestions: ['use', 'apply'], verb: true },
  { phrase: 'learn how to', suggestions: [], verb: true },
  { phrase: 'learn to', suggestions: [], verb: true },
  { phrase: 'learn about', suggestions: [], verb: true },
  { phrase: 'learn', suggestions: [], verb: true },
  { phrase: 'shadow', suggestions: [], verb: true },
  { phrase: 'attend', suggestions: [], verb: true },
];
