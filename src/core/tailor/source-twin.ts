// A LaTeX, RenderCV or JSON Resume source tailored twice over: the match, the bullet order and the
// one-page fitting run on a Markdown "twin" written from the parsed document (sections, entries with
// their dates and details, bullets verbatim as plain text), which also gives the HTML and the PDF; the
// resulting selection of bullets maps back to the source's own bullets, and tailoredSource() writes
// the tailored version in the source's format (formats/tailored.ts: bullets selected and reordered
// verbatim, everything else as written).

import { parse as parseYaml } from 'yaml';
import { parseResume } from '../document/parse';
import type { Bullet, Entry, ResumeDocument, Section, SectionKind } from '../document/types';
import { tailoredSource } from '../formats/tailored';
import { withProfileHeader } from '../render/header';
import { byRelevance, type Plan } from './select';

export interface SourceTwin {
  /** The parsed source (LaTeX, RenderCV, JSON Resume). */
  source: ResumeDocument;
  /** The Markdown twin, parsed: what the tailoring runs on. */
  doc: ResumeDocument;
  /** Twin bullet → the source bullet it was written from. */
  toSource: Map<Bullet, Bullet>;
}

const TITLES: Partial<Record<SectionKind, string>> = {
  summary: 'Summary', objective: 'Objective', experience: 'Experience', projects: 'Projects', research: 'Research',
  leadership: 'Leadership', education: 'Education', skills: 'Skills', awards: 'Awards', publications: 'Publications',
  certifications: 'Certifications', references: 'References',
};

/** Markdown-escapes plain text (the source's text is already resolved: no markup left to keep). */
const md = (s: string) => s.replace(/\s+/g, ' ').trim().replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([-+])(\s)/, '\\$1$2');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

export function markdownTwin(source: ResumeDocument): SourceTwin {
  const data = structuredData(source);
  let canonical = new Set<Section>();
  let written = writeTwin(source, canonical, data);
  let doc = parseResume(written.markdown);
  // A section the Markdown reader would not recognise by its source name ("work", "portfolio")
  // gets the plain name of its kind, so the twin reads as the source does.
  const mismatched = new Set(written.sections.filter((s, i) => s.kind !== 'other' && kindOf(doc, written.headings[i]) !== s.kind));
  if (mismatched.size) {
    canonical = mismatched;
    written = writeTwin(source, canonical, data);
    doc = parseResume(written.markdown);
  }
  return { source, doc, toSource: mapBullets(doc.bullets, written.bullets) };
}

function kindOf(doc: ResumeDocument, headingLine: number): SectionKind | undefined {
  return doc.sections.find((s) => s.headingRange && doc.lines.positionAt(s.headingRange.start).line === headingLine)?.kind;
}

function writeTwin(source: ResumeDocument, canonical: Set<Section>, data: unknown) {
  const lines: string[] = [];
  const bullets: Bullet[] = [];
  const sections: Section[] = [];
  const headings: number[] = [];
  const bullet = (b: Bullet) => {
    lines.push(`${'  '.repeat(Math.max(0, b.depth))}- ${md(b.text)}`);
    bullets.push(b);
  };
  for (const section of source.sections) {
    if (section.kind === 'header' && !section.bullets.length && !section.entries.length) continue;
    const title = canonical.has(section) ? (TITLES[section.kind] ?? section.title) : section.title || TITLES[section.kind] || 'Other';
    sections.push(section);
    headings.push(lines.length);
    lines.push(`## ${md(title.charAt(0).toUpperCase() + title.slice(1))}`, '');
    // Loose bullets and entries in source order.
    const items: (Entry | Bullet)[] = [...section.bullets.filter((b) => !b.entry), ...section.entries];
    items.sort((a, b) => startOf(a) - startOf(b));
    let inList = false;
    for (const item of items) {
      if ('heading' in item) {
        if (inList) lines.push('');
        inList = false;
        lines.push(`### ${md(item.heading.text)}`, '');
        const heading = norm(item.heading.text);
        const dates = item.dates?.raw && !heading.includes(norm(item.dates.raw)) ? norm(item.dates.raw) : '';
        const details = item.bullets.length ? '' : detailsOf(data, item);
        if (dates) lines.push(md(dates), '');
        if (details) lines.push(md(details), '');
        for (const b of item.bullets) bullet(b);
        if (item.bullets.length) lines.push('');
      } else {
        bullet(item);
        inList = true;
      }
    }
    if (inList) lines.push('');
  }
  // The name and contacts at the top, from the source's profile (its header, \name{}, `cv:`, `basics`).
  const body = lines.join('\n') + '\n';
  const markdown = withProfileHeader(body, source.profile);
  const shift = markdown.slice(0, markdown.length - body.length).split('\n').length - 1;
  return { markdown, bullets, sections, headings: headings.map((h) => h + shift) };
}

