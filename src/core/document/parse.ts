// Markdown → ResumeDocument, in one pass over the mdast tree from unified + remark.
// Sections come from headings whose text names a section kind; deeper headings, bold lines and
// bold list items that carry nested lists open entries; list items, pasted glyph lines (•, –) and
// table cells are bullets.

import { parseDocument } from 'yaml';
import type { Root, RootContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, Html, Node } from 'mdast';
import type { Bullet, Comment, Entry, FrontMatter, MappedText, ResumeDocument, Section, SectionKind } from './types';
import type { OffsetRange } from '../types';
import { createLineIndex } from '../text/line-index';
import { MappedTextBuilder, sliceMapped, trimMapped } from '../text/mapped';
import { exactSectionKindOf, sectionKindOf } from './section-kinds';
import { findDateRange } from './dates';
import { extractProfile } from './profile';
import { parseMarkdown } from './markdown';
import { boundedSource } from '../guards/bounded-source';

export { parseMarkdown };

const GLYPH_BULLET = /^[ \t]*([•●▪■◦·‣►▸➢➤✓✔–—])[ \t]+/;
const TAG_COMMENT = /<!--\s*tags?\s*:\s*([^>]*?)\s*-->/i;

export function parseResume(text: string): ResumeDocument {
  // Parsed: the bounded source (same offsets; cut and neutralised past src/core/limits.ts).
  const tree = parseMarkdown(boundedSource(text).text);
  return new ResumeBuilder(text).build(tree);
}

class ResumeBuilder {
  private sections: Section[] = [];
  private bullets: Bullet[] = [];
  private comments: Comment[] = [];
  private frontMatter: FrontMatter = { data: {} };
  private section!: Section;
  private entry: Entry | undefined;
  /** Entry heading seen, no bullet yet: short paragraphs after it are part of its header (role, dates). */
  private entryOpen = false;
  private headingSeen = false;

  constructor(private readonly text: string) {}

  build(tree: Root): ResumeDocument {
    const sectionLevel = this.sectionLevel(tree);
    this.section = this.newSection('header', '', 0, undefined, 0);
    for (const node of tree.children) this.visitBlock(node, sectionLevel);
    this.closeRanges();
    const lines = createLineIndex(this.text);
    const doc: ResumeDocument = {
      text: this.text,
      frontMatter: this.frontMatter,
      profile: {},
      sections: this.sections,
      bullets: this.bullets,
      comments: this.comments,
      lines,
    };
    doc.profile = extractProfile(doc);
    return doc;
  }

  /** The heading depth used for sections: the shallowest one whose text names a section kind. */
  private sectionLevel(tree: Root): number {
    let level = 7;
    let shallowest = 7;
    for (const node of tree.children) {
      if (node.type !== 'heading') continue;
      shallowest = Math.min(shallowest, node.depth);
      if (sectionKindOf(this.inlineText(node.children).text)) level = Math.min(level, node.depth);
    }
    if (level < 7) return level;
    return shallowest === 1 ? 2 : shallowest;
  }

  private visitBlock(node: RootContent, sectionLevel: number): void {
    switch (node.type) {
      case 'yaml':
        this.frontMatter = this.parseFrontMatter(node.value, range(node));
        return;
      case 'heading':
        return this.visitHeading(node, sectionLevel);
      case 'list':
        return this.visitList(node, 0);
      case 'paragraph':
        return this.visitParagraph(node, sectionLevel);
      case 'table':
        return this.visitTable(node);
      case 'html':
        return this.visitHtml(node);
      case 'blockquote':
        for (const child of node.children) this.visitBlock(child, sectionLevel);
        return;
      default:
        return;
    }
  }

  private visitHeading(node: Heading, sectionLevel: number): void {
    const heading = trimMapped(this.inlineText(node.children));
    const kind = sectionKindOf(heading.text);
    // The person's name: a heading above the section level, or the first heading of the resume when it
    // names no section ("# Priya Raman" followed by "# Experience").
    const isName = !kind && (node.depth < sectionLevel || (this.section.kind === 'header' && !this.headingSeen));
    this.headingSeen = true;
    if (isName) return;
    if (node.depth <= sectionLevel) {
      this.section = this.newSection(kind ?? 'other', heading.text, node.depth, range(node), start(node));
      return;
    }
    this.openEntry(heading, range(node));
  }

