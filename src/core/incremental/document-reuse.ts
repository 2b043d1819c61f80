// Reusing the document build after an edit: the blocks after the re-parsed window are not visited
// again when the builder reaches them in the same state as last time; what they built then is
// copied, moved by the edit's change in length.
//
// Why it is exact. The builder (document/parse.ts) reads the top-level blocks in order, carrying a
// small state from one to the next: the open section and entry, the levels, whether a title was
// seen. What a block builds depends on that state, on the block and on the text from a little before
// it onwards. After the window (markdown-reuse.ts) every block is an old block moved, and the text
// from its start onwards is the old text moved. So when the state before the first of them equals
// the state the last build had there (`Checkpoint`: every field a visit reads), the visits of the
// rest would do what they did last time, and their result is last time's moved:
// - sections, entries, bullets and comments they created are copied with offsets moved;
// - the section and entry open at the checkpoint only grow (bullets and entries appended, the entry's
//   heading extended by field lines): the grown part is copied onto the new ones.
// The one visit that does more than append (demoting an entry's first items to its fields) is
// marked, and a build where it happened after the checkpoint is not reused.
// test/unit/perf/document-reuse.test.ts compares with a cold build along random edits.
import type { Root } from 'mdast';
import type { Bullet, Comment, Entry, FrontMatter, Section, SectionKind } from '../document/types';

/** How a tree was made from an earlier one: old blocks [0, first), `parsed` new ones, old blocks [upto, …) moved by `delta`. */
export interface TreeOrigin {
  base: Root;
  baseText: string;
  first: number;
  parsed: number;
  upto: number;
  delta: number;
}

const origins = new WeakMap<Root, TreeOrigin>();

/** Called by markdown-reuse.ts for every tree it assembles from an earlier one. */
export function noteTreeOrigin(tree: Root, origin: TreeOrigin): void {
  origins.set(tree, origin);
}

/** The builder's state before a block: everything a visit reads (and the lengths it appends to). */
export interface Checkpoint {
  headingSeen: boolean;
  sections: number;
  kind: SectionKind;
  title: string;
  level: number;
  headed: boolean;
  bold: boolean;
  entries: number;
  sectionBullets: number;
  /** Bullets so far: a bullet's `index` is their count when it was added. */
  bullets: number;
  /** Comments so far: where the old build's list is cut. No visit reads the list, so sameCheckpoint
   * leaves it out; replayAfter requires it equal all the same, because the checkpoints it copies into
   * the new build's record carry the old counts, which the next reuse cuts by. */
  comments: number;
  entryOpen: boolean;
  entryLevel: number;
  entryHeadingLevel: number;
  entry?: {
    heading: string;
    /** Length of the heading's offsets (extending the heading appends after them). */
    offsets: number;
    tags: number;
    bullets: number;
    /** Where the heading and the entry end at the checkpoint (offsets: not compared, used to restore). */
    headingEnd: number;
    rangeEnd: number;
    /** Whether a dates line would demote the entry's bullets to its fields (≤ 4 title-like items, the last bullets of all). */
    demotable: () => boolean;
  };
}

/** The builder's lists when the visits end (before sections are closed, merged and re-kinded). */
export interface VisitEnd {
  frontMatter: FrontMatter;
  sections: Section[];
  kinds: SectionKind[];
  entries: Entry[][];
  sectionBullets: Bullet[][];
  bullets: Bullet[];
  bulletSections: Section[];
  comments: Comment[];
}

export interface BuildRecord {
  text: string;
  /** Everything else the build depends on as a whole (section level, options). */
  setting: string;
  checkpoints: Checkpoint[];
  /** Blocks whose visit demoted items already built (not an append). */
  demoted: boolean[];
  end: VisitEnd;
}

const records = new WeakMap<Root, BuildRecord>();

export function rememberBuild(tree: Root, record: BuildRecord): void {
  records.set(tree, record);
}

/** What `tree` can reuse of the build of the tree it was made from. */
export interface ReusePlan {
  record: BuildRecord;
  /** Index of the first block of the window (the blocks before it are the old ones, unmoved). */
  first: number;
  /** Index of the first block after the window, in the new tree and in the old one. */
  resumeAt: number;
  oldAt: number;
  delta: number;
}

/** Characters before a block that a visit may read (isHtmlHeadingLine reads 60 before a line for an opening tag). */
const LOOK_BEHIND = 64;

/** How reuse went, for tests and benchmarks. */
export const documentReuseStats = { replayed: 0, visited: 0 };

