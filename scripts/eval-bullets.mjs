// Measures the vague and metric rules against a labeled bullets file (JSON lines, the format of
// ../shared/corpus/bullets.dev.jsonl): each bullet is linted alone inside a small experience section,
// and counts as flagged for a category when any finding of that category touches its line.
// For `metric` the positive class is "has no metric" (has_metric: false).
//
//   npm run eval -- [PATH.jsonl] [--errors]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const file = resolve(args.find((a) => !a.startsWith('--')) ?? new URL('../../shared/corpus/bullets.dev.jsonl', import.meta.url).pathname);

let rows;
try {
  rows = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l, n) => {
    try {
      return JSON.parse(l);
    } catch {
      throw new Error(`${file}:${n + 1}: not valid JSON`);
    }
  });
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}

const HEADER = '## Experience\n\n### Software Engineer, Example Corp — Jan 2021 – Dec 2022\n\n';
const BULLET_LINE = HEADER.split('\n').length; // 1-based line of the bullet
/** Escapes Markdown syntax so the bullet's words reach the parser as written. */
const escape = (s) => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+|-])/, '\\$1');

const counts = { vague: { tp: 0, fp: 0, fn: 0, tn: 0 }, metric: { tp: 0, fp: 0, fn: 0, tn: 0 } };
const byReason = new Map();
const errors = [];
const started = process.hrtime.bigint();

for (const row of rows) {
  const text = HEADER + '- ' + escape(String(row.text)) + '\n';
  const findings = core.lint(text, { config: { markdownlint: false } });
  const touching = findings.filter((f) => f.line <= BULLET_LINE && f.endLine >= BULLET_LINE);
  const flagged = (cat) => touching.some((f) => f.category === cat);
  const gold = { vague: !!row.vague, metric: !row.has_metric };
  for (const cat of ['vague', 'metric']) {
    const pred = flagged(cat);
    const c = counts[cat];
    if (pred && gold[cat]) c.tp++;
    else if (pred) c.fp++;
    else if (gold[cat]) c.fn++;
    else c.tn++;
    if (pred !== gold[cat]) {
      const rules = touching.filter((f) => f.category === cat).map((f) => `${f.ruleId}: "${text.split('\n')[f.line - 1].slice(f.column - 1, f.endLine === f.line ? f.endColumn - 1 : undefined)}"`);
      errors.push({ cat, kind: pred ? 'FP' : 'FN', id: row.id, reason: row.vague_reason || '', text: row.text, rules });
    }
  }
  if (row.vague) {
    const r = row.vague_reason || '(none)';
    const e = byReason.get(r) ?? { total: 0, found: 0 };
    e.total++;
    if (flagged('vague')) e.found++;
    byReason.set(r, e);
  }
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;

if (showErrors) {
  for (const e of errors.sort((a, b) => a.cat.localeCompare(b.cat) || a.kind.localeCompare(b.kind))) {
    console.log(`${e.cat} ${e.kind} ${e.id}${e.reason ? ` [${e.reason}]` : ''}: ${e.text}`);
    for (const r of e.rules) console.log(`    ${r}`);
  }
  console.log('');
}

const pct = (x) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
function scores(c) {
  const p = c.tp / (c.tp + c.fp);
  const r = c.tp / (c.tp + c.fn);
  return { p, r, f1: (2 * p * r) / (p + r) };
}

console.log(`${rows.length} bullets from ${file} (${(ms / rows.length).toFixed(2)} ms per bullet, full lint)`);
console.log('vague recall by reason:');
for (const [reason, e] of [...byReason].sort()) console.log(`  ${reason.padEnd(18)} ${e.found}/${e.total}`);
for (const cat of ['vague', 'metric']) {
  const c = counts[cat];
  const s = scores(c);
  console.log(`${cat.padEnd(6)}  precision ${pct(s.p)}  recall ${pct(s.r)}  F1 ${pct(s.f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn}, tn ${c.tn})`);
}
