// Adversarial input at 1 MB (issue 7): for each case of test/helpers/adversarial.ts, the slowest rule
// (on the document as lint hands it to rules: cut to the analysis limits) and the full lint (parse to
// ResumeDocument + every rule + markdownlint), each as a ratio against a bare remark parse of the
// same text measured in the same run. The worst of each is printed last.
// A separate section shows micromark's own superlinear parse on unmatched `**[(` delimiters, measured
// at small sizes because at 1 MB it would take hours (that cost is the parser's, not our rules').
// Then the ten hostile documents of issue 15 (one 1 MB line, 20,000 bullets, 400-deep nesting, …):
// the whole core lint of each, two calls, every call against the target of one second (with its GC
// pauses, kernel time and page faults), and as a ratio against the lint of the example resume in the
// same run. After each part the heap in use and what a full collection leaves are printed, and that
// collection frees the dead trees of the bare 1 MB parses before the hostile part (docs/performance.md).
// Last, the growth checks (moved here from the unit suite, which must not time anything): every rule
// on each adversarial case, and the whole lint of each hostile document, measured at 4 KB and 32 KB;
// 8× the input may cost at most 24× (linear is 8×, quadratic 64×); the same for the job reader on hostile postings. A failed check makes the process
// exit with status 1, so CI (.ci/run, at 128 KB) fails on superlinear growth.
// All times are CPU time of this process (the machine is shared; wall time measures the neighbours).
// Run: npx tsx bench/adversarial.bench.ts   (BULLETPROOF_BENCH_BYTES to change the 1 MB size; CI
// runs a smaller size, .ci/run)
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { parseResume as parseDocument } from '../src/core/document/parse';
import { DEFAULT_LEXICON } from '../src/core/lexicon';
import { lintDocument } from '../src/core/lint';
import { RULES } from '../src/core/rules';
import { boundDocument } from '../src/core/guards/bounded-document';
import type { ResumeDocument } from '../src/core/document/types';
import type { Rule } from '../src/core/types';
import { readFileSync } from 'node:fs';
import { GCProfiler, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { lint as lintText } from '../src/core/lint';
import { clearParseMemos } from '../src/core/incremental';
import { clearBulletCaches } from '../src/core/judge';
import { clearMarkdownlintCache } from '../src/core/markdownlint';
import { ADVERSARIAL_CASES, HOSTILE_DOCUMENTS, HOSTILE_POSTINGS } from '../test/helpers/adversarial';
import { parseJobPosting } from '../src/core/job';
// @ts-expect-error: plain JavaScript helper shared with the other benchmarks
import { cpuOnce } from './stats.mjs';

/**
 * A cold lint: without the parse memo of the text before (the same text again would be answered from
 * it), the judge's verdicts and markdownlint's per-chunk results (a document opened for the first time).
 */
const lint = (text: string) => {
  clearParseMemos();
  clearBulletCaches();
  clearMarkdownlintCache();
  return lintText(text);
};
const parseResume = (text: string) => {
  clearParseMemos();
  return parseDocument(text);
};

const BYTES = Number(process.env.BULLETPROOF_BENCH_BYTES ?? 1024 * 1024);
const remark = unified().use(remarkParse);

/** CPU milliseconds of one call. */
const once = (fn: () => unknown): number => cpuOnce(fn);

/** Fastest of a few calls; slow calls (over a second) are timed once, since noise is small next to them. */
function fastest(fn: () => unknown, runs = 3): number {
  let best = once(fn);
  for (let i = 1; i < runs && best < 1000; i++) best = Math.min(best, once(fn));
  return best;
}

/** CPU milliseconds of one call, and the garbage collector's pauses (ms, count of full mark-compacts) in it. */
function withGc(fn: () => unknown): { ms: number; sysMs: number; faults: number; gcMs: number; fullGcs: number } {
  const profiler = new GCProfiler();
  const before = process.resourceUsage();
  profiler.start();
  const ms = once(fn);
  const { statistics } = profiler.stop();
  const after = process.resourceUsage();
  return {
    ms,
    // Kernel time and page faults: a heap that grows into fresh pages pays for them here.
    sysMs: (after.systemCPUTime - before.systemCPUTime) / 1000,
    faults: after.minorPageFault - before.minorPageFault,
    gcMs: statistics.reduce((t, s) => t + s.cost, 0) / 1000,
    fullGcs: statistics.filter((s) => s.gcType === 'MarkSweepCompact').length,
  };
}

// A full collection on demand (node's --expose-gc, switched on here so `npx tsx` needs no flag).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/**
 * The heap in use now, then a full collection and what it still holds. Run after each part: the
 * bare remark parses of whole 1 MB texts (the baseline above, and micromark's doublings) leave
 * hundreds of MB to GB of dead trees in the old generation; V8 raises its collection threshold with
 * the heap, so without this the hostile lints below ran in a heap of 0.5–2.3 GB and paid for
 * collecting the baseline's garbage (one over 1 s in each run of round 7). Our lint never parses
 * more than 64 KB (core/limits.ts), and what it keeps after a full collection is printed here.
 */
function heapLine(after: string): string {
  const used = process.memoryUsage().heapUsed / 2 ** 20;
  collectGarbage();
  return `heap after ${after}: ${used.toFixed(0)} MB in use, ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB held after a full collection`;
}

/** The slowest rule on `doc` (as lint bounds it), and all rules' times added up. */
function ruleTimes(doc: ResumeDocument): { slowest: { id: string; ms: number }; total: number } {
  const ctx = { lexicon: DEFAULT_LEXICON, options: {} };
  const bounded = boundDocument(doc);
  let slowest = { id: '', ms: -1 };
  let total = 0;
  for (const rule of RULES) {
    rule.check(bounded, ctx); // warm-up: lexicon indexes and JIT
    const ms = fastest(() => rule.check(bounded, ctx), 2);
    total += ms;
    if (ms > slowest.ms) slowest = { id: rule.id, ms };
  }
  return { slowest, total };
}

interface Row {
  name: string;
  bytes: number;
  parse: number;
  model: number;
  rule: { id: string; ms: number };
  rules: number;
  full: number;
}

const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
const times = (a: number, b: number) => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;

const rows: Row[] = [];
for (const c of ADVERSARIAL_CASES) {
  const text = c.make(BYTES);
  const parse = fastest(() => remark.parse(text));
  let doc!: ResumeDocument;
  const model = once(() => (doc = parseResume(text)));
  const { slowest: rule, total: rules } = ruleTimes(doc);
  // Full lint = parse to ResumeDocument + lintDocument (every rule, markdownlint, suppressions, sort).
  const full = model + once(() => lintDocument(doc));
  rows.push({ name: c.name, bytes: text.length, parse, model, rule, rules, full });
}

const table = [
  ['case', 'bare parse', 'ResumeDocument', 'all rules', 'slowest rule', 'rule / parse', 'full lint', 'full / parse'],
  ...rows.map((r) => [r.name, ms(r.parse), ms(r.model), ms(r.rules), `${r.rule.id} ${ms(r.rule.ms)}`, times(r.rule.ms, r.parse), ms(r.full), times(r.full, r.parse)]),
];
const widths = table[0].map((_, i) => Math.max(...table.map((row) => row[i].length)));
console.log(`adversarial inputs of ${BYTES} bytes; ratios against a bare remark parse of the same text, same run`);
console.log('(full lint = ResumeDocument + all rules + markdownlint, which parses the text again)');
for (const row of table) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));

