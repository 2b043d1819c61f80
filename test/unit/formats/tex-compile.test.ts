// Safe fixes on LaTeX resumes, checked by TeX itself: every safe fix the real rules offer on the LaTeX
// fixtures (and on the corpus's LaTeX resumes when ../shared/corpus is there), Fix All, and generated
// edits with special characters leave bullets that pdflatex compiles and that print what the front end
// reads (pdftotext), and whole files whose braces stay balanced. Needs pdflatex (Debian's
// texlive-latex-base, installed by .ci/run); skipped with a message without it.
import assert from 'node:assert/strict';
import { bracesBalanced } from '../../support/tex-braces';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseResumeAs } from '../../../src/core/formats';
import { adaptFix } from '../../../src/core/formats/edits';
import { applyEdits } from '../../../src/core/fixes';
import { fixAll, lintDocument } from '../../../src/core/lint';
import { sourceRange } from '../../../src/core/text/mapped';
import type { ResumeDocument } from '../../../src/core/document/types';
import { comparable, hasPdflatex, hasPdftotext, typeset, type TexCase } from './tex-engine';

const FIXTURES = join(__dirname, '../../fixtures/formats');
const CORPUS = [join(__dirname, '../../../../shared/corpus/resumes-other'), join(__dirname, '../../../../../shared/corpus/resumes-other')].find((d) => existsSync(d));

interface Case extends TexCase {
  /** What the front end reads for this bullet. */
  expected: string;
  /** TeX prints it as the front end reads it (not a bullet joined from several arguments). */
  comparable: boolean;
  /** Index of the bullet in its file (a fix keeps the bullets in place). */
  bullet: number;
  file: string;
}


const escaped = (text: string, at: number) => at > 0 && text[at - 1] === '\\' && !(at > 1 && text[at - 2] === '\\');

/**
 * The smallest span around [start, end) that TeX can typeset alone: a bullet's range starts at its
 * first printed character, which may sit inside `\textbf{` or right after the backslash of `\$`.
 * Unmatched braces pull in their partner and the command (with earlier arguments) that opens them.
 */
function balancedSpan(text: string, start: number, end: number): { start: number; end: number } {
  if (escaped(text, start)) start--;
  // Inside inline math (`$|$`): take the whole formula.
  const dollars = (upTo: number) => [...text.slice(0, upTo).matchAll(/\$/g)].filter((m) => !escaped(text, m.index!)).map((m) => m.index!);
  const before = dollars(start);
  if (before.length % 2) start = before[before.length - 1];
  if (dollars(end).length % 2) {
    const next = dollars(text.length).find((d) => d >= end);
    if (next !== undefined) end = next + 1;
  }
  for (let guard = 0; guard < 20; guard++) {
    let depth = 0;
    let lowest = 0;
    for (let i = start; i < end; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === '{') depth++;
      else if (text[i] === '}') lowest = Math.min(lowest, --depth);
    }
    if (lowest < 0) {
      let need = -lowest;
      let j = start - 1;
      for (let d = 0; j >= 0; j--) {
        if (escaped(text, j)) continue;
        if (text[j] === '}') d++;
        else if (text[j] === '{' && (d ? (d--, false) : --need === 0)) break;
      }
      const command = /\\[a-zA-Z]+\*?(?:\[[^\]]*\])?(?:\{[^{}]*\})*$/.exec(text.slice(0, Math.max(0, j)));
      start = command ? command.index : Math.max(0, j);
      continue;
    }
    if (depth - lowest > 0 && depth > 0) {
      let k = end;
      for (let d = depth; k < text.length && d > 0; k++) {
        if (text[k] === '\\') k++;
        else if (text[k] === '{') d++;
        else if (text[k] === '}') d--;
      }
      end = k;
      continue;
    }
    break;
  }
  return { start, end };
}

/** A bullet's source for TeX. */
function sourceOf(doc: ResumeDocument, i: number): string {
  const { start, end } = balancedSpan(doc.text, doc.bullets[i].range.start, doc.bullets[i].range.end);
  return doc.text.slice(start, end);
}

/**
 * A bullet read from several arguments (`\resumeItem{title}{text}` read "title: text") prints here
 * without the template's separator: its range closes one group and opens the next at top level.
 */