export function planReuse(tree: Root, text: string, setting: string): ReusePlan | undefined {
  const origin = origins.get(tree);
  if (!origin) return undefined;
  const record = records.get(origin.base);
  if (!record || record.text !== origin.baseText || record.setting !== setting) return undefined;
  const resumeAt = origin.first + origin.parsed;
  const oldAt = origin.upto;
  if (oldAt >= record.checkpoints.length || resumeAt >= tree.children.length) return undefined;
  for (let i = oldAt; i < record.demoted.length; i++) if (record.demoted[i]) return undefined;
  // The text a visit of the resumed blocks may read must be the old text moved.
  const start = tree.children[resumeAt].position?.start.offset;
  if (start === undefined) return undefined;
  const old = origin.baseText;
  let same = 0;
  const max = Math.min(text.length, old.length);
  while (same < max && text.charCodeAt(text.length - 1 - same) === old.charCodeAt(old.length - 1 - same)) same++;
  if (start - LOOK_BEHIND < text.length - same) return undefined;
  return { record, first: origin.first, resumeAt, oldAt, delta: origin.delta };
}

export function sameCheckpoint(a: Checkpoint, b: Checkpoint): boolean {
  if (
    a.headingSeen !== b.headingSeen ||
    a.sections !== b.sections ||
    a.kind !== b.kind ||
    a.title !== b.title ||
    a.level !== b.level ||
    a.headed !== b.headed ||
    a.bold !== b.bold ||
    a.entries !== b.entries ||
    a.sectionBullets !== b.sectionBullets ||
    a.bullets !== b.bullets ||
    a.entryOpen !== b.entryOpen ||
    a.entryLevel !== b.entryLevel ||
    a.entryHeadingLevel !== b.entryHeadingLevel
  )
    return false;
  if (!a.entry || !b.entry) return !a.entry && !b.entry;
  const [x, y] = [a.entry, b.entry];
  return x.heading === y.heading && x.offsets === y.offsets && x.tags === y.tags && x.bullets === y.bullets && x.demotable() === y.demotable();
}

/** The builder's lists and open section and entry, which the replay appends to. */
export interface LiveBuild {
  sections: Section[];
  bullets: Bullet[];
  comments: Comment[];
  section: Section;
  entry: Entry | undefined;
}

/**
 * Appends to `live` what the old build's visits from the checkpoint on added, moved by `delta`.
 * `refill` recomputes an entry's fields from its heading. Returns false (and changes nothing) when
 * the old build's lists do not line up with the checkpoint.
 */
export function replayAfter(plan: ReusePlan, live: LiveBuild, refill: (entry: Entry) => void): boolean {
  const { record, oldAt, delta } = plan;
  const ck = record.checkpoints[oldAt];
  const end = record.end;
  const at = ck.sections - 1;
  const oldSection = end.sections[at];
  const oldEntry = ck.entry ? end.entries[at]?.[ck.entries - 1] : undefined;
  if (!oldSection || (ck.entry && (!oldEntry || !live.entry)) || live.bullets.length !== ck.bullets || live.comments.length !== ck.comments) return false;
  const move = (r: { start: number; end: number }) => ({ start: r.start + delta, end: r.end + delta });
  const moveAll = (offsets: number[]) => offsets.map((o) => o + delta);

  const sections = new Map<Section, Section>([[oldSection, live.section]]);
  const added: Section[] = [];
  for (let i = at + 1; i < end.sections.length; i++) {
    const s = end.sections[i];
    const copy: Section = { kind: end.kinds[i], title: s.title, level: s.level, headingRange: s.headingRange && move(s.headingRange), entries: [], bullets: [], range: { start: s.range.start + delta, end: s.range.start + delta } };
    sections.set(s, copy);
    added.push(copy);
  }
  const entries = new Map<Entry, Entry>();
  if (oldEntry && live.entry) entries.set(oldEntry, live.entry);
  const newEntries: Entry[][] = [];
  for (let i = at; i < end.sections.length; i++) {
    const list = i === at ? end.entries[i].slice(ck.entries) : end.entries[i];
    const section = sections.get(end.sections[i])!;
    newEntries.push(
      list.map((e) => {
        const copy: Entry = {
          ...e,
          heading: { text: e.heading.text, offsets: moveAll(e.heading.offsets), range: move(e.heading.range) },
          bullets: [],
          section,
          tags: [...e.tags],
          range: move(e.range),
          dates: e.dates && { ...e.dates, range: move(e.dates.range) },
        };
        entries.set(e, copy);
        return copy;
      }),
    );
  }
  const bullets = new Map<Bullet, Bullet>();
  const newBullets: Bullet[] = [];
  for (let i = ck.bullets; i < end.bullets.length; i++) {
    const b = end.bullets[i];
    const section = sections.get(end.bulletSections[i]);
    const entry = b.entry && entries.get(b.entry);
    if (!section || (b.entry && !entry)) return false;
    const copy: Bullet = { ...b, offsets: moveAll(b.offsets), range: move(b.range), markerRange: b.markerRange && move(b.markerRange), section, entry, tags: [...b.tags] };
    bullets.set(b, copy);
    newBullets.push(copy);
  }
  const mapped = (list: Bullet[]) => list.map((b) => bullets.get(b)!);
  if (end.sectionBullets[at].slice(ck.sectionBullets).some((b) => !bullets.has(b))) return false;
  if (oldEntry && oldEntry.bullets.slice(ck.entry!.bullets).some((b) => !bullets.has(b))) return false;

  // Nothing failed: append.
  live.section.entries.push(...newEntries[0]);
  live.section.bullets.push(...mapped(end.sectionBullets[at].slice(ck.sectionBullets)));
  added.forEach((s, k) => {
    s.entries = newEntries[k + 1];
    s.bullets = mapped(end.sectionBullets[at + 1 + k]);
  });
  for (const [old, copy] of entries) if (copy !== live.entry) copy.bullets = mapped(old.bullets);
  if (oldEntry && live.entry) grow(live.entry, oldEntry, ck.entry!, delta, mapped, refill);
  live.sections.push(...added);
  live.bullets.push(...newBullets);
  for (let i = ck.comments; i < end.comments.length; i++) live.comments.push({ text: end.comments[i].text, range: move(end.comments[i].range) });
  return true;
}

