// Structure figures for LaTeX, RenderCV and JSON Resume front ends over ../shared/corpus/resumes-other/
// (or a folder given as the first argument): each file is parsed by the front end its extension picks
// and compared with its `.expected.json` (format: that folder's README).
//
//   npm run eval:structure:other [-- <folder>] [--verbose]
//
// Figures per format and overall:
//   bullets read in full  expected bullets whose parsed bullet (same start line, else best word overlap)
//                         has >= 95 % of the expected words and <= 20 % extra words
//   non-bullets           parsed bullets in bullet sections (experience, projects, research, leadership)
//                         that match no expected bullet, over all parsed bullets there
//   section kinds         expected sections (header excluded) found at their line with the same kind
//   entry dates           expected entries with dates whose parsed entry (same line) has the same start/end
//   contacts              non-null expected contacts found in the profile (compared without scheme/www/slash)
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseResumeAs } from '../src/core/formats/index';
import type { ResumeDocument } from '../src/core/document/types';
import { coverage as sharedCoverage, readInFull } from './eval-structure-lib';

interface Expected {
  format: string;
  name: string | null;
  contacts: Record<string, string | null>;
  sections: { title: string | null; kind: string; line: number }[];
  entries: { line: number; dates: string | null; start: string | null; end: string | null }[];
  bullets: { line: number; section_kind: string; text: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
// ../shared/corpus from the repo root (a worktree sits one level deeper).
const candidates = [
  ...args.filter((a) => !a.startsWith('--')).map((a) => resolve(a)),
  join(__dirname, '..', '..', 'shared', 'corpus', 'resumes-other'),
  join(__dirname, '..', '..', '..', 'shared', 'corpus', 'resumes-other'),
];
const dir = candidates.find((c) => existsSync(c)) ?? candidates[0];
const BULLET_KINDS = new Set(['experience', 'projects', 'research', 'leadership', 'volunteering']);
const KIND_ALIAS: Record<string, string> = { volunteering: 'leadership' };

// One definition of "read in full" for both structure evals: scripts/eval-structure-lib.ts.
function coverage(expected: string, actual: string): { recall: number; extra: number } {
  const c = sharedCoverage(expected, actual);
  return { recall: c.covered, extra: c.extra };
}

function monthKey(value: number | undefined, precision: 'month' | 'year'): string | null {
  if (value === undefined) return null;
  const y = Math.floor(value / 12);
  return precision === 'year' ? String(y) : `${y}-${String((value % 12) + 1).padStart(2, '0')}`;
}

function normContact(s: string): string {
  return s.toLowerCase().replace(/^mailto:|^tel:/, '').replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/+$/, '').replace(/[\s()+.-]/g, (c) => (/[()\s+-]/.test(c) ? '' : c));
}

interface Tally {
  files: number;
  bullets: number;
  full: number;
  parsedInBulletSections: number;
  nonBullets: number;
  sections: number;
  sectionsOk: number;
  entries: number;
  entriesOk: number;
  contacts: number;
  contactsOk: number;
}
const empty = (): Tally => ({ files: 0, bullets: 0, full: 0, parsedInBulletSections: 0, nonBullets: 0, sections: 0, sectionsOk: 0, entries: 0, entriesOk: 0, contacts: 0, contactsOk: 0 });
const byFormat = new Map<string, Tally>();

function evaluate(file: string, doc: ResumeDocument, exp: Expected, t: Tally): void {
  const line = (offset: number) => doc.lines.positionAt(offset).line + 1;
  t.files++;
  // Bullets.
  const parsed = doc.bullets.map((b) => ({ b, line: line(b.range.start), used: false }));
  for (const e of exp.bullets) {
    t.bullets++;
    let best = parsed.filter((p) => p.line === e.line).map((p) => ({ p, c: coverage(e.text, p.b.text) })).sort((a, b) => b.c.recall - a.c.recall)[0];
    if (!best || best.c.recall < 0.5) {
      const any = parsed.map((p) => ({ p, c: coverage(e.text, p.b.text) })).sort((a, b) => b.c.recall - a.c.recall || a.c.extra - b.c.extra)[0];
      if (any && (!best || any.c.recall > best.c.recall)) best = any;
    }
    const ok = !!best && readInFull({ covered: best.c.recall, extra: best.c.extra });
    if (best && best.c.recall >= 0.5) best.p.used = true;
    if (ok) t.full++;
    else if (verbose) console.log(`  ${file}:${e.line} not in full${best ? ` (recall ${best.c.recall.toFixed(2)}, extra ${best.c.extra.toFixed(2)}): ${best.p.b.text.slice(0, 100)}` : ': no bullet'}\n      want: ${e.text.slice(0, 100)}`);
  }
  for (const p of parsed) {
    if (!BULLET_KINDS.has(p.b.section.kind)) continue;
    t.parsedInBulletSections++;
    if (!p.used) {
      t.nonBullets++;
      if (verbose) console.log(`  ${file}:${p.line} extra bullet: ${p.b.text.slice(0, 100)}`);
    }
  }
  // Sections.
  for (const s of exp.sections) {
    if (s.kind === 'header') continue;
    t.sections++;
    const found = doc.sections.find((d) => d.headingRange && line(d.headingRange.start) === s.line);
    const want = KIND_ALIAS[s.kind] ?? s.kind;
    if (found && found.kind === want) t.sectionsOk++;
    else if (verbose) console.log(`  ${file}:${s.line} section ${s.title} (${s.kind}) → ${found ? found.kind : 'missing'}`);
  }
  // Entry dates.
  const entries = doc.sections.flatMap((s) => s.entries);
  for (const e of exp.entries) {
    if (!e.dates) continue;
    t.entries++;
    const found = entries.find((d) => line(d.range.start) === e.line) ?? entries.find((d) => d.dates && line(d.dates.range.start) === e.line);
    const precision = (v: string | null) => (v && /^\d{4}$/.test(v) ? 'year' : 'month');
    const start = found?.dates ? monthKey(found.dates.start, precision(e.start)) : undefined;
    const end = found?.dates ? (found.dates.current ? 'present' : monthKey(found.dates.end, precision(e.end))) : undefined;
    // Education and "Expected" dates: a lone date is the end; accept start = end or start = null.
    const startOk = start === e.start || (e.start === null && start === end);
    if (found && startOk && end === e.end) t.entriesOk++;
    else if (verbose) console.log(`  ${file}:${e.line} entry ${e.dates} want ${e.start}..${e.end} got ${found ? `${start}..${end} (${found.dates?.raw})` : 'no entry'}`);
  }
  // Contacts.
  const profile = doc.profile as Record<string, string | undefined>;
  for (const [key, value] of Object.entries(exp.contacts)) {
    if (!value) continue;
    t.contacts++;
    const got = profile[key];
    const ok = !!got && (normContact(got) === normContact(value) || normContact(got).endsWith(normContact(value)) || normContact(value).endsWith(normContact(got)));
    if (ok) t.contactsOk++;
    else if (verbose) console.log(`  ${file} contact ${key}: want ${value} got ${got}`);
  }
}

for (const name of readdirSync(dir).sort()) {
  if (!/\.(tex|ya?ml|json)$/.test(name) || name.endsWith('.expected.json')) continue;
  const expPath = join(dir, name.replace(/\.(tex|ya?ml|json)$/, '.expected.json'));
  if (!existsSync(expPath)) continue;
  const exp = JSON.parse(readFileSync(expPath, 'utf8')) as Expected;
  const text = readFileSync(join(dir, name), 'utf8');
  const doc = parseResumeAs(text, { path: name });
  if (!byFormat.has(exp.format)) byFormat.set(exp.format, empty());
  const t = byFormat.get(exp.format)!;
  const before = { ...t };
  evaluate(name, doc, exp, t);
  const fileFull = t.full - before.full;
  const fileBullets = t.bullets - before.bullets;
  console.log(`${name.padEnd(48)} ${doc.format?.padEnd(10)} bullets in full ${fileFull}/${fileBullets}, non-bullets ${t.nonBullets - before.nonBullets}/${t.parsedInBulletSections - before.parsedInBulletSections}, sections ${t.sectionsOk - before.sectionsOk}/${t.sections - before.sections}, entry dates ${t.entriesOk - before.entriesOk}/${t.entries - before.entries}, contacts ${t.contactsOk - before.contactsOk}/${t.contacts - before.contacts}`);
}

const ratio = (a: number, b: number) => (b ? (a / b).toFixed(3) : 'n/a');
const total = empty();
console.log('\nformat      files  bullets-in-full  non-bullets-as-bullets  section-kinds  entry-dates  contacts');
for (const [format, t] of [...byFormat.entries()].sort()) {
  for (const k of Object.keys(total) as (keyof Tally)[]) total[k] += t[k];
  console.log(
    `${format.padEnd(11)} ${String(t.files).padStart(5)}  ${ratio(t.full, t.bullets)} (${t.full}/${t.bullets})`.padEnd(40) +
      `${ratio(t.nonBullets, t.parsedInBulletSections)} (${t.nonBullets}/${t.parsedInBulletSections})`.padEnd(24) +
      `${ratio(t.sectionsOk, t.sections)} (${t.sectionsOk}/${t.sections})`.padEnd(15) +
      `${ratio(t.entriesOk, t.entries)} (${t.entriesOk}/${t.entries})`.padEnd(13) +
      `${ratio(t.contactsOk, t.contacts)} (${t.contactsOk}/${t.contacts})`,
  );
}
console.log(
  `${'all'.padEnd(11)} ${String(total.files).padStart(5)}  ${ratio(total.full, total.bullets)} (${total.full}/${total.bullets})`.padEnd(40) +
    `${ratio(total.nonBullets, total.parsedInBulletSections)} (${total.nonBullets}/${total.parsedInBulletSections})`.padEnd(24) +
    `${ratio(total.sectionsOk, total.sections)} (${total.sectionsOk}/${total.sections})`.padEnd(15) +
    `${ratio(total.entriesOk, total.entries)} (${total.entriesOk}/${total.entries})`.padEnd(13) +
    `${ratio(total.contactsOk, total.contacts)} (${total.contactsOk}/${total.contacts})`,
);
