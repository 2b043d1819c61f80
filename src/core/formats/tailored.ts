// The tailored resume in the source's own format: the same file with, under each entry, only the kept
// bullets, in the order given, copied verbatim (a .tex stays a .tex that compiles as before, a .json
// stays valid JSON). Everything outside the bullets is left as written.
import type { Bullet, ResumeDocument } from '../document/types';
import type { OffsetRange } from '../types';

/**
 * @param doc the parsed source resume (any format)
 * @param kept the bullets to keep, in the order they should appear within their entry
 * @returns the new source text
 */
export function tailoredSource(doc: ResumeDocument, kept: readonly Bullet[]): string {
  const text = doc.text;
  const keptSet = new Set(kept);
  const order = new Map(kept.map((b, i) => [b, i]));
  // Bullets grouped by their container: an entry, else the section.
  const groups = new Map<object, Bullet[]>();
  for (const b of doc.bullets) {
    const key = b.entry ?? b.section;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(b);
  }
  const edits: { range: OffsetRange; newText: string }[] = [];
  for (const bullets of groups.values()) {
    if (!bullets.some((b) => !keptSet.has(b)) && isSorted(bullets.map((b) => order.get(b) ?? 0))) continue;
    const slots = bullets.map((b) => unitOf(doc, b));
    if (!disjoint(slots)) continue; // several bullets on one line: leave the group as written
    const units = bullets
      .filter((b) => keptSet.has(b))
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .map((b) => text.slice(unitOf(doc, b).start, unitOf(doc, b).end));
    const filled = doc.format === 'jsonresume' ? jsonCommas(units, slots.map((s) => text.slice(s.start, s.end))) : units;
    slots.forEach((slot, i) => edits.push({ range: slot, newText: filled[i] ?? '' }));
  }
  edits.sort((a, b) => b.range.start - a.range.start);
  let out = text;
  for (const e of edits) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function isSorted(xs: number[]): boolean {
  return xs.every((x, i) => i === 0 || xs[i - 1] <= x);
}

function disjoint(spans: OffsetRange[]): boolean {
  return spans.every((s, i) => i === 0 || spans[i - 1].end <= s.start);
}

/** A bullet's whole unit in the source: its marker or macro through its closing quote/brace, widened to whole lines when it has them to itself. */
function unitOf(doc: ResumeDocument, b: Bullet): OffsetRange {
  const text = doc.text;
  let start = Math.min(b.markerRange?.start ?? b.range.start, b.range.start);
  let end = b.range.end;
  if (doc.format === 'latex' && text[end] === '}') end++;
  if ((doc.format === 'jsonresume' || doc.format === 'rendercv') && /["']/.test(text[end] ?? '')) end++;
  if ((doc.format === 'jsonresume' || doc.format === 'rendercv') && /["']/.test(text[start - 1] ?? '') && !b.markerRange) start--;
  if (doc.format === 'rendercv' && b.markerRange) start = Math.min(start, b.markerRange.start);
  if (doc.format === 'jsonresume' && /["]/.test(text[start - 1] ?? '')) start--;
  if (doc.format === 'jsonresume' && text[end] === ',') end++;
  while (end > start && /\s/.test(text[end - 1])) end--; // a block scalar's range takes its line break
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nl = text.indexOf('\n', end);
  const lineEnd = nl < 0 ? text.length : nl + 1;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  if (/^[ \t]*$/.test(before) && /^[ \t]*(%[^\n]*)?\r?\n?$/.test(after)) return { start: lineStart, end: lineEnd };
  return { start, end };
}

/** JSON arrays: every kept string but the last ends with a comma, as the originals did. */
function jsonCommas(units: string[], originals: string[]): string[] {
  const lastHadComma = /,\s*$/.test(originals[originals.length - 1] ?? '');
  return units.map((u, i) => {
    const m = /^([\s\S]*?"),?(\s*)$/.exec(u);
    if (!m) return u;
    const comma = i < units.length - 1 || lastHadComma ? ',' : '';
    return m[1] + comma + m[2];
  });
}
