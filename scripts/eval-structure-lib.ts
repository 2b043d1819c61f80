// Structure figures of the parser against hand-checked resumes (../shared/corpus/resumes/ format:
// NN-name.md + NN-name.expected.json). Shared by `npm run eval:structure` and the corpus unit test.
//
// Measures (issue #10):
// - bullets read in full: an expected bullet counts when the parser has a bullet on its first line
//   whose words cover ≥ 95 % of the expected words with ≤ 20 % extra words;
// - non-bullets read as bullets: parser bullets in work-like sections (the ones rules judge) that
//   start on no expected bullet's line, over all such parser bullets;
// - section classes: an expected section counts when the parser opens a section on its line with
//   the same class (experience/projects/research/leadership/volunteering as one "work" class,
//   summary/objective as one); the header and contact blocks count when the parser opens no
//   non-header section there;
// - entry dates: an expected entry with dates counts when a parser entry whose heading spans its
//   line has the same start and end (to the precision the expected value gives);
// - bullets under their entry: an expected bullet read in full whose expected entry (the last expected
//   entry above it in its section) is the parser entry its bullet belongs to (the heading spans that
//   entry's line); bullets with no expected entry above them are not counted;
// - contacts: email, phone, LinkedIn, GitHub, website compared after normalising; a field counts
//   when both sides agree (both empty is not counted).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseResume } from '../src/core/document/parse';
import { isNarrativeKind } from '../src/core/document/parse';
import type { ResumeDocument, SectionKind } from '../src/core/document/types';

export interface Expected {
  name: string | null;
  contacts: Record<string, string | null>;
  sections: { title: string; kind: string; line: number }[];
  entries: { section_line: number; line: number; organization: string | null; role: string | null; dates: string | null; start: string | null; end: string | null }[];
  bullets: { line: number; section_kind: string; text: string }[];
}

export interface Tally {
  correct: number;
  total: number;
}

export interface FileFigures {
  file: string;
  bullets: Tally;
  falseBullets: Tally; // correct = false bullets, total = parser work-like bullets
  sections: Tally;
  dates: Tally;
  /** Bullets attributed to the right entry (see the header). */
  entryOf: Tally;
  contacts: Tally;
  name: Tally;
  misses: string[];
}

const CONTACT_FIELDS = ['email', 'phone', 'linkedin', 'github', 'website'] as const;

export function sectionClass(kind: string): string {
  if (['experience', 'projects', 'research', 'leadership', 'volunteering'].includes(kind)) return 'work';
  if (kind === 'summary' || kind === 'objective') return 'summary';
  return kind;
}

/**
 * The words of a text as the coverage measure counts them: NFKC first (full-width letters, ligatures
 * and composed accents read as their plain forms), then lower case; a word is a run of letters,
 * combining marks and digits, so "don't" is two words on both sides and "é" written as e + U+0301 is
 * one letter, not a separator.
 */
export function coverageWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/**
 * The one definition of "read in full" for every structure eval (the corpus README: ≥ 95 % of the
 * expected words, ≤ 20 % extra). `covered`: share of the expected words (with multiplicity) the
 * actual text has; `extra`: actual words left unmatched, relative to the expected count. An empty
 * expected text is covered by an empty reading only (any word read is all extra).
 */
export function coverage(expected: string, actual: string): { covered: number; extra: number } {
  const want = coverageWords(expected);
  const have = coverageWords(actual);
  if (!want.length) return { covered: 1, extra: have.length ? Infinity : 0 };
  const pool = new Map<string, number>();
  for (const w of have) pool.set(w, (pool.get(w) ?? 0) + 1);
  let hit = 0;
  for (const w of want) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      hit++;
      pool.set(w, n - 1);
    }
  }
  return { covered: hit / want.length, extra: (have.length - hit) / want.length };
}

/** Read in full: the threshold both structure evals apply to `coverage`. */
export function readInFull(c: { covered: number; extra: number }): boolean {
  return c.covered >= 0.95 && c.extra <= 0.2;
}

