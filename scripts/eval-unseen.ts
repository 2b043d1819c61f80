// Scores the rules on test/fixtures/unseen/: resumes the team invented in fields and styles unlike the
// corpus, written before the rules were run on them and never used for tuning. NOT held-out real text.
// Each finding is looked up in test/fixtures/unseen/verdicts.txt by (file number, line, rule); a key can
// hold several verdicts (several findings of one rule on a line), matched in order.
//
//   npx tsx scripts/eval-unseen.ts [--all] [--set DIR]   (--all also lists each finding with its verdict;
//   --set scores another set laid out the same way, such as test/fixtures/unseen-3)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseResumeAs } from '../src/core/formats';
import { lintDocument } from '../src/core/lint';

const setAt = process.argv.indexOf('--set');
const dir = setAt >= 0 && process.argv[setAt + 1] ? resolve(process.argv[setAt + 1]) : resolve(__dirname, '../test/fixtures/unseen');
const today = '2026-12-01'; // fixed, so the calendar checks give the same findings every day
const showAll = process.argv.includes('--all');

type Verdict = 'R' | 'W' | 'D' | 'M';
const verdicts = new Map<string, Verdict[]>();
const misses: string[] = [];
for (const line of readFileSync(join(dir, 'verdicts.txt'), 'utf8').split('\n')) {
  const m = /^([RWDM]) (\d\d):(\d+) (\S+)/.exec(line);
  if (!m) continue;
  const key = `${m[2]}:${m[3]} ${m[4]}`;
  if (m[1] === 'M') misses.push(key);
  else verdicts.set(key, [...(verdicts.get(key) ?? []), m[1] as Verdict]);
}

const perRule = new Map<string, Record<'R' | 'W' | 'D' | '?', number>>();
const fired = new Set<string>();
for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
  const text = readFileSync(join(dir, file), 'utf8');
  const { findings } = lintDocument(parseResumeAs(text, { path: file }), { today });
  const used = new Map<string, number>();
  for (const f of findings) {
    if (/^MD\d/.test(f.ruleId)) continue; // markdownlint hygiene is not reviewed here
    const line = text.slice(0, f.range.start).split('\n').length;
    const key = `${file.slice(0, 2)}:${line} ${f.ruleId}`;
    fired.add(key);
    const n = used.get(key) ?? 0;
    used.set(key, n + 1);
    // A finding the review expected (an M line) counts as right once it fires.
    const v = verdicts.get(key)?.[n] ?? (misses.includes(key) && n === 0 ? 'R' : '?');
    const row = perRule.get(f.ruleId) ?? { R: 0, W: 0, D: 0, '?': 0 };
    row[v as 'R']++;
    perRule.set(f.ruleId, row);
    if (showAll || v === '?') console.log(`${v} ${key} — ${f.message.slice(0, 90)}`);
  }
}

const pct = (a: number, b: number) => (b ? `${Math.round((100 * a) / b)} %` : '–');
console.log('\nrule                   findings   right  wrong  debatable  unreviewed  precision (R/(R+W))  strict (R/all)');
let tot = { R: 0, W: 0, D: 0, '?': 0 };
for (const [rule, r] of [...perRule].sort((a, b) => a[0].localeCompare(b[0]))) {
  const n = r.R + r.W + r.D + r['?'];
  console.log(`${rule.padEnd(22)} ${String(n).padStart(8)} ${String(r.R).padStart(7)} ${String(r.W).padStart(6)} ${String(r.D).padStart(10)} ${String(r['?']).padStart(11)}  ${pct(r.R, r.R + r.W).padStart(19)}  ${pct(r.R, n).padStart(14)}`);
  for (const k of ['R', 'W', 'D', '?'] as const) tot[k] += r[k];
}
const all = tot.R + tot.W + tot.D + tot['?'];
console.log(`all rules: ${all} findings, ${tot.R} right, ${tot.W} wrong, ${tot.D} debatable, ${tot['?']} without a verdict; precision ${pct(tot.R, tot.R + tot.W)} (strict ${pct(tot.R, all)})`);
const lost = [...verdicts].filter(([k, vs]) => vs.includes('R') && !fired.has(k)).map(([k]) => k);
console.log(`findings judged right that no longer fire: ${lost.length}${lost.length ? ` — ${lost.join(', ')}` : ''}`);
const caught = misses.filter((k) => fired.has(k));
console.log(`expected findings (M lines): ${caught.length} of ${misses.length} fire${misses.length ? ` — still missing: ${misses.filter((k) => !fired.has(k)).join(', ') || 'none'}` : ''}`);
