// Per-rule precision on real resumes, from a reviewer's verdicts.
//
//   npm run eval:rules                       per-rule precision, by half, and what is not reviewed yet
//   npm run eval:rules -- --pending [RULES]  print each unreviewed finding with its line, for reviewing
//   npm run eval:rules -- --list RULES       print every finding of these rules with its verdict
//   npm run eval:rules -- --gone [RULES]     print each verdict whose finding no longer fires, with its line now
//   npm run eval:rules -- --write-docs       rewrite the <!-- precision:start/end --> block of each rule page that has one
//   npm run eval:rules -- --json             the table as JSON
//   options: --today YYYY-MM-DD (default: today; the script is an edge, core has no clock), --review FILE
//
// Every finding of every rule (and markdownlint) over ../shared/corpus/resumes (Markdown) and
// ../shared/corpus/resumes-other (LaTeX, RenderCV YAML, JSON Resume; `lint(text, {path})` picks
// the front end) gets a key: resume file, line:column, rule and a short hash of the flagged text.
// The review file (scripts/eval-rules.review.txt) holds one verdict per key, `+` (a careful
// recruiter would agree) or `-` (wrong), with a reason in the reviewer's own words — never the
// corpus text itself, which must not be copied into the project.
//
// Verdicts whose finding no longer fires are "gone": a gone `-` is a misfire that was fixed, a
// gone `+` is a right finding that was lost — both are reported. A lost `+` that was examined and
// is correct (the line is no longer a bullet, or now states its number) gets a line
// `= KEY # why`, and is reported apart. A verdict whose finding still fires on the same line under
// a new key that has a verdict of its own is "superseded" (nothing to do).
//
// Halves: resumes numbered 01–12 and 13–24 (resumes-other: 01–11 and 13–19) are counted apart,
// so figures on the half a change was not tuned on can be told from the tuned ones.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lint, type PublicFinding } from '../src/core/lint';
import { RULES } from '../src/core/rules';
import { corpusDir } from './lib/corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : undefined;
};
const today = flag('--today') ?? new Date().toISOString().slice(0, 10);
const reviewPath = resolve(flag('--review') ?? join(ROOT, 'scripts/eval-rules.review.txt'));
const ruleFilter = (name: string) => {
  if (!args.includes(name)) return undefined;
  const list = flag(name);
  return list ? new Set(list.split(',')) : 'all';
};
const pending = ruleFilter('--pending');
const listed = ruleFilter('--list');
const goneList = ruleFilter('--gone');

export interface Keyed {
  key: string;
  file: string;
  half: 'A' | 'B';
  finding: PublicFinding;
  lineText: string;
  /** The flagged source text when it runs past its first line (a joined, wrapped bullet), else ''. */
  spanText: string;
}

export const shortHash = (s: string) => createHash('sha1').update(s).digest('hex').slice(0, 10);

/** Resume files of the two corpus folders, each with its half (by its leading number). */
function resumeFiles(): { path: string; name: string; half: 'A' | 'B' }[] {
  const corpus = corpusDir();
  const out: { path: string; name: string; half: 'A' | 'B' }[] = [];
  for (const sub of ['resumes', 'resumes-other']) {
    const dir = join(corpus, sub);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (/readme|\.expected\.json$/i.test(name) || !/\.(md|tex|ya?ml|json)$/.test(name)) continue;
      const n = Number(/^(\d+)/.exec(name)?.[1] ?? 0);
      out.push({ path: join(dir, name), name: `${sub}/${name}`, half: n <= 12 ? 'A' : 'B' });
    }
  }
  return out;
}

/** Offset of a 1-based line/column. */
function offsetOf(lines: string[], line: number, column: number): number {
  let o = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) o += lines[i].length + 1;
  return o + column - 1;
}

/**
 * Every finding with its key: `file:line:column rule textHash~messageHash`. The message hash tells
 * apart findings on one range (the missing-contact findings on the name line); a verdict written
 * for an older message still applies when its `file:line:column rule textHash` part is unique.
 */
