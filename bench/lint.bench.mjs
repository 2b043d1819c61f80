// Lint speed: median times for the example resume and for a 100× larger document, with ratios
// against a bare remark parse of the same text measured in the same run.
// Targets (issue 2): one page fully linted ≤ 5 ms; resume rules alone ≤ 1.5× the bare parse;
// 100× document ≤ 120× the one-page time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { time, fmt, ratio } from './stats.mjs';

const require = createRequire(import.meta.url);
const core = require('../dist/core.js');

const onePage = readFileSync(new URL('../examples/resume.md', import.meta.url), 'utf8');
// 100×: the body repeated under distinct section headings (front matter once).
const body = onePage.replace(/^---[\s\S]*?\n---\n/, '');
const big = onePage + Array.from({ length: 99 }, () => body).join('\n');

const remark = unified().use(remarkParse);
const rulesOnly = { config: { markdownlint: false } };

function measure(text, runs) {
  const parse = time(() => remark.parse(text), { runs });
  const model = time(() => core.parseResume(text), { runs });
  const doc = core.parseResume(text);
  const rules = time(() => core.lintDocument(doc, rulesOnly), { runs });
  const full = time(() => core.lintDocument(core.parseResume(text)), { runs });
  return { parse, model, rules, full };
}

const small = measure(onePage, 200);
const large = measure(big, 10);

const rows = [
  ['', 'one page', '100× document'],
  ['bytes', String(onePage.length), String(big.length)],
  ['bare remark parse (baseline)', fmt(small.parse), fmt(large.parse)],
  ['parse to ResumeDocument', fmt(small.model), fmt(large.model)],
  ['resume rules alone', fmt(small.rules), fmt(large.rules)],
  ['full lint (parse + rules + markdownlint)', fmt(small.full), fmt(large.full)],
];
const w = rows.reduce((m, r) => r.map((c, i) => Math.max(m[i] ?? 0, c.length)), []);
for (const r of rows) console.log(r.map((c, i) => c.padEnd(w[i])).join('  '));
console.log('');
console.log(`one page fully linted: ${fmt(small.full)} (target ≤ 5 ms)`);
console.log(`resume rules / bare parse: ${ratio(small.rules, small.parse)} one page, ${ratio(large.rules, large.parse)} 100× (target ≤ 1.5×)`);
console.log(`100× document / one page (full lint): ${ratio(large.full, small.full)} (target ≤ 120×)`);
