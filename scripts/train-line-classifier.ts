// Trains the accomplishment-line classifier (src/core/document/line-classifier.ts) on the hand-checked
// corpus resumes and measures it by leave-one-resume-out cross-validation against the hand-written rules.
//
//   npm run train:lines -- DIR [--write] [--verbose]
//
// Data: every candidate bullet of a work-like section as the parser meets it (parse.ts
// `collectCandidates`), the lines the rules reject included; a candidate is a bullet when an expected
// bullet starts on its line. Three deciders are compared on the held-out resume of each fold:
//   rules   keep what the hand-written line shapes keep (the parse without the classifier);
//   model   keep what the model scores at or above the threshold;
//   both    the rules, then the model (what the parse does with the classifier on).
// The L2 penalty and the threshold are chosen INSIDE each outer fold's training resumes (nested
// leave-one-resume-out), so no held-out line tunes anything. --write trains on all resumes, with
// settings chosen the same way, and writes src/core/document/line-model.json.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { collectCandidates } from '../src/core/document/parse';
import { createLineIndex } from '../src/core/text/line-index';
import { predict, train, type SparseExample } from '../src/core/judge/logistic';
import { corpusFiles, type Expected } from './eval-structure-lib';
import { writeModelJson } from './lib/model-json';

interface Row extends SparseExample {
  file: string;
  ruleReject: boolean;
  text: string;
  line: number;
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
if (!dir) {
  console.error('usage: npm run train:lines -- DIR [--write] [--verbose]');
  process.exit(2);
}

const rows: Row[] = [];
for (const file of corpusFiles(dir)) {
  const md = readFileSync(join(dir, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.expected.json')), 'utf8')) as Expected;
  const bulletLines = new Set(expected.bullets.map((b) => b.line));
  const lines = createLineIndex(md);
  for (const c of collectCandidates(md)) {
    const line = lines.positionAt(c.bullet.range.start).line + 1;
    rows.push({ file, x: c.features, y: bulletLines.has(line) ? 1 : 0, ruleReject: c.ruleReject, text: c.bullet.text, line });
  }
}

const L2S = [0.001, 0.003, 0.01, 0.03];
const THRESHOLDS = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5];
const MIN_COUNT = 3;
// Dropping a real bullet silences every rule on it; keeping a false one adds a wrong finding. A lost
// bullet costs more.
const MISS_COST = 2;

const groups = (rs: Row[]) => [...new Set(rs.map((r) => r.file))];
const fit = (rs: Row[], l2: number) => train(rs, { l2, minCount: MIN_COUNT, epochs: 400 });

/** Held-out scores of every row by leave-one-resume-out within `rs`. */
function looScores(rs: Row[], l2: number): Map<Row, number> {
  const out = new Map<Row, number>();
  for (const g of groups(rs)) {
    const model = fit(rs.filter((r) => r.file !== g), l2);
    for (const r of rs) if (r.file === g) out.set(r, predict(model, r.x));
  }
  return out;
}

/** Cost of the rules-then-model decision at threshold t: false bullets kept + MISS_COST × real ones dropped. */
function cost(rs: Row[], scores: Map<Row, number>, t: number): number {
  let c = 0;
  for (const r of rs) {
    if (r.ruleReject) continue;
    const keep = scores.get(r)! >= t;
    if (keep && !r.y) c++;
    if (!keep && r.y) c += MISS_COST;
  }
  return c;
}

/** L2 and threshold by leave-one-resume-out inside `rs`. */
function choose(rs: Row[]): { l2: number; threshold: number } {
  let best = { l2: L2S[0], threshold: THRESHOLDS[0], cost: Infinity };
  for (const l2 of L2S) {
    const scores = looScores(rs, l2);
    for (const t of THRESHOLDS) {
      const c = cost(rs, scores, t);
      if (c < best.cost) best = { l2, threshold: t, cost: c };
    }
  }
  return best;
}

interface Tally {
  kept: number;
  falseKept: number;
  bullets: number;
  bulletsKept: number;
}
const tally = (): Tally => ({ kept: 0, falseKept: 0, bullets: 0, bulletsKept: 0 });
function count(t: Tally, r: Row, keep: boolean) {
  if (r.y) t.bullets++;
  if (!keep) return;
  t.kept++;
  if (r.y) t.bulletsKept++;
  else t.falseKept++;
}
const show = (name: string, t: Tally) =>
  `  ${name.padEnd(6)} non-bullets kept ${(t.falseKept / t.kept).toFixed(3)} (${t.falseKept}/${t.kept})   real bullets kept ${(t.bulletsKept / t.bullets).toFixed(3)} (${t.bulletsKept}/${t.bullets})`;

const files = groups(rows);
console.log(`${rows.length} candidates (${rows.filter((r) => r.y).length} bullets, ${rows.filter((r) => r.ruleReject).length} rejected by the rules) in ${files.length} resumes`);

const verbose = args.includes('--verbose');
const outer = { rules: tally(), model: tally(), both: tally() };
const chosen: string[] = [];
for (const g of files) {
  const trainRows = rows.filter((r) => r.file !== g);
  const { l2, threshold } = choose(trainRows);
  chosen.push(`${l2}/${threshold}`);
  const model = fit(trainRows, l2);
  for (const r of rows) {
    if (r.file !== g) continue;
    const p = predict(model, r.x);
    count(outer.rules, r, !r.ruleReject);
    count(outer.model, r, p >= threshold);
    count(outer.both, r, !r.ruleReject && p >= threshold);
    if (verbose && !r.ruleReject && (p >= threshold) !== !!r.y) console.log(`  ${r.y ? 'DROPPED bullet' : 'kept non-bullet'} ${g}:${r.line} p=${p.toFixed(2)} "${r.text.slice(0, 70)}"`);
  }
}
console.log('leave-one-resume-out (settings chosen inside each fold: l2/threshold ' + [...new Set(chosen)].join(', ') + ')');
console.log(show('rules', outer.rules));
console.log(show('model', outer.model));
console.log(show('both', outer.both));

if (args.includes('--write')) {
  const { l2, threshold } = choose(rows);
  const model = fit(rows, l2);
  const weights = Object.fromEntries(Object.entries(model.weights).filter(([, w]) => Math.abs(w) >= 0.005).sort(([a], [b]) => a.localeCompare(b)));
  const out = {
    about: 'Accomplishment-line model: logistic regression over src/core/document/line-features.ts. Generated by `npm run train:lines` (scripts/train-line-classifier.ts); do not edit by hand.',
    corpus: { resumes: files.length, candidates: rows.length, bullets: rows.filter((r) => r.y).length },
    settings: { l2, minCount: MIN_COUNT, missCost: MISS_COST },
    threshold,
    bias: model.bias,
    weights,
  };
  const file = resolve(import.meta.dirname, '../src/core/document/line-model.json');
  writeModelJson(file, out);
  console.log(`wrote ${file}: ${Object.keys(weights).length} weights, l2 ${l2}, threshold ${threshold}`);
}
