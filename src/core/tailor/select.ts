// Decides what the tailored resume keeps and in which order — never what it says. Per entry, bullets
// are ordered by relevance to the job (ties keep source order); variant tags, `maxBulletsPerEntry`
// and a word budget may drop bullets, always keeping at least one per entry for the last two.

import type { Bullet, Entry, ResumeDocument, Section } from '../document/types';
import type { OffsetRange } from '../types';
import { isNarrativeKind } from '../document/parse';
import type { JobPosting } from '../job/types';
import { broaderSkills } from '../skills';
import { contentStems, sharedStems } from './content-words';
import type { ResumeMention } from './resume-skills';
import type { KeywordMatch } from './types';

export interface TailorOptions {
  /** Keep at most this many bullets per entry (the most relevant). */
  maxBulletsPerEntry?: number;
  /** Drop the least relevant bullets until the resume has at most this many words (one page ≈ 550). */
  wordBudget?: number;
  /** Variant tags to select; defaults to the job's `tags`. */
  tags?: string[];
  /** Indices of bullets the linter flags (vague, missing metric, duplicate): they never rise above clean ones. */
  flagged?: ReadonlySet<number>;
}

export const ONE_PAGE_WORDS = 550;

export type DropReason = 'tag' | 'max-bullets' | 'word-budget' | 'one-page';

export interface BulletPlan {
  bullet: Bullet;
  relevance: number;
  /** Job keywords the bullet (with its nested bullets) shows. */
  keywords: string[];
  /** The linter flags the bullet: ordered after every clean bullet of its entry. */
  flagged?: boolean;
  dropped?: DropReason;
}

export interface GroupPlan {
  section: Section;
  entry?: Entry;
  /** Top-level bullets in source order. */
  bullets: BulletPlan[];
  /** Reorder and trim (narrative sections) or only reorder lines (skills). */
  mode: 'narrative' | 'skills' | 'fixed';
}

export interface Plan {
  groups: GroupPlan[];
  droppedEntries: { entry: Entry; reason: DropReason }[];
  /** Nested bullets dropped for their tags. */
  droppedNested: Bullet[];
  /** Whole lines or sections left out to fit one page (a references line, an objective). */
  droppedRanges?: { range: OffsetRange; label: string; reason: DropReason }[];
  words: { before: number; after: number; budget?: number };
  /** Relevance weight of each matched keyword, for ordering skills. */
  keywordWeight: Map<string, number>;
}

