// Markdown → ResumeDocument, in one pass over the mdast tree from micromark (mdast-util-from-markdown).
//
// Layout is read from the tree and from the shape and style of each line, not from any one template:
// - sections: headings (ATX, setext, `<h3>`), bold lines, ALL-CAPS lines alone and HTML lines whose words
//   name a section, or whose content reads as work when the words name none (section-labels.ts);
//   the shallowest heading level that names a section is the section level, and a deeper heading inside
//   a section is an entry even when its name holds a section word ("Acme Technology");
// - entries: deeper headings, bold lines, short dated lines and bold list items with nested lists;
//   the lines right after an entry's title (role, place, dates, italic subtitle) are its fields;
// - bullets: list items, `<li>`, pasted glyph lines (•, ▪, –, ➢) with their wrapped continuation
//   lines, table cells, and in work-like sections the unmarked lines and paragraphs under an entry;
//   link-only lines, tech-stack and other "Label: value" lines, lead-ins and date lines are not.

import { parseYamlDocument as parseDocument } from '../incremental/memo';
import type { Root, RootContent, Heading, List, ListItem, Paragraph, PhrasingContent, Table, Html, Node, Code } from 'mdast';
import type { Bullet, Comment, Entry, FrontMatter, MappedText, ResumeDocument, Section, SectionKind } from './types';
import type { OffsetRange } from '../types';
import { createLineIndex } from '../text/line-index';
import { exactSectionKindOf, isGenericHeading, normalizeHeading, sectionKindOf } from './section-kinds';
import { DETAIL_LABEL, contentLines, isCapsLabel, isLabelShape, kindFromContent, rawLabel, type ContentKind } from './section-labels';
import { findDateRange } from './dates';
import { isAdmonitionLine } from './line-kinds';
import { extractProfile } from './profile';
import { parseMarkdown, parseMarkdownFragment } from './markdown';
import { vitaeEntries, type VitaeCell, type VitaeEntry } from './vitae-table';
import { BOLD, ITALIC, LINK, StyledTextBuilder, allStyled, renderPandocAttributes, leadingStyledLength, startsStyled, plain, sliceStyled, spanOf, styledLines, trimStyled, type StyledText } from './styled-text';
import { htmlBlocks } from './html-blocks';
import { tomlFrontMatter } from './toml-front-matter';
import { renderLatexInline } from './latex-inline';
import {
  GLYPH_BULLET,
  endsSentence,
  hasRoleWord,
  isDateLine,
  isDatedHeaderLine,
  isEntryTitleLine,
  isFieldLabel,
  isFieldLine,
  isItalicLine,
  isLeadIn,
  isLinkOnly,
  isRoleTitle,
  isOrgDateLine,
  isPointerLine,
  isReferencesLine,
  isShortFieldLine,
  isTermList,
  isTitleCase,
  LEGAL_FORM,
  wordCount,
} from './line-kinds';
import { boundedSource } from '../guards/bounded-source';
import { outlineAsMarkdown } from './outline';
import { lineFeatures } from './line-features';
import { readVerb } from '../nlp/verbs';
import { ACCOMPLISHMENT_THRESHOLD, CLASSIFY_LINES, accomplishmentScore } from './line-classifier';
import { documentReuseStats, movedCheckpoint, planReuse, rememberBuild, replayAfter, restoreBefore, restorePoint, sameCheckpoint, visitEnd, type Checkpoint, type Restored } from '../incremental/document-reuse';

export { parseMarkdown };

/** A school's name word: two of them are two degrees. */

const SCHOOL_NAME = /\b(?:University|College|Institute|Polytechnic|Universidade|Universidad|Universität|Université|Hochschule)\b/;
/** "#Experience": a heading missing its space; a line of hash tags ("#DevOps #SRE") is none. */
const HASHLESS_HEADING = /^(?![ \t]*#[\p{L}\p{N}_/-]+(?:[ \t]+#[\p{L}\p{N}_/-]+)+[ \t]*$)(#{1,6})(?=[^\s#])/u;
const TAG_COMMENT = /<!--\s*tags?\s*:\s*([^>]*?)\s*-->/i;
const SENTENCE_END_RE = /[.!?…]$/;
/** A template tag alone on its line: "{% hint style=\"success\" %}", "{%- endif -%}". */
const TEMPLATE_TAG_LINE = /^\s*\{%-?\s*[a-z_]\w*\b[^\n]*?-?%\}\s*$/;
const PANDOC_FENCE = /^\s*:{3,}\s*(?:\{[^}\n]*\}|[\w-]+)?\s*:*\s*$/;
const GENERIC_TITLE = /^(?:resume|résumé|cv|c\.v\.|curriculum vitae|curriculum|portfolio|my (?:resume|cv))$/i;

export interface ParseOptions {
  /** Drop work-section candidates the learned line classifier reads as no accomplishment (default: CLASSIFY_LINES, off: it did not beat the rules in cross-validation). */
  classifyLines?: boolean;
}

export function parseResume(text: string, options: ParseOptions = {}): ResumeDocument {
  // Parsed: the bounded source (same offsets; cut and neutralised past src/core/limits.ts).
  const bounded = boundedSource(text).text;
  const tree = parseMarkdown(outlineAsMarkdown(bounded) ?? bounded);
  return new ResumeBuilder(text, false, options.classifyLines ?? CLASSIFY_LINES).build(tree);
}

/** A candidate bullet with its classifier features and whether the hand-written line shapes reject it. */
export interface Candidate {
  bullet: Bullet;
  features: Map<string, number>;
  ruleReject: boolean;
}

/**
 * Every candidate bullet of the work-like sections as the parser meets it, the lines the rules reject
 * included, with the classifier's features: the training data of scripts/train-line-classifier.ts.
 * `classify: false` reads the candidates the rules alone would keep as the plain rule-based parse does.
 */
export function collectCandidates(text: string): Candidate[] {
  const builder = new ResumeBuilder(text, true, false);
  builder.build(parseMarkdown(boundedSource(text).text));
  return builder.candidateLog;
}

export function isNarrativeKind(kind: SectionKind): boolean {
  return kind === 'experience' || kind === 'projects' || kind === 'research' || kind === 'leadership';
}

/** A colon ending a label, perhaps before stray emphasis marks ("Achievements:*"): it leads into what follows. */
const LEAD_IN_COLON = /[:：][\s*_]*$/;

/** A web domain as the name: "pixelgrove.io". Anchored at a word start, so each start is tried once. */
const WEB_DOMAIN = /(?:^|[^\p{L}\d.-])[\p{L}\d][\p{L}\d-]*\.(?:com|io|ai|co|dev|net|org|app|tech|ru|de|fr|uk|nl|es|it|in)$/u;
/** No organisation's name is longer than this; the checks read only the line's last words within it. */
const ORG_TAIL = 80;

/**
 * Whether a line ends in the shape of an organisation's name, which a label of a role never has: a
 * legal form or a web domain. (A name headed by an organisation noun, "Kestrel Labs", is not used: by
 * shape it is the same as a label such as "Innovation Lab" or "Strategy Consulting".) Only the last
 * two words, and at most ORG_TAIL characters of them, are read, so a long line costs no more than a short one.
 */
function endsInOrgName(line: string): boolean {
  const tail = line.slice(-ORG_TAIL);
  const words = tail.trim().split(/\s+/);
  // A word cut by the slice is not a word of the name.
  if (tail.length < line.length && !/^\s/.test(tail)) words.shift();
  const last = words.slice(-2).join(' ');
  return last !== '' && (LEGAL_FORM.test(last) || WEB_DOMAIN.test(last));
}

class ResumeBuilder {
  private sections: Section[] = [];
  private bullets: Bullet[] = [];
  private comments: Comment[] = [];
  private frontMatter: FrontMatter = { data: {} };
  private section!: Section;
  private entry: Entry | undefined;
  /** Level of the heading that opened the current entry (7 for a line or list item). */
  private entryLevel = 7;
  /** Shallowest heading level that opened an entry in the current section (7: none). */
  private entryHeadingLevel = 7;
  /** Entry title seen, no bullet yet: short lines after it are its fields (role, dates). */
  private entryOpen = false;
  private headingSeen = false;
  private sectionLevel = 2;
  /** The top-level block after the one being read (a list after a short line makes it that list's title). */
  private nextBlock: RootContent | undefined;

  /** Candidates the classifier is trained on (candidate mode only). */
  readonly candidateLog: Candidate[] = [];

  constructor(
    private readonly text: string,
    /** Collect every candidate line of a work-like section, the ones the rules reject included, and keep them all. */
    private readonly candidates = false,
    /** Drop candidates the line classifier judges not to be accomplishments. */
    private readonly classify = CLASSIFY_LINES,
  ) {}

  build(tree: Root): ResumeDocument {
    this.sectionLevel = this.findSectionLevel(tree);
    this.section = this.newSection('header', '', 0, undefined, 0);
    // After an edit, the blocks past the re-parsed window are copied from the last build when the
    // builder reaches them in the same state (src/core/incremental/document-reuse.ts).
    const setting = `${this.sectionLevel} ${this.classify} ${this.inferLabels(tree)}`;
    const plan = this.candidates ? undefined : planReuse(tree, this.text, setting);
    const checkpoints: Checkpoint[] = [];
    const demoted: boolean[] = [];
    let replayed = false;
    // The blocks before the window (but the last, whose visit reads the window's first): the old build's state there, restored.
    let from = 0;
    // findSectionLevel read every heading first: the comments inside headings are recorded already.
    const headingComments = [...this.comments];
    const restored = plan && restoreBefore(plan, headingComments, fillEntryFields);
    if (plan && restored) {
      const before = plan.record.checkpoints[restorePoint(plan)];
      this.restore(restored, before);
      if (sameCheckpoint(this.checkpoint(), before)) {
        from = restorePoint(plan);
        checkpoints.push(...plan.record.checkpoints.slice(0, from));
        demoted.push(...plan.record.demoted.slice(0, from));
      } else this.restore(undefined, undefined, headingComments);
    }
    for (let i = from; i < tree.children.length; i++) {
      const checkpoint = this.checkpoint();
      if (plan && i === plan.resumeAt && sameCheckpoint(checkpoint, plan.record.checkpoints[plan.oldAt])) {
        const live = { sections: this.sections, bullets: this.bullets, comments: this.comments, section: this.section, entry: this.entry };
        if (replayAfter(plan, live, fillEntryFields)) {
          replayed = true;
          const oldStart = (tree.children[i].position?.start.offset ?? 0) - plan.delta;
          checkpoints.push(...plan.record.checkpoints.slice(plan.oldAt).map((ck) => movedCheckpoint(ck, oldStart, plan.delta, checkpoint)));
          demoted.push(...plan.record.demoted.slice(plan.oldAt));
          break;
        }
      }
      checkpoints.push(checkpoint);
      this.demoted = false;
      this.nextBlock = tree.children[i + 1];
      this.visitBlock(tree.children[i]);
      demoted.push(this.demoted);
    }
    if (plan) documentReuseStats[replayed ? 'replayed' : 'visited']++;
    if (!this.candidates) rememberBuild(tree, { text: this.text, setting, checkpoints, demoted, end: visitEnd(this.frontMatter, this.sections, this.bullets, this.comments) });
    this.closeRanges();
    this.mergeLoneSubsections();
    for (const section of this.sections) section.kind = kindByContent(section, this.text);
    const lines = createLineIndex(this.text);
    const doc: ResumeDocument = {
      text: this.text,
      frontMatter: this.frontMatter,
      profile: {},
      sections: this.sections,
      bullets: this.bullets,
      comments: this.comments,
      lines,
      format: 'markdown',
    };
    doc.profile = extractProfile(doc);
    markNameSection(doc);
    return doc;
  }

