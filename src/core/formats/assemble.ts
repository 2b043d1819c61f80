// Builds a format-neutral ResumeDocument from what a front end found: sections, entries and bullets
// with mapped text. Every front end (LaTeX, RenderCV, JSON Resume) fills one of these in source order.
import type { Bullet, Comment, DateRange, Entry, MappedText, Profile, ResumeDocument, Section, SectionKind } from '../document/types';
import type { OffsetRange } from '../types';
import { createLineIndex } from '../text/line-index';
import { findDateRange, isOpenEnd } from '../document/dates';
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
  /**
   * `contactsFromFields`: YAML/JSON resumes name their contacts and education in fields (`cv.email`,
   * `basics.url`); a URL, number or date elsewhere in the file (`$schema`, a project's link) is never
   * the person's contact.
   */
  finish(format: ResumeFormat, escapeInsert: (text: string) => string, profile: Profile = {}, profileText?: string, contactsFromFields = false): ResumeDocument {
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
    if (contactsFromFields) for (const key of FIELD_KEYS) delete found[key];
    const merged: Profile = { ...found };
    const facts = educationFacts(this.sections, !contactsFromFields);
    // A degree read from the entry ("MSc Computer Science") outranks a major guessed by the text search.
    if (facts.degree) delete merged.major;
    for (const [k, v] of Object.entries({ ...facts, ...profile }) as [keyof Profile, string | undefined][]) if (v) merged[k] = v;
    if (merged.graduation && /^(?:present|current|now|ongoing|today)$/i.test(merged.graduation.trim())) delete merged.graduation;
    doc.profile = merged;
    return doc;
  }
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * School, degree, major and graduation from the first education entry's fields, which every front end
 * knows (institution, "degree in area", dates), rather than from a regex over the source: a YAML date
 * `2021-09 – 2025-04` must not give the graduation "04". `rawDates`: keep the dates as written (LaTeX).
 */