export function keyedFindings(): Keyed[] {
  const out: Keyed[] = [];
  for (const { path, name, half } of resumeFiles()) {
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n');
    for (const f of lint(text, { path: basename(path), today })) {
      const flagged = text.slice(offsetOf(lines, f.line, f.column), offsetOf(lines, f.endLine, f.endColumn));
      const key = `${name}:${f.line}:${f.column} ${f.ruleId} ${shortHash(flagged)}~${shortHash(f.message).slice(0, 6)}`;
      const spanText = f.endLine > f.line ? flagged.replace(/\s+/g, ' ').trim() : '';
      out.push({ key, file: name, half, finding: f, lineText: (lines[f.line - 1] ?? '').replace(/\r$/, ''), spanText });
    }
  }
  return out;
}

/** What a reviewer reads: the line, or the whole flagged text when it spans lines (judge the bullet, not its first line). */
const shown = (k: Keyed) => (k.spanText ? `| ${k.spanText.slice(0, 600)}  [flagged text over lines ${k.finding.line}–${k.finding.endLine}]` : `| ${k.lineText.slice(0, 220)}`);
const countBy = <T,>(items: T[], f: (t: T) => string) => items.reduce((m, t) => m.set(f(t), (m.get(f(t)) ?? 0) + 1), new Map<string, number>());
const baseOf = (key: string) => key.replace(/~[0-9a-f]+$/, '');

/** Verdicts by current key: exact key first, else the one verdict with the same base when the base is unique on both sides. */
function matchVerdicts(all: Keyed[], review: Map<string, Verdict>): Map<string, Verdict> {
  const currentBases = countBy(all, (k) => baseOf(k.key));
  const reviewBases = countBy([...review.keys()], baseOf);
  const byBase = new Map([...review].map(([k, v]) => [baseOf(k), v]));
  const out = new Map<string, Verdict>();
  for (const k of all) {
    const exact = review.get(k.key);
    const base = baseOf(k.key);
    const v = exact ?? (currentBases.get(base) === 1 && reviewBases.get(base) === 1 ? byBase.get(base) : undefined);
    if (v) out.set(k.key, v);
  }
  return out;
}

interface Verdict {
  right: boolean;
  why: string;
}

/** `+ KEY # reason` or `- KEY # reason`, one a line; `#` lines are comments. */
function readReview(path: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  if (!existsSync(path)) return out;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const m = /^([+-])\s+(\S+\s+\S+\s+\S+)\s*(?:#\s*(.*))?$/.exec(raw.trim());
    if (m) out.set(m[2], { right: m[1] === '+', why: m[3] ?? '' });
  }
  return out;
}

/**
 * `= KEY # reason`: a finding judged right whose loss was examined and is correct (the line is no
 * longer a bullet, or now states the number that was missing). Reported apart from the losses
 * still to explain; the reason must say why.
 */
function readAcceptedLosses(path: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(path)) return out;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const m = /^=\s+(\S+\s+\S+\s+\S+)\s*#\s*(.+)$/.exec(raw.trim());
    if (m) out.set(m[1], m[2]);
  }
  return out;
}

interface Tally {
  findings: number;
  judged: number;
  right: number;
  byHalf: Record<'A' | 'B', { judged: number; right: number }>;
  /** Markdown resumes (resumes/) and the other formats (resumes-other/: LaTeX, RenderCV YAML, JSON Resume), counted apart. */
  byFormat: Record<'markdown' | 'other', { judged: number; right: number }>;
  resumes: Set<string>;
  goneWrong: number;
  goneRight: number;
  /** Right findings that no longer fire, with an `=` line saying why that is correct. */
  goneAccepted: number;
  /** Verdicts whose finding still fires on the same line under another key (its flagged text, column or message changed) that has no verdict yet. */
  moved: number;
  /** Older verdicts whose finding fires on the same line under a new key that has its own verdict: replaced, nothing to do. */
  superseded: number;
}

const newTally = (): Tally => ({ findings: 0, judged: 0, right: 0, byHalf: { A: { judged: 0, right: 0 }, B: { judged: 0, right: 0 } }, byFormat: { markdown: { judged: 0, right: 0 }, other: { judged: 0, right: 0 } }, resumes: new Set(), goneWrong: 0, goneRight: 0, goneAccepted: 0, moved: 0, superseded: 0 });
/** Held-out resumes may come in any format: the other formats' precision is shown apart from Markdown's. */
const formatOf = (file: string): 'markdown' | 'other' => (file.startsWith('resumes-other/') ? 'other' : 'markdown');
const pct = (k: number, n: number) => (n ? `${Math.round((100 * k) / n)} %` : '–');

