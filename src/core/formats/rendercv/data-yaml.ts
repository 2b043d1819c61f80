// YAML resumes that are not RenderCV's `cv:` file: YAMLResume (the JSON Resume schema under `content:`)
// and the data files of static-site resume themes (Jekyll's online-cv `_data/data.yml`: top-level
// sections, each a `title:` over a list of entries; modern-resume-theme's `_config.yml`: `content:` a
// list of titled sections; a Hugo `data/resume.yaml`). No one schema holds, so this reads by shape: a top-level key or its `title` that names a resume section is a section; the first list
// under it holds its entries; an entry's organisation, role and dates come from the field names every
// such schema uses; its bullets are `highlights`, or the Markdown list items of its text fields.
import { isMap, isScalar, isSeq, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Profile, SectionKind } from '../../document/types';
import { DocumentAssembler, dateRangeFromFields, dateRangeIn, noteNetworkAccount } from '../assemble';
import { joinMapped } from '../mapped-chars';
import { headingKind } from '../section-kind';
import { NARRATIVE_KINDS } from '../../document/section-kinds';
import { stripInlineMarkdown } from '../strings';
import type { StringToken } from '../string-tokens';
import { listItemsIn } from '../list-items';
import { addBullet, dateField, scalarText, type ScalarText } from './scalar';


const ORGANISATION = ['company', 'employer', 'organization', 'organisation', 'institution', 'university', 'school', 'name', 'title', 'awarder', 'issuer', 'publisher', 'label'];
const ROLE = ['position', 'role', 'sub_title', 'subtitle'];
const DEGREE = ['degree', 'studyType'];
const START = ['startDate', 'start_date', 'start', 'from', 'begin'];
const END = ['endDate', 'end_date', 'end', 'to'];
/** One field holding the whole span ("Oct 2024 - Present") or a single date. */
const SPAN = ['date', 'time', 'dates', 'period', 'year', 'releaseDate', 'caption'];
/** Text fields that hold an entry's description: its bullets when written as a Markdown list. */
const TEXT = ['summary', 'details', 'description', 'tagline', 'intro'];
/** Keys of a section map that hold its entries, when the section is not a list itself. */
const ENTRY_LISTS = ['info', 'items', 'entries', 'history', 'list', 'content', 'contents'];

/** Keys that hold the person (name and contacts) rather than a section. */
const PERSON = new Set(['basics', 'sidebar', 'header', 'contact', 'about', 'person', 'private', 'personal_info', 'contacts']);
/** Top-level text fields that hold the summary paragraph. */
const SUMMARY_KEYS = new Set(['summary', 'tagline', 'about', 'bio', 'profile', 'objective', 'description']);

/**
 * True when a YAML document is a resume in one of these shapes: YAMLResume's `content:`, two sections,
 * or (al-folio's `_data/cv.yml`) a top-level list of titled sections.
 */
export function isDataYamlResume(root: YAMLMap | YAMLSeq): boolean {
  const content = isMap(root) ? root.get('content', true) : root;
  const sections = isMap(content) ? content : root;
  const kinds = new Set(
    isSeq(content) ? content.items.map((item) => (isMap(item) ? listedSectionKind(item) : undefined)) : isMap(sections) ? sections.items.map(sectionKindOf) : [],
  );
  // Two different resume sections, one of them work or education: a CI file's "stages" and "jobs" are not.
  const resumeKinds = ['experience', 'education', 'projects', 'skills'].filter((k) => kinds.has(k as SectionKind));
  return resumeKinds.length >= 2 && (kinds.has('experience') || kinds.has('education'));
}

export function readDataYaml(text: string, root: YAMLMap | YAMLSeq, assembler: DocumentAssembler, strings: StringToken[], profile: Profile): void {
  if (isSeq(root)) {
    readSectionList(text, undefined, root.items, assembler, strings, profile);
    return;
  }
  const content = root.get('content', true);
  if (isSeq(content)) {
    readSectionList(text, root, content.items, assembler, strings, profile);
    return;
  }
  const sections = isMap(content) ? content : root;
  if (isMap(content)) {
    const location = content.get('location', true);
    if (isMap(location)) profile.location = placeOf(location);
    const profiles = content.get('profiles', true);
    if (isSeq(profiles)) readProfiles(profiles.items, profile);
  }
  // A theme's data file keeps the person at its top level ("name:", "email:").
  if (!isMap(content)) readPerson(root, profile);
  for (const pair of sections.items) {
    const key = pair.key as YamlNode | null;
    const value = pair.value as YamlNode | null;
    if (!isScalar(key) || !key.range) continue;
    const name = String(key.value);
    // A top-level "tagline: |" or "summary:" paragraph is the resume's summary.
    if (SUMMARY_KEYS.has(name) && isScalar(value) && String(value.value ?? '').trim().length >= 40) {
      summarySection(sections, assembler, name);
      continue;
    }
    if (PERSON.has(name) && isMap(value)) {
      readPerson(value, profile);
      summarySection(value, assembler);
      continue;
    }
    const kind = sectionKindOf(pair);
    if (!kind) continue;
    const keyRange = { start: key.range[0], end: key.range[1] };
    assembler.section(kind, titleOf(pair), keyRange, keyRange.start);
    readSectionBody(text, value, kind, assembler, strings);
  }
}

