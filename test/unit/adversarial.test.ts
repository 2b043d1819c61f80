// Adversarial input never breaks the lint: every rule on shapes that make naive patterns backtrack,
// and the whole lint on the ten hostile documents of issue 15, run without throwing and keep every
// range inside the document. How their time grows is not judged here (a unit test must not time
// anything: it would fail on a busy machine): bench/adversarial.bench.ts checks that 8× the input
// costs at most 24× and exits non-zero otherwise; CI runs it (.ci/run).
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import { RULES } from '../../src/core/rules';
import { DEFAULT_LEXICON } from '../../src/core/lexicon';
import { ADVERSARIAL_CASES, HOSTILE_DOCUMENTS } from '../helpers/adversarial';
import { lint, type PublicFinding } from '../../src/core/lint';
import { boundDocument } from '../../src/core/guards/bounded-document';
import { MAX_ANALYSED_CHARS, MAX_LATEX_CHARS } from '../../src/core/limits';
import { boundedLatex } from '../../src/core/guards/bounded-latex';

const SIZE = 32 * 1024;

describe('adversarial input: every rule runs and stays in bounds', function () {
  this.timeout(300_000);
  for (const c of ADVERSARIAL_CASES) {
    it(c.name, () => {
      const text = c.make(SIZE);
      const doc = boundDocument(parseResume(text));
      for (const rule of RULES) {
        const findings = rule.check(doc, { lexicon: DEFAULT_LEXICON, options: {} });
        for (const f of findings) {
          assert.ok(f.range.start >= 0 && f.range.start <= f.range.end && f.range.end <= text.length, `${rule.id}: ${f.range.start}–${f.range.end} of ${text.length}`);
        }
      }
    });
  }
});

/** Every finding's 1-based range lies inside the document's lines. */
function assertInBounds(text: string, findings: PublicFinding[]): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const f of findings) {
    const where = `${f.ruleId} at ${f.line}:${f.column}–${f.endLine}:${f.endColumn}`;
    assert.ok(f.line >= 1 && f.endLine <= lines.length && (f.line < f.endLine || (f.line === f.endLine && f.column <= f.endColumn)), where);
    assert.ok(f.column >= 1 && f.endColumn <= lines[f.endLine - 1].length + 1, where);
  }
}

// The ten hostile documents of issue 15 (1 MB in `npm run bench`; here small enough for CI, and one
// size past the analysis limit so the cut itself is exercised).
describe('hostile documents: the whole lint never throws and stays in bounds', function () {
  this.timeout(300_000);
  for (const c of HOSTILE_DOCUMENTS) {
    it(c.name, () => {
      for (const size of [SIZE, MAX_ANALYSED_CHARS + 4096]) {
        const text = c.make(size);
        assertInBounds(text, lint(text));
      }
    });
  }

  it('says what it did not check', () => {
    const findings = lint(HOSTILE_DOCUMENTS.find((c) => c.name === 'one 1 MB line')!.make(MAX_ANALYSED_CHARS + 10_000));
    const limits = findings.filter((f) => f.ruleId === 'analysis-limit').map((f) => f.message);
    assert.ok(limits.some((m) => /only the first 64 KB/i.test(m)), limits.join('\n'));
    assert.ok(limits.some((m) => /only its first 2,000 are checked/.test(m)), limits.join('\n'));
  });
});

describe('a long LaTeX file: only the first MAX_LATEX_CHARS are parsed, and the lint says so', function () {
  this.timeout(300_000);
  // An invented resume's body repeated past the limit; the cut falls inside an itemize of \document.
  const item = (i: number) => `  \\item Built a billing service ${i} in Go that cut latency by 40\\% for 12 teams.\n`;
  const entry = (i: number) => `\\section{Experience ${i}}\n\\textbf{Engineer, Acme} \\hfill 2020 -- 2024\n\\begin{itemize}\n${[0, 1, 2, 3].map((k) => item(4 * i + k)).join('')}  \\item Responsible for various things.\n\\end{itemize}\n`;
  let body = '';
  for (let i = 0; body.length < MAX_LATEX_CHARS + 8192; i++) body += entry(i);
  const tex = `\\documentclass{article}\n\\begin{document}\n${body}\\end{document}\n`;

  it('closes the environments open at the cut', () => {
    const bounded = boundedLatex(tex);
    assert.ok(bounded.cutAt !== undefined && bounded.cutAt <= MAX_LATEX_CHARS && tex[bounded.cutAt - 1] === '\n');
    assert.ok(bounded.text.startsWith(tex.slice(0, bounded.cutAt)));
    assert.match(bounded.text.slice(bounded.cutAt), /^(?:\n\\end\{itemize\})?\n\\end\{document\}\n$/);
    assert.equal(boundedLatex(tex.slice(0, 1000)).text, tex.slice(0, 1000));
  });

  it('finds the bullets before the cut, none after, and reports the cut', () => {
    const findings = lint(tex, { path: 'resume.tex' });
    assertInBounds(tex, findings);
    const cutLine = tex.slice(0, boundedLatex(tex).cutAt).split('\n').length;
    const vague = findings.filter((f) => f.ruleId !== 'analysis-limit');
    assert.ok(vague.length > 10, `${vague.length} findings`);
    assert.ok(vague.every((f) => f.line <= cutLine));
    const limits = findings.filter((f) => f.ruleId === 'analysis-limit').map((f) => f.message);
    assert.deepEqual(limits.length, 1, limits.join('\n'));
    assert.match(limits[0], /Only the first 32 KB of a LaTeX file are checked/);
  });
});
