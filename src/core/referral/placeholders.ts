// Marked gaps for facts the inputs do not hold. A draft never guesses a name, an ID or a link.

export const PLACEHOLDER = {
  referrerName: '[Referrer name]',
  yourName: '[Your name]',
  school: '[Your school]',
  company: '[Company]',
  role: '[Role title]',
  jobId: '[Job ID]',
  jobLink: '[Job posting link]',
  resumeLink: '[Resume link]',
  highlight: '[A resume bullet that matches the job]',
  stage: '[stage]',
  date: '[date]',
} as const;

const ALL: readonly string[] = Object.values(PLACEHOLDER);

/**
 * Room kept for what replaces each placeholder: a draft with `[Referrer name]` must still fit its
 * limit once a real first name is typed in. Lengths are generous typical values.
 */
const REPLACEMENT_LENGTH: Record<string, number> = {
  [PLACEHOLDER.referrerName]: 20,
  [PLACEHOLDER.yourName]: 30,
  [PLACEHOLDER.school]: 45,
  [PLACEHOLDER.company]: 30,
  [PLACEHOLDER.role]: 60,
  [PLACEHOLDER.jobId]: 16,
  [PLACEHOLDER.jobLink]: 80,
  [PLACEHOLDER.resumeLink]: 80,
  [PLACEHOLDER.highlight]: 200,
  [PLACEHOLDER.stage]: 25,
  [PLACEHOLDER.date]: 20,
};

/** The placeholders in a text, in order of first appearance. */
export function placeholdersIn(text: string): string[] {
  const found: { p: string; at: number }[] = [];
  for (const p of ALL) {
    const at = text.indexOf(p);
    if (at >= 0) found.push({ p, at });
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.p);
}

/** Characters the text may grow by when its placeholders are filled in. */
export function placeholderReserve(text: string): number {
  let reserve = 0;
  for (const p of ALL) {
    let from = 0;
    for (let at = text.indexOf(p, from); at >= 0; at = text.indexOf(p, from)) {
      reserve += Math.max(0, (REPLACEMENT_LENGTH[p] ?? p.length) - p.length);
      from = at + p.length;
    }
  }
  return reserve;
}
