// What a one-page tailoring gives up, in order. The edge prints the page, counts pages and applies
// as many of these steps as it takes (one-page-fit in src/node); this module only decides the order:
//   1. what the linter says to delete anyway: personal details, a references line, an objective,
//      duplicate bullets;
//   2. form only: tighter spacing, then a compact layout (style.ts DENSITIES: never below 9.5 pt
//      text, line height 1.2 and 0.4 in margins);
//   3. extras a one-page resume does without: long lists (certificates, awards, talks) trimmed to
//      their first few items, summary paragraphs after the first, sections such as interests or
//      books that show nothing this job asks for;
//   4. bullets the linter flags as vague or missing a metric, then older entries that show
//      nothing this job asks for;
//   5. the most compact readable layout;
//   6. the least relevant bullets (older entries and list-like sections first), skills the job
//      does not ask for, lists trimmed to one item;
//   7. last resort: whole entries, least relevant and oldest first.
// Never cut: the best bullets of the current or most relevant role (nor that entry), an entry's
// last bullet, Education, skills lines that carry a keyword of this job.

import type { Bullet, Entry, ResumeDocument, Section } from '../document/types';
import type { Finding, OffsetRange } from '../types';
import { rewriteResume } from './rewrite';
import type { BulletPlan, GroupPlan, Plan } from './select';
import type { KeywordMatch } from './types';
import { unitsOf, type Unit } from './one-page-units';
import { DENSITIES } from '../render/style';

export type CutStep = 'flagged' | 'form' | 'extras' | 'relevance';

