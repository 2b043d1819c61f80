// Which resume bullets to quote: those of the experience and project sections that hold the most
// job keywords, weighted by importance (required over preferred, hard skills over soft). Ties go
// to bullets lint has not flagged, then to bullets with a number in them, then to source order.
// Which bullet holds which keyword comes from the match report (match-report.ts) or, without one,
// from the posting's keywords found in each bullet by the skills matcher.

import type { Bullet, ResumeDocument, SectionKind } from '../document/types';
import type { Importance, JobKeyword } from '../job/types';
import { findSkills } from '../skills';
import type { Highlight } from './types';

const QUOTABLE: ReadonlySet<SectionKind> = new Set(['experience', 'projects', 'research', 'leadership', 'other']);
const IMPORTANCE_WEIGHT: Record<Importance, number> = { required: 3, preferred: 2, other: 1 };

export type KeywordLike = Pick<JobKeyword, 'keyword' | 'kind' | 'importance'>;

interface Candidate {
  bullet: Bullet;
  keywords: KeywordLike[];
  score: number;
  hasNumber: boolean;
  flagged: boolean;
}

const weight = (k: KeywordLike) => IMPORTANCE_WEIGHT[k.importance] * (k.kind === 'hard' ? 1 : 0.5);

/** Clean bullets always before flagged ones (a referrer forwards the quote), then by match strength. */
function byStrength(a: Candidate, b: Candidate): number {
  return Number(a.flagged) - Number(b.flagged) || b.score - a.score || Number(b.hasNumber) - Number(a.hasNumber) || a.bullet.index - b.bullet.index;
}

export interface PickOptions {
  count?: number;
  /** Indices of bullets with vague or missing-metric findings. */
  flagged?: ReadonlySet<number>;
}

/** Bullet index → the job keywords it contains. */
export type BulletKeywords = Map<number, KeywordLike[]>;

const quotable = (b: Bullet) => QUOTABLE.has(b.section.kind) && b.text.trim().split(/\s+/).length >= 4;

/** Which job keywords each quotable bullet mentions, found with the skills matcher. */
export function bulletKeywordsFromPosting(doc: ResumeDocument, keywords: readonly KeywordLike[]): BulletKeywords {
  const byName = new Map(keywords.map((k) => [k.keyword.toLowerCase(), k]));
  const out: BulletKeywords = new Map();
  for (const bullet of doc.bullets) {
    if (!quotable(bullet)) continue;
    const found = new Map<string, KeywordLike>();
    for (const mention of findSkills(bullet.text)) {
      const k = byName.get(mention.canonical.toLowerCase());
      if (k) found.set(k.keyword, k);
    }
    if (found.size) out.set(bullet.index, [...found.values()]);
  }
  return out;
}

function candidates(doc: ResumeDocument, bulletKeywords: BulletKeywords, flagged: ReadonlySet<number>, count: number): Candidate[] {
  const out: Candidate[] = [];
  // Too few clean bullets name a job keyword: clean experience and project bullets that name none
  // are still better quotes than flagged ones.
  const clean = [...bulletKeywords].filter(([i, k]) => k.length && !flagged.has(i) && doc.bullets[i] && quotable(doc.bullets[i])).length;
  if (clean < count) {
    for (const bullet of doc.bullets) {
      if (bulletKeywords.get(bullet.index)?.length || flagged.has(bullet.index) || !quotable(bullet) || bullet.depth > 0) continue;
      if (bullet.section.kind !== 'experience' && bullet.section.kind !== 'projects') continue;
      out.push({ bullet, keywords: [], score: 0, hasNumber: /\d/.test(bullet.text), flagged: false });
    }
  }
  for (const [index, keywords] of bulletKeywords) {
    const bullet = doc.bullets[index];
    if (!bullet || !quotable(bullet) || !keywords.length) continue;
    const matched = [...new Map(keywords.map((k) => [k.keyword, k])).values()].sort((a, b) => weight(b) - weight(a));
    out.push({
      bullet,
      keywords: matched,
      score: matched.reduce((sum, k) => sum + weight(k), 0),
      hasNumber: /\d/.test(bullet.text),
      flagged: flagged.has(bullet.index),
    });
  }
  return out.sort(byStrength);
}

/**
 * The best-matching bullets, best first. The second pick comes from another entry when one scores
 * as well as the best remaining bullet of the same entry, so the quotes show range.
 */
export function pickHighlights(doc: ResumeDocument, bulletKeywords: BulletKeywords, options: PickOptions = {}): Highlight[] {
  const count = options.count ?? 2;
  const pool = candidates(doc, bulletKeywords, options.flagged ?? new Set(), count);
  const picked: Candidate[] = [];
  while (picked.length < count && pool.length) {
    const entries = new Set<unknown>(picked.map((c) => c.bullet.entry));
    const best = pool[0];
    let choice = best;
    if (entries.has(best.bullet.entry)) {
      const other = pool.find((c) => !entries.has(c.bullet.entry));
      if (other && other.score >= best.score && other.flagged === best.flagged) choice = other;
    }
    picked.push(choice);
    pool.splice(pool.indexOf(choice), 1);
  }
  return picked.map((c) => ({
    text: c.bullet.text.trim(),
    bulletIndex: c.bullet.index,
    keywords: c.keywords.map((k) => k.keyword),
    flagged: c.flagged,
  }));
}

/**
 * Hard job keywords the quotable bullets mention, most important first, then in resume order.
 * `namedAsSkill` (when given) holds the keywords the posting names in its text as a skill, not
 * only inside a link: "http" in the posting's URL is no skill the posting asks for.
 */
export function sharedSkills(bulletKeywords: BulletKeywords, namedAsSkill?: ReadonlySet<string>): string[] {
  const seen = new Map<string, { k: KeywordLike; first: number }>();
  for (const [index, keywords] of [...bulletKeywords].sort((a, b) => a[0] - b[0])) {
    for (const k of keywords) if (k.kind === 'hard' && !seen.has(k.keyword) && (!namedAsSkill || namedAsSkill.has(k.keyword))) seen.set(k.keyword, { k, first: index });
  }
  return [...seen.values()].sort((a, b) => weight(b.k) - weight(a.k) || a.first - b.first).map((s) => s.k.keyword);
}

/** A posting keyword's occurrences, with the text they are found in. */
export interface KeywordWithOccurrences extends KeywordLike {
  occurrences?: readonly { start: number; end: number }[];
}

const LINK = /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|\]\([^)\s]+\)|<[^>\s]+:[^>\s]+>/gi;

/** Keywords that occur in the posting's own words at least once, outside links and its front matter. */
export function keywordsNamedInText(job: { text?: string; bodyStart?: number; keywords?: readonly KeywordWithOccurrences[] }): Set<string> | undefined {
  if (!job.text || !job.keywords) return undefined;
  const links = [...job.text.matchAll(LINK)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
  const body = job.bodyStart ?? 0;
  const out = new Set<string>();
  for (const k of job.keywords) {
    const occurrences = k.occurrences ?? [];
    if (!occurrences.length) continue;
    if (occurrences.some((o) => o.start >= body && !links.some((l) => o.start >= l.start && o.end <= l.end))) out.add(k.keyword);
  }
  return out;
}
