// Canonical spellings of technology names, keyed by their lower-case form.
export const TECH_TERMS: Record<string, string> = {
  javascript: 'JavaScript',
  github: 'GitHub',
  nodejs: 'Node.js',
};