/**
 * A Jekyll site's `_config.yml` for a resume theme (modern-resume-theme): the person at the top level,
 * an `about_content` block, and `content:` a list of sections, each a `title` over its own `content`
 * list of entries (`title`, `sub_title`, `caption` for the dates, `description`).
 */
function readSectionList(text: string, root: YAMLMap | undefined, items: unknown[], assembler: DocumentAssembler, strings: StringToken[], profile: Profile): void {
  if (root) {
    readPerson(root, profile);
    summarySection(root, assembler, 'about_content');
  }
  for (const item of items) {
    if (!isMap(item)) continue;
    // al-folio's "General Information" (`type: map`): the person's details as name / value pairs.
    readNamedValues(item.get('contents', true), profile);
    const kind = listedSectionKind(item);
    const title = item.get('title', true);
    if (!kind || !isScalar(title) || !title.range) continue;
    assembler.section(kind, String(title.value), { start: title.range[0], end: title.range[1] }, item.range?.[0] ?? title.range[0]);
    readSectionBody(text, item, kind, assembler, strings);
  }
}

function listedSectionKind(item: YAMLMap): SectionKind | undefined {
  const title = item.get('title');
  if (typeof title !== 'string') return undefined;
  const kind = headingKind(title.replace(/&amp;/g, '&'));
  return kind === 'header' ? 'other' : kind;
}

function titleOf(pair: Pair): string {
  const value = pair.value as YamlNode | null;
  const title = isMap(value) ? value.get('title') : undefined;
  return typeof title === 'string' && title.trim() ? title : String((pair.key as { value?: unknown } | null)?.value ?? '');
}

function sectionKindOf(pair: Pair): SectionKind | undefined {
  const key = pair.key as YamlNode | null;
  if (!isScalar(key)) return undefined;
  const value = pair.value as YamlNode | null;
  if (!isMap(value) && !isSeq(value)) return undefined;
  const kind = headingKind(titleOf(pair).replace(/&amp;/g, '&')) ?? headingKind(String(key.value).replace(/[-_]/g, ' '));
  return kind === 'header' ? 'other' : kind;
}

function readSectionBody(text: string, value: YamlNode | null, kind: SectionKind, assembler: DocumentAssembler, strings: StringToken[]): void {
  let items: unknown[] = [];
  if (isSeq(value)) items = value.items;
  else if (isMap(value)) {
    for (const name of TEXT) readText(text, value.get(name, true), kind, assembler, strings, true);
    const list = ENTRY_LISTS.map((k) => value.get(k, true)).find(isSeq) ?? value.items.map((p) => p.value).find(isSeq);
    items = isSeq(list) ? list.items : [];
  }
  for (const item of items) {
    if (isScalar(item)) {
      if (NARRATIVE_KINDS.has(kind)) addBullet(text, item, assembler, strings);
    } else if (isMap(item)) readEntry(text, item, kind, assembler, strings);
  }
}

function readEntry(text: string, item: YAMLMap, kind: SectionKind, assembler: DocumentAssembler, strings: StringToken[]): void {
  const field = (keys: string[]): ScalarText | undefined => {
    for (const key of keys) {
      const node = item.get(key, true);
      if (isScalar(node)) {
        const s = scalarText(text, node);
        if (s?.mapped.text) return s;
      }
    }
    return undefined;
  };
  const organisation = field(ORGANISATION);
  // "company:" beside "title:": the title is the role held there.
  const title = field(['title']);
  const titleAsRole = organisation && organisation.token.start !== title?.token.start ? title : undefined;
  const position = field(ROLE) ?? titleAsRole;
  const degree = field(DEGREE);
  const area = field(['area']);
  const role = position?.mapped.text ?? (degree && area ? `${degree.mapped.text} in ${area.mapped.text}` : degree?.mapped.text ?? area?.mapped.text);
  const location = field(['location', 'city']);
  const pieces = [organisation, position, degree, area, location].filter((p): p is ScalarText => !!p);
  const range = { start: item.range?.[0] ?? 0, end: item.range?.[1] ?? 0 };
  if (organisation || position || degree) {
    const heading = joinMapped(pieces.map((p) => p.mapped), range.start);
    assembler.openEntry(
      { heading: { ...heading, range }, title: organisation?.mapped.text ?? role, organisation: organisation?.mapped.text, role, location: location?.mapped.text, dates: datesOf(text, field) },
      range,
    );
  }
  const highlights = item.get('highlights', true);
  const hasHighlights = isSeq(highlights) && highlights.items.length > 0;
  for (const name of TEXT) readText(text, item.get(name, true), kind, assembler, strings, hasHighlights);
  if (isSeq(highlights)) for (const h of highlights.items) if (isScalar(h)) addBullet(text, h, assembler, strings);
  assembler.closeEntry();
}