const worstRule = rows.reduce((a, b) => (b.rule.ms / b.parse > a.rule.ms / a.parse ? b : a));
const worstFull = rows.reduce((a, b) => (b.full / b.parse > a.full / a.parse ? b : a));
console.log('');
console.log(`worst rule: ${worstRule.rule.id} on "${worstRule.name}": ${ms(worstRule.rule.ms)} = ${times(worstRule.rule.ms, worstRule.parse)} the bare parse`);
console.log(`worst full lint: "${worstFull.name}": ${ms(worstFull.full)} = ${times(worstFull.full, worstFull.parse)} the bare parse`);
const slowestParse = rows.reduce((a, b) => (b.parse > a.parse ? b : a));
console.log(`slowest bare parse: "${slowestParse.name}": ${ms(slowestParse.parse)} (micromark; the full lint parses twice: remark and markdownlint)`);
console.log(heapLine('the adversarial cases'));

// micromark alone: each doubling of a run of unmatched `**[(` costs far more than double.
console.log('');
console.log('micromark on unmatched "**[(" delimiters (bare remark parse; not measured at 1 MB: hours):');
let previous: number | undefined;
for (const kb of [16, 32, 64, 128].filter((k) => k * 1024 <= Math.max(BYTES / 8, 16 * 1024))) {
  const text = `- ${'**[('.repeat((kb * 1024) / 4)}\n`;
  const t = once(() => remark.parse(text));
  console.log(`  ${String(kb).padStart(3)} KB  ${ms(t).padStart(9)}${previous ? `  ${times(t, previous)} the half size (linear: 2×)` : ''}`);
  previous = t;
}

console.log(heapLine('the micromark doublings'));

