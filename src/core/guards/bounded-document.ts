// The document as rules see it: its text ends where analysis ends (src/core/guards/bounded-source.ts),
// characters past MAX_BULLET_CHARS on a line read as spaces, it holds at most MAX_BULLETS bullets (the
// first ones), and every bullet and entry heading is cut to MAX_BULLET_CHARS characters, so no rule (tagging, phrase search, similarity, scans of the
// source) does more than bounded work. Ranges and offsets stay those of the source, so findings land
// where they belong; a bullet keeps its whole range, so a rule about the bullet as a whole still
// underlines all of it. The document the caller holds is not changed (tailoring reads every word).
import type { Bullet, Entry, MappedText, ResumeDocument, Section } from '../document/types';
import { MAX_BULLET_CHARS, MAX_BULLETS } from '../limits';
import { createLineIndex } from '../text/line-index';
import { analysedEnd } from './bounded-source';

/** `doc` itself when nothing is past a limit (every real resume); otherwise a bounded copy. */
export function boundDocument(doc: ResumeDocument): ResumeDocument {
  const tooLong = (m: MappedText) => m.text.length > MAX_BULLET_CHARS;
  const end = analysedEnd(doc);
  const text = blankLongLines(doc.text.slice(0, end));
  const sameText = text === doc.text;
  const tooMany = doc.bullets.length > MAX_BULLETS;
  if (sameText && !tooMany && !doc.bullets.some(tooLong) && !doc.sections.some((s) => s.entries.some((e) => tooLong(e.heading)))) return doc;
  const clamp = (r: { start: number; end: number }) => (r.end > end ? { start: Math.min(r.start, end), end } : r);

  const sections = new Map<Section, Section>();
  const entries = new Map<Entry, Entry>();
  const bullets = new Map<Bullet, Bullet>();
  for (const s of doc.sections) {
    const section: Section = { ...s, range: clamp(s.range), entries: [], bullets: [] };
    sections.set(s, section);
    for (const e of s.entries) {
      const heading = tooLong(e.heading) ? { ...cut(e.heading), range: e.heading.range } : e.heading;
      entries.set(e, { ...e, heading, section, range: clamp(e.range), bullets: [] });
    }
  }
  const kept = tooMany ? doc.bullets.slice(0, MAX_BULLETS) : doc.bullets;
  for (const b of kept) {
    const entry = b.entry && entries.get(b.entry);
    bullets.set(b, { ...b, ...(tooLong(b) ? cut(b) : {}), section: sections.get(b.section) ?? b.section, entry });
  }
  // Bullets past MAX_BULLETS are left out everywhere (a section or entry lists only kept ones).
  const dropped = new Set(doc.bullets.slice(kept.length));
  const keptOf = (list: readonly Bullet[]) => list.filter((b) => !dropped.has(b)).map((b) => bullets.get(b) ?? b);
  for (const [old, section] of sections) {
    section.entries = old.entries.map((e) => entries.get(e)!);
    section.bullets = keptOf(old.bullets);
  }
  for (const [old, entry] of entries) entry.bullets = keptOf(old.bullets);
  const lines = sameText ? doc.lines : createLineIndex(text);
  return { ...doc, text, lines, sections: [...sections.values()], bullets: kept.map((b) => bullets.get(b)!) };
}

/** Characters past MAX_BULLET_CHARS on a line replaced by spaces (same length, same lines). */
function blankLongLines(text: string): string {
  let out: string[] | undefined;
  let from = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let next = text.indexOf('\n', lineStart);
    if (next < 0) next = text.length;
    if (next - lineStart > MAX_BULLET_CHARS) {
      (out ??= []).push(text.slice(from, lineStart + MAX_BULLET_CHARS), ' '.repeat(next - lineStart - MAX_BULLET_CHARS));
      from = next;
    }
    lineStart = next + 1;
  }
  if (!out) return text;
  out.push(text.slice(from));
  return out.join('');
}

/** The first MAX_BULLET_CHARS characters, ending at a word boundary when one is near. */
function cut(m: MappedText): MappedText {
  let end = MAX_BULLET_CHARS;
  const space = m.text.lastIndexOf(' ', end);
  if (space > end - 100) end = space;
  const offsets = m.offsets.slice(0, end);
  offsets.push(offsets[end - 1] + 1);
  return { text: m.text.slice(0, end), offsets };
}
