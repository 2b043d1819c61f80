// JSON Resume → ResumeDocument. jsonc-parser gives every value its offset and length (and tolerates
// comments and trailing commas); bullets are the strings of `highlights` (and an entry's `summary`) in
// work, volunteer and projects; the profile comes from `basics`. FRESH resumes (HackMyResume's schema:
// `info`, `contact`, sections as `{ "history": [...] }`, `start`/`end`, `employer`) read the same way.
import { parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { MappedText, Profile, ResumeDocument, SectionKind } from '../../document/types';
import { DocumentAssembler, dateRangeFromFields, noteNetworkAccount } from '../assemble';
import { CharCollector, joinMapped } from '../mapped-chars';
import { decodeDoubleQuoted, escapeJsonString } from '../strings';
import { headingKind } from '../section-kind';
import { htmlItems, looksLikeHtml } from '../html-text';
import { rememberTokens, type StringToken } from '../string-tokens';

/** Sections JSON Resume themes render, with their kind. */
const SECTION_KINDS: Record<string, SectionKind> = {
  work: 'experience', volunteer: 'leadership', education: 'education', projects: 'projects', skills: 'skills',
  awards: 'awards', certificates: 'certifications', publications: 'publications', languages: 'skills',
  interests: 'other', references: 'references',
  // FRESH's names
  employment: 'experience', service: 'leadership', recognition: 'awards', writing: 'publications', speaking: 'other',
  affiliation: 'leadership', testimonials: 'references',
};
const BULLET_SECTIONS = new Set(['work', 'volunteer', 'projects', 'employment', 'service']);
/** FRESH keeps a section's entries under `history` (employment, education, service) or `sets` (skills). */
const FRESH_LISTS = ['history', 'sets'];

export function parseJsonResume(text: string): ResumeDocument {
  const assembler = new DocumentAssembler(text);
  const strings: StringToken[] = [];
  const profile: Profile = {};
  let root: JsonNode | undefined;
  try {
    root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  } catch {
    root = undefined;
  }
  if (root?.type === 'object') {
    for (const prop of root.children ?? []) {
      const [key, value] = prop.children ?? [];
      if (!key || !value || typeof key.value !== 'string') continue;
      if (key.value === 'basics' && value.type === 'object') {
        readBasics(text, value, profile);
        summarySection(value, assembler, 'summary');
      }
      if (key.value === 'info' && value.type === 'object') summarySection(value, assembler, 'brief', 'quote');
      if (key.value === 'contact' && value.type === 'object') readBasics(text, value, profile);
      if (key.value === 'name' && value.type === 'string') profile.name ??= String(value.value);
      if (key.value === 'social') readProfiles(value, profile);
      if (key.value === 'location' && value.type === 'object') profile.location ??= placeOf(value);
      if (key.value === 'sections' && value.type === 'object') {
        readBuilderSections(text, value, assembler, strings);
        continue;
      }
      const kind = SECTION_KINDS[key.value];
      if (!kind || !hasContent(value)) continue;
      assembler.section(kind, key.value, { start: key.offset, end: key.offset + key.length }, prop.offset);
      const list = value.type === 'object' ? FRESH_LISTS.map((name) => property(value, name)).find((v) => v?.type === 'array') : value;
      if (list?.type !== 'array') continue;
      for (const item of list.children ?? []) {
        if (item.type === 'object') readEntry(text, key.value, kind, item, assembler, strings);
      }
    }
  }
  const doc = assembler.finish('jsonresume', escapeJsonString, profile, undefined, true);
  rememberTokens(doc, strings);
  return doc;
}

/**
 * `basics.summary` (FRESH: `info.brief`) is the resume's summary: read as a summary section of its own,
 * so the rules that read a summary (first person, self-description, fillers) read it. The rest of
 * `basics` after it stays outside (an "other" section up to the end of `basics`), never mistaken for
 * summary prose.
 */
function summarySection(basics: JsonNode, assembler: DocumentAssembler, ...names: string[]): void {
  const texts = (basics.children ?? []).filter((p) => names.includes(String(p.children?.[0]?.value)) && p.children?.[1]?.type === 'string' && String(p.children[1].value).trim());
  if (!texts.length) return;
  const key = texts[0].children![0];
  const last = texts[texts.length - 1].children![1];
  assembler.section('summary', 'summary', { start: key.offset, end: key.offset + key.length }, key.offset);
  // The rest of `basics` runs up to the next top-level key, which opens its own section.
  assembler.section('other', 'basics', undefined, last.offset + last.length);
}

/**
 * Reactive Resume's export: `sections` maps each section's id to `{ name, items: [...] }` (the summary
 * to `{ name, content }`), entries with a one-field `date` span and rich-text `summary` in HTML.
 */
function readBuilderSections(text: string, sections: JsonNode, assembler: DocumentAssembler, strings: StringToken[]): void {
  for (const prop of sections.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (!key || value?.type !== 'object' || typeof key.value !== 'string') continue;
    const name = stringValue(value, 'name') ?? key.value;
    const kind = (key.value === 'summary' ? 'summary' : undefined) ?? headingKind(name) ?? SECTION_KINDS[key.value];
    const items = property(value, 'items');
    const content = property(value, 'content');
    const hasItems = items?.type === 'array' && (items.children?.length ?? 0) > 0;
    if (!kind || (!hasItems && !(content?.type === 'string' && String(content.value).trim()))) continue;
    assembler.section(kind, name, { start: key.offset, end: key.offset + key.length }, prop.offset);
    for (const item of hasItems ? items!.children ?? [] : []) {
      if (item.type !== 'object' || property(item, 'visible')?.value === false) continue;
      readEntry(text, kind === 'experience' || kind === 'projects' || kind === 'leadership' ? 'work' : key.value, kind, item, assembler, strings);
    }
  }
}

function hasContent(node: JsonNode): boolean {
  return (node.type === 'array' || node.type === 'object') && (node.children?.length ?? 0) > 0;
}

function property(node: JsonNode, name: string): JsonNode | undefined {
  for (const prop of node.children ?? []) {
    const [key, value] = prop.children ?? [];
    if (key?.value === name) return value;
  }
  return undefined;
}

function stringValue(node: JsonNode, name: string): string | undefined {
  const v = property(node, name);
  return v?.type === 'string' && typeof v.value === 'string' && v.value.trim() ? v.value : undefined;
}

function readBasics(text: string, basics: JsonNode, profile: Profile): void {
  void text;
  profile.name ??= stringValue(basics, 'name');
  profile.email ??= stringValue(basics, 'email');
  profile.phone ??= stringValue(basics, 'phone');
  profile.website ??= stringValue(basics, 'url') ?? stringValue(basics, 'website');
  const location = property(basics, 'location');
  if (location?.type === 'object') profile.location ??= placeOf(location);
  readProfiles(property(basics, 'profiles'), profile);
}

function placeOf(location: JsonNode): string | undefined {
  return [stringValue(location, 'city'), stringValue(location, 'region'), stringValue(location, 'countryCode') ?? stringValue(location, 'country')].filter(Boolean).join(', ') || undefined;
}

/** `basics.profiles` (FRESH: `social`): the LinkedIn and GitHub accounts. */
function readProfiles(profiles: JsonNode | undefined, profile: Profile): void {
  for (const p of profiles?.children ?? []) {
    if (p.type !== 'object') continue;
    noteNetworkAccount(profile, stringValue(p, 'network') ?? '', stringValue(p, 'url') ?? stringValue(p, 'username') ?? stringValue(p, 'user'));
  }
}

function readEntry(text: string, section: string, kind: SectionKind, item: JsonNode, assembler: DocumentAssembler, strings: StringToken[]): void {
  const field = (name: string) => {
    const v = property(item, name);
    return v?.type === 'string' ? stringText(text, v) : undefined;
  };
  const org = field('name') ?? field('organization') ?? field('institution') ?? field('company') ?? field('employer') ?? field('title');
  const position = field('position');
  // FRESH names a degree `title` beside the `institution`.
  const studyType = field('studyType') ?? (org && property(item, 'institution') ? field('title') : undefined);
  const area = field('area');
  const role = position?.mapped.text ?? (studyType && area ? `${studyType.mapped.text} in ${area.mapped.text}` : studyType?.mapped.text ?? area?.mapped.text);
  const range = { start: item.offset, end: item.offset + item.length };
  const asField = (s?: { token: StringToken }) => (s ? { raw: s.token.value, range: { start: s.token.start, end: s.token.end } } : undefined);
  const dates = dateRangeFromFields(asField(field('startDate') ?? field('start')), asField(field('endDate') ?? field('end') ?? field('date')));
  const pieces = [org, position, studyType, area].filter((p): p is { mapped: MappedText; token: StringToken } => !!p);
  const heading = joinMapped(pieces.map((p) => p.mapped), range.start);
  if (org || position || studyType) {
    assembler.openEntry(
      { heading: { ...heading, range }, title: org?.mapped.text ?? role, organisation: org?.mapped.text, role, location: field('location')?.mapped.text, dates },
      range,
    );
  }
  if (BULLET_SECTIONS.has(section)) {
    // `summary` (a project's `description`, in the schema) is an overview; it reads as the entry's bullet
    // only when there are no highlights.
    const highlights = property(item, 'highlights');
    const summary = [property(item, 'summary'), property(item, 'description')].find((p) => p?.type === 'string');
    if (summary && !highlights?.children?.length) addBullet(text, summary, assembler, strings);
    for (const h of highlights?.children ?? []) if (h.type === 'string') addBullet(text, h, assembler, strings);
  }
  void kind;
  assembler.closeEntry();
}

function addBullet(text: string, node: JsonNode, assembler: DocumentAssembler, strings: StringToken[]): void {
  const s = stringText(text, node);
  if (!s.mapped.text) return;
  strings.push(s.token);
  if (looksLikeHtml(s.mapped.text)) {
    // A builder's rich text: each list item (or paragraph) is a bullet.
    const raw = new CharCollector();
    decodeDoubleQuoted(text.slice(node.offset + 1, node.offset + node.length - 1), node.offset + 1, raw, false);
    const { chars, offsets } = raw.entries();
    for (const item of htmlItems(chars, offsets)) assembler.bullet(item, { start: item.offsets[0], end: item.offsets[item.text.length] });
    return;
  }
  assembler.bullet(s.mapped, { start: s.token.contentStart, end: s.token.contentEnd });
}

/** A JSON string token's value with each character mapped to its source offset (escapes included). */
export function stringText(text: string, node: JsonNode): { mapped: MappedText; token: StringToken } {
  const start = node.offset;
  const end = node.offset + node.length;
  const out = new CharCollector();
  decodeDoubleQuoted(text.slice(start + 1, end - 1), start + 1, out, false);
  return {
    mapped: out.build(end - 1, false),
    token: { start, end, contentStart: start + 1, contentEnd: end - 1, style: 'json', value: String(node.value ?? '') },
  };
}

