// How annotated hard-skill labels and extracted keywords are compared: shared by scripts/eval-jobs.ts
// and scripts/train-phrase-model.ts, so the phrase model is labelled and scored exactly as evaluated.
import { findSkills, lookupSkill, stem } from '../../src/core/skills';
import type { JobKeyword } from '../../src/core/job/types';

/** A label's canonical form: the taxonomy skill it names, else its normalised text. */
export function canonical(label: string): string {
  const candidates = [label, label.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), /\(([^)]+)\)/.exec(label)?.[1] ?? ''];
  for (const c of candidates) {
    const skill = c && lookupSkill(c);
    if (skill) return skill.name.toLowerCase();
  }
  // "systems data analysis": a label whose head is a known skill counts as that skill.
  const head = findSkills(label, { techContext: true }).find((m) => m.end === label.length);
  if (head) return head.canonical.toLowerCase();
  // "Engineer in Training (EIT)": a name with its own initials after it is that name, written either way.
  const initialled = withoutOwnInitials(label);
  if (initialled !== label) return canonical(initialled);
  // Word forms fold as in the taxonomy: "middlewares" = "middleware", "data stores" = "data store".
  return label.toLowerCase().replace(/[-\s]+/g, ' ').trim().split(' ').map(stem).join(' ');
}

/** A label less a trailing "(ABC)" that spells the initials of the words before it. */
function withoutOwnInitials(label: string): string {
  const m = /^(.*\S)\s*\(([A-Za-z]{2,10})\)$/.exec(label.trim());
  if (!m) return label;
  const words = m[1].split(/[\s-]+/).filter(Boolean);
  const all = words.map((w) => w[0]).join('').toUpperCase();
  const capitals = words.filter((w) => /^[A-Z]/.test(w)).map((w) => w[0]).join('');
  const acronym = m[2].toUpperCase();
  return acronym === all || acronym === capitals ? m[1] : label;
}

/** The name a keyword is scored under: phrases read from the posting's wording are normalised like the labels. */
export const keywordName = (k: Pick<JobKeyword, 'keyword' | 'extracted'>) => (k.extracted ? canonical(k.keyword) : k.keyword.toLowerCase());
