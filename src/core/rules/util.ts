// Helpers rules share: mapping bullet-relative positions to source ranges and picking bullets.
import type { Bullet, Entry, ResumeDocument } from '../document/types';
import { isNarrativeKind } from '../document/parse';
import { sectionKindOf } from '../document/section-kinds';
import type { Lexicon } from '../lexicon';
import { analysisOf, type BulletAnalysis } from '../nlp';
import { sourceRange } from '../text/mapped';
import type { Fix, OffsetRange, RuleFinding } from '../types';
import { lineRole, type LineRole } from './work-line';

/** A finding on characters [start, end) of a bullet's plain text. */
export function bulletFinding(bullet: Bullet, start: number, end: number, message: string, fixes?: Fix[]): RuleFinding {
  return { range: sourceRange(bullet, start, end), message, fixes };
}

/** Replace plain-text characters [start, end) of a bullet with `newText` (in source coordinates). */
export function replaceInBullet(bullet: Bullet, start: number, end: number, newText: string, title: string, isPreferred = false): Fix {
  return { title, isPreferred, edits: [{ range: sourceRange(bullet, start, end), newText }] };
}

/** Bullets that describe work: experience, projects, research and leadership sections. */
/** The item a nested bullet sits under: the nearest earlier bullet of its section that is less deep. */
export function parentItem(bullets: readonly Bullet[], bullet: Bullet): Bullet | undefined {
  if (bullet.depth === 0) return undefined;
  const at = bullets[bullet.index] === bullet ? bullet.index : bullets.indexOf(bullet);
  for (let k = at - 1; k >= 0 && bullets[k].section === bullet.section; k--) if (bullets[k].depth < bullet.depth) return bullets[k];
  return undefined;
}

export function narrativeBullets(doc: ResumeDocument): Bullet[] {
  return doc.bullets.filter((b) => isNarrativeKind(b.section.kind) && !isTimelineItem(doc, b));
}

/**
 * "2019. Promoted to Banquet Captain": an ordered-list item numbered with a year is a dated note of a
 * timeline (Markdown reads the year as the list's number), not an accomplishment to measure or lengthen.
 */
function isTimelineItem(doc: ResumeDocument, b: Bullet): boolean {
  return !!b.markerRange && /^(?:19|20)\d\d[.)]$/.test(doc.text.slice(b.markerRange.start, b.markerRange.end));
}

/**
 * Narrative bullets that state work done — a clause led by the writer's verb or an accomplishment
 * fragment — and not a list of tools, a title, a learning statement or a lead-in (rules/work-line.ts). A line that opens with a verb but is capitalised like a title is a
 * title when one of its siblings (same entry, same depth) is a title, and work otherwise.
 */
export function workBullets(doc: ResumeDocument, lexicon: Lexicon): Bullet[] {
  const bullets = narrativeBullets(doc).filter((b) => !(b.entry && isBreakEntry(b.entry)));
  const roles = new Map<Bullet, LineRole>(bullets.map((b) => [b, lineRole(analysisOf(b, lexicon))]));
  const siblingIsTitle = (b: Bullet) => bullets.some((o) => o !== b && o.entry === b.entry && o.section === b.section && o.depth === b.depth && roles.get(o) === 'title');
  return bullets.filter((b) => {
    const role = roles.get(b);
    if (role === 'title-or-work' ? siblingIsTitle(b) : role !== 'work') return false;
    return !(b.entry && namesOtherSection(b.entry.heading.text) && !opensWithFiniteVerb(analysisOf(b, lexicon)));
  });
}

/**
 * "Childcare leave", "Career break", "Relocation to Canada and English study": time away from work, not a
 * role ("Relocation Specialist" or "Immigration Paralegal" is a job: the move needs its "to").
 */
const BREAK_HEADING = /\b(?:career (?:break|gap|pause)|(?:parental|maternity|paternity|childcare|child-care|family|medical|sick|personal|caregiver|care) leave|caregiving|sabbatical|gap year|(?:relocation|relocated|immigration|immigrated|move|moved) to)\b/i;

/** An entry for time away from work: its lines tell what filled the time, which asks no metric and no tense of a role. */
export function isBreakEntry(entry: Entry): boolean {
  return BREAK_HEADING.test([entry.heading.text, entry.title, entry.role, entry.organisation].filter(Boolean).join(' '));
}

/**
 * A heading the section classifier reads as a section of things held, not work done ("Programming
 * Languages", "Tools" under an experience section). Lines under it that open with a finite verb
 * ("Designed X") still state work; descriptions ("Erlang - building services, fixing legacy code")
 * do not. "Achievements" lists accomplishments, so awards are not among these.
 */
function namesOtherSection(heading: string): boolean {
  const kind = heading.trim() ? sectionKindOf(heading) : undefined;
  return kind === 'skills' || kind === 'other' || kind === 'education' || kind === 'certifications';
}

function opensWithFiniteVerb(a: BulletAnalysis): boolean {
  const verb = a.clauses[0]?.verb;
  return !!verb && a.clauses[0].verbs[0] === a.opening && (verb.form === 'past' || verb.form === 'third' || verb.form === 'base');
}

/** Reads a numeric option with a default. */
export function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const v = options[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Reads a string-list option with a default. */
export function stringListOption(options: Record<string, unknown>, key: string, fallback: string[] = []): string[] {
  const v = options[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : fallback;
}

/** Non-bullet lines of prose sections, in source coordinates (lines that are not headings, lists or comments). */
/** Sections written as prose about the person (summary, objective, the header's lines), not as entries. */
export const PROSE_SECTIONS: ReadonlySet<string> = new Set(['summary', 'objective', 'header']);

// Headings, comments, rules, list items and tables are not a section's prose. In RenderCV YAML a "- "
// opens a string of the summary list: prose, read like any other line.
const MARKDOWN_NON_PROSE = /^\s*(#|<!--|---|[-*+]\s|\d+[.)]\s|\|)/;

export function proseLines(doc: ResumeDocument, kinds: ReadonlySet<string>): OffsetRange[] {
  const out: OffsetRange[] = [];
  // Every line a bullet covers: an item wrapped onto the next lines (a LaTeX \item) is read once, as the bullet.
  const bulletLines = new Set<number>();
  for (const b of doc.bullets) {
    const last = doc.lines.positionAt(Math.max(b.range.start, b.range.end - 1)).line;
    for (let line = doc.lines.positionAt(b.range.start).line; line <= last; line++) bulletLines.add(line);
  }
  // A section may open mid-line (a JSON key after the last one's value): that line is read once.
  const seen = new Set<number>();
  for (const section of doc.sections) {
    if (!kinds.has(section.kind)) continue;
    const first = doc.lines.positionAt(section.range.start).line;
    const last = doc.lines.positionAt(Math.max(section.range.start, section.range.end - 1)).line;
    for (let line = first; line <= last; line++) {
      const text = doc.lines.lineText(line);
      if (seen.has(line) || bulletLines.has(line) || !text.trim() || (doc.format !== 'rendercv' && MARKDOWN_NON_PROSE.test(text))) continue;
      seen.add(line);
      const start = doc.lines.lineStart(line);
      if (doc.frontMatter.range && start < doc.frontMatter.range.end) continue;
      out.push({ start, end: start + text.length });
    }
  }
  return out;
}