function spansArguments(doc: ResumeDocument, i: number): boolean {
  const raw = doc.text.slice(doc.bullets[i].range.start, doc.bullets[i].range.end);
  let depth = 0;
  for (let k = 0; k < raw.length; k++) {
    if (raw[k] === '\\') k++;
    else if (raw[k] === '}') depth--;
    else if (raw[k] === '{' && depth++ < 0) return true;
  }
  return false;
}

/** The bullets of `after` whose source differs from `before`'s, as cases. */
function changedBullets(file: string, label: string, before: ResumeDocument, afterText: string): Case[] {
  const after = parseResumeAs(afterText, { path: file });
  const out: Case[] = [];
  after.bullets.forEach((b, i) => {
    const source = sourceOf(after, i);
    if (i < before.bullets.length && source === sourceOf(before, i)) return;
    out.push({ label: `${label}, bullet ${i + 1}`, source, expected: b.text, comparable: !spansArguments(after, i), bullet: i, file });
  });
  return out;
}

/** Every safe fix alone, then Fix All; each fixed file keeps its braces balanced. */
function fixCases(file: string, text: string): { baseline: Case[]; fixed: Case[]; safeFixes: number } {
  const doc = parseResumeAs(text, { path: file });
  const baseline = doc.bullets.map((b, i) => ({ label: `${file} bullet ${i + 1} as written`, source: sourceOf(doc, i), expected: b.text, comparable: !spansArguments(doc, i), bullet: i, file }));
  const fixed: Case[] = [];
  let safeFixes = 0;
  for (const finding of lintDocument(doc).findings) {
    for (const fix of finding.fixes) {
      if (!fix.safe) continue;
      safeFixes++;
      const after = applyEdits(text, fix.edits);
      assert.ok(bracesBalanced(after) || !bracesBalanced(text), `${file}: ${finding.ruleId} "${fix.title}" unbalanced the braces`);
      fixed.push(...changedBullets(file, `${file}: ${finding.ruleId} "${fix.title}"`, doc, after));
    }
  }
  const all = fixAll(text, { path: file }).text;
  assert.ok(bracesBalanced(all) || !bracesBalanced(text), `${file}: Fix All unbalanced the braces`);
  fixed.push(...changedBullets(file, `${file}: Fix All`, doc, all));
  return { baseline, fixed, safeFixes };
}

/** Typesets the cases; a failure names the case TeX stopped in and the log's error lines. */
function mustCompile(cases: Case[]): (string | undefined)[] {
  const run = typeset(cases);
  const errors = run.log.split('\n').filter((l) => l.startsWith('!')).slice(0, 3).join(' / ');
  const culprit = run.failedCase !== undefined ? cases[run.failedCase] : undefined;
  assert.ok(run.ok, `pdflatex failed${culprit ? ` in ${culprit.label}: ${JSON.stringify(culprit.source)}` : ''}: ${errors}`);
  return run.printed ?? [];
}

/** Cases as written that TeX cannot typeset alone (a template macro the minimal document lacks) are dropped. */
function compilable(cases: Case[]): Case[] {
  let left = cases;
  for (let attempt = 0; attempt < 25; attempt++) {
    const run = typeset(left);
    if (run.ok) return left;
    if (run.failedCase === undefined) return [];
    left = left.filter((_, i) => i !== run.failedCase);
  }
  return [];
}

const key = (c: Case) => `${c.file}#${c.bullet}`;