function main() {
  const all = keyedFindings();
  const reviewed = readReview(reviewPath);
  const accepted = readAcceptedLosses(reviewPath);
  const review = matchVerdicts(all, reviewed);
  const used = new Set<Verdict>(review.values());
  const tallies = new Map<string, Tally>();
  const tally = (rule: string) => tallies.get(rule) ?? tallies.set(rule, newTally()).get(rule)!;
  const unreviewed: Keyed[] = [];
  for (const k of all) {
    const t = tally(k.finding.ruleId);
    t.findings++;
    t.resumes.add(k.file);
    const v = review.get(k.key);
    if (!v) {
      unreviewed.push(k);
      continue;
    }
    t.judged++;
    t.byHalf[k.half].judged++;
    const format = formatOf(k.file);
    t.byFormat[format].judged++;
    if (v.right) {
      t.right++;
      t.byHalf[k.half].right++;
      t.byFormat[format].right++;
    }
  }
  // A finding of the same rule on the same line still fires: the verdict moved (the flagged text grew
  // when wrapped lines were joined, its column moved, or the message changed), it is not gone.
  // Rules that put several findings on one line (pronouns, missing contacts) tell them apart by
  // column and text, and by message where it is ambiguous: several older verdicts at one position
  // (the contacts on the name line), or an older verdict of the other sign. There an older verdict
  // carries over only to the finding it names. A line-level rule (one finding a bullet) carries
  // over to any finding of the rule on the line.
  const lineOf = (key: string) => key.split(' ')[0].replace(/:\d+$/, '') + ' ' + key.split(' ')[1];
  const positionOf = (key: string) => key.split(' ').slice(0, 2).join(' ');
  // A rule that puts several findings on one line now, or whose review file holds several verdicts on
  // one flagged range told apart by their message.
  const perLine = countBy(all, (k) => lineOf(k.key));
  const severalPerLine = new Set(all.filter((k) => (perLine.get(lineOf(k.key)) ?? 0) > 1).map((k) => k.finding.ruleId));
  const perRange = countBy([...reviewed.keys()], baseOf);
  for (const key of reviewed.keys()) if ((perRange.get(baseOf(key)) ?? 0) > 1) severalPerLine.add(key.split(' ')[1]);
  const staleAt = countBy([...reviewed].filter(([, v]) => !used.has(v)).map(([k]) => k), positionOf);
  const parts = (key: string) => {
    const [where, rule, hashes] = key.split(' ');
    const [text, message] = hashes.split('~');
    return { column: where.replace(/^.*:/, ''), rule, text, message };
  };
  const sameFinding = (old: string, verdict: Verdict, now: Keyed) => {
    if (lineOf(old) !== lineOf(now.key)) return false;
    const a = parts(old);
    if (!severalPerLine.has(a.rule)) return true;
    const b = parts(now.key);
    const messageNeeded = (staleAt.get(positionOf(old)) ?? 0) > 1 || review.get(now.key)?.right === !verdict.right;
    return (!messageNeeded || a.message === b.message) && (a.column === b.column || a.text === b.text);
  };
  for (const [key, v] of reviewed) {
    if (used.has(v)) continue;
    const t = tally(key.split(' ')[1]);
    const now = all.filter((k) => sameFinding(key, v, k));
    if (now.some((k) => !review.has(k.key))) t.moved++;
    else if (now.length) t.superseded++;
    else if (v.right && accepted.has(key)) t.goneAccepted++;
    else if (v.right) t.goneRight++;
    else t.goneWrong++;
  }
  const resumes = resumeFiles().length;

  if (goneList) {
    // Verdicts whose finding no longer fires, with the current findings on that line (a moved or reworded finding shows here).
    for (const [key, v] of reviewed) {
      if (used.has(v)) continue;
      const [where, rule] = key.split(' ');
      if (goneList !== 'all' && !goneList.has(rule)) continue;
      const m = /^(.*):(\d+):\d+$/.exec(where);
      const file = m?.[1] ?? '';
      const line = Number(m?.[2] ?? 0);
      const text = existsSync(join(corpusDir(), file)) ? readFileSync(join(corpusDir(), file), 'utf8').split('\n')[line - 1] ?? '' : '';
      // Each current finding on the line, with its verdict when it has one (`+`, `-`, `?` for none).
      const now = all
        .filter((k) => k.file === file && k.finding.line === line)
        .map((k) => `${k.finding.ruleId}@${k.finding.column}${k.finding.ruleId === rule ? ((v2) => (v2 ? (v2.right ? '+' : '-') : '?'))(review.get(k.key)) : ''}`);
      const why = accepted.get(key);
      console.log(`${v.right ? '+' : '-'} ${key} # ${v.why}${why ? `\n    rightly gone: ${why}` : ''}\n    now on this line: ${now.join(', ') || 'nothing'}\n    | ${text.replace(/\r$/, '').slice(0, 220)}`);
    }
    return;
  }

  if (listed) {
    for (const k of all) {
      if (listed !== 'all' && !listed.has(k.finding.ruleId)) continue;
      const v = review.get(k.key);
      console.log(`${v ? (v.right ? '+' : '-') : '?'} ${k.key} # ${v?.why ?? ''}\n    ${k.finding.severity}: ${k.finding.message}\n    ${shown(k)}`);
    }
    return;
  }
  if (pending) {
    for (const k of unreviewed) {
      if (pending !== 'all' && !pending.has(k.finding.ruleId)) continue;
      console.log(`? ${k.key}\n    ${k.finding.severity}: ${k.finding.message}\n    ${shown(k)}`);
    }
    return;
  }
  const rows = [...tallies].sort((a, b) => a[0].localeCompare(b[0]));
  if (args.includes('--json')) {
    console.log(JSON.stringify({ resumes, today, rules: Object.fromEntries(rows.map(([id, t]) => [id, { ...t, resumes: t.resumes.size }])) }, null, 2));
    return;
  }
  console.log(`${resumes} real resumes (corpus resumes/ + resumes-other/), today=${today}, review ${reviewPath.replace(ROOT + '/', '')}\n`);
  console.log('rule                        findings  judged  right  precision        01–12           13–24   gone(-) gone(+)  Markdown  other formats');
  for (const [id, t] of rows) {
    // Each half's precision beside its counts: a rule must hold on the half it was not tuned on.
    const half = (h: 'A' | 'B') => `${t.byHalf[h].right}/${t.byHalf[h].judged} ${pct(t.byHalf[h].right, t.byHalf[h].judged).padStart(5)}`.padStart(15);
    const format = (f: 'markdown' | 'other') => `${t.byFormat[f].right}/${t.byFormat[f].judged}`;
    console.log(
      `${id.padEnd(28)}${String(t.findings).padStart(8)}${String(t.judged).padStart(8)}${String(t.right).padStart(7)}${pct(t.right, t.judged).padStart(11)} ${half('A')} ${half('B')}${String(t.goneWrong).padStart(9)}${String(t.goneRight).padStart(8)}${format('markdown').padStart(10)}${format('other').padStart(15)}`,
    );
  }
  const total = rows.reduce((s, [, t]) => ({ j: s.j + t.judged, r: s.r + t.right }), { j: 0, r: 0 });
  console.log(`\nall rules: ${total.r} of ${total.j} judged findings right (${pct(total.r, total.j)}); ${unreviewed.length} findings without a verdict${unreviewed.length ? ' (--pending lists them)' : ''}`);
  for (const h of ['A', 'B'] as const) {
    const sum = rows.reduce((s, [, t]) => ({ j: s.j + t.byHalf[h].judged, r: s.r + t.byHalf[h].right }), { j: 0, r: 0 });
    // Rules with at least 10 judged findings in this half, under 90 %: where a held-out set will hurt first.
    const weak = rows.filter(([, t]) => t.byHalf[h].judged >= 10 && t.byHalf[h].right < 0.9 * t.byHalf[h].judged).map(([id]) => id);
    console.log(`  resumes ${h === 'A' ? '01–12' : '13–24'}: ${sum.r} of ${sum.j} right (${pct(sum.r, sum.j)}); rules with ≥ 10 findings under 90 %: ${weak.join(', ') || 'none'}`);
  }
  for (const f of ['markdown', 'other'] as const) {
    const sum = rows.reduce((s, [, t]) => ({ j: s.j + t.byFormat[f].judged, r: s.r + t.byFormat[f].right }), { j: 0, r: 0 });
    const files = resumeFiles().filter((r) => formatOf(r.name) === f).length;
    console.log(`  ${f === 'markdown' ? 'Markdown (resumes/)' : 'other formats (resumes-other/: LaTeX, RenderCV YAML, JSON Resume)'}, ${files} resumes: ${sum.r} of ${sum.j} right (${pct(sum.r, sum.j)})`);
  }
  const lost = rows.filter(([, t]) => t.goneRight);
  if (lost.length) console.log(`right findings that no longer fire: ${lost.map(([id, t]) => `${id} ${t.goneRight}`).join(', ')}`);
  const explained = rows.filter(([, t]) => t.goneAccepted);
  if (explained.length) console.log(`right findings that rightly no longer fire (why: \`=\` lines of the review file): ${explained.map(([id, t]) => `${id} ${t.goneAccepted}`).join(', ')}`);
  const moved = rows.filter(([, t]) => t.moved);
  if (moved.length) console.log(`verdicts whose finding still fires on the same line under a new key (re-judge with --pending): ${moved.map(([id, t]) => `${id} ${t.moved}`).join(', ')}`);
  const superseded = rows.filter(([, t]) => t.superseded);
  if (superseded.length) console.log(`older verdicts replaced by a verdict on the same line's new key (nothing to do): ${superseded.map(([id, t]) => `${id} ${t.superseded}`).join(', ')}`);

  if (args.includes('--write-docs')) {
    // Every rule page with the markers, also those of rules with no finding on these resumes.
    const byId = new Map(rows);
    for (const id of new Set([...RULES.map((r) => r.id), ...byId.keys()])) {
      const t = byId.get(id) ?? newTally();
      const page = join(ROOT, 'docs/rules', `${id}.md`);
      if (!existsSync(page)) continue;
      const text = readFileSync(page, 'utf8');
      if (!/<!-- precision:start -->[\s\S]*?<!-- precision:end -->/.test(text)) continue;
      writeFileSync(page, text.replace(/(<!-- precision:start -->)[\s\S]*?(<!-- precision:end -->)/, `$1\n${precisionText(resumes, t, unreviewed.filter((k) => k.finding.ruleId === id).length)}\n$2`));
      console.log(`wrote docs/rules/${id}.md`);
    }
  }
}