function normContact(field: string, value: string | undefined | null): string | undefined {
  if (!value) return undefined;
  let v = value.trim().toLowerCase();
  if (field === 'phone') return v.replace(/\D/g, '') || undefined;
  // An address written obfuscated ("jane [dot] doe [at] mail [dot] com") is the same address.
  if (field === 'email') v = v.replace(/\s*[[({<]\s*dot\s*[\])}>]\s*/g, '.').replace(/\s*[[({<]\s*at\s*[\])}>]\s*/g, '@');
  v = v.replace(/^mailto:/, '').replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/[/#?]+$/, '');
  if (field === 'github') v = v.replace(/^github\.com\//, '');
  if (field === 'linkedin') v = v.replace(/^([a-z]{2,3}\.)?linkedin\.com\//, '');
  return v || undefined;
}

function yyyymm(value: number | undefined): { year: number; month: number } | undefined {
  if (value === undefined) return undefined;
  return { year: Math.floor(value / 12), month: (value % 12) + 1 };
}

function sameDate(expected: string, actual: number | undefined): boolean {
  const a = yyyymm(actual);
  if (!a) return false;
  const [y, m] = expected.split('-').map(Number);
  return a.year === y && (m === undefined || a.month === m);
}

export function evaluateFile(md: string, expected: Expected, file = ''): FileFigures {
  const doc = parseResume(md);
  const lineOf = (offset: number) => doc.lines.positionAt(offset).line + 1;
  const misses: string[] = [];

  // Bullets: the parser bullet that starts on the expected first line.
  const byLine = new Map<number, ResumeDocument['bullets']>();
  for (const b of doc.bullets) {
    const l = lineOf(b.range.start);
    byLine.set(l, [...(byLine.get(l) ?? []), b]);
  }
  const bullets: Tally = { correct: 0, total: expected.bullets.length };
  const readBullets = new Map<number, ResumeDocument['bullets'][number]>();
  for (const e of expected.bullets) {
    const candidates = byLine.get(e.line) ?? [];
    const best = candidates
      .map((b) => ({ b, ...coverage(e.text, b.text) }))
      .sort((x, y) => y.covered - x.covered || x.extra - y.extra)[0];
    if (best && readInFull(best)) {
      bullets.correct++;
      readBullets.set(e.line, best.b);
    } else
      misses.push(
        `bullet L${e.line}: ${best ? `read ${Math.round(best.covered * 100)}% +${Math.round(best.extra * 100)}% "${best.b.text.slice(0, 70)}"` : 'not read'} — want "${e.text.slice(0, 70)}"`,
      );
  }
  const expectedLines = new Set(expected.bullets.map((b) => b.line));
  const workBullets = doc.bullets.filter((b) => isNarrativeKind(b.section.kind));
  const falseBullets: Tally = { correct: 0, total: workBullets.length };
  for (const b of workBullets) {
    const l = lineOf(b.range.start);
    if (!expectedLines.has(l)) {
      falseBullets.correct++;
      misses.push(`false bullet L${l} (${b.section.kind}): "${b.text.slice(0, 70)}"`);
    }
  }

  // Sections.
  const opened = new Map<number, SectionKind>();
  for (const s of doc.sections) if (s.headingRange) opened.set(lineOf(s.headingRange.start), s.kind);
  const sections: Tally = { correct: 0, total: expected.sections.length };
  for (const s of expected.sections) {
    const got = opened.get(s.line);
    const ok = s.kind === 'header' ? got === undefined || got === 'header' : got !== undefined && sectionClass(got) === sectionClass(s.kind);
    if (ok) sections.correct++;
    else misses.push(`section L${s.line} "${s.title}": want ${s.kind}, got ${got ?? 'none'}`);
  }
  const expectedSectionLines = new Set(expected.sections.map((s) => s.line));
  for (const [line, kind] of opened) {
    if (!expectedSectionLines.has(line)) {
      sections.total++;
      misses.push(`spurious section L${line}: ${kind}`);
    }
  }

  // Entry dates.
  const entries = doc.sections.flatMap((s) => s.entries);
  const dates: Tally = { correct: 0, total: 0 };
  for (const e of expected.entries) {
    if (!e.dates || (!e.start && !e.end)) continue;
    dates.total++;
    const entry = entries.find((en) => lineOf(en.heading.range.start) <= e.line && e.line <= lineOf(Math.max(en.heading.range.start, en.heading.range.end - 1)));
    const d = entry?.dates;
    let ok = !!d;
    if (d && e.start) ok &&= sameDate(e.start, d.start);
    if (d && e.end === 'present') ok &&= d.current;
    else if (d && e.end) ok &&= !d.current && sameDate(e.end, d.end);
    else if (d && !e.end) ok &&= !d.current && (d.end === undefined || d.end === d.start);
    if (ok) dates.correct++;
    else misses.push(`dates L${e.line} "${e.dates}" (${e.start}..${e.end}): got ${entry ? (d ? `"${d.raw}" ${JSON.stringify(yyyymm(d.start))}..${d.current ? 'present' : JSON.stringify(yyyymm(d.end))}` : 'no dates') : 'no entry'}`);
  }

  // Bullets under their entry: the expected entry is the last one above the bullet in its section.
  const entryOf: Tally = { correct: 0, total: 0 };
  const sectionLines = expected.sections.map((s) => s.line).sort((a, b) => a - b);
  for (const e of expected.bullets) {
    const b = readBullets.get(e.line);
    if (!b) continue;
    const sectionLine = sectionLines.filter((l) => l <= e.line).pop();
    const want = expected.entries.filter((en) => en.section_line === sectionLine && en.line < e.line).pop();
    if (!want) continue;
    entryOf.total++;
    const got = b.entry;
    if (got && lineOf(got.heading.range.start) <= want.line && want.line <= lineOf(Math.max(got.heading.range.start, got.heading.range.end - 1))) entryOf.correct++;
    else misses.push(`entry of bullet L${e.line}: want the entry on L${want.line}, got ${got ? `L${lineOf(got.heading.range.start)} "${got.heading.text.split('\n')[0].slice(0, 40)}"` : 'none'}`);
  }

  // Contacts.
  const contacts: Tally = { correct: 0, total: 0 };
  const profile = doc.profile as Record<string, string | undefined>;
  for (const f of CONTACT_FIELDS) {
    const want = normContact(f, expected.contacts[f]);
    const got = normContact(f, profile[f]);
    if (!want && !got) continue;
    contacts.total++;
    if (want === got) contacts.correct++;
    else misses.push(`contact ${f}: want ${want ?? '—'}, got ${got ?? '—'}`);
  }
  const name: Tally = { correct: 0, total: 0 };
  const wantName = expected.name?.trim().toLowerCase();
  const gotName = doc.profile.name?.trim().toLowerCase();
  if (wantName || gotName) {
    name.total = 1;
    if (wantName === gotName) name.correct = 1;
    else misses.push(`name: want ${expected.name ?? '—'}, got ${doc.profile.name ?? '—'}`);
  }

  return { file, bullets, falseBullets, sections, dates, entryOf, contacts, name, misses };
}

export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && !/^readme/i.test(f))
    .filter((f) => {
      try {
        readFileSync(join(dir, f.replace(/\.md$/, '.expected.json')));
        return true;
      } catch {
        return false;
      }
    })
    .sort();
}

export function evaluateDir(dir: string, files = corpusFiles(dir)): FileFigures[] {
  return files.map((f) => {
    const md = readFileSync(join(dir, f), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, f.replace(/\.md$/, '.expected.json')), 'utf8')) as Expected;
    return evaluateFile(md, expected, f);
  });
}

