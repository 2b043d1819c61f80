// Builds a format-neutral ResumeDocument from what a front end found: sections, entries and bullets
// with mapped text. Every front end (LaTeX, RenderCV, JSON Resume) fills one of these in source order.
import type { Bullet, Comment, DateRange, Entry, MappedText, Profile, ResumeDocument, Section, SectionKind } from '../document/types';
import type { OffsetRange } from '../types';
import { createLineIndex } from '../text/line-index';
import { findDateRange } from '../document/dates';
import { extractProfile } from '../document/profile';

export type ResumeFormat = 'markdown' | 'latex' | 'rendercv' | 'jsonresume';

/** What a front end knows of an entry before its bullets are attached. */
export type EntryFields = Pick<Entry, 'heading' | 'title' | 'organisation' | 'role' | 'location' | 'dates'>;

export class DocumentAssembler {
  readonly sections: Section[] = [];
  readonly bullets: Bullet[] = [];
  readonly comments: Comment[] = [];
  private current: Section;
  private entry: Entry | undefined;

  constructor(readonly text: string) {
    this.current = this.section('header', '', undefined, 0);
  }

  get currentSection(): Section {
    return this.current;
  }

  get currentEntry(): Entry | undefined {
    return this.entry;
  }

  section(kind: SectionKind, title: string, headingRange: OffsetRange | undefined, at: number): Section {
    const section: Section = { kind, title, level: 1, headingRange, entries: [], bullets: [], range: { start: at, end: at } };
    this.sections.push(section);
    this.current = section;
    this.entry = undefined;
    return section;
  }

  openEntry(fields: EntryFields, range: OffsetRange): Entry {
    const entry: Entry = { ...fields, bullets: [], section: this.current, tags: [], range: { ...range } };
    this.current.entries.push(entry);
    this.entry = entry;
    return entry;
  }

  /** Bullets after this belong to the section, not to the last entry (a list outside any entry). */
  closeEntry(): void {
    this.entry = undefined;
  }

  bullet(mapped: MappedText, range: OffsetRange, depth = 0, markerRange?: OffsetRange): Bullet | undefined {
    if (!mapped.text.trim()) return undefined;
    const bullet: Bullet = {
      text: mapped.text,
      offsets: mapped.offsets,
      range,
      markerRange,
      source: 'list',
      depth,
      section: this.current,
      entry: this.entry,
      index: this.bullets.length,
      tags: [],
    };
    this.bullets.push(bullet);
    this.current.bullets.push(bullet);
    if (this.entry) {
      this.entry.bullets.push(bullet);
      this.entry.range.end = Math.max(this.entry.range.end, range.end);
    }
    return bullet;
  }

  /** Closes section ranges, computes the profile (format facts first, then the shared extraction). */
  /** `profileText`: the source with comments blanked (same length), for the shared contact extraction. */
  finish(format: ResumeFormat, escapeInsert: (text: string) => string, profile: Profile = {}, profileText?: string): ResumeDocument {
    // Drop an empty header pseudo-section only when a real section starts at offset 0.
    for (let i = 0; i < this.sections.length; i++) {
      const next = this.sections[i + 1];
      this.sections[i].range.end = Math.max(this.sections[i].range.start, next ? next.range.start : this.text.length);
    }
    const doc: ResumeDocument = {
      text: this.text,
      frontMatter: { data: {} },
      profile: {},
      sections: this.sections,
      bullets: this.bullets,
      comments: this.comments,
      lines: createLineIndex(this.text),
      format,
      escapeInsert,
    };
    const found = extractProfile(profileText ? { ...doc, text: profileText } : doc);
    const merged: Profile = { ...found };
    for (const [k, v] of Object.entries(profile) as [keyof Profile, string | undefined][]) if (v) merged[k] = v;
    doc.profile = merged;
    return doc;
  }
}

/** The first date range inside a mapped text (an entry heading), with its source range. */
export function dateRangeIn(m: MappedText): DateRange | undefined {
  const shared = monthSpan(m);
  if (shared) return shared;
  const found = findDateRange(m.text);
  if (!found) return undefined;
  const { index, ...rest } = found;
  return { ...rest, range: { start: m.offsets[index], end: m.offsets[index + found.raw.length - 1] + 1 } };
}

/** A date range from separate start and end fields (YAML/JSON), each with its source range. */
export function dateRangeFromFields(
  start: { raw: string; range: OffsetRange } | undefined,
  end: { raw: string; range: OffsetRange } | undefined,
): DateRange | undefined {
  if (!start && !end) return undefined;
  const s = start ? findDateRange(start.raw) : undefined;
  const e = end ? findDateRange(end.raw) : undefined;
  const presentEnd = !!end && /^(present|current|now|today|ongoing)$/i.test(end.raw.trim());
  const raw = start && end ? `${start.raw} – ${end.raw}` : (start ?? end)!.raw;
  const range = { start: (start ?? end)!.range.start, end: (end ?? start)!.range.end };
  return {
    raw,
    range,
    start: s?.start ?? (start ? undefined : e?.start),
    // Only a start date: RenderCV and JSON Resume themes render it as "start – present".
    end: presentEnd || (start && !end) ? undefined : e?.end ?? s?.end,
    current: presentEnd || (!!start && !end),
    formats: [...(s?.formats ?? []), ...(e?.formats ?? [])],
  };
}

const MONTH_WORDS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_SPAN = new RegExp(`(?<![\\w])${MONTH}\\s*(?:–|—|-|to)\\s*${MONTH}\\s+((?:19|20)\\d\\d)(?![\\w])`, 'i');

/** "Jun–Jul 2019": two months sharing the year written after the second. */
function monthSpan(m: MappedText): DateRange | undefined {
  const x = MONTH_SPAN.exec(m.text);
  if (!x) return undefined;
  const year = Number(x[3]);
  const month = (w: string) => MONTH_WORDS.indexOf(w.slice(0, 3).toLowerCase());
  return {
    raw: x[0],
    range: { start: m.offsets[x.index], end: m.offsets[x.index + x[0].length - 1] + 1 },
    start: year * 12 + month(x[1]),
    end: year * 12 + month(x[2]),
    current: false,
    formats: ['Mon YYYY'],
  };
}