// The hostile documents: the whole cold core lint (parse, rules, markdownlint, limits), two calls each.
console.log('');
const example = readFileSync(new URL('../examples/resume.md', import.meta.url), 'utf8');
const exampleMs = fastest(() => lint(example));
console.log(`hostile documents of ${BYTES} bytes: core lint, the faster of two calls and each call (target ≤ 1 s for every call); example resume (${example.length} chars) ${ms(exampleMs)}`);
let worst = { name: '', ms: 0 };
for (const c of HOSTILE_DOCUMENTS) {
  const text = c.make(BYTES);
  // Two calls, each reported (not the fastest of two only), with the collector's pauses in each.
  const calls = [withGc(() => lint(text)), withGc(() => lint(text))];
  const t = Math.min(...calls.map((x) => x.ms));
  // The target is judged on every call, the first (cold) one included, not on the faster of two.
  const slowest = Math.max(...calls.map((x) => x.ms));
  if (slowest > worst.ms) worst = { name: c.name, ms: slowest };
  const each = calls.map((x) => `${ms(x.ms)} (GC ${ms(x.gcMs)}${x.fullGcs ? `, ${x.fullGcs} full` : ''}; kernel ${ms(x.sysMs)}, ${x.faults} page faults)`).join(', ');
  console.log(`  ${c.name.padEnd(22)} ${String(text.length).padStart(8)} chars  ${ms(t).padStart(9)}  ${times(t, exampleMs).padStart(6)} the example resume; calls: ${each}`);
}
console.log(`slowest hostile call: "${worst.name}" ${ms(worst.ms)}: ${worst.ms <= 1000 ? 'within' : 'OVER'} the 1 s target`);
console.log(heapLine('the hostile documents'));

// Growth checks: 8× the input may cost at most 24×, judged within this run.
const SMALL = 4 * 1024;
const LARGE = 8 * SMALL;
const MAX_GROWTH = 24;
const LINT_FLOOR_MS = 100;
const RULE_FLOOR_MS = 25;
const failures: string[] = [];

function ruleMs(rule: Rule, text: string): number {
  const doc = boundDocument(parseResume(text));
  const ctx = { lexicon: DEFAULT_LEXICON, options: {} };
  rule.check(doc, ctx); // warm-up
  return fastest(() => rule.check(doc, ctx), 3);
}

console.log('');
console.log(`growth from ${SMALL / 1024} KB to ${LARGE / 1024} KB (CPU time; at most ${MAX_GROWTH}× for 8× the input):`);
for (const c of ADVERSARIAL_CASES) {
  const small = c.make(SMALL);
  const large = c.make(LARGE);
  let worst = { id: '', growth: 0 };
  for (const rule of RULES) {
    const a = Math.max(ruleMs(rule, small), 0.5); // below 0.5 ms the clock is noise
    const b = ruleMs(rule, large);
    if (b / a > worst.growth) worst = { id: rule.id, growth: b / a };
    // Rules see at most the 64 KB analysed: one under RULE_FLOOR_MS at 32 KB stays under 4× that even if quadratic.
    if (b / a > MAX_GROWTH && b > RULE_FLOOR_MS) failures.push(`rule ${rule.id} on "${c.name}": ${a.toFixed(1)} ms → ${b.toFixed(1)} ms (${(b / a).toFixed(0)}×)`);
  }
  console.log(`  rules on ${c.name.padEnd(22)} worst ${worst.id} ${worst.growth.toFixed(1)}×`);
}
for (const c of HOSTILE_DOCUMENTS) {
  const small = c.make(SMALL);
  const large = c.make(LARGE);
  lint(small);
  const a = Math.max(fastest(() => lint(small), 2), 2); // below 2 ms the clock is noise
  lint(large);
  const b = fastest(() => lint(large), 2);
  // A whole lint at 32 KB under 100 ms cannot threaten the 1 s budget: analysis stops at 64 KB (core/limits.ts),
  // so even quadratic growth from here stays under 400 ms. Below that the ratio is mostly warm-up and GC noise
  // (CI once saw 2.7 ms → 79 ms on one long line, while 128 KB of it took 93 ms).
  if (b / a > MAX_GROWTH && b > LINT_FLOOR_MS) failures.push(`lint of "${c.name}": ${a.toFixed(1)} ms → ${b.toFixed(1)} ms (${(b / a).toFixed(0)}×)`);
  console.log(`  lint of ${c.name.padEnd(23)} ${a.toFixed(1)} ms → ${b.toFixed(1)} ms  ${(b / a).toFixed(1)}×`);
}
// The job reader on postings with a hostile line (a pasted image's base64, a label run into a paragraph):
// one 60,000-character run once took minutes. Same floor as the lint: under 100 ms at 32 KB is no threat.
for (const c of HOSTILE_POSTINGS) {
  const small = c.make(SMALL);
  const large = c.make(LARGE);
  parseJobPosting(small);
  const a = Math.max(fastest(() => parseJobPosting(small), 2), 2);
  parseJobPosting(large);
  const b = fastest(() => parseJobPosting(large), 2);
  if (b / a > MAX_GROWTH && b > LINT_FLOOR_MS) failures.push(`posting "${c.name}": ${a.toFixed(1)} ms → ${b.toFixed(1)} ms (${(b / a).toFixed(0)}×)`);
  console.log(`  posting: ${c.name.padEnd(22)} ${a.toFixed(1)} ms → ${b.toFixed(1)} ms  ${(b / a).toFixed(1)}×`);
}
if (failures.length) {
  console.log(`GROWTH CHECK FAILED (more than ${MAX_GROWTH}× for 8× the input):`);
  for (const f of failures) console.log(`  ${f}`);
  process.exitCode = 1;
} else console.log(`growth checks: all within ${MAX_GROWTH}×`);
console.log(heapLine('the growth checks'));