  private visitParagraph(node: Paragraph, sectionLevel: number): void {
    const mapped = this.inlineText(node.children);
    // Resumes converted from Word often mark sections with a bold line ("**EXPERIENCE**") instead of a heading.
    const boldSection = this.boldSectionLine(node, mapped);
    if (boldSection) {
      this.section = this.newSection(boldSection, trimMapped(mapped).text, sectionLevel, range(node), start(node));
      return;
    }
    const lines = splitLines(mapped);
    const glyphLines = lines.filter((l) => GLYPH_BULLET.test(l.text));
    if (glyphLines.length) {
      for (const line of lines) {
        const m = GLYPH_BULLET.exec(line.text);
        if (!m) {
          if (line.text.trim()) this.maybeEntryLine(trimMapped(line), node);
          continue;
        }
        const content = trimMapped(sliceMapped(line, m[0].length, line.text.length));
        const markerStart = line.offsets[m[0].indexOf(m[1])];
        this.addBullet(content, 'glyph', 0, { start: markerStart, end: markerStart + m[1].length });
      }
      return;
    }
    this.maybeEntryLine(trimMapped(mapped), node);
  }

  /** The section kind a paragraph names when it is one bold line of an exact section synonym. */
  private boldSectionLine(node: Paragraph, mapped: MappedText): SectionKind | undefined {
    const content = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    if (content.length !== 1 || content[0].type !== 'strong' || mapped.text.includes('\n')) return undefined;
    return exactSectionKindOf(mapped.text.replace(/:\s*$/, ''));
  }

  /** A bold line or a short dated line opens an entry; right after an entry heading it adds detail. */
  private maybeEntryLine(line: MappedText, node: Paragraph): void {
    if (!line.text || this.section.kind === 'header') return;
    const first = node.children.find((c) => !(c.type === 'text' && !c.value.trim()));
    const bold = first?.type === 'strong' || (first?.type === 'emphasis' && !this.entryOpen);
    const dated = line.text.length < 160 && !!findDateRange(line.text);
    const r = { start: line.offsets[0], end: line.offsets[line.text.length] };
    if (this.entryOpen && this.entry && line.text.length < 200) {
      this.extendEntryHeading(this.entry, line, r);
      return;
    }
    if (bold || dated) this.openEntry(line, r);
  }

  private visitList(list: List, depth: number): void {
    for (const item of list.children) this.visitListItem(item, depth);
  }

  private visitListItem(item: ListItem, depth: number): void {
    const para = item.children[0]?.type === 'paragraph' ? (item.children[0] as Paragraph) : undefined;
    const nested = item.children.filter((c): c is List => c.type === 'list');
    const mapped = para ? trimMapped(this.inlineText(para.children)) : undefined;
    // "- **Acme** — Engineer (2023–2024)" with sub-bullets is an entry, not a bullet.
    if (para && mapped && nested.length && this.looksLikeEntryLine(para, mapped)) {
      this.openEntry(mapped, range(para));
      for (const list of nested) this.visitList(list, depth + 1);
      return;
    }
    if (para && mapped?.text) {
      const markerStart = start(item);
      const markerEnd = this.markerEnd(markerStart, start(para));
      this.addBullet(mapped, 'list', depth, { start: markerStart, end: markerEnd }, range(para));
    }
    for (const child of item.children.slice(para ? 1 : 0)) {
      if (child.type === 'list') this.visitList(child, depth + 1);
      else if (child.type === 'paragraph') {
        // A second paragraph of a loose item: continuation text, not a bullet of its own.
        this.collectComments(child.children);
      } else if (child.type === 'html') this.visitHtml(child);
    }
  }

  private looksLikeEntryLine(para: Paragraph, mapped: MappedText): boolean {
    const first = para.children[0];
    const allStrong = para.children.every((c) => c.type === 'strong' || (c.type === 'text' && !c.value.trim()));
    const dated = mapped.text.length < 160 && !!findDateRange(mapped.text);
    return allStrong || (first?.type === 'strong' && (dated || mapped.text.length < 120));
  }