export interface Cut {
  step: CutStep;
  /** What goes, in words for the report: "the references line", a bullet's text, a layout. */
  label: string;
  /** Why: the rule that flags it, or "least relevant". */
  why: string;
  bullet?: Bullet;
  range?: OffsetRange;
  /** A form-only step: the print density (render/style.ts DENSITIES) from here on. Nothing is removed. */
  density?: number;
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
/** Items a list-like section (certificates, awards, talks) keeps before the later steps trim it to one. */
export const LIST_KEEP = 3;
/** Words that make a header paragraph prose (an introduction), not a name, tagline or contact line. */
const PROSE_WORDS = 20;

/** Sections whose items are a list of things rather than narrative: trimmed from the bottom. */
const LIST_KINDS = new Set<Section['kind']>(['awards', 'certifications', 'publications', 'other']);

const overlaps = (a: OffsetRange, b: OffsetRange) => a.start < b.end && b.start < a.end;
const inside = (outer: OffsetRange, inner: OffsetRange) => inner.start >= outer.start && inner.end <= outer.end;
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

export function onePageCuts(doc: ResumeDocument, plan: Plan, findings: readonly Finding[], keywords: readonly KeywordMatch[] = []): Cut[] {
  // Skills lines carry the keywords an ATS looks for: only those naming nothing this job asks for are cut.
  const narrative = plan.groups.filter((g) => g.bullets.length && g.mode === 'narrative');
  const protectedBullets = protectedSet(narrative);
  const protectedEntries = new Set([...protectedBullets].map((b) => b.entry).filter((e): e is Entry => !!e));
  for (const e of currentEntries(doc)) protectedEntries.add(e);
  const kept = new Map<GroupPlan, number>(plan.groups.map((g) => [g, g.bullets.filter((p) => !p.dropped).length]));
  const planOf = new Map<Bullet, { plan: BulletPlan; group: GroupPlan }>();
  for (const g of plan.groups) for (const p of g.bullets) if (!p.dropped) planOf.set(p.bullet, { plan: p, group: g });
  // Where the resume shows a keyword this job asks for (offsets in the source).
  const shown = keywords.filter((k) => k.found && k.weight > 0).flatMap((k) => k.locations.map((l) => ({ range: { start: l.start, end: l.end }, weight: k.weight })));
  const showsKeyword = (r: OffsetRange) => shown.some((l) => overlaps(l.range, r));
  const keywordWeight = (r: OffsetRange) => shown.filter((l) => overlaps(l.range, r)).reduce((s, l) => s + l.weight, 0);

  const cuts: Cut[] = [];
  const taken = new Set<Bullet>();
  const ranges: OffsetRange[] = [];
  const cutBullet = (bullet: Bullet, step: CutStep, why: string, minKept = 1): boolean => {
    const at = planOf.get(bullet);
    if (!at || taken.has(bullet) || protectedBullets.has(bullet) || ranges.some((r) => overlaps(r, bullet.range))) return false;
    if ((kept.get(at.group) ?? 0) <= minKept) return false; // an entry keeps at least one bullet
    kept.set(at.group, kept.get(at.group)! - 1);
    taken.add(bullet);
    cuts.push({ step, label: flat(bullet.text), why, bullet, size: bullet.text.length + 40 });
    return true;
  };
  /** A range cut, when it holds nothing protected and every bullet it touches lies inside it with its whole group. */
  const cutRange = (range: OffsetRange, step: CutStep, label: string, why: string): boolean => {
    if (ranges.some((r) => overlaps(r, range))) return false;
    const touched = doc.bullets.filter((b) => overlaps(b.range, range));
    if (touched.some((b) => protectedBullets.has(b) || (b.entry && protectedEntries.has(b.entry)) || !inside(range, b.range))) return false;
    const groups = new Set(touched.map((b) => planOf.get(b)?.group).filter((g): g is GroupPlan => !!g));
    if ([...groups].some((g) => g.bullets.some((p) => !p.dropped && !inside(range, p.bullet.range)))) return false;
    ranges.push(range);
    for (const b of touched) taken.add(b);
    cuts.push({ step, label, why, range, size: range.end - range.start });
    return true;
  };
  const form = (density: number) => cuts.push({ step: 'form', label: DENSITIES[density].label, why: 'form only, nothing removed', density, size: 0 });

  // 1a. Lines and sections the linter says to delete.
  for (const f of findings) {
    const why = DELETABLE[f.ruleId];
    if (!why) continue;
    const deletion = f.fixes.find((fix) => fix.edits.length && fix.edits.every((e) => e.newText === '' && e.range.end > e.range.start));
    const range = deletion?.edits.map((e) => e.range).reduce((a, b) => ({ start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) }));
    if (!range || ranges.some((r) => overlaps(r, range))) continue;
    const bullet = doc.bullets.find((b) => overlaps(b.range, range));
    if (bullet && !sectionCut(doc, range) && planOf.has(bullet)) {
      cutBullet(bullet, 'flagged', why);
      continue;
    }
    // A protected bullet inside a deleted section keeps the section.
    if (doc.bullets.some((b) => protectedBullets.has(b) && overlaps(b.range, range))) continue;
    ranges.push(range);
    const firstLine = doc.text.slice(range.start, range.end).split('\n').find((l) => l.trim()) ?? '';
    const label = flat(firstLine.replace(/^\s*#+\s*/, '').replace(/^\s*[-*+]\s+/, ''));
    cuts.push({ step: 'flagged', label: /^#/.test(firstLine.trim()) ? `the ${label} section` : `“${label}”`, why, range, size: range.end - range.start });
  }
  // 1b. Duplicates.
  const flaggedWhy = new Map<Bullet, string>();
  for (const f of findings) {
    const why = FLAGGED_BULLET[f.ruleId] ?? (f.category === 'vague' ? 'vague, the linter flags it' : f.category === 'metric' ? 'no metric, the linter flags it' : undefined);
    if (!why) continue;
    for (const b of doc.bullets) if (overlaps(b.range, f.range) || (f.range.start === f.range.end && f.range.start === b.range.start)) if (!flaggedWhy.has(b) || FLAGGED_BULLET[f.ruleId]) flaggedWhy.set(b, why);
  }
  const isNarrative = (b: Bullet) => planOf.get(b)?.group.mode === 'narrative';
  for (const [bullet, why] of flaggedWhy) if (FLAGGED_BULLET[reasonRule(why)] && isNarrative(bullet)) cutBullet(bullet, 'flagged', why);

  // 2. Form: tighter spacing, then a compact layout.
  form(1);
  form(2);

  // 3. Extras: long lists trimmed, summary paragraphs after the first, sections that show nothing for this job.
  const units = unitsOf(doc, (s) => !isNarrativeSection(s));
  const bySection = new Map<Section, Unit[]>();
  for (const u of units) bySection.set(u.section, [...(bySection.get(u.section) ?? []), u]);
  const unitLabel = (u: Unit) => `“${clipLabel(flat(u.text.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/^\s*#+\s*/, '').replace(/[|*_`>]+/g, ' ')))}”`;
  const cutUnit = (u: Unit, step: CutStep, why: string, minKept: number): boolean => {
    const bullet = doc.bullets.find((b) => b.depth === 0 && inside(u.range, b.range) && planOf.has(b));
    if (u.kind === 'item' && bullet) return cutBullet(bullet, step, why, minKept);
    return cutRange(u.range, step, unitLabel(u), why);
  };
  const trimList = (keep: number, step: CutStep, why: string) => {
    for (const [section, list] of bySection) {
      if (!LIST_KINDS.has(section.kind)) continue;
      // Items that show a keyword of this job stay; the rest go from the bottom.
      const items = list.filter((u) => u.kind !== 'paragraph');
      let left = items.filter((u) => !ranges.some((r) => inside(r, u.range))).length;
      for (const u of [...items].reverse()) {
        if (left <= keep) break;
        if (showsKeyword(u.range)) continue;
        if (cutUnit(u, step, why, 0)) left--;
      }
    }
  };
  trimList(LIST_KEEP, 'extras', `a long list, trimmed to its first ${LIST_KEEP} items`);
  for (const [section, list] of bySection) {
    const prose = list.filter((u) => u.kind === 'paragraph' && (section.kind === 'summary' || words(u.text) >= PROSE_WORDS));
    if (section.kind === 'summary' || section.kind === 'header') {
      for (const u of prose.slice(1).reverse()) cutRange(u.range, 'extras', unitLabel(u), 'a summary keeps its first paragraph');
    } else if (section.kind === 'education') {
      // The degree, school and dates stay; a paragraph describing them goes.
      for (const u of prose.reverse()) if (!showsKeyword(u.range)) cutRange(u.range, 'extras', unitLabel(u), 'a description under a degree');
    }
  }
  for (const section of doc.sections) {
    if (section.kind !== 'other' || !section.headingRange) continue;
    const range = { start: lineStartOf(doc.text, section.headingRange.start), end: section.range.end };
    if (showsKeyword(range)) continue;
    cutRange(range, 'extras', `the ${flat(section.title)} section`, 'shows nothing this job asks for');
  }

  // 4a. Vague or metric-less bullets, least relevant first.
  const flaggedOrder = [...flaggedWhy].sort(([a], [b]) => (planOf.get(a)?.plan.relevance ?? 0) - (planOf.get(b)?.plan.relevance ?? 0) || b.index - a.index);
  for (const [bullet, why] of flaggedOrder) if (isNarrative(bullet)) cutBullet(bullet, 'flagged', why);

  // 4b. Whole older entries that show nothing this job asks for (a cashier job for a backend role).
  const recencyAll = recencyRank(narrative.map((g) => g.entry));
  const idle = narrative
    .filter((g) => g.entry && g.section.kind !== 'education' && !protectedEntries.has(g.entry))
    .filter((g) => g.bullets.every((p) => p.relevance === 0 && p.keywords.length === 0))
    .filter((g) => (recencyAll.get(g.entry) ?? 0) > 0)
    .sort((a, b) => (recencyAll.get(b.entry) ?? 0) - (recencyAll.get(a.entry) ?? 0));
  for (const g of idle) cutRange(entryRange(doc, g.entry!), 'relevance', `the entry “${flat(g.entry!.heading.text.split('\n')[0])}”`, 'an older entry that shows nothing this job asks for');

  // 5. The most compact readable layout.
  form(3);

  // 6a. Least relevant bullets, older and list-like first.
  const rest = narrative.flatMap((g) => g.bullets.filter((p) => !p.dropped && !taken.has(p.bullet)).map((p) => ({ p, g })));
  rest.sort((a, b) => keepScore(a.p, a.g, recencyAll) - keepScore(b.p, b.g, recencyAll) || b.p.bullet.index - a.p.bullet.index);
  for (const { p } of rest) cutBullet(p.bullet, 'relevance', 'least relevant to this job');
  // 6b. Skills the job does not ask for (a skills section keeps at least one line), and lists down to one item.
  for (const [section, list] of bySection) {
    if (section.kind !== 'skills') continue;
    let left = list.length;
    for (const u of [...list].reverse()) {
      if (left <= 1) break;
      if (showsKeyword(u.range)) continue;
      if (cutUnit(u, 'relevance', 'names no skill this job asks for', 1)) left--;
    }
  }
  trimList(1, 'relevance', 'a list, trimmed to its first item');

  // 7. Last resort: whole entries, least relevant and oldest first — never a protected entry, never Education.
  const entries = doc.sections.filter(isNarrativeSection).flatMap((s) => s.entries).filter((e) => !protectedEntries.has(e));
  const recency = recencyRank(doc.sections.filter(isNarrativeSection).flatMap((s) => s.entries));
  const mostRelevant = [...doc.sections.filter(isNarrativeSection).flatMap((s) => s.entries)].sort((a, b) => keywordWeight(entryRange(doc, b)) - keywordWeight(entryRange(doc, a)))[0];
  const value = (e: Entry) => keywordWeight(entryRange(doc, e)) - 0.1 * (recency.get(e) ?? 0);
  for (const e of entries.filter((e) => e !== mostRelevant).sort((a, b) => value(a) - value(b))) {
    cutRange(entryRange(doc, e), 'relevance', `the entry “${flat(e.heading.text.split('\n')[0])}”`, 'the least relevant entry left (still over one page)');
  }
  // A section whose every entry went loses its heading too (an empty "## Projects" only takes space).
  for (const section of doc.sections.filter(isNarrativeSection)) {
    if (!section.headingRange || !section.entries.length) continue;
    if (!section.entries.every((e) => ranges.some((r) => inside(r, entryRange(doc, e))))) continue;
    const first = lineStartOf(doc.text, Math.min(...section.entries.map((e) => e.range.start)));
    const heading = { start: lineStartOf(doc.text, section.headingRange.start), end: first };
    const at = cuts.findIndex((c) => c.range && section.entries.some((e) => c.range!.start === entryRange(doc, e).start && c.range!.end === entryRange(doc, e).end) && cuts.slice(cuts.indexOf(c) + 1).every((d) => !d.range || !section.entries.some((e) => inside(d.range!, entryRange(doc, e)))));
    if (heading.end > heading.start && at >= 0 && !ranges.some((r) => overlaps(r, heading))) {
      ranges.push(heading);
      cuts.splice(at + 1, 0, { step: 'relevance', label: `the ${flat(section.title)} heading`, why: 'its section has no entry left', range: heading, size: heading.end - heading.start });
    }
  }
  return cuts;
}

const isNarrativeSection = (s: Section) => s.kind === 'experience' || s.kind === 'projects' || s.kind === 'research' || s.kind === 'leadership';
const lineStartOf = (text: string, at: number) => text.lastIndexOf('\n', at - 1) + 1;
const clipLabel = (s: string, max = 80) => (s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s);

/** Experience entries dated to Present: the current role is never cut whole. */
function currentEntries(doc: ResumeDocument): Entry[] {
  return doc.sections.filter((s) => s.kind === 'experience').flatMap((s) => s.entries).filter((e) => e.dates?.current);
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

/** The print density the given steps reach (0 when none is a form step). */
export function densityOf(cuts: readonly Cut[]): number {
  return cuts.reduce((d, c) => Math.max(d, c.density ?? 0), 0);
}

/** The plan with the first `cuts` applied, and the tailored Markdown it gives. */
export function applyCuts(doc: ResumeDocument, plan: Plan, cuts: readonly Cut[]): { plan: Plan; markdown: string; reordered: string[]; density: number } {
  const dropped = new Set(cuts.flatMap((c) => (c.bullet ? [c.bullet] : [])));
  const groups = plan.groups.map((g) => ({
    ...g,
    bullets: g.bullets.map((p) => (dropped.has(p.bullet) && !p.dropped ? { ...p, dropped: 'one-page' as const } : p)),
  }));
  const droppedRanges = [...(plan.droppedRanges ?? []), ...cuts.flatMap((c) => (c.range ? [{ range: c.range, label: c.label, reason: 'one-page' as const }] : []))];
  const next: Plan = { ...plan, groups, droppedRanges };
  const { markdown, reordered } = rewriteResume(doc, next);
  return { plan: next, markdown, reordered, density: densityOf(cuts) };
}