/** The entry open at the checkpoint: what the old visits appended to it, appended to the new one. */
function grow(entry: Entry, old: Entry, ck: NonNullable<Checkpoint['entry']>, delta: number, mapped: (list: Bullet[]) => Bullet[], refill: (entry: Entry) => void): void {
  const headingGrew = old.heading.text.length > ck.heading.length;
  const bulletsGrew = old.bullets.length > ck.bullets;
  entry.bullets.push(...mapped(old.bullets.slice(ck.bullets)));
  entry.tags.push(...old.tags.slice(ck.tags));
  if (headingGrew) {
    const h = entry.heading;
    entry.heading = {
      text: h.text + old.heading.text.slice(ck.heading.length),
      // As extendEntry joins them: the heading's offsets (its end once), then the lines' moved.
      offsets: [...h.offsets.slice(0, -1), h.offsets[h.text.length], ...old.heading.offsets.slice(ck.offsets).map((o) => o + delta)],
      range: { start: h.range.start, end: Math.max(h.range.end, old.heading.range.end + delta) },
    };
    refill(entry);
  }
  if (headingGrew || bulletsGrew) entry.range.end = Math.max(entry.range.end, old.range.end + delta);
}

/** The builder's lists as the visits left them (the end phase then merges and re-kinds sections). */
export function visitEnd(frontMatter: FrontMatter, sections: Section[], bullets: Bullet[], comments: Comment[]): VisitEnd {
  return {
    frontMatter,
    sections: [...sections],
    kinds: sections.map((s) => s.kind),
    entries: sections.map((s) => [...s.entries]),
    sectionBullets: sections.map((s) => [...s.bullets]),
    bullets: [...bullets],
    bulletSections: bullets.map((b) => b.section),
    comments: [...comments],
  };
}

/** The builder's state before the window's first block, as the old build had it there. */
export interface Restored {
  frontMatter: FrontMatter;
  sections: Section[];
  bullets: Bullet[];
  comments: Comment[];
  section: Section;
  entry: Entry | undefined;
}

/** The block before which restoreBefore restores the old state: one before the window's first block,
 * because a visit also reads the block after its own (nextBlock), and the window's first block is a
 * new parse that may differ from the old one (a lazy line or a setext underline joins it). */
export function restorePoint(plan: ReusePlan): number {
  return plan.first - 1;
}

/**
 * The blocks before the window are the old blocks, unmoved, so the state before the last of them
 * (restorePoint) is the old build's there: its sections, entries, bullets and comments up to the
 * checkpoint, copied (the old ones grew afterwards, and the end phase changed them), with the open
 * entry cut back to what it held then. Undefined when the old build changed what it had built (a
 * demotion) after that point.
 */