function educationFacts(sections: Section[], rawDates: boolean): Profile {
  const entry = sections.filter((s) => s.kind === 'education').flatMap((s) => s.entries).find((e) => e.organisation || e.role);
  if (!entry) return {};
  const facts: Profile = { school: entry.organisation };
  const role = entry.role?.trim();
  // (With only one of the two, a reader cannot tell a school written in the degree's place.)
  if (role && entry.organisation && role !== entry.organisation) {
    const split = /^(.+?)\s+in\s+(.+)$/.exec(role);
    facts.degree = split ? split[1] : role;
    // "Computer Science, GPA 3.9" / "Physics | Minor in Math": the major ends at the first separator.
    if (split) facts.major = split[2].split(/\s*[,;|(]\s*|\s+[–—-]\s+/)[0];
  }
  const d = entry.dates;
  const end = d && !d.current ? d.end ?? d.start : undefined;
  if (d && end !== undefined) {
    facts.graduation = rawDates
      ? d.raw.split(/\s*(?:–|—|-{1,2}|~|->|→|\bto\b)\s*/).pop()
      : `${d.formats.includes('YYYY') && !d.formats.includes('YYYY-MM') ? '' : `${MONTH_NAMES[end % 12]} `}${Math.floor(end / 12)}`;
  }
  return facts;
}

/**
 * An account a YAML or JSON resume lists under its network ("LinkedIn", "GitHub"): the first one of each
 * is the profile's.
 */
export function noteNetworkAccount(profile: Profile, network: string, account: unknown): void {
  if (typeof account !== 'string') return;
  const name = network.toLowerCase();
  if (name === 'linkedin') profile.linkedin ??= account;
  if (name === 'github') profile.github ??= account;
}

/** What a YAML/JSON resume states in fields: never taken from a text search of the file. */
const FIELD_KEYS = ['name', 'email', 'phone', 'linkedin', 'github', 'website', 'resumeUrl', 'location', 'school', 'degree', 'major', 'graduation'] as const;

/** The first date range inside a mapped text (an entry heading), with its source range. */
export function dateRangeIn(m: MappedText): DateRange | undefined {
  const shared = monthSpan(m);
  if (shared) return shared;
  const found = findDateRange(m.text);
  if (!found) return undefined;
  const { index, ...rest } = found;
  return { ...rest, range: { start: m.offsets[index], end: m.offsets[index + found.raw.length - 1] + 1 } };
}

/** The date range a field is made of ("2018--2023", "09/2025 -- now"); undefined when the text is mostly something else. */
export function onlyDatesIn(m: MappedText): DateRange | undefined {
  const d = dateRangeIn(m);
  return d && d.raw.length >= 0.5 * m.text.replace(/\s/g, '').length ? d : undefined;
}

/**
 * One entry's start and end written in two separate fields, in either order: awesome-source-cv's
 * \experience{end}{title}{org}{place}{start}{…} prints the end above the start, others print "Sep 2025"
 * and "Present" side by side. Each field holds one date or a word for now ("Present", "Current"); the
 * earlier date is the start. Undefined when the two are not such a pair (two ranges, two open ends).
 */
export function dateRangeFromTwo(a: MappedText, b: MappedText): DateRange | undefined {
  const single = (m: MappedText) => {
    const text = m.text.trim();
    if (isOpenEnd(text)) return { open: true as const, value: undefined };
    const d = onlyDatesIn(m);
    if (!d || d.current || d.start === undefined || d.end !== d.start) return undefined;
    return { open: false as const, value: d.start };
  };
  const x = single(a);
  const y = single(b);
  if (!x || !y || (x.open && y.open)) return undefined;
  const aFirst = y.open || (!x.open && x.value! <= y.value!);
  const [from, to] = aFirst ? [a, b] : [b, a];
  const field = (m: MappedText) => ({ raw: m.text.trim(), range: { start: m.offsets[0], end: m.offsets[m.text.trimEnd().length - 1] + 1 } });
  const dates = dateRangeFromFields(field(from), field(to));
  // The range runs in source order, over both fields, wherever the start is printed: the date rules read the dates inside it.
  const [x1, x2] = [field(a).range, field(b).range];
  return dates && { ...dates, range: { start: Math.min(x1.start, x2.start), end: Math.max(x1.end, x2.end) } };
}

/** A date range from separate start and end fields (YAML/JSON), each with its source range. */
export function dateRangeFromFields(
  startField: { raw: string; range: OffsetRange } | undefined,
  endField: { raw: string; range: OffsetRange } | undefined,
): DateRange | undefined {
  // An empty value ("endDate": "") is a field left blank: JSON Resume themes render the job as current.
  const start = startField?.raw.trim() ? startField : undefined;
  const end = endField?.raw.trim() ? endField : undefined;
  if (!start && !end) return undefined;
  const s = start ? fieldDate(start.raw) : undefined;
  const e = end ? fieldDate(end.raw) : undefined;
  // "Present", "until today", "till date", "Aktuell": a word for now, where the schema leaves the field out.
  const presentEnd = !!end && isOpenEnd(end.raw);
  const raw = start && end ? `${start.raw} – ${end.raw}` : (start ?? end)!.raw;
  // One field holding the whole span ("date": "Feb 2025 - Present", Reactive Resume): read as written.
  if (!start && e && (e.current || (e.end !== undefined && e.end !== e.start))) {
    return { raw, range: end!.range, start: e.start, end: e.current ? undefined : e.end, current: e.current ?? false, formats: e.formats };
  }
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

/**
 * One date field's value. RenderCV and JSON Resume store ISO 8601 dates (`2023-09-01`, `2023-09`,
 * `2023`), which themes render at month precision; anything else ("Fall 2021") goes through the
 * shared date finder.
 */
function fieldDate(raw: string): { start?: number; end?: number; current?: boolean; formats: string[] } | undefined {
  const iso = /^\s*((?:19|20)\d\d)-(0?[1-9]|1[0-2])(?:-(0?[1-9]|[12]\d|3[01]))?(?:T[\d:.]+Z?)?\s*$/.exec(raw);
  if (iso) {
    const value = Number(iso[1]) * 12 + Number(iso[2]) - 1;
    return { start: value, end: value, formats: ['YYYY-MM'] };
  }
  return findDateRange(raw);
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