describe('formats: safe fixes on LaTeX compile with TeX', function () {
  this.timeout(600_000);
  before(function () {
    if (!hasPdflatex) {
      console.log('    (skipped: no pdflatex on PATH — `apt-get install -y --no-install-recommends texlive-latex-base`, as .ci/run does)');
      this.skip();
    }
  });

  it('fixtures: bullets as written compile and print what the front end reads', () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.tex'));
    assert.ok(files.length >= 5, 'the LaTeX fixtures are there');
    const cases = files.flatMap((f) => fixCases(f, readFileSync(join(FIXTURES, f), 'utf8')).baseline);
    assert.ok(cases.length >= 30, `${cases.length} bullets`);
    const printed = mustCompile(cases);
    if (!hasPdftotext) return;
    let compared = 0;
    cases.forEach((c, i) => {
      if (!c.comparable) return;
      compared++;
      assert.equal(comparable(printed[i] ?? ''), comparable(c.expected), `${c.label}: TeX prints ${JSON.stringify(printed[i])}, the front end reads ${JSON.stringify(c.expected)}`);
    });
    assert.ok(compared >= 20, `${compared} bullets compared`);
  });

  it('fixtures and corpus: every safe fix and Fix All leave bullets that compile and print what the front end reads', function () {
    const sets = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.tex'))
      .map((f) => fixCases(f, readFileSync(join(FIXTURES, f), 'utf8')));
    if (CORPUS) for (const f of readdirSync(CORPUS).filter((n) => n.endsWith('.tex'))) sets.push(fixCases(f, readFileSync(join(CORPUS, f), 'utf8')));
    const safeFixes = sets.reduce((n, s) => n + s.safeFixes, 0);
    assert.ok(safeFixes >= 10, `${safeFixes} safe fixes on the LaTeX files`);
    // Judge a fix only where the bullet as written typesets alone and reads as TeX prints it.
    const baseline = compilable(sets.flatMap((s) => s.baseline));
    const basePrinted = hasPdftotext ? typeset(baseline).printed ?? [] : [];
    const readsRight = new Set(baseline.filter((c, i) => !hasPdftotext || comparable(basePrinted[i] ?? '') === comparable(c.expected)).map(key));
    const compiles = new Set(baseline.map(key));
    const fixed = sets.flatMap((s) => s.fixed).filter((c) => compiles.has(key(c)));
    assert.ok(fixed.length >= 10, `${fixed.length} fixed bullets to typeset`);
    const printed = mustCompile(fixed);
    if (!hasPdftotext) return;
    fixed.forEach((c, i) => {
      if (!readsRight.has(key(c)) || !c.comparable) return;
      assert.equal(comparable(printed[i] ?? ''), comparable(c.expected), `${c.label}: TeX prints ${JSON.stringify(printed[i])}, the front end reads ${JSON.stringify(c.expected)}`);
    });
  });

  it('generated edits with special characters, adapted to LaTeX, compile and print the inserted text', () => {
    const word = fc.oneof(
      fc.constantFrom('Built', 'very', '50\\%', 'R\\&D', 'C\\#', '\\$5k', 'snake\\_case', '\\textbf{bold}', '\\emph{it}', '$|$', '--', '``q\'\'', '~', 'x'),
      fc.stringMatching(/^[a-z]{1,8}$/),
    );
    const insert = fc.oneof(fc.stringMatching(/^[ -~]{0,10}$/), fc.constantFrom('100%', 'R&D', '$5', '#1', 'a_b', '{', '}', '\\', '--', '~', '^', '"x"'));
    const samples = fc.sample(fc.tuple(fc.array(word, { minLength: 2, maxLength: 7 }), fc.nat(), fc.nat(), insert), { numRuns: 150, seed: 16 });
    const cases: Case[] = [];
    for (const [words, a, b, newText] of samples) {
      const text = `\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n  \\item ${words.join(' ')}\n\\end{itemize}\n\\end{document}\n`;
      const doc = parseResumeAs(text, { path: 'gen.tex' });
      const bullet = doc.bullets[0];
      if (!bullet) continue;
      const start = a % (bullet.text.length + 1);
      const end = start + (b % (bullet.text.length - start + 1));
      const fix = adaptFix(doc, { title: 'generated', edits: [{ range: sourceRange(bullet, start, end), newText }] });
      if (!fix) continue; // dropped: it would cut a command, a brace or a `$`
      const after = applyEdits(text, fix.edits);
      assert.ok(bracesBalanced(after), `braces balanced after inserting ${JSON.stringify(newText)}:\n${after}`);
      const read = parseResumeAs(after, { path: 'gen.tex' }).bullets[0];
      if (!read) continue;
      const span = balancedSpan(after, read.range.start, read.range.end);
      cases.push({ label: `insert ${JSON.stringify(newText)} at ${start}..${end} of ${JSON.stringify(bullet.text)}`, source: after.slice(span.start, span.end), expected: read.text, comparable: true, bullet: cases.length, file: 'gen.tex' });
    }
    assert.ok(cases.length >= 100, `${cases.length} adapted edits`);
    const printed = mustCompile(cases);
    if (!hasPdftotext) return;
    cases.forEach((c, i) => assert.equal(comparable(printed[i] ?? ''), comparable(c.expected), `${c.label}: TeX prints ${JSON.stringify(printed[i])}, the front end reads ${JSON.stringify(c.expected)}`));
  });
});
