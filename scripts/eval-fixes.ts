// Runs every rule and Fix All over real resumes and reports what a reviewer needs to trust them:
// findings per rule, and every damaging change Fix All makes (it must be none).
//
//   npm run eval:fixes -- [DIR] [--dump RULE[,RULE…]] [--json]
//
// DIR defaults to ../shared/corpus/resumes (Markdown) and ../shared/corpus/resumes-other (LaTeX, RenderCV
// YAML, JSON Resume; the path picks the front end), relative to the repository root.
// Damage is detected automatically on each edit Fix All applies, pass by pass:
//   - a tense flip (a word replaced by another form of the same verb: "Designed" → "Design"),
//   - a compound opening whose verbs no longer agree ("Design and implemented"),
//   - empty brackets, doubled spaces, a dangling comma, a lower-case sentence start (fixDamage),
//   - a changed URL, e-mail, link target, handle, code span, HTML, macro or wiki link (protected spans),
//   - no fixed point after 3 passes.
// `--dump` prints each finding of the given rules with its line, for reviewing them by hand.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseResumeAs } from '../src/core/formats';
import { lintDocument } from '../src/core/lint';
import { applyEdits, fixAllEdits, fixDamage } from '../src/core/fixes';
import { findProtectedSpans, ProtectedSpans } from '../src/core/text/protected-spans';
import { lemmaCandidates, type VerbForm } from '../src/core/text/inflect';
import { words } from '../src/core/text/words';
import type { TextEdit } from '../src/core/types';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
/** ../shared/corpus/resumes from the repository root (or from a folder above it, for a worktree). */
function defaultDir(): string {
  for (let up = resolve(__dirname, '..'); ; up = dirname(up)) {
    const candidate = resolve(up, '../shared/corpus/resumes');
    if (existsSync(candidate) || dirname(up) === up) return candidate;
  }
}
const given = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--dump');
// Without a folder: the Markdown resumes and, beside them, the LaTeX / RenderCV / JSON Resume ones.
const dirs = given ? [given] : [defaultDir(), defaultDir().replace(/resumes$/, 'resumes-other')].filter((d) => existsSync(d));
const dir = dirs.join(' + ');
const dump = new Set((flag('--dump') ?? '').split(',').filter(Boolean));
const asJson = args.includes('--json');
// Core has no clock; the script is an edge, so it passes today's date for the calendar checks.
const today = new Date().toISOString().slice(0, 10);

interface Damage {
  file: string;
  line: number;
  kind: string;
  before: string;
  after: string;
}

/** Forms a word can have as a verb (past, base, …) keyed by base; empty when it is not verb-like. */
function verbForms(word: string): Map<string, VerbForm> {
  const out = new Map<string, VerbForm>();
  for (const { base, form } of lemmaCandidates(word)) if (!out.has(base)) out.set(base, form);
  return out;
}

/** "Designed" → "Design": the same verb in another tense (a form never a safe fix may change). */
function isTenseFlip(before: string, after: string): boolean {
  if (before.toLowerCase() === after.toLowerCase()) return false;
  const a = verbForms(before);
  const b = verbForms(after);
  for (const [base, form] of a) {
    const other = b.get(base);
    if (other && other !== form && base.length > 2) return true;
  }
  return false;
}

const COMPOUND = /(?:^|\n)[ \t]*(?:[-*+]|\d+[.)])[ \t]+([A-Z][a-z]+),?[ \t]+and[ \t]+([a-z]+)/g;

/** Compound openings whose two verbs disagree in tense ("Design and implemented"). */
function disagreeingCompounds(text: string): number {
  let n = 0;
  COMPOUND.lastIndex = 0;
  for (let m = COMPOUND.exec(text); m; m = COMPOUND.exec(text)) {
    const a = m[1].toLowerCase();
    const b = m[2];
    const pastA = /ed$/.test(a);
    const pastB = /ed$/.test(b);
    // Count only pairs where one is clearly past (-ed) and the other a bare base form of a verb.
    if (pastA !== pastB && !/(?:s|ing)$/.test(pastA ? b : a) && (pastA ? b : a).length > 3) n++;
  }
  return n;
}