export function restoreBefore(plan: ReusePlan, headingComments: Comment[], refill: (entry: Entry) => void): Restored | undefined {
  const { record } = plan;
  const first = restorePoint(plan);
  if (first <= 0 || first >= record.checkpoints.length) return undefined;
  // The comments inside headings come first (the section level is found before any visit): the
  // new build's own, then the old visits' up to the checkpoint.
  const headed = record.checkpoints[0].comments;
  if (headed !== headingComments.length) return undefined;
  for (let i = first; i < record.demoted.length; i++) if (record.demoted[i]) return undefined;
  const ck = record.checkpoints[first];
  const end = record.end;
  const at = ck.sections - 1;
  if (at >= end.sections.length || ck.bullets > end.bullets.length || ck.comments > end.comments.length) return undefined;
  const sections = new Map<Section, Section>();
  const out: Section[] = [];
  for (let i = 0; i <= at; i++) {
    const s = end.sections[i];
    const copy: Section = { kind: end.kinds[i], title: s.title, level: s.level, headingRange: s.headingRange && { ...s.headingRange }, entries: [], bullets: [], range: { start: s.range.start, end: s.range.start } };
    sections.set(s, copy);
    out.push(copy);
  }
  const entries = new Map<Entry, Entry>();
  for (let i = 0; i <= at; i++) {
    const list = i === at ? end.entries[i].slice(0, ck.entries) : end.entries[i];
    out[i].entries = list.map((e) => {
      const copy: Entry = { ...e, bullets: [], section: out[i], tags: [...e.tags], range: { ...e.range } };
      entries.set(e, copy);
      return copy;
    });
  }
  const bullets = new Map<Bullet, Bullet>();
  const kept: Bullet[] = [];
  for (let i = 0; i < ck.bullets; i++) {
    const b = end.bullets[i];
    const section = sections.get(end.bulletSections[i]);
    const entry = b.entry && entries.get(b.entry);
    if (!section || (b.entry && !entry)) return undefined;
    const copy: Bullet = { ...b, section, entry, tags: [...b.tags] };
    bullets.set(b, copy);
    kept.push(copy);
  }
  const mapped = (list: Bullet[]) => list.map((b) => bullets.get(b));
  const all = (list: (Bullet | undefined)[]): list is Bullet[] => list.every((b) => b !== undefined);
  for (let i = 0; i <= at; i++) {
    const list = mapped(i === at ? end.sectionBullets[i].slice(0, ck.sectionBullets) : end.sectionBullets[i]);
    if (!all(list)) return undefined;
    out[i].bullets = list;
  }
  for (const [old, copy] of entries) {
    const list = mapped(ck.entry && copy === out[at].entries[ck.entries - 1] ? old.bullets.slice(0, ck.entry.bullets) : old.bullets);
    if (!all(list)) return undefined;
    copy.bullets = list;
  }
  const entry = ck.entry ? out[at].entries[ck.entries - 1] : undefined;
  if (ck.entry) {
    if (!entry) return undefined;
    const h = entry.heading;
    if (!h.text.startsWith(ck.entry.heading)) return undefined;
    if (h.text.length > ck.entry.heading.length) {
      entry.heading = { text: h.text.slice(0, ck.entry.heading.length), offsets: h.offsets.slice(0, ck.entry.offsets), range: { start: h.range.start, end: ck.entry.headingEnd } };
      refill(entry);
    }
    entry.tags.length = ck.entry.tags;
    entry.range.end = ck.entry.rangeEnd;
  }
  return {
    frontMatter: end.frontMatter,
    sections: out,
    bullets: kept,
    comments: [...headingComments, ...end.comments.slice(headed, ck.comments).map((c) => ({ text: c.text, range: { ...c.range } }))],
    section: out[at],
    entry,
  };
}

/**
 * A checkpoint of the old build past the window, for the new build's record: offsets in it moved.
 * The entry open there either opened past the window (offsets moved by delta) or is the entry open
 * at the resume point, not extended since (its offsets are the new build's there).
 */
export function movedCheckpoint(ck: Checkpoint, oldResumeStart: number, delta: number, atResume: Checkpoint): Checkpoint {
  if (!ck.entry) return ck;
  const move = (o: number, now: number | undefined) => (o >= oldResumeStart ? o + delta : (now ?? o));
  return { ...ck, entry: { ...ck.entry, headingEnd: move(ck.entry.headingEnd, atResume.entry?.headingEnd), rangeEnd: move(ck.entry.rangeEnd, atResume.entry?.rangeEnd) } };
}