export function planTailoring(
  doc: ResumeDocument,
  job: JobPosting,
  keywords: KeywordMatch[],
  mentions: ResumeMention[],
  options: TailorOptions = {},
): Plan {
  const tags = new Set((options.tags ?? job.tags).map((t) => t.toLowerCase()));
  const selected = (itemTags: string[]) => itemTags.length === 0 || itemTags.some((t) => tags.has(t.toLowerCase()));
  const keywordWeight = new Map(keywords.map((k) => [k.keyword, k.weight || 0.25]));

  const mentionsByBullet = new Map<number, Set<string>>();
  for (const m of mentions) {
    if (!m.bullet) continue;
    // A bullet naming PostgreSQL is relevant to a job asking for "databases".
    const shown = [m.canonical, ...broaderSkills(m.canonical)].filter((k) => keywordWeight.has(k));
    if (!shown.length) continue;
    const set = mentionsByBullet.get(m.bullet.index) ?? new Set<string>();
    for (const k of shown) set.add(k);
    mentionsByBullet.set(m.bullet.index, set);
  }
  const jobStems = contentStems(
    job.sections
      .filter((s) => s.kind !== 'about')
      .map((s) => job.text.slice(s.range.start, s.range.end))
      .join('\n'),
  );

  const droppedEntries: Plan['droppedEntries'] = [];
  const droppedNested: Bullet[] = [];
  const groups: GroupPlan[] = [];
  for (const section of doc.sections) {
    const mode: GroupPlan['mode'] = isNarrativeKind(section.kind) ? 'narrative' : section.kind === 'skills' ? 'skills' : 'fixed';
    for (const entry of section.entries) if (!selected(entry.tags)) droppedEntries.push({ entry, reason: 'tag' });
    const droppedEntry = new Set(droppedEntries.map((d) => d.entry));
    const byEntry = new Map<Entry | undefined, Bullet[]>();
    for (const b of section.bullets) {
      if (b.source === 'table' || (b.entry && droppedEntry.has(b.entry))) continue;
      const list = byEntry.get(b.entry) ?? [];
      list.push(b);
      byEntry.set(b.entry, list);
    }
    for (const [entry, bullets] of byEntry) {
      const top = Math.min(...bullets.map((b) => b.depth));
      const plans: BulletPlan[] = [];
      for (const b of bullets) {
        if (b.depth > top) {
          if (!selected(b.tags)) droppedNested.push(b);
          continue;
        }
        const found = new Set(mentionsByBullet.get(b.index));
        for (const child of bullets) {
          if (child.index > b.index && child.depth > top && isDescendant(bullets, b, child)) {
            for (const k of mentionsByBullet.get(child.index) ?? []) found.add(k);
          }
        }
        const keywordsIn = [...found];
        const overlap = Math.min(10, sharedStems(contentStems(b.text), jobStems).length);
        const relevance = keywordsIn.reduce((s, k) => s + (keywordWeight.get(k) ?? 0), 0) + 0.05 * overlap;
        const plan: BulletPlan = { bullet: b, relevance, keywords: keywordsIn };
        if (options.flagged?.has(b.index)) plan.flagged = true;
        if (!selected(b.tags)) plan.dropped = 'tag';
        plans.push(plan);
      }
      groups.push({ section, entry, bullets: plans, mode });
    }
  }

  if (options.maxBulletsPerEntry !== undefined && options.maxBulletsPerEntry >= 0) {
    for (const g of groups) {
      if (g.mode !== 'narrative') continue;
      const kept = byRelevance(g.bullets.filter((p) => !p.dropped));
      for (const p of kept.slice(Math.max(1, options.maxBulletsPerEntry))) p.dropped = 'max-bullets';
    }
  }

  const before = countWords(visibleText(doc));
  let after = before - droppedWords(doc, droppedEntries, groups, droppedNested);
  if (options.wordBudget !== undefined) {
    const candidates = groups.filter((g) => g.mode === 'narrative');
    while (after > options.wordBudget) {
      let worst: { plan: BulletPlan; group: GroupPlan } | undefined;
      for (const g of candidates) {
        const kept = g.bullets.filter((p) => !p.dropped);
        if (kept.length <= 1) continue;
        for (const p of kept) {
          // Flagged bullets first, then the least relevant; among equals, the one further down the page.
          if (!worst || cutFirst(p, worst.plan)) {
            worst = { plan: p, group: g };
          }
        }
      }
      if (!worst) break;
      worst.plan.dropped = 'word-budget';
      after -= countWords(blockText(doc, worst.plan.bullet));
    }
  }
  return { groups, droppedEntries, droppedNested, words: { before, after, budget: options.wordBudget }, keywordWeight };
}

/** Clean bullets before flagged ones, then most relevant first; ties keep source order. */
export function byRelevance(plans: BulletPlan[]): BulletPlan[] {
  return [...plans].sort((a, b) => Number(!!a.flagged) - Number(!!b.flagged) || b.relevance - a.relevance || a.bullet.index - b.bullet.index);
}

/** Whether `a` goes before `b` when trimming: flagged first, then less relevant, then further down. */
function cutFirst(a: BulletPlan, b: BulletPlan): boolean {
  if (!!a.flagged !== !!b.flagged) return !!a.flagged;
  if (a.relevance !== b.relevance) return a.relevance < b.relevance;
  return a.bullet.index > b.bullet.index;
}

function isDescendant(bullets: Bullet[], parent: Bullet, child: Bullet): boolean {
  for (const b of bullets) {
    if (b.index <= parent.index || b.index > child.index) continue;
    if (b.depth <= parent.depth) return false;
  }
  return true;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.+#-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The text a reader sees: without front matter and HTML comments. */
function visibleText(doc: ResumeDocument): string {
  let text = doc.text;
  const cuts = [...doc.comments.map((c) => c.range), ...(doc.frontMatter.range ? [doc.frontMatter.range] : [])].sort((a, b) => b.start - a.start);
  for (const r of cuts) text = text.slice(0, r.start) + ' ' + text.slice(r.end);
  return text;
}

function blockText(doc: ResumeDocument, bullet: Bullet): string {
  const parts = [bullet.text];
  for (let i = bullet.index + 1; i < doc.bullets.length && doc.bullets[i].depth > bullet.depth && doc.bullets[i].entry === bullet.entry; i++) {
    parts.push(doc.bullets[i].text);
  }
  return parts.join(' ');
}

function droppedWords(doc: ResumeDocument, entries: Plan['droppedEntries'], groups: GroupPlan[], nested: Bullet[]): number {
  let n = 0;
  for (const { entry } of entries) n += countWords(doc.text.slice(entry.range.start, entry.range.end));
  for (const g of groups) for (const p of g.bullets) if (p.dropped) n += countWords(blockText(doc, p.bullet));
  for (const b of nested) n += countWords(b.text);
  return n;
}
