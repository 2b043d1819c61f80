// YAML resume → ResumeDocument; RenderCV's `cv:` file here, other schemas (YAMLResume, theme data
// files) in data-yaml.ts. The `yaml` package gives every node its source range; bullets are the strings
// of `highlights` (and an entry's `summary`, and `bullet:` entries), entries come from
// company/position/institution/name and the date fields, the profile from `cv`.
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import type { Profile, ResumeDocument, SectionKind } from '../../document/types';
import { headingKind } from '../section-kind';
import { NARRATIVE_KINDS } from '../../document/section-kinds';
import { DocumentAssembler, dateRangeFromFields, noteNetworkAccount } from '../assemble';
import { joinMapped } from '../mapped-chars';
import { escapeYamlDouble } from '../strings';
import { rememberTokens, type StringToken } from '../string-tokens';
import { readDataYaml } from './data-yaml';
import { addBullet, dateField, scalarText, type ScalarText } from './scalar';


export function parseRenderCv(text: string): ResumeDocument {
  const assembler = new DocumentAssembler(text);
  const strings: StringToken[] = [];
  const profile: Profile = {};
  let root: YamlNode | null = null;
  try {
    root = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false }).contents as YamlNode | null;
  } catch {
    root = null;
  }
  const cv = isMap(root) ? (root.get('cv', true) as YamlNode | undefined) : undefined;
  if (isMap(cv)) {
    readProfile(cv, profile);
    const sections = cv.get('sections', true) as YamlNode | undefined;
    if (isMap(sections)) {
      for (const pair of sections.items) readSection(text, pair, assembler, strings);
    }
  } else if (isMap(root) || isSeq(root)) readDataYaml(text, root, assembler, strings, profile);
  const doc = assembler.finish('rendercv', escapeYamlDouble, profile, undefined, true);
  rememberTokens(doc, strings);
  return doc;
}

function readProfile(cv: YAMLMap, profile: Profile): void {
  const str = (key: string) => {
    const v = cv.get(key);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : undefined;
  };
  profile.name = str('name');
  profile.email = str('email');
  profile.phone = str('phone');
  profile.website = str('website');
  profile.location = str('location');
  const social = cv.get('social_networks', true);
  if (isSeq(social)) {
    for (const item of social.items) {
      if (!isMap(item)) continue;
      noteNetworkAccount(profile, String(item.get('network') ?? ''), item.get('username'));
    }
  }
}

function readSection(text: string, pair: Pair, assembler: DocumentAssembler, strings: StringToken[]): void {
  const key = pair.key as YamlNode | null;
  if (!isScalar(key) || !key.range) return;
  const title = String(key.value);
  const kind = headingKind(title.replace(/_/g, ' ')) ?? 'other';
  const keyRange = { start: key.range[0], end: key.range[1] };
  assembler.section(kind, title, keyRange, keyRange.start);
  const value = pair.value as YamlNode | null;
  if (!isSeq(value)) return;
  for (const item of value.items) {
    if (isScalar(item)) {
      // A text entry: a paragraph (summary) or, in a narrative section, a line that reads as a bullet.
      if (NARRATIVE_KINDS.has(kind)) addBullet(text, item, assembler, strings);
      continue;
    }
    if (!isMap(item)) continue;
    const bullet = item.get('bullet', true);
    if (isScalar(bullet)) {
      addBullet(text, bullet, assembler, strings);
      continue;
    }
    readEntry(text, item, kind, assembler, strings);
  }
}

function readEntry(text: string, item: YAMLMap, kind: SectionKind, assembler: DocumentAssembler, strings: StringToken[]): void {
  const field = (key: string): ScalarText | undefined => {
    const node = item.get(key, true);
    return isScalar(node) ? scalarText(text, node) : undefined;
  };
  const company = field('company') ?? field('institution') ?? field('name') ?? field('title') ?? field('label');
  const position = field('position');
  const degree = field('degree');
  const area = field('area');
  const role = position?.mapped.text ?? (degree && area ? `${degree.mapped.text} in ${area.mapped.text}` : degree?.mapped.text ?? area?.mapped.text);
  const pieces = [company, position, degree, area, field('location')].filter((p): p is ScalarText => !!p);
  const range = { start: item.range?.[0] ?? 0, end: item.range?.[1] ?? 0 };
  const date = field('date');
  const start = field('start_date');
  const end = field('end_date');
  const dates = date ? dateRangeFromFields(dateField(text, date), undefined) : dateRangeFromFields(dateField(text, start), dateField(text, end));
  // A lone `date` is the date itself: it ends where it starts, unless it says it goes on ("Since Feb
  // 2024", "2024 –", "2023 – present"). A range written in it keeps its own end.
  if (date && dates) {
    const value = date.token.value;
    dates.current = /present|current|now|ongoing/i.test(value) || /^\s*(?:since|from)\b/i.test(value) || /[–—-]\s*$/.test(value);
    dates.end = dates.current ? undefined : (dates.end ?? dates.start);
  }
  const heading = joinMapped(pieces.map((p) => p.mapped), range.start);
  if (company || position || degree) {
    assembler.openEntry(
      {
        heading: { ...heading, range },
        title: company?.mapped.text ?? role,
        organisation: company?.mapped.text,
        role,
        location: field('location')?.mapped.text,
        dates,
      },
      range,
    );
  }
  // `summary` is an overview; it reads as the entry's bullet only when there are no highlights.
  const highlights = item.get('highlights', true);
  const summary = item.get('summary', true);
  if (isScalar(summary) && NARRATIVE_KINDS.has(kind) && !(isSeq(highlights) && highlights.items.length)) addBullet(text, summary, assembler, strings);
  if (isSeq(highlights)) for (const h of highlights.items) if (isScalar(h)) addBullet(text, h, assembler, strings);
  assembler.closeEntry();
}