/** An entry's dates: a start and an end field, or one field holding the span as written. */
function datesOf(text: string, field: (keys: string[]) => ScalarText | undefined) {
  const start = field(START);
  const end = field(END);
  if (start || end) return dateRangeFromFields(dateField(text, start), dateField(text, end));
  const span = field(SPAN);
  return span ? dateRangeIn(stripInlineMarkdown(span.mapped)) : undefined;
}

/**
 * A text field: its Markdown list items are bullets; a text with none is one bullet in a narrative
 * section when nothing else gives the entry bullets (`overviewOnly`: a `highlights` list does).
 */
function readText(text: string, node: unknown, kind: SectionKind, assembler: DocumentAssembler, strings: StringToken[], overviewOnly: boolean): void {
  if (isSeq(node)) {
    for (const item of node.items) if (isScalar(item)) addBullet(text, item, assembler, strings);
    return;
  }
  if (!isScalar(node)) return;
  const s = scalarText(text, node);
  if (!s?.mapped.text) return;
  const items = s.token.style === 'block' || s.token.style === 'plain' ? listItemsIn(text, s.token.contentStart, s.token.contentEnd) : [];
  if (items.length) {
    strings.push(s.token);
    for (const item of items) assembler.bullet(stripInlineMarkdown(item.mapped), item.range, 0, item.markerRange);
    return;
  }
  if (NARRATIVE_KINDS.has(kind) && !overviewOnly) addBullet(text, node, assembler, strings);
}

/** `basics.summary` (YAMLResume) or a `summary` in the person's map: a summary section of its own. */
function summarySection(person: YAMLMap, assembler: DocumentAssembler, name = 'summary'): void {
  const pair = person.items.find((p) => isScalar(p.key) && p.key.value === name);
  const key = pair?.key as YamlNode | undefined;
  const value = pair?.value as YamlNode | undefined;
  if (!key?.range || !isScalar(value) || !value.range || !String(value.value ?? '').trim()) return;
  assembler.section('summary', 'summary', { start: key.range[0], end: key.range[1] }, key.range[0]);
  // The rest of the person's fields (birth date, picture) stay outside the summary.
  assembler.section('other', 'basics', undefined, value.range[1]);
}

function readPerson(person: YAMLMap, profile: Profile): void {
  const str = (...keys: string[]) => {
    for (const key of keys) {
      const v = person.get(key);
      if ((typeof v === 'string' && v.trim()) || typeof v === 'number') return String(v);
    }
    return undefined;
  };
  profile.name ??= str('name');
  profile.email ??= str('email');
  profile.phone ??= str('phone');
  profile.website ??= str('url', 'website');
  profile.linkedin ??= str('linkedin');
  profile.github ??= str('github');
  const location = person.get('location', true);
  if (isMap(location)) profile.location ??= placeOf(location);
  else profile.location ??= str('location');
  const profiles = person.get('profiles', true);
  if (isSeq(profiles)) readProfiles(profiles.items, profile);
}

/** Contact details written as `- name: E-mail` / `value: …` pairs. */
function readNamedValues(contents: unknown, profile: Profile): void {
  if (!isSeq(contents)) return;
  for (const pair of contents.items) {
    if (!isMap(pair)) continue;
    const name = pair.get('name');
    const value = pair.get('value');
    if (typeof name !== 'string' || (typeof value !== 'string' && typeof value !== 'number')) continue;
    const v = String(value).trim();
    if (/^(?:full )?name$/i.test(name)) profile.name ??= v;
    else if (/e-?mail/i.test(name)) profile.email ??= v;
    else if (/phone|mobile|tel/i.test(name)) profile.phone ??= v;
    else if (/linkedin/i.test(name)) noteNetworkAccount(profile, 'linkedin', v);
    else if (/github/i.test(name)) noteNetworkAccount(profile, 'github', v);
    else if (/web ?site|homepage|portfolio/i.test(name)) profile.website ??= v;
    else if (/^(?:city|location|address)$/i.test(name)) profile.location ??= v;
  }
}

function readProfiles(items: unknown[], profile: Profile): void {
  for (const item of items) {
    if (!isMap(item)) continue;
    noteNetworkAccount(profile, String(item.get('network') ?? ''), item.get('url') ?? item.get('username'));
  }
}

function placeOf(location: YAMLMap): string | undefined {
  return ['city', 'region', 'country', 'countryCode'].map((k) => location.get(k)).filter((v) => typeof v === 'string' && v.trim()).join(', ') || undefined;
}
