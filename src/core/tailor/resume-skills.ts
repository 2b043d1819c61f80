// Skill mentions in a resume, each placed in its section, entry and bullet. The header block, front
// matter, HTML comments (tags) and link targets are not the person's claims and are skipped; the
// Skills section is read as technical context so "Go" or "R" in a list counts.

import type { Bullet, Entry, ResumeDocument, Section } from '../document/types';
import type { OffsetRange } from '../types';
import { findSkills } from '../skills';
import type { SkillMention } from '../skills/types';
import { narrowingModifier } from './narrowed';
import type { ResumeLocation } from './types';

export interface ResumeMention extends SkillMention {
  location: ResumeLocation;
  bullet?: Bullet;
  /**
   * For a one-word phrase the taxonomy lacks: the modifier that makes the resume's words a narrower
   * compound ("depth" in "depth cameras" for "camera"), a weaker match (narrowed.ts).
   */
  narrowedBy?: string;
}

export function findResumeSkills(doc: ResumeDocument): ResumeMention[] {
  const skip = skippedRanges(doc);
  const skillsSections = doc.sections.filter((s) => s.kind === 'skills');
  const inSkills = (offset: number) => skillsSections.some((s) => offset >= s.range.start && offset < s.range.end);

  const mentions: SkillMention[] = findSkills(doc.text).filter((m) => !inSkills(m.start));
  for (const s of skillsSections) {
    const slice = doc.text.slice(s.range.start, s.range.end);
    for (const m of findSkills(slice, { techContext: true })) {
      mentions.push({ ...m, start: m.start + s.range.start, end: m.end + s.range.start });
    }
  }
  const locate = locator(doc);
  return mentions
    .filter((m) => !skip.some((r) => m.start < r.end && m.end > r.start))
    .sort((a, b) => a.start - b.start)
    .map((m) => {
      const { location, bullet } = locate(m);
      return { ...m, location, bullet };
    });
}

/** Where the resume writes a phrase the taxonomy lacks ("customer segmentation"): whole words, any case, plural allowed. */
export function phraseFinder(doc: ResumeDocument): (phrase: string) => ResumeMention[] {
  const skip = skippedRanges(doc);
  const locate = locator(doc);
  return (phrase) => findPhrase(doc, phrase, skip, locate);
}

function findPhrase(doc: ResumeDocument, phrase: string, skip: OffsetRange[], locate: ReturnType<typeof locator>): ResumeMention[] {
  const words = phrase.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!words.length || !words[0]) return [];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}s?(?![\\p{L}\\p{N}])`, 'giu');
  const out: ResumeMention[] = [];
  for (const m of doc.text.matchAll(re)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (skip.some((r) => start < r.end && end > r.start)) continue;
    const mention: SkillMention = { canonical: phrase, kind: 'hard', category: 'concept', start, end, text: m[0], alias: phrase, exact: true };
    const { location, bullet } = locate(mention);
    const narrowedBy = words.length === 1 ? narrowingModifier(doc.text, start, end) : undefined;
    out.push({ ...mention, location, bullet, ...(narrowedBy ? { narrowedBy } : {}) });
  }
  return out;
}

function skippedRanges(doc: ResumeDocument): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  if (doc.frontMatter.range) ranges.push(doc.frontMatter.range);
  for (const c of doc.comments) ranges.push(c.range);
  for (const s of doc.sections) if (s.kind === 'header') ranges.push(...headerRangesToSkip(doc, s));
  for (const re of [/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, /<https?:[^>\s]*>/g, /https?:\/\/[^\s)\]>]+/g, /<[^>\n]+>/g]) {
    for (const m of doc.text.matchAll(re)) ranges.push({ start: m.index!, end: m.index! + m[0].length });
  }
  return ranges;
}

/** Words a line needs to read as running prose rather than a name, a headline or a contact line. */
const PROSE_WORDS = 8;

/**
 * The header's name, headline and contact lines are skipped ("Ruby Chen", "Go-getter | Toronto"), but a
 * summary written there without a heading of its own ("Backend engineer with four years of Java and
 * Kafka…") is the person's claim, read like a summary section (listed, not shown).
 */
function headerRangesToSkip(doc: ResumeDocument, header: Section): OffsetRange[] {
  const out: OffsetRange[] = [];
  let start = header.range.start;
  const text = doc.text.slice(header.range.start, header.range.end);
  let offset = header.range.start;
  for (const line of text.split('\n')) {
    const words = line.replace(/[^\p{L}\p{N}\s'-]+/gu, ' ').split(/\s+/).filter(Boolean);
    const prose = words.length >= PROSE_WORDS && !/@|\+?\d[\d ().-]{7,}\d/.test(line) && !/^\s*#/.test(line);
    if (prose) {
      if (offset > start) out.push({ start, end: offset });
      start = offset + line.length;
    }
    offset += line.length + 1;
  }
  if (header.range.end > start) out.push({ start, end: header.range.end });
  return out;
}

/** Maps an offset to its section, entry and bullet with binary searches over source order. */
function locator(doc: ResumeDocument) {
  const bullets = [...doc.bullets].sort((a, b) => a.range.start - b.range.start);
  const sections = doc.sections;
  const findSection = (offset: number): Section =>
    sections.find((s) => offset >= s.range.start && offset < s.range.end) ?? sections[sections.length - 1];
  const findBullet = (offset: number): Bullet | undefined => {
    let lo = 0;
    let hi = bullets.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const b = bullets[mid];
      if (offset < b.range.start) hi = mid - 1;
      else if (offset >= b.range.end) lo = mid + 1;
      else return b;
    }
    return undefined;
  };
  const findEntry = (section: Section, offset: number): Entry | undefined =>
    section.entries.find((e) => offset >= e.range.start && offset < e.range.end);

  return (m: OffsetRange & { text: string }): { location: ResumeLocation; bullet?: Bullet } => {
    const bullet = findBullet(m.start);
    const section = bullet?.section ?? findSection(m.start);
    const entry = bullet?.entry ?? findEntry(section, m.start);
    const location: ResumeLocation = {
      section: section.title || section.kind,
      sectionKind: section.kind,
      line: doc.lines.positionAt(m.start).line + 1,
      start: m.start,
      end: m.end,
      text: m.text,
    };
    if (entry) location.entry = entryLabel(entry);
    if (bullet) {
      location.bulletIndex = bullet.index;
      location.bullet = bullet.text;
    }
    return { location, bullet };
  };
}

export function entryLabel(entry: Entry): string {
  return entry.heading.text.split('\n')[0].trim();
}