  /** Set by a visit that demoted items already built (document-reuse.ts does not replay such a visit). */
  private demoted = false;

  /** The state restored from the last build (document-reuse.ts), or (undefined) the state of a new build. */
  private restore(state: Restored | undefined, at?: Checkpoint, headingComments: Comment[] = []): void {
    this.frontMatter = state?.frontMatter ?? { data: {} };
    this.sections = state?.sections ?? [];
    this.bullets = state?.bullets ?? [];
    this.comments = state?.comments ?? [...headingComments];
    this.boldSections.clear();
    if (!state || !at) {
      this.headingSeen = false;
      this.section = this.newSection('header', '', 0, undefined, 0);
      return;
    }
    this.section = state.section;
    this.entry = state.entry;
    this.headingSeen = at.headingSeen;
    this.entryOpen = at.entryOpen;
    this.entryLevel = at.entryLevel;
    this.entryHeadingLevel = at.entryHeadingLevel;
    if (at.bold) this.boldSections.add(state.section);
  }

  /** The state a block's visit reads (see document-reuse.ts). */
  private checkpoint(): Checkpoint {
    const s = this.section;
    const e = this.entry;
    return {
      headingSeen: this.headingSeen,
      sections: this.sections.length,
      kind: s.kind,
      title: s.title,
      level: s.level,
      headed: !!s.headingRange,
      bold: this.boldSections.has(s),
      entries: s.entries.length,
      sectionBullets: s.bullets.length,
      bullets: this.bullets.length,
      comments: this.comments.length,
      entryOpen: this.entryOpen,
      entryLevel: this.entryLevel,
      entryHeadingLevel: this.entryHeadingLevel,
      entry: e && {
        heading: e.heading.text,
        offsets: e.heading.offsets.length,
        tags: e.tags.length,
        bullets: e.bullets.length,
        headingEnd: e.heading.range.end,
        rangeEnd: e.range.end,
        // Read only when a checkpoint is compared: most are never compared. Keeps the items' texts,
        // not the items (a record would otherwise hold the old bullets of every block's entry).
        demotable: lazyDemotable(e.bullets.length <= 4 && this.bullets[this.bullets.length - 1] === e.bullets[e.bullets.length - 1] ? e.bullets.map((b) => b.text) : []),
      },
    };
  }

  /** The shallowest heading depth that names a section; deeper headings are entries. */
  private findSectionLevel(tree: Root): number {
    const counts = new Map<number, number>();
    let shallowest = 7;
    for (const node of tree.children) {
      if (node.type === 'paragraph') {
        for (const line of this.text.slice(start(node), end(node)).split('\n')) {
          const m = HASHLESS_HEADING.exec(line);
          if (!m) continue;
          shallowest = Math.min(shallowest, m[1].length);
          if (exactSectionKindOf(withoutHeaderAttributes(line.slice(m[1].length)))) counts.set(m[1].length, (counts.get(m[1].length) ?? 0) + 1);
        }
      }
      if (node.type !== 'heading') continue;
      shallowest = Math.min(shallowest, node.depth);
      if (exactSectionKindOf(withoutHeaderAttributes(this.inline(node.children).text))) counts.set(node.depth, (counts.get(node.depth) ?? 0) + 1);
    }
    const level = Math.min(7, ...counts.keys());
    if (level < 7) return level;
    return shallowest === 1 ? 2 : shallowest;
  }

  private visitBlock(node: RootContent, quoted = false): void {
    // TOML front matter (mdast-util-frontmatter's "toml" node, which mdast's types do not list).
    if ((node.type as string) === 'toml') {
      this.frontMatter = tomlFrontMatter((node as unknown as { value: string }).value, range(node), this.text);
      return;
    }
    switch (node.type) {
      case 'yaml':
        this.frontMatter = this.parseFrontMatter(node.value, range(node));
        return;
      case 'heading': {
        const text = trimStyled(this.inline(node.children));
        // A summary paragraph right above a "---" rule renders as a setext heading, but it is still the
        // summary the writer meant (renders-wrongly reports the heading): its sentences are read as text.
        if (isSetextProse(this.text, node, text.text)) return this.visitLines(text, { start: start(node), end: end(node.children[node.children.length - 1]) }, quoted);
        return this.visitHeading(node.depth, text, range(node));
      }
      case 'list':
        return this.visitList(node, 0);
      case 'paragraph':
        return this.visitLines(this.inline(node.children), range(node), quoted);
      case 'table':
        return this.visitTable(node);
      case 'html':
        return this.visitHtml(node);
      case 'code':
        return this.visitCode(node);
      case 'blockquote':
        for (const child of node.children) this.visitBlock(child, true);
        return;
      default:
        return;
    }
  }

  // ---- headings and sections ----

  private visitHeading(level: number, heading: StyledText, r: OffsetRange): void {
    // Pandoc's header attributes ("# Skills {.unnumbered}", "## Work {#work}") are not the heading's words.
    const attributes = PANDOC_HEADER_ATTRIBUTES.exec(heading.text);
    if (attributes && attributes.index > 0) heading = trimStyled(sliceStyled(heading, 0, attributes.index));
    if (!heading.text) return;
    const kind = level <= this.sectionLevel ? sectionKindOf(heading.text) : exactSectionKindOf(heading.text);
    const inHeader = this.section.kind === 'header' && !this.section.headingRange;
    // The person's name or the document's title: the first heading, above or at the section level.
    const isTitle = !kind && inHeader && (!this.headingSeen || level < this.sectionLevel || GENERIC_TITLE.test(heading.text));
    // "# CURRICULUM VITAE" then "## Ana Silva": a generic title is not the first heading that counts, so
    // the name under it is read as the title too (kept in the parse state, which edits compare).
    if (!(isTitle && GENERIC_TITLE.test(heading.text))) this.headingSeen = true;
    if (isTitle) return;
    if (level <= this.sectionLevel) {
      // Words that name no section ("## Shipped games"): the kind its content reads as (inferLabels).
      this.section = this.newSection(kind ?? this.inferred.get(r.start)?.kind ?? 'other', heading.text, level, r, r.start);
      return;
    }
    // Deeper than the section level: a section only where no section is open yet, or as a sub-section of
    // a non-work section ("## Experience" under "# Skills"); otherwise an entry or a sub-heading.
    if (kind && this.opensSubsection(kind, level, inHeader)) {
      this.section = this.newSection(kind, heading.text, level, r, r.start);
      return;
    }
    // A dates heading under an entry ("#### Acme", "* Engineer", "###### Since 2019") dates it.
    if (this.entry && (this.entryOpen || (!this.entry.dates && level > this.entryLevel)) && isDateLine(heading.text)) {
      this.demoteTitleItems(this.entry);
      this.extendEntry(heading, r);
      return;
    }
    // "### Responsibilities", "#### Key achievements": a label inside the entry, not a new entry.
    if (this.entry && level > this.entryLevel && kind) return;
    // "### On-call" at the level of the dated role above it, with bullets and no fields after it.
    if (this.isGroupLabel(heading, level, this.nextBlock && this.firstLineOf(this.nextBlock))) {
      this.entryOpen = false;
      return;
    }
    this.openEntry(heading, r, level);
  }

  /**
   * A label grouping the bullets of the open entry ("### On-call", "**Key achievements**" under a dated
   * role), not a new entry. Judged by the line's shape and what follows, not by its words:
   * - the open entry is dated and sits in a work-like section, and the line is at its level or deeper;
   * - the line is a short phrase (at most four words) with no date, no role word, no separators of an
   *   "Org | place" or "Role at Org" heading, no organisation's name shape (endsInOrgName) and no sentence end —
   *   or a list of names (the tech line);
   * - the line after it brings no entry field (no date, no role line): a new role would be dated or titled.
   */
  private isGroupLabel(line: StyledText, level: number, next: string | undefined): boolean {
    const entry = this.entry;
    if (!entry || !isWorkLike(this.section.kind) || level < this.entryLevel) return false;
    // Under an undated entry only a deeper heading can be its label (what visitHeading's word list did):
    // a sibling, or a bold line (level 7), is as likely the next entry.
    const deeperHeading = level > this.entryLevel && level < 7;
    if (!entry.dates && !deeperHeading) return false;
    // Projects often go undated, so an undated sibling there is the next project (roles are dated);
    // a lead-in colon ("**Core technologies**:") still marks a label.
    const leadIn = LEAD_IN_COLON.test(line.text);
    if (this.section.kind === 'projects' && level === this.entryLevel && !leadIn) return false;
    const t = line.text.replace(LEAD_IN_COLON, '').trim();
    if (!t || t.includes('\n') || endsSentence(t) || findDateRange(t) || hasRoleWord(t) || isLinkOnly(line)) return false;
    // A section's name ("### Programming languages") is a block of its own unless a colon leads into a list.
    if (exactSectionKindOf(t) && !leadIn) return false;
    // A bold list of names ("**Java, Kotlin, PostgreSQL**") is the role's tech line, whatever its length;
    // a heading of that shape is more often the next employer ("##### Acme, Lyon / Beta, Paris").
    // A lead-in of up to eight words ("#### What I did in this role:") is a label too (isLeadIn).
    const longest = leadIn && level < 7 ? 8 : 4;
    const boldTermList = level === 7 && isTermList(t);
    const shortPhrase = wordCount(t) <= longest && !/[|·•,;@()[\]/]|\s[–—-]\s|\s(?:at|for)\s/i.test(t);
    if (!boldTermList && !shortPhrase) return false;
    // "### Nordlys GmbH", "### pixelgrove.io" with bullets right after: the next employer, undated.
    if (!leadIn && endsInOrgName(t)) return false;
    if (next === undefined) return false;
    return !findDateRange(next) && !isRoleTitle(next) && !(hasRoleWord(next) && isShortFieldLine(next) && isTitleCase(next));
  }