function lineOf(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function lineAround(text: string, offset: number): string {
  const s = text.lastIndexOf('\n', offset - 1) + 1;
  const e = text.indexOf('\n', offset);
  return text.slice(s, e < 0 ? text.length : e);
}

function editDamage(file: string, text: string, spans: ProtectedSpans, e: TextEdit): Damage[] {
  const out: Damage[] = [];
  const line = lineOf(text, e.range.start);
  const beforeLine = lineAround(text, e.range.start);
  const after = applyEdits(text, [e]);
  const afterLine = lineAround(after, e.range.start);
  const push = (kind: string) => out.push({ file, line, kind, before: beforeLine, after: afterLine });
  const hit = spans.touching(e.range);
  if (hit) push(`changed ${hit.kind}`);
  const damage = fixDamage(text, [e]);
  if (damage) push(damage);
  const oldWords = words(text.slice(e.range.start, e.range.end));
  const newWords = words(e.newText);
  for (let i = 0; i < Math.min(oldWords.length, newWords.length); i++) {
    if (isTenseFlip(oldWords[i].text, newWords[i].text)) push(`tense flip ("${oldWords[i].text}" → "${newWords[i].text}")`);
  }
  if (disagreeingCompounds(afterLine) > disagreeingCompounds(beforeLine)) push('disagreeing compound verbs');
  return out;
}

interface Expected {
  contacts?: Record<string, string | null>;
  sections?: { kind: string }[];
}

/**
 * For the two rules whose claims the corpus annotations can settle (a contact or a section is
 * missing), whether the finding is right: the expected structure has no such contact or section.
 */
function judgeByExpected(ruleId: string, message: string, expected: Expected | undefined): boolean | undefined {
  if (!expected) return undefined;
  if (ruleId === 'missing-contact') {
    const key = /e-mail/.test(message) ? 'email' : /LinkedIn/.test(message) ? 'linkedin' : /GitHub/.test(message) ? 'github' : undefined;
    return key ? !expected.contacts?.[key] : undefined;
  }
  if (ruleId === 'missing-section') {
    const kinds = new Set((expected.sections ?? []).map((x) => x.kind));
    if (/Experience or Projects/.test(message)) return !['experience', 'projects', 'research', 'leadership', 'volunteering'].some((k) => kinds.has(k));
    if (/No Education/.test(message)) return !kinds.has('education');
    if (/No Skills/.test(message)) return !kinds.has('skills');
  }
  return undefined;
}
const judged = new Map<string, { right: number; total: number }>();

const files = dirs.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.(md|tex|ya?ml|json)$/.test(f) && !/readme|\.expected\.json$/i.test(f))
    .sort()
    .map((f) => join(d, f)),
);
const parse = (text: string, file: string) => parseResumeAs(text, { path: file });
const perRule = new Map<string, { findings: number; resumes: Set<string>; applied: number }>();
const damages: Damage[] = [];
let notFixedPoint = 0;
const dumped: string[] = [];

for (const file of files) {
  const original = readFileSync(file, 'utf8');
  const first = lintDocument(parse(original, file), { today });
  const expectedPath = file.replace(/\.[a-z]+$/, '.expected.json');
  const expected = existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, 'utf8')) as Expected) : undefined;
  for (const f of first.findings) {
    const verdict = judgeByExpected(f.ruleId, f.message, expected);
    if (verdict !== undefined) {
      const j = judged.get(f.ruleId) ?? { right: 0, total: 0 };
      j.total++;
      if (verdict) j.right++;
      judged.set(f.ruleId, j);
    }
    const r = perRule.get(f.ruleId) ?? { findings: 0, resumes: new Set(), applied: 0 };
    r.findings++;
    r.resumes.add(file);
    perRule.set(f.ruleId, r);
    if (dump.has(f.ruleId) || dump.has('all')) {
      const line = lineOf(original, f.range.start);
      const safe = f.fixes.filter((x) => x.safe).map((x) => x.title);
      dumped.push(
        `${file}:${line} ${f.ruleId} [${original.slice(f.range.start, f.range.end).slice(0, 60)}] ${f.message}${safe.length ? ` {safe: ${safe.join('; ')}}` : ''}\n    | ${lineAround(original, f.range.start).slice(0, 200)}`,
      );
    }
  }
  let text = original;
  let pass = 0;
  for (; pass < 4; pass++) {
    const result = pass === 0 ? first : lintDocument(parse(text, file), { today });
    const edits = fixAllEdits(result.findings);
    if (!edits.length) break;
    if (pass === 3) {
      notFixedPoint++;
      break;
    }
    const spans = new ProtectedSpans(findProtectedSpans(text, result.document.frontMatter.range));
    for (const f of result.findings) {
      const applied = edits.filter((e) => f.fixes.some((x) => x.edits.includes(e)));
      if (applied.length && pass === 0) perRule.get(f.ruleId)!.applied += applied.length;
    }
    for (const e of edits) damages.push(...editDamage(file, text, spans, e));
    text = applyEdits(text, edits);
  }
}

if (asJson) {
  console.log(
    JSON.stringify(
      {
        resumes: files.length,
        rules: Object.fromEntries([...perRule].map(([id, r]) => [id, { findings: r.findings, resumes: r.resumes.size, fixAllEdits: r.applied }])),
        judgedByExpected: Object.fromEntries(judged),
        damages,
        notFixedPoint,
      },
      null,
      2,
    ),
  );
} else {
  if (dumped.length) console.log(dumped.join('\n') + '\n');
  console.log(`${files.length} resumes in ${dir}\n`);
  console.log('rule                          findings  resumes  fix-all edits');
  for (const [id, r] of [...perRule].sort((a, b) => b[1].findings - a[1].findings)) {
    console.log(`${id.padEnd(30)}${String(r.findings).padStart(8)}${String(r.resumes.size).padStart(9)}${String(r.applied).padStart(15)}`);
  }
  for (const [id, j] of judged) {
    console.log(`\n${id}: ${j.right} of ${j.total} findings right against the .expected.json structure (${((100 * j.right) / j.total).toFixed(0)} %)`);
  }
  console.log(`\nFix All damaging changes: ${damages.length}`);
  for (const d of damages) console.log(`  ${d.file}:${d.line} ${d.kind}\n    - ${d.before.slice(0, 160)}\n    + ${d.after.slice(0, 160)}`);
  console.log(`Fix All without a fixed point after 3 passes: ${notFixedPoint}`);
}
process.exitCode = damages.length || notFixedPoint ? 1 : 0;
