// What a one-page tailoring gives up, in order. The edge prints the page, counts pages and applies
// as many of these cuts as it takes (one-page-fit in src/node); this module only decides the order:
//   1. what the linter says to delete anyway: personal details, a references line, an objective,
//      duplicate bullets, then bullets it flags as vague or missing a metric;
//   2. the least relevant bullets, older entries before recent ones and long lists (certificates,
//      awards) before experience.
// Never cut: the best bullets of the current or most relevant role, or an entry's last bullet.

import type { Bullet, Entry, ResumeDocument } from '../document/types';
import type { Finding, OffsetRange } from '../types';
import { rewriteResume } from './rewrite';
import type { BulletPlan, GroupPlan, Plan } from './select';

export type CutStep = 'flagged' | 'relevance';

export interface Cut {
  step: CutStep;
  /** What goes, in words for the report: "the references line", a bullet's text. */
  label: string;
  /** Why: the rule that flags it, or "least relevant". */
  why: string;
  bullet?: Bullet;
  range?: OffsetRange;
  /** Rough size in characters, for estimating how many cuts free a given number of lines. */
  size: number;
}

/** Rules whose findings name content a one-page resume should lose first, and the words for it. */
const DELETABLE: Record<string, string> = {
  'personal-details': 'personal details the linter flags',
  'references-line': 'a references line the linter flags',
  'objective-section': 'an objective section the linter flags',
};
const FLAGGED_BULLET: Record<string, string> = {
  'duplicate-bullet': 'a duplicate the linter flags',
};
/** How many of the protected entry's best bullets are never cut. */
export const PROTECTED_BULLETS = 3;

const overlaps = (a: OffsetRange, b: OffsetRange) => a.start < b.end && b.start < a.end;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