  /** The first line of a block as plain words: list markers, emphasis and heading marks dropped. */
  private firstLineOf(node: RootContent): string {
    const line = this.text.slice(start(node), end(node)).split('\n').find((l) => /[\p{L}\p{N}]/u.test(l)) ?? '';
    return line.replace(/^[\s>]*(?:[-*+]|\d{1,3}[.)])?\s*(?:#{1,6}\s+)?/, '').replace(/[*_`]/g, '').trim();
  }

  /**
   * Whether a heading deeper than the section level that names a section (strictly: every word a
   * section word) opens a section rather than an entry. By the outline's structure, not its words:
   * - a sibling of the heading that opened the current section ("## Pet Projects" after "## Experience");
   * - a heading above the current section's entry headings ("## Languages" after "### Engineer" entries);
   * - under a heading with nothing of its own yet, a different class ("Publications" under "Research");
   * - inside a section that is not work-like, a different kind ("## Experience" under "# Skills").
   * An "Acme Technology" heading fails the strict test and stays an entry.
   */
  private opensSubsection(kind: SectionKind, level: number, inHeader: boolean): boolean {
    if (inHeader) return kind !== 'other';
    const current = this.section;
    if (current.headingRange && level === current.level) return true;
    if (level < this.entryHeadingLevel && this.entryHeadingLevel < 7) return true;
    // "Other" words ("Personal", "Languages") also label parts of an entry: only by structure above.
    if (kind === 'other') return false;
    // Nothing of its own but perhaps an introduction ("12 papers, 300 citations"): no entries yet.
    const empty = !current.entries.length;
    if (empty && sectionClass(kind) !== sectionClass(current.kind)) return true;
    return !isWorkLike(current.kind) && kind !== current.kind && level < this.entryHeadingLevel;
  }

  // ---- paragraphs: lines of a Markdown paragraph, an HTML block or a list item after its title ----

  private visitLines(styled: StyledText, r: OffsetRange, quoted = false, depth = 0, markers = GLYPH_BULLET): void {
    // A line without a letter or digit ("#####", "* * *") is decoration, never a heading or bullet.
    // A Pandoc div fence ("::: job", "::: {.profile}") is markup around the content, never content.
    // Nor is a site generator's tag alone on its line ("{% hint style=\"info\" %}", "{% endhint %}" in GitBook, Liquid's "{% if %}").
    const lines = styledLines(styled).filter((l) => /[\p{L}\p{N}]/u.test(l.text) && !PANDOC_FENCE.test(l.text) && !TEMPLATE_TAG_LINE.test(l.text));
    if (!lines.length) return;
    if (lines.some((l) => HASHLESS_HEADING.test(l.text))) return this.visitHashlessHeadings(styled, lines, quoted, depth);
    // Resumes converted from Word mark sections with a bold line ("**EXPERIENCE**") or an ALL-CAPS line
    // alone ("RESEARCH EXPERIENCE"), sometimes right above the first entry without a blank line.
    const bold = allStyled(lines[0], BOLD) || (lines.length === 1 && this.isHtmlHeadingLine(lines[0]));
    if (bold || isCapsLabel(lines[0].text)) {
      const kind = this.labelKind(lines[0], bold, lines.length === 1);
      // Inside a role, "**Core technologies:**" or "**Achievements:**" is a label of that role, not a new section.
      // Only kinds that describe a role's own content can label it; "**Education:**" is a new section.
      const roleContent = kind === 'skills' || kind === 'awards' || kind === 'projects' || kind === 'summary' || kind === 'other';
      const label = !!this.entry && isWorkLike(this.section.kind) && roleContent && /[:：]\s*\**$/.test(lines[0].text);
      if (kind && !label && !this.repeatsSection(kind, lines[0].text)) {
        // The line's own range: a paragraph of LaTeX layout around it (`\vspace{1em}`) is not the heading.
        const lr = { start: lines[0].offsets[0], end: lines[0].offsets[lines[0].text.length - 1] + 1 };
        this.section = this.newSection(kind, lines[0].text, this.sectionLevel, lr, lr.start);
        this.boldSections.add(this.section);
        if (lines.length === 1) return;
        // The lines under the label in the same paragraph are the section's first content.
        const rest = sliceStyled(styled, styled.offsets.indexOf(lines[1].offsets[0]), styled.text.length);
        return this.visitLines(rest, { start: lines[1].offsets[0], end: r.end }, quoted, depth, markers);
      }
    }
    // "**Projects** (selected, with links)": a bold section name followed by a note in brackets.
    if (lines.length === 1 && startsStyled(lines[0], BOLD)) {
      const lead = leadingStyledLength(lines[0], BOLD);
      const rest = lines[0].text.slice(lead).trim();
      const kind = exactSectionKindOf(lines[0].text.slice(0, lead).replace(/[:：]\s*$/, ''));
      if (kind && /^\([^()]*\)$/.test(rest)) {
        this.section = this.newSection(kind, lines[0].text, this.sectionLevel, r, r.start);
        return;
      }
    }
    if (this.section.kind === 'header' && !isWorkLike(this.section.kind)) return;
    // "**Key achievements**" alone under a dated role, its bullets in the next block: a label of that role.
    const atTop = this.nextBlock?.position?.start.offset === this.nextStart(r.end);
    if (lines.length === 1 && allStyled(lines[0], BOLD) && atTop && this.isGroupLabel(lines[0], 7, this.firstLineOf(this.nextBlock!))) {
      if (isTermList(lines[0].text)) this.addRejected(lines[0], 'line', depth);
      this.entryOpen = false;
      return;
    }
    const work = isWorkLike(this.section.kind);
    // "Arizona State University" on its own line, then a list: the title of the entry the list describes.
    const only = lines[0];
    if (work && lines.length === 1 && !this.entryOpen && this.nextBlock?.type === 'list' && this.nextBlock.position?.start.offset === this.nextStart(r.end)
      && isTitleCase(only.text) && wordCount(only.text) <= 8 && !endsSentence(only.text) && !this.notABullet(only) && !isLeadIn(only)
      && !(allStyled(only, BOLD) && this.underDatedHeading() && !findDateRange(only.text))) {
      this.openEntry(only, { start: only.offsets[0], end: only.offsets[only.text.length - 1] + 1 }, 7);
      return;
    }
    let glyph: { first: StyledText; last: StyledText; marker: OffsetRange; from: StyledText } | undefined;
    let prose: StyledText[] = [];
    const flushGlyph = () => {
      if (glyph) this.addBullet(spanOf(glyph.from, glyph.first, glyph.last), 'glyph', depth, glyph.marker);
      glyph = undefined;
    };
    const flushProse = () => {
      if (prose.length) this.addProse(styled, prose, depth);
      prose = [];
    };
    let skipped = false;
    // Outside work sections prose is not kept, but a line wrapping a prose line is still prose.
    let afterProse = false;
    lines.forEach((line, i) => {
      const g = markers.exec(line.text);
      if (g && !(g[1] === '>' && !quoted && !work)) {
        flushGlyph();
        flushProse();
        const content = trimStyled(sliceStyled(line, g[0].length, line.text.length));
        const markerStart = line.offsets[g[0].indexOf(g[1])];
        if (content.text && !(work && this.notABullet(content))) glyph = { first: content, last: content, marker: { start: markerStart, end: markerStart + g[1].length }, from: styled };
        else if (content.text && work) this.addRejected(content, 'glyph', depth);
        return;
      }
      // A line that wraps the one before (which stops mid-sentence) is more of it, whatever it looks like.
      const wraps = i > 0 && continuesLine(lines[i - 1].text, line.text) && !isLinkOnly(line);
      if (wraps && skipped) return; // the rest of a "Keywords: …" line
      // In a summary, a long sentence still open at the line's end goes on, whatever the next line starts with.
      const sentenceGoesOn = !work && afterProse && wordCount(lines[i - 1].text) >= 8 && !endsSentence(lines[i - 1].text.trimEnd());
      const kind = (wraps && (glyph || prose.length || afterProse)) || sentenceGoesOn ? 'prose' : this.lineKind(line, work, lines[i + 1]);
      skipped = kind === 'skip';
      afterProse = kind === 'prose';
      if (glyph && kind === 'prose') {
        glyph.last = line; // a wrapped line of the pasted bullet
        return;
      }
      flushGlyph();
      if (kind === 'prose') {
        if (work) prose.push(line);
        return;
      }
      flushProse();
      if (kind === 'skip' && work) this.addRejected(line, 'line', depth);
      const lr = { start: line.offsets[0], end: line.offsets[line.text.length] };
      if (kind === 'title') this.openEntry(line, lr, 7);
      else if (kind === 'field' && this.entry) this.extendEntry(line, lr);
    });
    flushGlyph();
    flushProse();
  }

  /** Offset of the first non-blank character after `at` (where the next block starts). */
  private nextStart(at: number): number {
    let i = at;
    while (i < this.text.length && /\s/.test(this.text[i])) i++;
    return i;
  }

  /** "##Work" (no space after the hashes) is a paragraph to CommonMark but a heading to its writer. */
  private visitHashlessHeadings(styled: StyledText, lines: StyledText[], quoted: boolean, depth: number): void {
    let group: StyledText[] = [];
    const flush = () => {
      if (!group.length) return;
      const from = styled.offsets.indexOf(group[0].offsets[0]);
      const last = group[group.length - 1];
      const to = styled.offsets.lastIndexOf(last.offsets[last.text.length - 1]) + 1;
      const part = sliceStyled(styled, from, to);
      this.visitLines(part, { start: part.offsets[0], end: part.offsets[part.text.length] }, quoted, depth);
      group = [];
    };
    for (const line of lines) {
      const m = HASHLESS_HEADING.exec(line.text);
      if (!m) {
        group.push(line);
        continue;
      }
      flush();
      const heading = trimStyled(sliceStyled(line, m[1].length, line.text.length));
      this.visitHeading(m[1].length, heading, { start: line.offsets[0], end: line.offsets[line.text.length] });
    }
    flush();
  }

  /**
   * "- Cumulative GPA: 3.52 · Dean's List Spring 2025", "- Best student in Machines, 2022" under a school's
   * dated heading: a detail of that school, whatever date it names — not another school (which names one).
   */
  private detailOfDatedHeading(text: string): boolean {
    if (!this.entry?.dates || this.entryLevel >= 7 || this.entry.section !== this.section) return false;
    return DETAIL_LABEL.test(text) || !SCHOOL_NAME.test(text);
  }

  /** The open entry was opened by a Markdown heading that carries its dates. */
  private underDatedHeading(): boolean {
    return !!this.entry && this.entryLevel < 7 && !!findDateRange(this.entry.heading.text.split('\n')[0]);
  }

  /** What one line is where it stands: an entry title, a field of the open entry, skipped, or prose. */
  private lineKind(line: StyledText, work: boolean, next?: StyledText): 'title' | 'field' | 'skip' | 'prose' {
    // '!!! tip "Open to work"', '??? note "Earlier research"': an admonition's opening line (MkDocs,
    // Python-Markdown, Docusaurus's ":::tip") is syntax, no line of the resume.
    if (isAdmonitionLine(line.text)) return 'skip';
    if (this.entry && this.entryOpen && isDateLine(line.text)) return 'field';
    // "02.2022 – 02.2023 — relocation; volunteered as …" right under an undated entry's title: the line
    // leads with the entry's dates, so it is the entry's dates line, its note and all.
    if (this.entry && this.entryOpen && !this.entry.dates && leadsWithDateRange(line.text)) return 'field';
    // "GPA: 3.82/4.00 • Dean's List (Fall 2024, Spring 2025)": a labelled detail of the entry above,
    // whatever dates it holds, never the next entry.
    if (this.entry && DETAIL_LABEL.test(line.text)) return this.entryOpen ? 'field' : 'skip';
    if (isEntryTitleLine(line)) {
      // Under a dated heading ("#### Engineer, Acme, 2021 – Present"), an undated bold line ranks below it:
      // its company or project line, or a sub-project grouping its bullets — not the next entry.
      if (this.underDatedHeading() && allStyled(line, BOLD) && !findDateRange(line.text)) return this.entryOpen ? 'field' : 'skip';
      if (!this.entry || !this.entryOpen || findDateRange(this.entry.heading.text)) return 'title';
      // In Education, a second school under an undated one is the next degree, not a field of the first.
      if (this.section.kind === 'education' && SCHOOL_NAME.test(line.text) && SCHOOL_NAME.test(this.entry.heading.text)) return 'title';
      // Under an entry heading still without dates, a bold line is its role or its dates ("### Acme" then
      // "**Engineer**"); under a bold-line entry, another bold line opens the next entry.
      return !allStyled(line, BOLD) || this.entryLevel < 7 ? 'field' : 'title';
    }
    // "Line Cook — Riverside Grill, Hamilton, ON" with its dates alone on the next line, pasted from Word
    // without bold: a title when the part before its first separator is a name in Title Case. Under an
    // undated entry that is still open, the same line is that entry's role (a field).
    if (work && next && isDateLine(next.text) && !(this.entry && this.entryOpen && !this.entry.dates) && isPlainEntryTitle(line.text)) return 'title';
    // "**Duration:** Jan 2020 – Mar 2021" under an undated entry: its dates.
    if (this.entry && !this.entry.dates && isFieldLine(line) && isDateLine(line.text.replace(/^[^:：]*[:：]/, ''))) return 'field';
    if (isLinkOnly(line) || isFieldLine(line) || isDateLine(line.text) || (isLeadIn(line) && work) || (work && isTermList(line.text)) || isPointerLine(line) || isReferencesLine(line.text)) return 'skip';
    if (isItalicLine(line)) return this.entry && this.entryOpen ? 'field' : 'skip';
    // "**Research Assistant**, Data Lab, Carnegie Mellon University — Pittsburgh, PA" with its dates
    // alone on the next line: an entry's title however many words its names take.
    if (next && isDateLine(next.text) && leadingStyledLength(line, BOLD) > 1 && wordCount(line.text) <= 24 && !/[.!?…]$/.test(line.text.trim())) return 'title';
    // "_Payments backend_ Java | Spring | Stripe": a sub-title with its tech stack.
    const italic = leadingStyledLength(line, ITALIC);
    if (italic > 1 && italic < line.text.length && isTermList(line.text.slice(italic).replace(/^[\s|:–—-]+/, ''))) return 'skip';
    // "The goal of Acme" then "tools to detect fraud…": a sentence wrapped onto the next line, not a field.
    if (next && wordCount(line.text) >= 3 && !findDateRange(line.text) && continuesLine(line.text, next.text)) return 'prose';
    const fieldRoom = this.entry && this.entryOpen && this.entry.heading.text.split('\n').length < 4;
    if (fieldRoom && isShortFieldLine(line.text)) return 'field';
    // "Teaching Assistant for the summer camp." right under "**Acme**, 2019": the role, not a bullet.
    if (fieldRoom && hasRoleWord(line.text.split(/\s+/).slice(0, 3).join(' ')) && wordCount(line.text) <= 12 && this.entry!.heading.text.indexOf('\n') < 0) return 'field';
    // "**BSc …, Upper Division** — a long school name · 2014 – 2019" under a degree already dated: the next degree.
    if (!work && this.section.kind === 'education' && this.entry?.dates && leadingStyledLength(line, BOLD) > 1 && findDateRange(line.text) && !SENTENCE_END_RE.test(line.text.trim())) return 'title';
    if (!work && this.section.kind === 'education' && this.entry && this.entryOpen) return 'field';
    // In Education, a line outside an entry starts one ("2015 - Riverside College", then its degree and date).
    if (!work && this.section.kind === 'education') return 'title';
    return 'prose';
  }

  /**
   * "#### Acme", "* DevOps on AWS", "* Cloud coordinator", then "###### 2015 – 2019": items between an
   * entry's title and its dates are its role titles, not bullets. They read as bullets until the dates
   * come, so they move to the entry's fields then — only when all are short names, not sentences.
   */
  private demoteTitleItems(entry: Entry): void {
    const items = entry.bullets;
    if (!this.mayDemote(entry)) return;
    this.demoted = true;
    this.bullets.length -= items.length;
    this.section.bullets.length -= items.filter((b) => b.section === this.section).length;
    entry.bullets = [];
    for (const b of items) this.extendEntry(b, b.range);
  }

  /** Whether a dates line coming next would demote the entry's items (demoteTitleItems). */
  private mayDemote(entry: Entry): boolean {
    const items = entry.bullets;
    return items.length > 0 && items.length <= 4 && this.bullets[this.bullets.length - 1] === items[items.length - 1] && items.every((b) => isTitleLikeItem(b.text));
  }

  /**
   * The section a bold-only or ALL-CAPS line opens, or undefined when it is an entry's title, a group
   * label or the person's name. Its words decide first: exactly ("**Work Experience**"), else by the
   * head noun of a label-shaped line ("**CLINICAL EXPERIENCE**") — but inside a role a head-noun match
   * must be a generic head ("… Experience"), as "**Clinical highlights**" there labels a group of the role.
   * Words that name nothing ("**Shipped games**") open a section only alone on their line, outside a
   * work section (there the line is the next entry), not as the document's first line (the name), in a
   * document that marks sections this way, and when what follows reads as work (inferLabels).
   */
  private labelKind(line: StyledText, bold: boolean, alone: boolean): SectionKind | undefined {
    const text = line.text.replace(/[:：]\s*\**$/, '').trim();
    const exact = exactSectionKindOf(text);
    // "… Experience", "… History": no entry's title ends so.
    const head = normalizeHeading(text).split(/[\s-]+/).pop() ?? '';
    const genericHead = /^(?:experiences?|history|background)$/.test(head);
    // Above lines of its own paragraph, a label with a colon ("**Languages:**" over "Go, Python") or one
    // naming the section it stands in labels a group of that section.
    if (!alone && (/[:：]\s*\**$/.test(line.text) || exact === 'other' || exact === this.section.kind || (!bold && !exact && !genericHead))) return undefined;
    // An ALL-CAPS first line is the person's name.
    if (!bold && this.isFirstLine(line)) return undefined;
    if (exact) return exact;
    if (!isLabelShape(text)) return undefined;
    const lenient = sectionKindOf(text);
    if (lenient) {
      // Other heads name a section as a plural or a mass noun ("Clinical Rotations", "Field Research"); a
      // singular count noun ends an entry's title ("Kranz Engineering Scholarship"), as does the current
      // section's own kind ("Robotics Projects" in Projects).
      if (genericHead) return lenient;
      const inRole = !!this.entry && isWorkLike(this.section.kind);
      const plural = /s$/.test(head) || /^(?:research|leadership|education|volunteering|teaching|coursework|involvement)$/.test(head);
      return !inRole && plural && lenient !== this.section.kind ? lenient : undefined;
    }
    if (!alone || isWorkLike(this.section.kind) || this.isFirstLine(line)) return undefined;
    if (this.section.kind !== 'header' && !this.boldSections.has(this.section)) return undefined;
    const read = this.inferred.get(this.lineStart(line.offsets[0]));
    // Inside a section, one title line under the label ("UNIVERSITY OF TORONTO" over its degree and
    // dates) makes the label an entry's title; a new section holds an entry's title and its dates, or more.
    return read && (this.section.kind === 'header' || read.titles >= 2) ? read.kind : undefined;
  }

  /** Offset where the source line holding `at` starts. */
  private lineStart(at: number): number {
    return this.text.lastIndexOf('\n', at - 1) + 1;
  }

  /** Whether nothing but front matter and comments comes before this line (the first line names the person). */
  private isFirstLine(line: StyledText): boolean {
    if (this.section.kind !== 'header' || this.section.headingRange) return false;
    const before = this.text.slice(this.frontMatter.range?.end ?? 0, this.lineStart(line.offsets[0]));
    return !/[\p{L}\p{N}]/u.test(before.replace(/<!--[\s\S]*?-->/g, ''));
  }

  /** Kinds read from content for labels and section-level headings whose words name no section, by source line start. */
  private inferred = new Map<number, ContentKind | undefined>();

  /**
   * Before the visits: for every section-level heading and every paragraph's first line that is a
   * label (section-labels.ts rawLabel) whose words name no section, the kind its content reads as.
   * The answers read text after the label, so they are part of the reuse setting: a build whose
   * answers differ from the last build's is not reused (document-reuse.ts restores earlier blocks).
   */
  private inferLabels(tree: Root): string {
    this.inferred = new Map();
    const stops = (label: string) => !!exactSectionKindOf(label);
    const answers: string[] = [];
    const infer = (at: number, from: number) => {
      const kind = kindFromContent(contentLines(this.text, from, this.sectionLevel, stops));
      this.inferred.set(at, kind);
      // What the visits read of it: the kind, and whether two title lines or more (labelKind).
      answers.push(kind ? `${kind.kind}${Math.min(kind.titles, 2)}` : '-');
    };
    for (const node of tree.children) {
      if (node.type === 'heading' && node.depth <= this.sectionLevel) {
        const text = this.inline(node.children).text.trim();
        if (text && !sectionKindOf(text)) infer(start(node), this.nextLine(end(node)));
      } else if (node.type === 'paragraph') {
        // Only a label alone in its paragraph is read by its content (labelKind).
        const at = start(node);
        const eol = this.text.indexOf('\n', at);
        if (eol >= 0 && eol < end(node)) continue;
        const label = rawLabel(this.text.slice(at, end(node)));
        const lineEnd = end(node);
        if (label && !sectionKindOf(label)) infer(this.lineStart(at), this.nextLine(lineEnd));
      }
    }
    return answers.join(',');
  }

  /** Offset of the line after the one holding `at`. */
  private nextLine(at: number): number {
    const eol = this.text.indexOf('\n', at);
    return eol < 0 ? this.text.length : eol + 1;
  }

  /** Sections opened by a bold line rather than a heading. */
  private readonly boldSections = new Set<Section>();

  /**
   * A bold label ending in a colon that names the kind of the section it stands in ("**Software
   * Expertise:**" under "### Skills") labels a group inside it; a new section would repeat the heading
   * above. Without the colon ("**EXPERIENCE & PROJECTS**" after "## Work History") it is a heading, and
   * under a section that a bold line opened, the same kind again is a sibling: both open a section.
   */
  private repeatsSection(kind: SectionKind, line: string): boolean {
    return kind === this.section.kind && /[:：]\s*$/.test(line) && !!this.section.headingRange && !this.boldSections.has(this.section);
  }

  private notABullet(line: StyledText): boolean {
    return isLinkOnly(line) || isFieldLine(line) || isDateLine(line.text) || isLeadIn(line) || isTermList(line.text) || isPointerLine(line) || isReferencesLine(line.text);
  }

  /** Unmarked lines under an entry: one bullet per line when each line is its own sentence
   * ("Built X.\nLed Y."), else one bullet for the paragraph (a description wrapped over lines). */
  private addProse(whole: StyledText, lines: StyledText[], depth: number): void {
    const separate = lines.length > 2 && lines.every((l, i) => /^[\p{Lu}\p{N}]/u.test(l.text) && (i === lines.length - 1 || endsSentence(l.text)));
    if (separate) for (const l of lines) this.addBullet(l, 'line', depth);
    else this.addBullet(spanOf(whole, lines[0], lines[lines.length - 1]), 'line', depth);
  }

  private isHtmlHeadingLine(line: StyledText): boolean {
    // "<font size=4>Education</font>" or "<b>Education</b>" in raw HTML: the text sits between tags.
    const start = line.offsets[0];
    const end = line.offsets[line.text.length - 1] + 1;
    return /<(?:font|b|strong|big|span)\b[^>]*>\s*$/i.test(this.text.slice(Math.max(0, start - 60), start)) && /^\s*<\//.test(this.text.slice(end, end + 10));
  }

  // ---- lists ----

  private visitList(list: List, depth: number): void {
    for (const item of list.children) this.visitListItem(item, depth);
  }

  private visitListItem(item: ListItem, depth: number): void {
    const para = item.children[0]?.type === 'paragraph' ? (item.children[0] as Paragraph) : undefined;
    const nested = item.children.filter((c): c is List => c.type === 'list');
    const styled = para ? this.inline(para.children) : undefined;
    const lines = styled ? styledLines(styled) : [];
    const work = isWorkLike(this.section.kind);
    const markerStart = start(item);
    const marker = para ? { start: markerStart, end: this.markerEnd(markerStart, start(para)) } : undefined;
    let openedEntry = false;
    if (styled && lines.length) {
      const first = lines[0];
      // A project's name as a link or in bold on the first line, its description below.
      const named = lines.length > 1 && work && (isLinkOnly(first) || allStyled(first, BOLD)) && wordCount(first.text) <= 8;
      // "- Took part in the 2022 curriculum review" wrapped onto "workshops.": a sentence that opens with a
      // verb and runs on to the next line is a bullet, whatever year it names.
      const wrappedSentence = lines.length > 1 && !allStyled(first, BOLD) && continuesLine(first.text, lines[1].text) && opensWithVerbForm(first.text);
      const titled = named || (isEntryTitleLine(first) && (allStyled(first, BOLD) || wordCount(first.text) <= 14) && !wrappedSentence);
      const morePara = work && item.children.slice(1).some((c) => c.type === 'paragraph');
      // "- **Key achievements**" over its own list under a dated role: a label of that role.
      if (titled && nested.length && lines.length === 1 && this.isGroupLabel(first, 7, this.firstLineOf(nested[0]))) {
        this.entryOpen = false;
      } else if (titled && (nested.length || (lines.length > 1 && work) || morePara)) {
        openedEntry = true;
        // "- **Acme** — Engineer (2023 – 2024)" with sub-bullets, or with its description on the next lines.
        this.openEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }, 7);
        if (lines.length > 1) {
          const rest = sliceStyled(styled, styled.offsets.indexOf(lines[1].offsets[0]), styled.text.length);
          this.visitLines(rest, range(para!), false, depth);
        }
      } else if (this.section.kind === 'education' && (!this.entry || !this.entryOpen || this.entry.dates) && !isDateLine(first.text) && !/[:：]\s+\p{Ll}/u.test(first.text) && (findDateRange(first.text)?.index === 0 || isDatedHeaderLine(first.text)) && !this.detailOfDatedHeading(first.text)) {
        // (Not "- Teaching Assistant, Databases (Fall 2026): hold office hours…": a colon and a clause make it a bullet.)
        this.openEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length - 1] + 1 }, 7); // "- 2019 – 2023, BSc, Univ."
      } else if (lines.length === 1 && this.entry && (this.entryOpen || !this.entry.dates) && (isDateLine(first.text) || (!work && !this.entry.dates && isDatedHeaderLine(first.text) && !(this.section.kind === 'education' && leadingStyledLength(first, BOLD) > 1 && !isFieldLine(first))))) {
        this.extendEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }); // "- Sep 2021 – Jun 2025" under its school
      } else if (work && lines.length === 1 && this.notABullet(first) && !isMarkedLeadIn(first)) {
        // "- Demo: https://…", "- **dates:** 2021 – 2023", "- Tech: React, Go": not accomplishments.
        if (this.entry && (this.entryOpen || !this.entry.dates) && isDateLine(first.text.replace(/^[^:]*:/, ''))) this.extendEntry(first, marker!);
        else this.addRejected(first, 'list', depth);
      } else if (work && lines.length === 1 && this.entry && this.entryOpen && ((hasRoleWord(first.text) && isShortFieldLine(first.text) && wordCount(first.text) <= 8 && isTitleCase(first.text)) || (isRoleTitle(first.text) && !opensPastClause(first.text)))) {
        this.extendEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }); // "* Senior Engineer" under its company
        if (nested.length) this.entryOpen = false; // its own list holds its bullets
      } else if (work && lines.length === 1 && !nested.length && isOrgDateLine(first.text)) {
        this.openEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }, 7); // "- Acme Corp, Boston, 2015 – 2018"
      } else if (work && lines.length === 1 && isEntryTitleLine(first) && allStyled(first, BOLD) && nested.length === 0 && !endsSentence(first.text)) {
        this.openEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }, 7);
      } else if (this.section.kind === 'education' && lines.length === 1 && !nested.length && this.entry && (this.entry.dates || isDatedHeaderLine(first.text)) && leadingStyledLength(first, BOLD) > 1 && isEntryTitleLine(first)) {
        // "- **Preparatory classes** — Lycée X" under a dated "- **BSc** — Univ. · 2019 – 2022", or a dated
        // "- **High school diploma**, honours · 2016" under it: a bold name opening the line names another
        // school, not a detail of the entry above (a detail would be labelled: "GPA:", "Thesis:").
        this.openEntry(first, { start: first.offsets[0], end: first.offsets[first.text.length] }, 7);
      } else {
        // A link-only last line ("[site](url)" after the text) is where to find it, not what was done.
        // A Pandoc div's closing fence right under the item continues it in Markdown; it is markup, not text.
        let last = lines.length - 1;
        while (last > 0 && (isLinkOnly(lines[last]) || PANDOC_FENCE.test(lines[last].text))) last--;
        const text = trimStyled(spanOf(styled, lines[0], lines[last]));
        this.addBullet(text, 'list', depth, marker, { start: start(para!), end: end(para!) });
      }
    }
    for (const child of item.children.slice(para ? 1 : 0)) {
      if (child.type === 'list') this.visitList(child, depth + 1);
      else if (child.type === 'paragraph') {
        // A loose item's later paragraphs: the description of the entry the item opened, else comments only.
        const inner = this.inline(child.children);
        if (openedEntry) this.visitLines(inner, range(child), false, depth);
      }
      else if (child.type === 'html') this.visitHtml(child);
      else if (child.type === 'code') this.visitCode(child);
    }
  }

  // ---- tables, HTML, code ----

  /**
   * Tables, by their shape:
   * - key-value tables (two columns, short labels on the left: "Period | Jan 2021 – May 2021",
   *   "Responsibilities | …"): a date value dates the open entry, a long value is a bullet;
   * - record tables ("Company | Role | Period" rows): a row with a date cell is an entry;
   * - otherwise marked lines in cells, and long cells of a work section, are bullets.
   */
  private visitTable(table: Table): void {
    const rows = table.children.map((row) => row.children.map((cell) => trimStyled(this.inline(cell.children))));
    const layout = layoutColumn(rows);
    if (layout) return this.visitLayoutColumn(rows, layout.column, layout.kind);
    const work = isWorkLike(this.section.kind);
    const keyValue = rows.every((cells) => cells.length === 2 && wordCount(cells[0].text) <= 4 && cells[0].text.length <= 40 && !findDateRange(cells[0].text));
    const entries = work || this.section.kind === 'education';
    const prose = proseColumns(rows);
    rows.forEach((cells, rowIndex) => {
      const rowRange = range(table.children[rowIndex]);
      if (keyValue) return this.visitKeyValueRow(cells[0], cells[1], rowRange, work);
      if (entries && cells.some((c) => isDateLine(c.text)) && cells.filter((c) => c.text).length >= 2) {
        const row = joinCells(cells);
        return this.openEntry(row, { start: row.offsets[0], end: row.offsets[row.text.length - 1] + 1 }, 7);
      }
      cells.forEach((styled, column) => {
        for (const piece of styledLines(styled)) {
          const m = GLYPH_BULLET.exec(piece.text) ?? /^[ \t]*([-*+])[ \t]+/.exec(piece.text);
          if (m) {
            const content = trimStyled(sliceStyled(piece, m[0].length, piece.text.length));
            const markerStart = piece.offsets[m[0].indexOf(m[1])];
            if (content.text) this.addBullet(content, 'table', 0, { start: markerStart, end: markerStart + 1 });
          } else if (work && rowIndex > 0 && prose.has(column) && wordCount(piece.text) >= 5 && !this.notABullet(piece) && !allStyled(piece, BOLD)) {
            this.addBullet(piece, 'table', 0);
          } else if (work && rowIndex > 0) {
            this.addRejected(piece, 'table', 0);
          }
        }
      });
    });
  }

  /**
   * A table used for page layout ("| Toolbox | Experience |" with skills on the left, jobs and "•"
   * bullets on the right): the column whose header names a work-like section is that section, read
   * top to bottom as lines — a dated line opens an entry, a marked line is a bullet. The other columns
   * are side notes (skills, contact) and are not read as bullets.
   */
  private visitLayoutColumn(rows: StyledText[][], column: number, kind: SectionKind): void {
    const head = rows[0][column];
    if (this.section.kind !== kind) {
      this.section = this.newSection(kind, head.text, this.sectionLevel, { start: head.offsets[0], end: head.offsets[head.text.length - 1] + 1 }, head.offsets[0]);
    }
    const width = rows[0].length;
    for (const cells of rows.slice(1)) {
      // A row with more cells than the header has unescaped "|" inside an earlier cell ("Ableton | Live"):
      // its last cells are still the last columns, as its author lined them up.
      const cell = cells.length > width && column > 0 ? cells[cells.length - (width - column)] : cells[column];
      if (!cell?.text) continue;
      for (const piece of styledLines(cell)) {
        const r = { start: piece.offsets[0], end: piece.offsets[piece.text.length - 1] + 1 };
        const m = GLYPH_BULLET.exec(piece.text) ?? /^[ \t]*([-*+])[ \t]+/.exec(piece.text);
        if (m) {
          const content = trimStyled(sliceStyled(piece, m[0].length, piece.text.length));
          const markerStart = piece.offsets[m[0].indexOf(m[1])];
          if (content.text) this.addBullet(content, 'table', 0, { start: markerStart, end: markerStart + 1 });
        } else if (findDateRange(piece.text) && !endsSentence(piece.text) && wordCount(piece.text) <= 24) {
          this.openEntry(piece, r, 7);
        } else if (wordCount(piece.text) >= 5 && !this.notABullet(piece) && !allStyled(piece, BOLD)) {
          this.addBullet(piece, 'table', 0);
        } else if (this.entry && this.entryOpen) {
          this.extendEntry(piece, r);
        }
      }
    }
  }

  private visitKeyValueRow(key: StyledText, value: StyledText, rowRange: OffsetRange, work: boolean): void {
    if (!value.text) return;
    if (isDateLine(value.text)) {
      const dated: MappedText = { text: `${key.text}: ${value.text}`, offsets: [...key.offsets.slice(0, key.text.length), ...Array(2).fill(value.offsets[0]), ...value.offsets] };
      if (this.entry && !this.entry.dates) this.extendEntry(dated, rowRange);
      else if (this.section.kind !== 'header') this.openEntry({ ...dated, styles: Array(dated.text.length).fill(0) }, rowRange, 7);
      return;
    }
    if (!work || isFieldLabel(key.text)) return;
    for (const piece of styledLines(value)) {
      const m = GLYPH_BULLET.exec(piece.text) ?? /^[ \t]*([-*+])[ \t]+/.exec(piece.text);
      const content = m ? trimStyled(sliceStyled(piece, m[0].length, piece.text.length)) : piece;
      if (content.text && wordCount(content.text) >= 3 && !this.notABullet(content)) this.addBullet(content, 'table', 0);
      else if (content.text) this.addRejected(content, 'table', 0);
    }
  }

  private visitHtml(node: Html): void {
    const r = range(node);
    if (node.value.trimStart().startsWith('<!--')) {
      this.comments.push({ text: node.value, range: r });
      const tags = TAG_COMMENT.exec(node.value);
      if (tags && this.entry && this.entryOpen) this.entry.tags.push(...splitTags(tags[1]));
      if (/-->\s*$/.test(node.value)) return;
    }
    for (const block of htmlBlocks(this.text, r.start, node.value)) {
      if (block.type === 'comment') continue;
      if (block.type === 'markdown') {
        for (const child of parseMarkdownFragment(this.text, block.range.start, block.range.end)) this.visitBlock(child);
        continue;
      }
      // "<summary>🎓 Education</summary>": a disclosure labelled with a section name opens that section
      // at the document's section level; a label with a date or a role ("Engineer, Acme (2019 – 2021)") is
      // a line of text; any other ("Older roles (click to expand)") is the button's caption, no bullet.
      if (block.label) {
        if (sectionKindOf(block.text.text)) this.visitHeading(this.sectionLevel, block.text, block.range);
        else if (findDateRange(block.text.text) || hasRoleWord(block.text.text)) this.visitLines(block.text, block.range);
        continue;
      }
      if (block.type === 'heading') this.visitHeading(block.level ?? this.sectionLevel + 1, block.text, block.range);
      else if (block.type === 'item') this.visitHtmlItem(block.text, block.range, block.depth ?? 0);
      else this.visitLines(block.text, block.range);
    }
  }

  private visitHtmlItem(styled: StyledText, r: OffsetRange, depth: number): void {
    const lines = styledLines(styled);
    if (!lines.length) return;
    const work = isWorkLike(this.section.kind);
    if (lines.length === 1 && allStyled(lines[0], BOLD)) {
      const kind = exactSectionKindOf(lines[0].text.replace(/[:：]\s*$/, ''));
      if (kind && !this.repeatsSection(kind, lines[0].text)) {
        this.section = this.newSection(kind, lines[0].text, this.sectionLevel, r, r.start);
        this.boldSections.add(this.section);
      } else if (this.section.kind !== 'header') this.openEntry(lines[0], r, 7);
      return;
    }
    if (work && (lines.length > 1 || this.notABullet(lines[0]))) return this.visitLines(styled, r, false, depth);
    const text = spanOf(styled, lines[0], lines[lines.length - 1]);
    this.addBullet(text, 'html', depth);
  }

  /** Bullets written inside a code fence (kept for the monospace look): read as the lines of a work section,
   * paragraph by paragraph, with `-`, `*`, `+` and numbered markers and their wrapped lines. */
  private visitCode(node: Code): void {
    if (!node.value) return;
    const r = range(node);
    const body = this.text.indexOf(node.value, r.start);
    if (body < 0 || body + node.value.length > r.end) return;
    // An R Markdown or Quarto chunk ("```{r experience}") is code the document runs: vitae's entry
    // tables are read as entries, any other chunk is not text of the resume.
    if (node.lang?.startsWith('{')) {
      const entries = vitaeEntries(node.value, body);
      if (entries) this.visitVitaeEntries(entries);
      return;
    }
    if (!isWorkLike(this.section.kind)) return;
    // Paragraphs: runs of non-blank lines, each at its offset in the source.
    const re = /[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g;
    for (let m = re.exec(node.value); m; m = re.exec(node.value)) {
      const at = body + m.index;
      // Line by line without the indentation, so a wrapped line joins its bullet with one space.
      const b = new StyledTextBuilder();
      let lineStart = at;
      for (const line of m[0].split('\n')) {
        const indent = line.length - line.trimStart().length;
        if (b.length) b.appendSynthetic('\n', lineStart - 1);
        b.appendAligned(line.slice(indent), this.text, lineStart + indent, lineStart + line.length, 0);
        lineStart += line.length + 1;
      }
      this.visitLines(b.build(), { start: at, end: at + m[0].length }, false, 0, CODE_MARKER);
    }
  }

  /** vitae's entries: a heading of what, with, where and when, and the rows' "why" cells as bullets. */
  private visitVitaeEntries(entries: VitaeEntry[]): void {
    for (const e of entries) {
      const b = new StyledTextBuilder();
      const parts = [e.what, e.with, e.where, e.when].filter((c): c is VitaeCell => !!c);
      for (const [k, cell] of parts.entries()) {
        if (k) for (const ch of ' | ') b.push(ch, cell.offsets[0], 0);
        for (let i = 0; i < cell.text.length; i++) b.push(cell.text[i], cell.offsets[i], 0);
      }
      const heading = b.build();
      if (!heading.text) continue;
      this.openEntry(heading, { start: Math.min(...parts.map((c) => c.offsets[0])), end: Math.max(...parts.map((c) => c.offsets[c.offsets.length - 1] + 1)) }, 7);
      for (const why of e.why) {
        const text: StyledText = { text: why.text, offsets: [...why.offsets, why.offsets[why.offsets.length - 1] + 1], styles: why.text.split('').map(() => 0) };
        this.addBullet(text, 'list', 0);
      }
    }
  }

  // ---- entries and bullets ----

  private openEntry(heading: StyledText, r: OffsetRange, level: number): void {
    if (this.section.kind === 'header' && !this.section.headingRange) return;
    if (this.earlierRole(heading, r)) return;
    const entry: Entry = {
      heading: { ...plain(heading), range: r },
      bullets: [],
      section: this.section,
      tags: tagsIn(this.text.slice(r.start, r.end)),
      range: { start: r.start, end: r.end },
    };
    fillEntryFields(entry);
    this.takeDatesAbove(entry);
    this.section.entries.push(entry);
    this.entry = entry;
    this.entryLevel = level;
    if (level < 7) this.entryHeadingLevel = Math.min(this.entryHeadingLevel, level);
    this.entryOpen = true;
  }

  /**
   * "`2017 - 2023`" on its own line over "__Banquet Captain, Sunbird Cove__" (markdown-cv and other
   * themes that print the dates first): a line of dates alone, with nothing under it, dates the entry
   * that follows it, which names no dates of its own.
   */
  private takeDatesAbove(entry: Entry): void {
    const prev = this.entry;
    if (!prev || prev.section !== this.section || prev.bullets.length || !prev.dates || entry.dates) return;
    const found = entryDateIn(prev.heading.text);
    if (!found) return;
    const rest = prev.heading.text.slice(0, found.index) + prev.heading.text.slice(found.index + found.raw.length);
    if (/[\p{L}\d]/u.test(rest)) return;
    entry.dates = prev.dates;
    entry.range = { start: prev.range.start, end: entry.range.end };
    this.section.entries.splice(this.section.entries.indexOf(prev), 1);
  }

  /**
   * Two roles stacked under one employer before the bullets ("**Principal Engineer** · 2022 – present" /
   * "**Staff Engineer** · 2019 – 2022"): the second line is the earlier role of the same entry, not an
   * entry with the bullets of both. The entry's dates span both roles.
   */
  private earlierRole(heading: StyledText, r: OffsetRange): boolean {
    const entry = this.entry;
    if (!entry || !this.entryOpen || entry.section !== this.section || !isWorkLike(this.section.kind)) return false;
    if (entry.bullets.length || !entry.dates || !entry.organisation || !/^[ \t*_]*\n[ \t*_]*$/.test(this.text.slice(entry.range.end, r.start))) return false;
    const line: Entry = { heading: { ...plain(heading), range: r }, bullets: [], section: this.section, tags: [], range: r };
    fillEntryFields(line);
    const role = line.title ?? '';
    if (!line.dates || line.organisation || !hasRoleWord(role) || wordCount(role) > 6) return false;
    const first = entry.dates;
    this.extendEntry(plain(heading), r);
    const start = Math.min(first.start ?? Infinity, line.dates.start ?? Infinity);
    entry.dates = { ...first, ...(Number.isFinite(start) ? { start } : {}) };
    return true;
  }

  private extendEntry(line: MappedText, r: OffsetRange): void {
    const entry = this.entry;
    if (!entry) return;
    const joined: MappedText = {
      text: `${entry.heading.text}\n${line.text}`,
      offsets: [...entry.heading.offsets.slice(0, -1), entry.heading.offsets[entry.heading.text.length], ...line.offsets],
    };
    entry.heading = { ...joined, range: { start: entry.heading.range.start, end: Math.max(entry.heading.range.end, r.end) } };
    entry.tags.push(...tagsIn(this.text.slice(r.start, r.end)));
    entry.range.end = Math.max(entry.range.end, r.end);
    fillEntryFields(entry);
  }

  /** A line the hand-written shapes reject (link-only, tech stack, label, dates): a candidate only when
   * collecting training data for the line classifier; the parse itself never reads it as a bullet. */
  private addRejected(line: StyledText, source: Bullet['source'], depth: number): void {
    if (!this.candidates) return;
    const open = this.entryOpen;
    this.addBullet(line, source, depth, undefined, undefined, true);
    this.entryOpen = open;
  }

  private addBullet(mapped: StyledText, source: Bullet['source'], depth: number, marker?: OffsetRange, content?: OffsetRange, rejected = false): void {
    // An Obsidian comment ("%% ask Priya about references %%") is the writer's note, not a line of the resume.
    if (!mapped.text || /^\s*%%(?:(?!%%)[^])*%%\s*$/.test(mapped.text)) return;
    // In a work-like section, is this an accomplishment or a line that only looks like a bullet (a role
    // title, a skills list, a course row)? With a trained line model switched on (line-classifier.ts),
    // it decides after the rules; candidate mode only records the features for training.
    let features: Map<string, number> | undefined;
    if (isWorkLike(this.section.kind) && (this.candidates || this.classify)) {
      features = lineFeatures(mapped, { source, depth, firstInEntry: !!this.entry && this.entryOpen, noEntry: !this.entry });
      if (!this.candidates && accomplishmentScore(features) < ACCOMPLISHMENT_THRESHOLD) return;
    }
    const text = mapped.text.replace(/[\r\n]/g, ' ');
    const r = content ?? { start: mapped.offsets[0], end: mapped.offsets[mapped.text.length - 1] + 1 };
    const bullet: Bullet = {
      text,
      offsets: mapped.offsets,
      range: r,
      markerRange: marker,
      source,
      depth,
      section: this.section,
      entry: this.entry,
      index: this.bullets.length,
      tags: tagsIn(this.text.slice(r.start, r.end)),
    };
    if (this.candidates && features) this.candidateLog.push({ bullet, features, ruleReject: rejected });
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
    this.entryLevel = 7;
    this.entryHeadingLevel = 7;
    return section;
  }

  /**
   * "## Technical Experience" with nothing of its own, then "### Programming languages" as its only
   * sub-section, then the next "##": one section that the sub-heading names; its other sub-headings
   * ("### Tools") are groups in it. Only under a heading that names no kind of its own (a generic head
   * with modifiers): "# Academic Research" over "## Publications" keeps both.
   */
  private mergeLoneSubsections(): void {
    for (let i = 0; i + 1 < this.sections.length; i++) {
      const [outer, inner, after] = [this.sections[i], this.sections[i + 1], this.sections[i + 2]];
      if (!outer.headingRange || !inner.headingRange || outer.kind === 'header' || inner.kind === 'header') continue;
      if (inner.level <= outer.level || (after && after.level > outer.level)) continue;
      if (outer.entries.length || outer.bullets.length || !isGenericHeading(outer.title)) continue;
      const between = this.text.slice(outer.headingRange.end, inner.headingRange.start);
      if (/[\p{L}\p{N}]/u.test(between.replace(/<!--[\s\S]*?-->/g, ''))) continue;
      outer.kind = inner.kind;
      for (const e of inner.entries) e.section = outer;
      for (const b of inner.bullets) b.section = outer;
      outer.entries.push(...inner.entries);
      outer.bullets.push(...inner.bullets);
      outer.range.end = inner.range.end;
      this.sections.splice(i + 1, 1);
    }
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

  /** Plain text of inline content with each character's style; records HTML comments it passes. */
  private inline(children: PhrasingContent[]): StyledText {
    const b = new StyledTextBuilder();
    const walk = (nodes: PhrasingContent[], style: number) => {
      for (const node of nodes) {
        const s = start(node);
        const e = end(node);
        switch (node.type) {
          case 'text':
            b.appendAligned(node.value, this.text, s, e, style);
            break;
          case 'inlineCode': {
            const inner = this.text.indexOf(node.value, s);
            b.appendAligned(node.value, this.text, inner >= 0 && inner < e ? inner : s, e, style);
            break;
          }
          case 'break':
            b.appendSynthetic('\n', s);
            break;
          case 'html': {
            const tag = /^<\/?([a-z][\w-]*)/i.exec(node.value.trim());
            if (/^<br\s*\/?>$/i.test(node.value.trim())) b.appendSynthetic('\n', s);
            else if (node.value.startsWith('<!--')) this.recordInlineComment(node.value, { start: s, end: e });
            // A tag such as <span class="spacer"> separates the words on either side of it.
            else if (tag && !INLINE_FORMAT_TAGS.has(tag[1].toLowerCase())) b.appendSynthetic(' ', s);
            break;
          }
          case 'image':
          case 'imageReference':
          case 'footnoteReference':
            break;
          case 'strong':
            walk(node.children, style | BOLD);
            break;
          case 'emphasis':
            walk(node.children, style | ITALIC);
            break;
          case 'link':
          case 'linkReference':
            walk(node.children, style | LINK);
            break;
          default:
            if ('children' in node) walk(node.children as PhrasingContent[], style);
        }
      }
    };
    walk(children, 0);
    return renderPandocAttributes(renderLatexInline(b.build(), this.text), this.text);
  }

  private seenComments = new Set<number>();

  private recordInlineComment(text: string, r: OffsetRange): void {
    if (this.seenComments.has(r.start)) return; // inline text of a node can be read twice
    this.seenComments.add(r.start);
    this.comments.push({ text, range: r });
  }

  /** End of a list marker: "-", "1.", "* [ ]" up to where the content starts. */
  private markerEnd(itemStart: number, contentStart: number): number {
    const m = /^[ \t]*([-*+]|\d{1,9}[.)])/.exec(this.text.slice(itemStart, contentStart));
    return m ? itemStart + m[0].length : itemStart + 1;
  }
}

