// Helpers rules share: mapping bullet-relative positions to source ranges and picking bullets.
import type { Bullet, ResumeDocument } from '../document/types';
import { isNarrativeKind } from '../document/parse';
import { sourceRange } from '../text/mapped';
import type { Fix, RuleFinding } from '../types';

/** A finding on characters [start, end) of a bullet's plain text. */
export function bulletFinding(bullet: Bullet, start: number, end: number, message: string, fixes?: Fix[]): RuleFinding {
  return { range: sourceRange(bullet, start, end), message, fixes };
}

/** Replace plain-text characters [start, end) of a bullet with `newText` (in source coordinates). */
export function replaceInBullet(bullet: Bullet, start: number, end: number, newText: string, title: string, isPreferred = false): Fix {
  return { title, isPreferred, edits: [{ range: sourceRange(bullet, start, end), newText }] };
}

/** Bullets that describe work: experience, projects, research and leadership sections. */
export function narrativeBullets(doc: ResumeDocument): Bullet[] {
  return doc.bullets.filter((b) => isNarrativeKind(b.section.kind));
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