export function onePageCuts(doc: ResumeDocument, plan: Plan, findings: readonly Finding[]): Cut[] {
  // Skills lines carry the keywords an ATS looks for: never cut for length.
  const narrative = plan.groups.filter((g) => g.bullets.length && g.mode !== 'skills');
  const protectedBullets = protectedSet(narrative);
  const kept = new Map<GroupPlan, number>(narrative.map((g) => [g, g.bullets.filter((p) => !p.dropped).length]));
  const planOf = new Map<Bullet, { plan: BulletPlan; group: GroupPlan }>();
  for (const g of narrative) for (const p of g.bullets) if (!p.dropped) planOf.set(p.bullet, { plan: p, group: g });

  const cuts: Cut[] = [];
  const taken = new Set<Bullet>();
  const ranges: OffsetRange[] = [];
  const cutBullet = (bullet: Bullet, step: CutStep, why: string): void => {
    const at = planOf.get(bullet);
    if (!at || taken.has(bullet) || protectedBullets.has(bullet)) return;
    if ((kept.get(at.group) ?? 0) <= 1) return; // an entry keeps at least one bullet
    kept.set(at.group, kept.get(at.group)! - 1);
    taken.add(bullet);
    cuts.push({ step, label: flat(bullet.text), why, bullet, size: bullet.text.length + 40 });
  };

  // 1a. Lines and sections the linter says to delete.
  for (const f of findings) {
    const words = DELETABLE[f.ruleId];
    if (!words) continue;
    const deletion = f.fixes.find((fix) => fix.edits.length && fix.edits.every((e) => e.newText === '' && e.range.end > e.range.start));
    const range = deletion?.edits.map((e) => e.range).reduce((a, b) => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }));
    if (!range || ranges.some((r) => overlaps(r, range))) continue;
    const bullet = doc.bullets.find((b) => overlaps(b.range, range));
    if (bullet && !sectionCut(doc, range)) {
      cutBullet(bullet, 'flagged', words);
      continue;
    }
    // A protected bullet inside a deleted section keeps the section.
    if (doc.bullets.some((b) => protectedBullets.has(b) && overlaps(b.range, range))) continue;
    ranges.push(range);
    const firstLine = doc.text.slice(range.start, range.end).split('\n').find((l) => l.trim()) ?? '';
    const label = flat(firstLine.replace(/^\s*#+\s*/, '').replace(/^\s*[-*+]\s+/, ''));
    cuts.push({ step: 'flagged', label: /^#/.test(firstLine.trim()) ? `the ${label} section` : `“${label}”`, why: words, range, size: range.end - range.start });
  }
  // 1b. Duplicate, then vague or metric-less bullets.
  const flaggedWhy = new Map<Bullet, string>();
  for (const f of findings) {
    const why = FLAGGED_BULLET[f.ruleId] ?? (f.category === 'vague' ? 'vague, the linter flags it' : f.category === 'metric' ? 'no metric, the linter flags it' : undefined);
    if (!why) continue;
    for (const b of doc.bullets) if (overlaps(b.range, f.range) || (f.range.start === f.range.end && f.range.start === b.range.start)) if (!flaggedWhy.has(b) || FLAGGED_BULLET[f.ruleId]) flaggedWhy.set(b, why);
  }
  const flaggedOrder = [...flaggedWhy].sort(([a, wa], [b, wb]) => Number(!FLAGGED_BULLET[reasonRule(wb)]) - Number(!FLAGGED_BULLET[reasonRule(wa)]) || (planOf.get(a)?.plan.relevance ?? 0) - (planOf.get(b)?.plan.relevance ?? 0) || b.index - a.index);
  for (const [bullet, why] of flaggedOrder) if (!ranges.some((r) => overlaps(r, bullet.range))) cutBullet(bullet, 'flagged', why);

  // 2a. Whole older entries that show nothing this job asks for (a cashier job for a backend role).
  const recencyAll = recencyRank(narrative.map((g) => g.entry));
  const idle = narrative
    .filter((g) => g.entry && g.mode === 'narrative' && g.section.kind !== 'education' && !g.bullets.some((p) => protectedBullets.has(p.bullet)))
    .filter((g) => g.bullets.every((p) => p.relevance === 0 && p.keywords.length === 0))
    .filter((g) => (recencyAll.get(g.entry) ?? 0) > 0)
    .sort((a, b) => (recencyAll.get(b.entry) ?? 0) - (recencyAll.get(a.entry) ?? 0));
  for (const g of idle) {
    const range = entryRange(doc, g.entry!);
    if (ranges.some((r) => overlaps(r, range))) continue;
    ranges.push(range);
    for (const p of g.bullets) taken.add(p.bullet);
    cuts.push({ step: 'relevance', label: `the entry “${flat(g.entry!.heading.text.split('\n')[0])}”`, why: 'an older entry that shows nothing this job asks for', range, size: range.end - range.start });
  }

  // 2b. Least relevant bullets, older and list-like first.
  const rest = narrative.flatMap((g) => g.bullets.filter((p) => !p.dropped && !taken.has(p.bullet)).map((p) => ({ p, g })));
  const recency = recencyRank(narrative.map((g) => g.entry));
  rest.sort((a, b) => keepScore(a.p, a.g, recency) - keepScore(b.p, b.g, recency) || b.p.bullet.index - a.p.bullet.index);
  for (const { p } of rest) if (!ranges.some((r) => overlaps(r, p.bullet.range))) cutBullet(p.bullet, 'relevance', 'least relevant to this job');

  // 3. Last resort, used only when all of the above still prints long: whole entries, least
  //    relevant and oldest first — never one holding a protected bullet, never Education.
  const total = (g: GroupPlan) => g.bullets.reduce((sum, p) => sum + p.relevance, 0);
  const lastResort = narrative
    .filter((g) => g.entry && g.mode === 'narrative' && g.section.kind !== 'education' && !g.bullets.some((p) => protectedBullets.has(p.bullet)))
    .sort((a, b) => total(a) - 0.1 * (recencyAll.get(a.entry) ?? 0) - (total(b) - 0.1 * (recencyAll.get(b.entry) ?? 0)));
  for (const g of lastResort) {
    const range = entryRange(doc, g.entry!);
    if (ranges.some((r) => overlaps(r, range))) continue;
    ranges.push(range);
    cuts.push({ step: 'relevance', label: `the entry “${flat(g.entry!.heading.text.split('\n')[0])}”`, why: 'the least relevant entry left (still over one page)', range, size: range.end - range.start });
  }
  return cuts;
}

/** An entry from the start of its heading line to the next entry (or the end of its section). */
function entryRange(doc: ResumeDocument, entry: Entry): OffsetRange {
  const next = entry.section.entries.find((e) => e.range.start > entry.range.start);
  const start = doc.text.lastIndexOf('\n', entry.range.start - 1) + 1;
  const end = next ? doc.text.lastIndexOf('\n', next.range.start - 1) + 1 : entry.section.range.end;
  return { start, end };
}

const reasonRule = (why: string) => Object.keys(FLAGGED_BULLET).find((k) => FLAGGED_BULLET[k] === why) ?? '';

/** A deletion that spans more than one bullet's line is a section or paragraph cut. */
function sectionCut(doc: ResumeDocument, range: OffsetRange): boolean {
  return doc.bullets.filter((b) => overlaps(b.range, range)).length > 1;
}

/**
 * The best bullets of the current role (an experience entry dated to Present) and of the most
 * relevant entry: never cut.
 */
function protectedSet(groups: GroupPlan[]): Set<Bullet> {
  const out = new Set<Bullet>();
  const experience = groups.filter((g) => g.mode === 'narrative' && g.entry);
  const current = experience.filter((g) => g.entry?.dates?.current && g.section.kind === 'experience');
  const total = (g: GroupPlan) => g.bullets.reduce((s, p) => s + p.relevance, 0);
  const mostRelevant = [...experience].sort((a, b) => total(b) - total(a))[0];
  for (const g of [...current, ...(mostRelevant ? [mostRelevant] : [])]) {
    const best = [...g.bullets].filter((p) => !p.dropped && !p.flagged).sort((a, b) => b.relevance - a.relevance || a.bullet.index - b.bullet.index);
    for (const p of best.slice(0, PROTECTED_BULLETS)) out.add(p.bullet);
  }
  return out;
}

/** 0 for the most recent entry, 1 for the next…; undated entries count as oldest. */
function recencyRank(entries: (Entry | undefined)[]): Map<Entry | undefined, number> {
  const dated = [...new Set(entries)].map((e) => ({ e, end: e?.dates?.current ? Infinity : (e?.dates?.end ?? e?.dates?.start ?? -Infinity) }));
  dated.sort((a, b) => b.end - a.end);
  return new Map(dated.map((d, i) => [d.e, i]));
}

/** Higher keeps longer: relevance, then recency; narrative sections over lists of certificates or awards. */
function keepScore(p: BulletPlan, g: GroupPlan, recency: Map<Entry | undefined, number>): number {
  const rank = recency.get(g.entry) ?? 0;
  const list = g.mode !== 'narrative' ? -0.5 : 0;
  return p.relevance + list - 0.1 * rank;
}

/** The plan with the first `cuts` applied, and the tailored Markdown it gives. */
export function applyCuts(doc: ResumeDocument, plan: Plan, cuts: readonly Cut[]): { plan: Plan; markdown: string; reordered: string[] } {
  const dropped = new Set(cuts.flatMap((c) => (c.bullet ? [c.bullet] : [])));
  const groups = plan.groups.map((g) => ({
    ...g,
    bullets: g.bullets.map((p) => (dropped.has(p.bullet) && !p.dropped ? { ...p, dropped: 'one-page' as const } : p)),
  }));
  const droppedRanges = [...(plan.droppedRanges ?? []), ...cuts.flatMap((c) => (c.range ? [{ range: c.range, label: c.label, reason: 'one-page' as const }] : []))];
  const next: Plan = { ...plan, groups, droppedRanges };
  const { markdown, reordered } = rewriteResume(doc, next);
  return { plan: next, markdown, reordered };
}