/**
 * Whether `next` continues the sentence of `line` (a hard-wrapped paragraph): `line` stops mid-sentence
 * (on a comma, a hyphen or a function word) or `next` opens in lower case or with a bracket.
 */
function continuesLine(line: string, next: string): boolean {
  const t = line.trimEnd();
  if (endsSentence(t) || /[:：]$/.test(t)) return false;
  // A lower-case word ("tools to …", "(see …)"), not a name such as "iPhone" or "sDiv".
  if (/^(?:\(|[\p{Ll}][\p{Ll}'’-]*(?![\p{L}\p{N}]))/u.test(next.trimStart())) return true;
  return /(?:[,;–-]|\b(?:the|a|an|of|and|or|to|in|on|for|with|by|at|as|from|our|its|their|his|her)\b)$/i.test(t);
}

/** A past or -ing verb opens a sentence ("Built …", "Leading …"); a base form ("Field", "Cloud") may be a noun. */
function opensWithVerbForm(text: string): boolean {
  // (After an adverb: "Actively took part …".)
  const ws = text.trimStart().split(/\s+/);
  const word = /^\p{L}+ly$/u.test(ws[0] ?? '') ? ws[1] : ws[0];
  return ['past', 'gerund', 'third'].includes(readVerb(word ?? '')?.form ?? '');
}

/** "Booked moves for staff": a past-tense verb, then words in lower case — a sentence, though it ends on a role word. */
function opensPastClause(text: string): boolean {
  return readVerb(text.trimStart().split(/\s+/)[0] ?? '')?.form === 'past' && !isTitleCase(text);
}

/** An item that reads as a role title, not a sentence: short, no clause punctuation, no opening verb. */
function isTitleLikeItem(text: string): boolean {
  return wordCount(text) <= 8 && !endsSentence(text) && !/[,;:]/.test(text) && !opensWithVerbForm(text);
}

/** mayDemote's answer for an entry's items (their texts; none when there are too many or they are not
 * the last bullets of all), computed when asked. */
function lazyDemotable(texts: readonly string[]): () => boolean {
  return () => texts.length > 0 && texts.every(isTitleLikeItem);
}

/** A list item that introduces its sub-items with a clause ("Led three migrations, including:"), not a label. */
function isMarkedLeadIn(line: StyledText): boolean {
  return isLeadIn(line) && wordCount(line.text) >= 4 && !isFieldLine(line) && !isLinkOnly(line) && !isTermList(line.text.replace(/[:：]\s*$/, ''));
}

/** List markers inside a code fence: Markdown's own and pasted glyphs. */
const CODE_MARKER = /^[ \t]*([-*+•▪◦–]|\d{1,3}[.)])[ \t]+/;

const INLINE_FORMAT_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'a', 'code', 'sup', 'sub', 'font', 'mark', 's', 'del', 'ins', 'small', 'big', 'kbd', 'abbr', 'tt']);

/** Sections whose bullets are accomplishments: the rules judge them, and unmarked lines there are bullets. */
function isWorkLike(kind: SectionKind): boolean {
  return isNarrativeKind(kind);
}

/**
 * A section's kind when its content contradicts its title, judged by the shape of its lines:
 * - a summary or "About" block made of "Label: value" lines (Name, Title, Location, …) is the header's
 *   personal details, not a summary;
 * - a skills section written only as paragraphs of full sentences ("I have twenty years of …") is a summary.
 */
function kindByContent(section: Section, text: string): SectionKind {
  if (!section.headingRange || (section.kind !== 'summary' && section.kind !== 'skills')) return section.kind;
  const body = text.slice(section.headingRange.end, Math.min(section.range.end, section.headingRange.end + 4000));
  const lines = body.split(/\r?\n/).map((l) => l.trim()).filter((l) => /[\p{L}\p{N}]/u.test(l) && !/^(?:<!--|!\[|\[!\[)/.test(l));
  if (!lines.length) return section.kind;
  const content = lines.map((l) => l.replace(/^(?:[-*+]|\d{1,2}[.)])\s+/, '').replace(/[*_`]/g, ''));
  if (section.kind === 'summary') {
    const keyValue = content.filter((l) => /^[^:：]{1,30}[:：]/.test(l) && wordCount(l.slice(0, l.search(/[:：]/))) <= 3).length;
    return keyValue >= 3 && keyValue >= 0.6 * content.length ? 'header' : section.kind;
  }
  const prose = (l: string, i: number) => !/^(?:[-*+•]|\d{1,2}[.)])\s/.test(lines[i]) && !/[:：]/.test(l.slice(0, 40)) && wordCount(l) >= 8 && endsSentence(l);
  return content.length >= 2 && content.every(prose) ? 'summary' : section.kind;
}

/** Work-like kinds read as one class, summary and objective as another (as the measure does). */
function sectionClass(kind: SectionKind): string {
  if (isWorkLike(kind)) return 'work';
  return kind === 'objective' ? 'summary' : kind;
}

/** A setext heading (underlined, no "#") whose text is sentences: 12 words or more ending a sentence. */
function isSetextProse(source: string, node: Heading, text: string): boolean {
  if (!node.children.length || source[start(node)] === '#' || /^\s*#/.test(source.slice(start(node), start(node) + 4))) return false;
  return text.split(/\s+/).length >= 12 && /[.!?](?:\s|$)/.test(text);
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

/**
 * Columns of a record table that hold descriptions: long cells (a median of 8 words or more),
 * sentences, or phrases of five words or more after the first column. The first column of course
 * names or project phases ("Intro to Statistics (Univ.)") names the rows.
 */
function proseColumns(rows: StyledText[][]): Set<number> {
  const out = new Set<number>();
  const body = rows.slice(1);
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const cells = body.map((r) => r[c]?.text ?? '').filter((t) => t.trim());
    if (!cells.length) continue;
    const words = cells.map(wordCount).sort((a, b) => a - b);
    const median = words[Math.floor(words.length / 2)];
    const sentences = cells.filter((t) => endsSentence(t) || /[.!?]\s/.test(t)).length;
    // The first column names the row (a company, a course, a tool); a later column of phrases
    // ("Built a parser in Rust") describes it.
    if (median >= 8 || sentences * 2 >= cells.length || (median >= 5 && c > 0)) out.add(c);
  }
  return out;
}

/** A line that opens with a date range (not a lone year) and a separator before its note: "2019 – 2021 — caring for family". */
function leadsWithDateRange(text: string): boolean {
  const t = text.trimStart();
  const found = findDateRange(t);
  if (!found || found.index !== 0 || (found.end === found.start && !found.current)) return false;
  return /^[ \t]*[—–:|·-][ \t]/.test(t.slice(found.raw.length));
}

/**
 * The column of a layout table: its header names a work-like section ("Experience", "Projects") and its
 * cells hold the section's lines — two or more marked ("•", "-") lines or dated lines. A record table's
 * header ("Company | Role | Period") names no section, so it is read row by row as before.
 */
function layoutColumn(rows: StyledText[][]): { column: number; kind: SectionKind } | undefined {
  if (rows.length < 3 || rows[0].length < 2) return undefined;
  for (let c = 0; c < rows[0].length; c++) {
    const kind = exactSectionKindOf(rows[0][c].text);
    if (!kind || !isWorkLike(kind)) continue;
    let lines = 0;
    for (const cells of rows.slice(1)) {
      for (const piece of cells[c] ? styledLines(cells[c]) : []) {
        if (GLYPH_BULLET.test(piece.text) || /^[ \t]*[-*+][ \t]+\S/.test(piece.text) || findDateRange(piece.text)) lines++;
      }
    }
    if (lines >= 2) return { column: c, kind };
  }
  return undefined;
}

/** The cells of a table row as one line, "Acme | Engineer | 2021 – 2023", each character at its source offset. */
function joinCells(cells: StyledText[]): StyledText {
  const b = new StyledTextBuilder();
  for (const cell of cells) {
    if (!cell.text) continue;
    if (b.length) for (const ch of ' | ') b.push(ch, cell.offsets[0], 0);
    for (let i = 0; i < cell.text.length; i++) b.push(cell.text[i] === '\n' ? ' ' : cell.text[i], cell.offsets[i], cell.styles[i]);
  }
  return b.build();
}

/** Strips separators and unbalanced brackets at both ends; keeps "(Co-op)" whole. */
function cleanPart(p: string): string {
  let s = p.replace(/^[\s,;:*_|·•–—-]+|[\s,;:*_|·•–—-]+$/g, '');
  for (let changed = true; changed && s; ) {
    changed = false;
    const open = (s.match(/[([]/g) ?? []).length;
    const close = (s.match(/[)\]]/g) ?? []).length;
    if (close > open && /[)\]]$/.test(s)) [s, changed] = [s.slice(0, -1).trim(), true];
    else if (open > close && /^[([]/.test(s)) [s, changed] = [s.slice(1).trim(), true];
    else if (open > close && /[([]$/.test(s)) [s, changed] = [s.slice(0, -1).trim(), true];
    else if (close > open && /^[)\]]/.test(s)) [s, changed] = [s.slice(1).trim(), true];
    if (/^[([][)\]]$/.test(s)) s = '';
    s = s.replace(/^[\s,;:*_|·•–—-]+|[\s,;:*_|·•–—-]+$/g, '');
  }
  return s.replace(/\(\s*\)|\[\s*\]/g, '').trim();
}

/** "{.unnumbered}", "{#skills .unlisted}", "{-}": a Pandoc attribute block ending a heading. */
const PANDOC_HEADER_ATTRIBUTES = /\s*\{(?:-|(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[#.][\w:-]+|[\w-]+=(?:"[^"]*"|\S+)))*)\}\s*$/;

/** A heading's words without a Pandoc attribute block after them. */
function withoutHeaderAttributes(text: string): string {
  const attributes = PANDOC_HEADER_ATTRIBUTES.exec(text);
  return attributes && attributes.index > 0 ? text.slice(0, attributes.index) : text;
}

/**
 * The entry's dates in its heading: the first date, unless a remark in brackets runs into it ("… (Accra;
 * remote from Toronto since Aug 2026)") and a date follows — the entry's own line ("*March 2022 – Present*").
 */
function entryDateIn(text: string): ReturnType<typeof findDateRange> {
  const found = findDateRange(text);
  if (!found) return found;
  const lineBefore = text.slice(text.lastIndexOf('\n', found.index - 1) + 1, found.index);
  if (!/\([^()]*\p{L}\s+$/u.test(lineBefore)) return found;
  const after = found.index + found.raw.length;
  const later = findDateRange(text.slice(after));
  return later ? { ...later, index: later.index + after } : found;
}

/** Title, organisation, role, location and dates from an entry heading in its common shapes:
 * "Software Engineer Intern, Acme Corp — Toronto, ON | May 2024 – Aug 2024", "Acme — Engineer (2023)",
 * "Engineer | Acme | 2021 – 2023", "Engineer at Acme", or one field a line. */

function fillEntryFields(entry: Entry): void {
  const text = entry.heading.text;
  const found = entryDateIn(text);
  entry.dates = undefined;
  if (found) {
    const { index, ...rest } = found;
    entry.dates = {
      ...rest,
      range: { start: entry.heading.offsets[index], end: entry.heading.offsets[index + found.raw.length - 1] + 1 },
    };
  }
  const withoutDates = found ? text.slice(0, found.index) + text.slice(found.index + found.raw.length) : text;
  // " -- " is a dash typed the LaTeX way. In Education "at" belongs to the school's name ("University of Texas at Austin").
  const parts = withoutDates
    .split(entry.section.kind === 'education' ? /\s+(?:[|—–-]|-{2,3})\s+|\s+@\s+|\n|\s*[|·•]\s*|\s+\/\s+/ : /\s+(?:[|—–-]|-{2,3})\s+|\s+@\s+|\s+at\s+|\n|\s*[|·•]\s*|\s+\/\s+/)
    .map(cleanPart)
    .filter((p) => p && !/^(?:expected|present|current)$/i.test(p));
  const [first, second, ...rest] = parts;
  entry.title = first;
  entry.organisation = undefined;
  entry.role = undefined;
  entry.location = undefined;
  const isPlace = (p: string) => /^[A-Z][\w .'-]+,\s*[A-Z]{2}\b|^remote$/i.test(p);
  const location = [second, ...rest].find((p) => p !== undefined && isPlace(p));
  if (location) entry.location = location;
  if (second && !isPlace(second)) {
    // Which of the first two is the job title: the one with a role word ("Engineer", "Intern").
    if (hasRoleWord(first) || !hasRoleWord(second)) entry.organisation = second;
    else {
      entry.organisation = first;
      if (entry.section.kind !== 'education') entry.role = second;
    }
  } else if (first?.includes(',') && !/\(.*,.*\)/.test(first)) {
    const [a, b] = first.split(/,\s*/, 2);
    entry.title = a;
    entry.organisation = b;
  }
  if (entry.section.kind !== 'education') entry.role ??= entry.title;
}

/** "Electrician's Helper — Acme Electric, Hamilton, ON": a name in Title Case, a separator, more names; no sentence. */
function isPlainEntryTitle(text: string): boolean {
  const t = text.trim();
  if (wordCount(t) > 16 || /[.!?…:]$/.test(t)) return false;
  const parts = t.split(/\s+[—–|·]\s+|,\s+/);
  if (parts.length < 2) return false;
  const head = parts[0];
  return wordCount(head) <= 6 && isTitleCase(head);
}

/**
 * A section headed by the person's own name ("Ana Lima (Ani) {#title}" in an R Markdown pagedown resume,
 * under its "Main" region) is the resume's header, its prose the summary under the name.
 */
function markNameSection(doc: ResumeDocument): void {
  const name = doc.profile.name?.trim();
  if (!name || name.split(/\s+/).length < 2) return;
  for (const section of doc.sections) {
    if (section.kind === 'other' && section.headingRange && section.title.trim().startsWith(name)) section.kind = 'header';
  }
}