const startOf = (x: Entry | Bullet) => ('heading' in x ? x.range.start : x.range.start);

/** Twin bullets are written one per source bullet, in order; checked by text, so a line the reader split or merged maps to nothing. */
function mapBullets(twin: Bullet[], written: Bullet[]): Map<Bullet, Bullet> {
  const out = new Map<Bullet, Bullet>();
  let j = 0;
  for (const b of twin) {
    const text = norm(b.text);
    let k = j;
    while (k < written.length && norm(written[k].text) !== text) k++;
    if (k < written.length) {
      out.set(b, written[k]);
      j = k + 1;
    }
  }
  return out;
}

/** YAML and JSON sources as data (JSON is YAML), for the details of entries without bullets (a skills line's list). */
function structuredData(doc: ResumeDocument): unknown {
  if (doc.format !== 'rendercv' && doc.format !== 'jsonresume') return undefined;
  try {
    return parseYaml(doc.text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

/** The other string values of the object an entry was read from ("Java, Python, Go" for a skills label). */
function detailsOf(data: unknown, entry: Entry): string {
  if (!data || !entry.title) return '';
  const heading = norm(entry.heading.text);
  let found = '';
  const visit = (node: unknown, depth: number): void => {
    if (found || depth > 8 || !node || typeof node !== 'object') return;
    if (!Array.isArray(node)) {
      const values = Object.values(node as Record<string, unknown>);
      if (values.some((v) => typeof v === 'string' && norm(v) === norm(entry.title!))) {
        const parts = values
          .flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) && v.every((x) => typeof x === 'string') ? [v.join(', ')] : []))
          .map(norm)
          .filter((v) => v && !heading.includes(v) && !norm(entry.dates?.raw ?? '').includes(v) && !/^https?:/.test(v));
        found = parts.join(' · ');
        return;
      }
    }
    for (const v of Object.values(node as object)) visit(v, depth + 1);
  };
  visit(data, 0);
  return found;
}

/**
 * The tailored source: the plan's kept bullets (after one-page cuts), in the plan's order, mapped back
 * to the source and written by tailoredSource(). An entry whose bullets all went keeps its most
 * relevant one there, since removing an entry from a LaTeX or YAML template needs the template's own
 * structure (the Markdown, HTML and PDF drop it whole).
 */
export function tailoredSourceText(twin: SourceTwin, plan: Plan): string {
  const kept: Bullet[] = [];
  const droppedNested = new Set(plan.droppedNested);
  const cut = (b: Bullet) => (plan.droppedRanges ?? []).some((d) => d.range.start <= b.range.start && b.range.end <= d.range.end);
  for (const group of plan.groups) {
    const alive = group.bullets.filter((p) => !p.dropped && !cut(p.bullet));
    const order = group.mode === 'fixed' ? alive : byRelevance(alive);
    for (const p of order) {
      const first = twin.toSource.get(p.bullet);
      if (!first) continue;
      kept.push(first);
      // Nested bullets move with their parent.
      for (let i = first.index + 1; i < twin.source.bullets.length && twin.source.bullets[i].depth > first.depth && twin.source.bullets[i].entry === first.entry; i++) {
        const child = twin.source.bullets[i];
        const twinChild = [...twin.toSource].find(([, s]) => s === child)?.[0];
        if (!twinChild || !droppedNested.has(twinChild)) kept.push(child);
      }
    }
  }
  // Source bullets the twin could not map stay where they are.
  const mapped = new Set(twin.toSource.values());
  for (const b of twin.source.bullets) if (!mapped.has(b) && !kept.includes(b)) kept.push(b);
  // An entry (or a section's loose list) left with no bullet keeps its most relevant one.
  const keptSet = new Set(kept);
  const relevance = new Map(plan.groups.flatMap((g) => g.bullets.map((p) => [twin.toSource.get(p.bullet), p] as const)));
  const containers = new Map<object, Bullet[]>();
  for (const b of twin.source.bullets) containers.set(b.entry ?? b.section, [...(containers.get(b.entry ?? b.section) ?? []), b]);
  for (const bullets of containers.values()) {
    if (bullets.some((b) => keptSet.has(b))) continue;
    const best = bullets.filter((b) => b.depth === bullets[0].depth).sort((a, b) => (relevance.get(b)?.relevance ?? 0) - (relevance.get(a)?.relevance ?? 0) || a.index - b.index)[0];
    if (best) kept.push(best);
  }
  return tailoredSource(twin.source, kept);
}