function sum(figs: FileFigures[], key: keyof Omit<FileFigures, 'file' | 'misses'>): Tally {
  return figs.reduce((t, f) => ({ correct: t.correct + f[key].correct, total: t.total + f[key].total }), { correct: 0, total: 0 });
}

export interface Summary {
  files: number;
  bulletsInFull: Tally;
  falseBullets: Tally;
  sectionClasses: Tally;
  entryDates: Tally;
  bulletEntries: Tally;
  contacts: Tally;
  names: Tally;
}

export function summarize(figs: FileFigures[]): Summary {
  return {
    files: figs.length,
    bulletsInFull: sum(figs, 'bullets'),
    falseBullets: sum(figs, 'falseBullets'),
    sectionClasses: sum(figs, 'sections'),
    entryDates: sum(figs, 'dates'),
    bulletEntries: sum(figs, 'entryOf'),
    contacts: sum(figs, 'contacts'),
    names: sum(figs, 'name'),
  };
}

const pct = (t: Tally) => (t.total ? `${(t.correct / t.total).toFixed(3)} (${t.correct}/${t.total})` : 'n/a');

export function formatSummary(label: string, s: Summary): string {
  return [
    `${label} — ${s.files} resumes`,
    `  bullets read in full (≥95% words, ≤20% extra):  ${pct(s.bulletsInFull)}   target ≥ 0.98`,
    `  non-bullets read as bullets (work sections):    ${pct(s.falseBullets)}   target ≤ 0.02`,
    `  section classes:                                ${pct(s.sectionClasses)}   target ≥ 0.97`,
    `  entry dates:                                    ${pct(s.entryDates)}   target ≥ 0.95`,
    `  bullets under their entry:                      ${pct(s.bulletEntries)}`,
    `  contacts (email, phone, LinkedIn, GitHub, web): ${pct(s.contacts)}   target ≥ 0.95`,
    `  name:                                           ${pct(s.names)}`,
  ].join('\n');
}
