// The figure a held-out set of labeled bullets measures is the LINTER's (`npm run eval -- FILE.jsonl`
// lints each bullet and counts a finding of category "vague"), not the model's. The linter's in-sample
// figure says little (the shipped model was trained on those bullets), so this script gives the
// linter's own person-grouped cross-validation: per fold, the shipped design is trained on the other
// people's bullets, put in the linter's place, and the held-out people's bullets are linted.
//
//   npx tsx scripts/eval-linter-cv.ts [--errors]
//
// The fold's model replaces the shipped model's fields for the fold's run (the rules read the shipped
// model; this script is the only place that swaps it) and the judge's caches are cleared around it.
import { resolve } from 'node:path';
import { lint } from '../src/core';
import { clearBulletCaches, SHIPPED_MODEL, type JudgeModel } from '../src/core/judge';
import { bulletFeatures, characterNgrams, featureVector } from '../src/core/judge/features';
import { RUBRIC_DECISIVE_SIGNALS } from '../src/core/judge/rubric';
import { DEFAULT_LEXICON } from '../src/core/lexicon';
import { corpusDir, DEFAULT_FILES, personFolds, readBullets } from './lib/corpus';
import { count, fitJudge, prf, SHIPPED_CHAR_NGRAMS, SHIPPED_FIT, type Counts, type Example } from './lib/judge-training';

const K = 5;
const showErrors = process.argv.includes('--errors');
const HEADER = '## Experience\n\n### Software Engineer, Example Corp — Jan 2021 – Dec 2022\n\n';
const BULLET_LINE = HEADER.split('\n').length;
const escape = (s: string) => s.replace(/([\\`*_[\]<>])/g, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2').replace(/^([#+|-])/, '\\$1');

/** The rules that judged the bullet vague (empty when none did), the bullet linted alone as eval-bullets does. */
function vagueRules(text: string): string[] {
  const findings = lint(HEADER + '- ' + escape(text) + '\n', { config: { markdownlint: false } });
  return findings.filter((f) => f.line <= BULLET_LINE && f.endLine >= BULLET_LINE && f.category === 'vague').map((f) => f.ruleId);
}

const rows = DEFAULT_FILES.flatMap((f) => readBullets(resolve(corpusDir(), f)));
const fold = personFolds(rows, K);
const examples: Example[] = rows.map((r) => ({
  repo: r.repo,
  y: r.vague ? 1 : 0,
  reason: r.vague_reason,
  x: featureVector([...bulletFeatures(r.text, DEFAULT_LEXICON).features, ...characterNgrams(r.text, SHIPPED_CHAR_NGRAMS)]),
}));

const shipped = { ...SHIPPED_MODEL };
const fired: string[][] = new Array(rows.length);
const perFold: Counts[] = [];
for (let f = 0; f < K; f++) {
  const { model } = fitJudge(examples.filter((_, i) => fold[i] !== f), 4, SHIPPED_FIT);
  const foldModel: JudgeModel = {
    ...shipped,
    bias: model.bias,
    weights: model.weights,
    threshold: model.threshold,
    decisive: [...new Set([...(model.decisive ?? []), ...RUBRIC_DECISIVE_SIGNALS])].sort(),
    charNgrams: SHIPPED_CHAR_NGRAMS,
  };
  Object.assign(SHIPPED_MODEL, foldModel);
  clearBulletCaches();
  const test = rows.map((_, i) => i).filter((i) => fold[i] === f);
  for (const i of test) fired[i] = vagueRules(rows[i].text);
  perFold.push(count(test.map((i) => fired[i].length > 0), test.map((i) => rows[i].vague)));
}
Object.assign(SHIPPED_MODEL, shipped);
clearBulletCaches();

const fmt = (x: number) => x.toFixed(3);
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const line = (name: string, xs: number[]) => `    ${name.padEnd(9)} ${fmt(mean(xs))} ± ${fmt(sd(xs))} [${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}]`;
const folds = perFold.map(prf);
const pooled = prf(count(fired.map((r) => r.length > 0), rows.map((r) => r.vague)));
console.log(`linter, person-grouped ${K}-fold CV (${rows.length} bullets, ${new Set(rows.map((r) => r.repo)).size} people; the model retrained per fold inside the linter)`);
console.log(line('precision', folds.map((x) => x.p)));
console.log(line('recall', folds.map((x) => x.r)));
console.log(`${line('F1', folds.map((x) => x.f1))}   pooled P ${fmt(pooled.p)} R ${fmt(pooled.r)} F1 ${fmt(pooled.f1)}`);
for (const reason of [...new Set(rows.filter((r) => r.vague).map((r) => r.vague_reason || '(none)'))].sort()) {
  const of = rows.map((r, i) => i).filter((i) => rows[i].vague && (rows[i].vague_reason || '(none)') === reason);
  console.log(`    recall ${reason.padEnd(17)} ${of.filter((i) => fired[i].length).length}/${of.length}`);
}
if (showErrors) {
  rows.forEach((r, i) => {
    const said = fired[i].length > 0;
    if (said !== r.vague) console.log(`${said ? `FP [${fired[i].join(',')}]` : `FN [${r.vague_reason}]`} ${r.id}: ${r.text}`);
  });
}