  private visitTable(table: Table): void {
    const bulletSection = isNarrativeKind(this.section.kind);
    table.children.forEach((row, rowIndex) => {
      for (const cell of row.children) {
        const mapped = this.inlineText(cell.children);
        for (const piece of splitLines(mapped)) {
          const m = GLYPH_BULLET.exec(piece.text) ?? /^[ \t]*([-*+])[ \t]+/.exec(piece.text);
          if (m) {
            const content = trimMapped(sliceMapped(piece, m[0].length, piece.text.length));
            const markerStart = piece.offsets[m[0].indexOf(m[1])];
            if (content.text) this.addBullet(content, 'table', 0, { start: markerStart, end: markerStart + 1 });
          } else if (bulletSection && rowIndex > 0 && wordCount(piece.text) >= 5) {
            const content = trimMapped(piece);
            this.addBullet(content, 'table', 0);
          }
        }
      }
    });
  }

  private visitHtml(node: Html): void {
    if (!node.value.trimStart().startsWith('<!--')) return;
    const r = range(node);
    this.comments.push({ text: node.value, range: r });
    const tags = TAG_COMMENT.exec(node.value);
    if (tags && this.entry && this.entryOpen) this.entry.tags.push(...splitTags(tags[1]));
  }

  private openEntry(heading: MappedText, r: OffsetRange): void {
    const entry: Entry = {
      heading: { ...heading, range: r },
      bullets: [],
      section: this.section,
      tags: tagsIn(this.text.slice(r.start, r.end)),
      range: { start: r.start, end: r.end },
    };
    fillEntryFields(entry);
    this.section.entries.push(entry);
    this.entry = entry;
    this.entryOpen = true;
  }

  private extendEntryHeading(entry: Entry, line: MappedText, r: OffsetRange): void {
    const joined: MappedText = {
      text: `${entry.heading.text}\n${line.text}`,
      offsets: [...entry.heading.offsets.slice(0, -1), entry.heading.offsets[entry.heading.text.length], ...line.offsets],
    };
    entry.heading = { ...joined, range: { start: entry.heading.range.start, end: r.end } };
    entry.tags.push(...tagsIn(this.text.slice(r.start, r.end)));
    entry.range.end = Math.max(entry.range.end, r.end);
    fillEntryFields(entry);
  }

  private addBullet(mapped: MappedText, source: Bullet['source'], depth: number, marker?: OffsetRange, content?: OffsetRange): void {
    if (!mapped.text) return;
    const r = content ?? { start: mapped.offsets[0], end: mapped.offsets[mapped.text.length] };
    const tags = tagsIn(this.text.slice(r.start, r.end));
    const bullet: Bullet = {
      text: mapped.text,
      offsets: mapped.offsets,
      range: r,
      markerRange: marker,
      source,
      depth,
      section: this.section,
      entry: this.entry,
      index: this.bullets.length,
      tags,
    };
    this.bullets.push(bullet);
    this.section.bullets.push(bullet);
    if (this.entry) {
      this.entry.bullets.push(bullet);
      this.entry.range.end = Math.max(this.entry.range.end, r.end);
    }
    this.entryOpen = false;
  }

  private newSection(kind: SectionKind, title: string, level: number, headingRange: OffsetRange | undefined, at: number): Section {
    const section: Section = { kind, title, level, headingRange, entries: [], bullets: [], range: { start: at, end: at } };
    this.sections.push(section);
    this.entry = undefined;
    this.entryOpen = false;
    return section;
  }

  private closeRanges(): void {
    for (let i = 0; i < this.sections.length; i++) {
      const next = this.sections[i + 1];
      this.sections[i].range.end = next ? next.range.start : this.text.length;
    }
  }

  private parseFrontMatter(value: string, r: OffsetRange): FrontMatter {
    const yamlDoc = parseDocument(value, { prettyErrors: false });
    const bodyStart = this.text.indexOf(value, r.start);
    if (yamlDoc.errors.length) {
      const err = yamlDoc.errors[0];
      const at = bodyStart >= 0 ? bodyStart + (err.pos?.[0] ?? 0) : r.start;
      const end = bodyStart >= 0 ? bodyStart + (err.pos?.[1] ?? value.length) : r.end;
      return {
        data: {},
        range: r,
        error: { message: `Front matter is not valid YAML: ${err.message.split('\n')[0]}`, range: { start: at, end: Math.max(end, at + 1) } },
      };
    }
    const data = yamlDoc.toJS();
    if (data !== null && data !== undefined && (typeof data !== 'object' || Array.isArray(data))) {
      return { data: {}, range: r, error: { message: 'Front matter must be a YAML mapping (key: value lines).', range: r } };
    }
    return { data: (data ?? {}) as Record<string, unknown>, range: r };
  }