/** The measured-precision sentence of a rule's docs page. */
function precisionText(resumes: number, t: Tally, unjudged: number): string {
  const head = `On ${resumes} real resumes (\`npm run eval:rules\`): **${pct(t.right, t.judged)}** (${t.right} of ${t.judged} findings judged right, on ${t.resumes.size} resumes)`;
  const halves = `resumes 01–12: ${t.byHalf.A.right} of ${t.byHalf.A.judged}; 13–24: ${t.byHalf.B.right} of ${t.byHalf.B.judged}; Markdown: ${t.byFormat.markdown.right} of ${t.byFormat.markdown.judged}; LaTeX, YAML and JSON: ${t.byFormat.other.right} of ${t.byFormat.other.judged}`;
  const rest = unjudged ? ` ${unjudged} findings have no verdict yet.` : '';
  const accepted = t.goneAccepted ? `, ${t.goneAccepted} judged right that rightly no longer fire (reason in the review file)` : '';
  const gone = t.goneWrong || t.goneRight || t.goneAccepted ? ` Reviewed findings that no longer fire: ${t.goneWrong} judged wrong, ${t.goneRight} judged right${accepted}.` : '';
  return `${t.judged ? head : `On ${resumes} real resumes (\`npm run eval:rules\`): no findings`}${t.judged ? ` — ${halves}.` : '.'}${rest}${gone}`;
}

// Only when run as a script (tests may import keyedFindings).
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
