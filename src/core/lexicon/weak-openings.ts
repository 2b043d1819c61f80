// Duty phrases that open a bullet without stating a contribution, each with strong verbs to suggest
// instead (base form; the rule inflects them to the tense the role needs).

export interface WeakOpening {
  /** Lower-case phrase as it opens a bullet ("responsible for"). */
  phrase: string;
  /** Base-form verbs that usually say what was really done. */
  suggestions: string[];
}

export const WEAK_OPENINGS: WeakOpening[] = [
  { phrase: 'responsible for', suggestions: ['lead', 'own', 'manage'] },
  { phrase: 'helped', suggestions: ['build', 'implement', 'deliver'] },
];
