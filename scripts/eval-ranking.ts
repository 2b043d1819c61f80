// Measures two targets of issue #13 on real material: for each judged posting, does the resume judged
// to fit it best score highest among its candidates? And is a master's-only posting flagged (degree
// not met) for a bachelor's student, without flagging postings that take bachelor's students?
//
//   npm run eval:ranking -- [CORPUS_DIR] [--verbose] [--json]
//   npm run eval:ranking -- --set test/fixtures/unseen-ranking-1 [--verbose] [--json]
//
// The judgements live in scripts/eval-ranking.review.txt (posting | best | others | reason); they were
// written and committed before any candidate was scored, and are never edited to match the score.
// Each candidate is tailored against the posting exactly as `bulletproof tailor` does (the resume parsed
// by its format, the real match score); the judged best must score strictly highest (a tie fails).
// CORPUS_DIR is the folder holding jobs/, resumes/ and resumes-other/ (default: shared/corpus beside the
// repository or any folder above it). With --set, the judgements come from SET/judgements.txt instead (a
// blind set judged by someone who never ran the tool), and its paths are relative to SET's parent folder.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseResumeAs } from '../src/core/formats';
import { parseJobPosting } from '../src/core/job';
import { tailorResume } from '../src/core/tailor';
import { findCorpusDir } from './lib/corpus';

interface Judgement {
  posting: string;
  best: string;
  candidates: string[];
  reason: string;
}

interface Outcome {
  posting: string;
  best: string;
  ok: boolean;
  scores: { resume: string; score: number; withheld?: string }[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const setAt = args.indexOf('--set');
const setDir = setAt >= 0 ? args[setAt + 1] : undefined;
const corpus = setDir ? dirname(resolve(setDir)) : args.find((a) => !a.startsWith('--')) ?? findCorpusDir(join('jobs', 'annotations.json'));
if (setDir ? !existsSync(join(setDir, 'judgements.txt')) : !corpus || !existsSync(join(corpus, 'jobs'))) {
  console.error('usage: npm run eval:ranking -- [CORPUS_DIR | --set SET_DIR] [--verbose] [--json]  (no corpus with jobs/, or no SET_DIR/judgements.txt)');
  process.exit(2);
}
// Corpus judgements name postings inside jobs/; a set's judgements name them from the set's parent folder.
const postingPath = (posting: string) => (setDir ? join(corpus!, posting) : join(corpus!, 'jobs', posting));

interface DegreeJudgement {
  posting: string;
  resume: string;
  expected: 'not-met' | 'not-flagged';
}

export function readDegreeJudgements(text: string): DegreeJudgement[] {
  const out: DegreeJudgement[] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('degree | ')) continue;
    const [, posting, resume, expected] = line.split(' | ').map((s) => s.trim());
    if (!posting || !resume || (expected !== 'not-met' && expected !== 'not-flagged')) throw new Error(`malformed degree line: ${line.slice(0, 80)}`);
    out.push({ posting, resume, expected });
  }
  return out;
}

export function readJudgements(text: string): Judgement[] {
  const out: Judgement[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#') || line.startsWith('degree | ')) continue;
    const [posting, best, others, ...reason] = line.split(' | ').map((s) => s.trim());
    if (!posting || !best || !others) throw new Error(`malformed judgement line: ${line.slice(0, 80)}`);
    out.push({ posting, best, candidates: [best, ...others.split(',').map((s) => s.trim())], reason: reason.join(' | ') });
  }
  return out;
}

// A fixed day, so that deadlines in the postings do not change the outcome from one run to the next
// (eligibility is apart from the score anyway).
const TODAY = new Date('2026-11-30T12:00:00Z');

function evaluate(j: Judgement): Outcome {
  const job = parseJobPosting(readFileSync(postingPath(j.posting), 'utf8'));
  const scores = j.candidates.map((resume) => {
    const path = join(corpus!, resume);
    const doc = parseResumeAs(readFileSync(path, 'utf8'), { path });
    const { report } = tailorResume(doc, job, { today: TODAY });
    return { resume, score: report.score, ...(report.scoreWithheld ? { withheld: report.scoreWithheld } : {}) };
  });
  const best = scores[0]!;
  const ok = scores.slice(1).every((s) => s.score < best.score);
  return { posting: j.posting, best: j.best, ok, scores };
}

function degreeOutcome(j: DegreeJudgement) {
  const job = parseJobPosting(readFileSync(postingPath(j.posting), 'utf8'));
  const path = join(corpus!, j.resume);
  const { report } = tailorResume(parseResumeAs(readFileSync(path, 'utf8'), { path }), job, { today: TODAY });
  const degree = (report.eligibility ?? []).filter((c) => c.kind === 'degree');
  const flagged = degree.some((c) => c.status === 'not-met');
  const ok = j.expected === 'not-met' ? flagged : !flagged;
  return { ...j, ok, got: degree.map((c) => `${c.status}: ${c.detail}`) };
}

const review = readFileSync(setDir ? join(setDir, 'judgements.txt') : join(__dirname, 'eval-ranking.review.txt'), 'utf8');
const judgements = readJudgements(review);
const outcomes = judgements.map(evaluate);
const right = outcomes.filter((o) => o.ok).length;
const degrees = readDegreeJudgements(review).map(degreeOutcome);
const degreesRight = degrees.filter((d) => d.ok).length;

if (asJson) {
  console.log(JSON.stringify({ postings: outcomes.length, right, outcomes, degree: { pairs: degrees.length, right: degreesRight, outcomes: degrees } }, null, 2));
} else {
  console.log(`Ranking on ${outcomes.length} judged postings (${corpus}); target: the judged best scores highest on every one`);
  console.log(`  judged best scores highest: ${right}/${outcomes.length}`);
  for (const o of outcomes) {
    if (o.ok && !verbose) continue;
    console.log(`\n${o.posting}  ${o.ok ? 'ok' : 'FAIL'}  (judged best: ${o.best})`);
    for (const s of [...o.scores].sort((a, b) => b.score - a.score)) {
      const mark = s.resume === o.best ? '*' : ' ';
      console.log(`  ${mark} ${String(s.score).padStart(3)}  ${s.resume}${s.withheld ? `  (withheld: ${s.withheld})` : ''}`);
    }
  }
  const msOnly = degrees.filter((d) => d.expected === 'not-met');
  console.log(`\nDegree eligibility on ${degrees.length} judged posting × resume pairs: ${degreesRight}/${degrees.length} right`);
  console.log(`  master's-only posting flagged for a bachelor's student: ${msOnly.filter((d) => d.ok).length}/${msOnly.length}`);
  console.log(`  no false flag where the degree is accepted: ${degrees.filter((d) => d.expected === 'not-flagged' && d.ok).length}/${degrees.length - msOnly.length}`);
  for (const d of degrees) {
    if (d.ok && !verbose) continue;
    console.log(`  ${d.ok ? 'ok  ' : 'FAIL'} ${d.posting} × ${d.resume}: expected ${d.expected}; got ${d.got.join(' / ') || 'no degree check'}`);
  }
}
