// Writes the tailored Markdown from the plan by moving and deleting whole source blocks. Nothing is
// typed anew: kept bullets are the source's bytes, reordered; only ordered-list numbers are redone.

import type { ResumeDocument } from '../document/types';
import type { OffsetRange, TextEdit } from '../types';
import { blocksOf, contiguousRuns, lineEndAfter, lineStart, type BulletBlock } from './blocks';
import { byRelevance, type BulletPlan, type GroupPlan, type Plan } from './select';
import { reorderSkillsLine } from './skills-line';

export interface RewriteResult {
  markdown: string;
  /** Entries (or sections) whose bullets changed order. */
  reordered: string[];
}

export function rewriteResume(doc: ResumeDocument, plan: Plan): RewriteResult {
  const text = doc.text;
  const inner: TextEdit[] = [];
  const regions: TextEdit[] = [];
  const reordered: string[] = [];

  // Nested bullets dropped for their tags, and items of skills lines, are edits inside blocks.
  for (const b of plan.droppedNested) {
    const [block] = blocksOf(text, [b], doc.bullets);
    inner.push({ range: { start: block.start, end: block.end }, newText: '' });
  }
  for (const section of doc.sections) {
    if (section.kind !== 'skills') continue;
    const from = section.headingRange ? lineEndAfter(text, section.headingRange.end) : section.range.start;
    const lines: { start: number; end: number; text: string }[] = [];
    for (let at = from; at < section.range.end; ) {
      const end = lineEndAfter(text, at + 1);
      const lineEnd = Math.min(text[end - 1] === '\n' ? end - 1 : end, section.range.end);
      lines.push({ start: at, end: lineEnd, text: text.slice(at, lineEnd) });
      at = end;
    }
    // Only a list that sits on one line: a paragraph or list item that wraps onto the next line
    // (a lazy continuation, which a pasted "•" line after a list item also is) is left alone.
    // An ATX heading needs a space after its #s ("#!" continues the line above, as CommonMark reads it).
    const opensBlock = (l?: { text: string }) => !l || !l.text.trim() || /^\s*([-*+]\s|\d{1,9}[.)]\s|#{1,6}(?:\s|$)|\|)/.test(l.text);
    const isGlyph = (l?: { text: string }) => !!l && /^\s*[•●▪■◦·‣►▸➢➤✓✔–—]\s/.test(l.text);
    lines.forEach((line, i) => {
      const glyph = isGlyph(line);
      if (!glyph && !opensBlock(line) && !opensBlock(lines[i - 1])) return;
      const next = lines[i + 1];
      if (!opensBlock(next) && !(glyph && isGlyph(next))) return;
      const edit = reorderSkillsLine(text, line.start, line.end, (k) => plan.keywordWeight.get(k));
      if (edit) inner.push(edit);
    });
  }

  for (const { entry } of plan.droppedEntries) {
    const section = entry.section;
    const next = section.entries.find((e) => e.range.start > entry.range.start);
    const start = lineStart(text, entry.range.start);
    const end = next ? lineStart(text, next.range.start) : section.range.end;
    regions.push({ range: { start, end }, newText: '' });
  }

  const cuts = (plan.droppedRanges ?? []).map((d) => d.range);
  const insideCut = (r: OffsetRange) => cuts.some((c) => contains(c, r));
  for (const c of cuts) regions.push({ range: c, newText: '' });

  for (const group of plan.groups) {
    const blocks = blocksOf(text, group.bullets.map((p) => p.bullet), doc.bullets);
    const planOf = new Map(group.bullets.map((p) => [p.bullet, p]));
    for (const run of contiguousRuns(text, blocks)) {
      if (insideCut({ start: run[0].start, end: run[run.length - 1].end })) continue;
      const plans = run.map((b) => planOf.get(b.bullet)!);
      const kept = plans.filter((p) => !p.dropped);
      // Skills lines with a label or a list ("Languages: Java, Go") keep their order, their items move;
      // a list of single skills ("- Java", "- Go") is reordered as a whole.
      const movable = group.mode === 'narrative' || (group.mode === 'skills' && kept.every((p) => !/[:,;|]/.test(p.bullet.text)));
      const order = movable ? byRelevance(kept) : kept;
      const changedOrder = order.some((p, i) => p !== kept[i]);
      if (!changedOrder && kept.length === plans.length) continue;
      if (changedOrder) reordered.push(group.entry ? group.entry.heading.text.split('\n')[0] : group.section.title);
      regions.push(renderRun(text, run, order, inner));
    }
  }

  const outside = inner.filter((e) => !regions.some((r) => contains(r.range, e.range)));
  // A cut section swallows the entries and runs inside it.
  const kept = regions.filter((r) => !cuts.some((c) => contains(c, r.range) && !(r.range.start === c.start && r.range.end === c.end)));
  return { markdown: applyEdits(text, [...kept, ...outside]), reordered };
}

/** The run's region rewritten with the kept blocks in the new order. */
function renderRun(text: string, run: BulletBlock[], order: BulletPlan[], inner: TextEdit[]): TextEdit {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  const blockOf = new Map(run.map((b) => [b.bullet, b]));
  // Loose lists separate items by a blank line; keep whichever style the run used.
  const gap = run.length > 1 ? text.slice(run[0].end, run[1].start) : '';
  const endsWithNewline = text[end - 1] === '\n';
  const pieces = order.map((p) => {
    const block = blockOf.get(p.bullet)!;
    const local = inner.filter((e) => contains({ start: block.start, end: block.end }, e.range));
    return applyEdits(text.slice(block.start, block.end), local.map((e) => shift(e, -block.start))).replace(/\n+$/, '');
  });
  const numbered = renumber(pieces, text.slice(run[0].start, run[0].end));
  let newText = numbered.join('\n' + gap);
  if (newText && endsWithNewline) newText += '\n';
  return { range: { start, end }, newText };
}

/** Ordered lists: number the moved items from the first item's number on. */
function renumber(pieces: string[], firstBlock: string): string[] {
  const first = /^(\s*)(\d{1,9})([.)])/.exec(firstBlock);
  if (!first) return pieces;
  let n = Number(first[2]);
  return pieces.map((p) => p.replace(/^(\s*)\d{1,9}([.)])/, (_m, indent: string, dot: string) => `${indent}${n++}${dot}`));
}

function contains(outer: OffsetRange, inner: OffsetRange): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

function shift(e: TextEdit, by: number): TextEdit {
  return { range: { start: e.range.start + by, end: e.range.end + by }, newText: e.newText };
}

/** Applies non-overlapping edits (later ones first so offsets stay valid). */
function applyEdits(text: string, edits: TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.range.start - a.range.start || b.range.end - a.range.end);
  // Pieces from the end, joined once: splicing the whole text per edit is quadratic on a long document.
  const parts: string[] = [];
  let limit = text.length; // start of the last edit applied; the text after it is in `parts`
  for (const e of sorted) {
    if (e.range.end > limit) continue; // overlapping: keep the later-starting edit
    parts.push(text.slice(e.range.end, limit), e.newText);
    limit = e.range.start;
  }
  parts.push(text.slice(0, limit));
  return parts.reverse().join('');
}

export type { GroupPlan };