  /** Plain text of inline content; records HTML comments it passes. */
  private inlineText(children: PhrasingContent[]): MappedText {
    const b = new MappedTextBuilder();
    const walk = (nodes: PhrasingContent[]) => {
      for (const node of nodes) {
        const s = start(node);
        const e = end(node);
        switch (node.type) {
          case 'text':
            b.appendAligned(node.value, this.text, s, e);
            break;
          case 'inlineCode': {
            const inner = this.text.indexOf(node.value, s);
            b.appendAligned(node.value, this.text, inner >= 0 && inner < e ? inner : s, e);
            break;
          }
          case 'break':
            b.appendSynthetic('\n', s);
            break;
          case 'html':
            if (/^<br\s*\/?>$/i.test(node.value.trim())) b.appendSynthetic('\n', s);
            else if (node.value.startsWith('<!--')) this.recordInlineComment(node.value, { start: s, end: e });
            break;
          case 'image':
          case 'imageReference':
          case 'footnoteReference':
            break;
          default:
            if ('children' in node) walk(node.children as PhrasingContent[]);
        }
      }
    };
    walk(children);
    return b.build();
  }

  private seenComments = new Set<number>();

  private recordInlineComment(text: string, r: OffsetRange): void {
    if (this.seenComments.has(r.start)) return; // inline text of a node can be read twice
    this.seenComments.add(r.start);
    this.comments.push({ text, range: r });
  }

  private collectComments(children: PhrasingContent[]): void {
    this.inlineText(children);
  }

  /** End of a list marker: "-", "1.", "* [ ]" up to where the content starts. */
  private markerEnd(itemStart: number, contentStart: number): number {
    const m = /^[ \t]*([-*+]|\d{1,9}[.)])/.exec(this.text.slice(itemStart, contentStart));
    return m ? itemStart + m[0].length : itemStart + 1;
  }
}

function start(node: Node): number {
  return node.position?.start.offset ?? 0;
}
function end(node: Node): number {
  return node.position?.end.offset ?? 0;
}
function range(node: Node): OffsetRange {
  return { start: start(node), end: end(node) };
}

function splitLines(m: MappedText): MappedText[] {
  const out: MappedText[] = [];
  let from = 0;
  for (let i = 0; i <= m.text.length; i++) {
    if (i === m.text.length || m.text[i] === '\n') {
      out.push(sliceMapped(m, from, i));
      from = i + 1;
    }
  }
  return out;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

function splitTags(list: string): string[] {
  return list
    .split(/[,\s]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
}

function tagsIn(source: string): string[] {
  const m = TAG_COMMENT.exec(source);
  return m ? splitTags(m[1]) : [];
}

export function isNarrativeKind(kind: SectionKind): boolean {
  return kind === 'experience' || kind === 'projects' || kind === 'research' || kind === 'leadership';
}

/** Title, organisation, role, location and dates from an entry heading such as
 * "Software Engineer Intern, Acme Corp — Toronto, ON | May 2024 – Aug 2024". */
function fillEntryFields(entry: Entry): void {
  const text = entry.heading.text;
  const found = findDateRange(text);
  if (found) {
    const { index, ...rest } = found;
    entry.dates = {
      ...rest,
      range: { start: entry.heading.offsets[index], end: entry.heading.offsets[index + found.raw.length - 1] + 1 },
    };
  }
  const withoutDates = found ? text.slice(0, found.index) + text.slice(found.index + found.raw.length) : text;
  const parts = withoutDates
    .split(/\s+[|—–-]\s+|\s+@\s+|\s+at\s+|\n|\s*[|·•]\s*|\(\s*\)/)
    .map((p) => p.replace(/^[\s,;:()*_]+|[\s,;:()*_]+$/g, ''))
    .filter(Boolean);
  const [first, second, ...rest] = parts;
  entry.title = first;
  const location = [second, ...rest].find((p) => p !== undefined && /^[A-Z][\w .'-]+,\s*[A-Z]{2}\b|^remote$/i.test(p));
  if (location) entry.location = location;
  if (second && !/^[A-Z][\w .'-]+,\s*[A-Z]{2}$/.test(second)) {
    // "Role, Company" written in one segment is common too.
    entry.organisation = second;
  } else if (first?.includes(',')) {
    const [a, b] = first.split(/,\s*/, 2);
    entry.title = a;
    entry.organisation = b;
  }
  if (entry.section.kind !== 'education') entry.role = entry.title;
}
