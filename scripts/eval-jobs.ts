// Measures job-posting reading against hand annotations: hard-skill keywords per kind, soft skills,
// and metadata (company, title, job ID, URL, deadline, degree level).
//
//   npm run eval:jobs -- [DIR] [--verbose] [--errors] [--json] [--only=jd02,jd05]
//   npm run eval:jobs -- --set test/fixtures/unseen-postings [--verbose]
//
// --set DIR (or --set=DIR) scores another annotated set, such as the invented postings the team
// annotates by hand before running the tool (an unseen-text check); the corpus's jd-number splits
// do not apply to it, so only the whole set is reported.
//
// --errors lists every missed and extra hard skill with its cause (not in the taxonomy, in it but not
// found, found outside the qualifications) and the line it stands on, for error analysis.
//
// DIR holds postings and an annotations.json (one object per posting: file, company, title, job_id,
// url, deadline, degree, hard_skills_required, hard_skills_preferred, soft_skills, …). Without DIR the
// script looks for `shared/corpus/jobs` beside the repository or any folder above it (the team keeps
// the corpus at ../shared/corpus from the main checkout).
//
// Figures:
// - hard skills: recall = annotated required + preferred skills found among the keywords the extractor
//   marks required or preferred; precision = of those keywords, how many are annotated (annotations
//   cover the qualification sections). This is the issue's target figure.
// - per kind: required recall (annotated-required found as required or preferred), preferred recall,
//   and importance agreement (a found skill marked with the annotated importance).
// - soft skills: recall and precision over the whole posting.
// - metadata: company and title count when they equal the annotation once case, punctuation and a legal
//   suffix are set aside (and, for titles, a trailing note in parentheses); degree when the same set of levels is read. A "lenient" line also gives the older
//   containment figures (company/title) and "annotated levels among those read" (degree) for comparison.
// Labels are mapped through the taxonomy's aliases, so "Postgres" and "PostgreSQL" count as the same
// skill, and a label ending in a known skill counts as that skill ("systems data analysis" → data
// analysis); any other label is compared by its text.
//
// Splits: "older" jd02–jd14, "newer" jd15–jd35; the newer set is further split into "dev" (jd15–jd24,
// whose failures were looked at while developing) and "held-out" (jd25–jd35, whose failures were not:
// a quasi-held-out figure, since general changes were still tuned on the others). "company half A/B":
// the postings split by employer (no company in both halves), for the issue's "postings from other
// companies" target; neither half is held out from tuning.
// --halves prints which posting is in which company half.

import { existsSync, readFileSync } from 'node:fs';
import { readTextFile } from '../src/cli/read-text';
import { join } from 'node:path';
import { parseJobPosting } from '../src/core/job';
import { degreeLevelsIn } from '../src/core/job/requirements';
import { DAY, parseDay } from '../src/core/job/dates';
import { withoutTracking } from '../src/core/job/metadata';
import { lookupSkill } from '../src/core/skills';
import { canonical, keywordName } from './lib/job-labels';
import { findCorpusDir } from './lib/corpus';

interface Annotation {
  file: string;
  company?: string;
  title?: string;
  job_id?: string;
  url?: string;
  deadline?: string;
  degree?: string;
  hard_skills_required?: string[];
  hard_skills_preferred?: string[];
  soft_skills?: string[];
}

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const errors = args.includes('--errors');
const asJson = args.includes('--json');
const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
const setAt = args.indexOf('--set');
const setDir = args.find((a) => a.startsWith('--set='))?.slice(6) ?? (setAt >= 0 ? args[setAt + 1] : undefined);
const corpus = findCorpusDir(join('jobs', 'annotations.json'));
// A positional DIR is the same as --set DIR (the value after --set is not a positional one).
const positional = args.find((a, i) => !a.startsWith('--') && !(setAt >= 0 && i === setAt + 1));
const dir = setDir ?? positional ?? (corpus && join(corpus, 'jobs'));
if (!dir || !existsSync(join(dir, 'annotations.json'))) {
  console.error('usage: npm run eval:jobs -- [DIR] [--verbose] [--json] [--only=jd02,jd05]  (no annotations.json found)');
  process.exit(2);
}

interface Counts {
  n: number;
  goldHard: number;
  foundHard: number;
  predHard: number;
  predHardCorrect: number;
  goldReq: number;
  foundReq: number;
  goldPref: number;
  foundPref: number;
  predReq: number;
  predReqCorrect: number;
  predPref: number;
  predPrefCorrect: number;
  importanceAgree: number;
  goldSoft: number;
  foundSoft: number;
  predSoft: number;
  predSoftCorrect: number;
  company: number;
  companyExact: number;
  title: number;
  titleExact: number;
  jobId: number;
  jobIdInvented: number;
  url: number;
  deadline: number;
  degree: number;
  degreeExact: number;
}

const zero = (): Counts => ({
  n: 0, goldHard: 0, foundHard: 0, predHard: 0, predHardCorrect: 0, goldReq: 0, foundReq: 0, goldPref: 0, foundPref: 0,
  predReq: 0, predReqCorrect: 0, predPref: 0, predPrefCorrect: 0, importanceAgree: 0, goldSoft: 0, foundSoft: 0,
  predSoft: 0, predSoftCorrect: 0, company: 0, companyExact: 0, title: 0, titleExact: 0, jobId: 0, jobIdInvented: 0, url: 0,
  deadline: 0, degree: 0, degreeExact: 0,
});

const norm = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[\s\-–—,:()|]+/g, ' ').trim();
// A deadline is right when it names the annotated day, however written ("Jan 9, 2027" / "January 9, 2027").
const FIRST_DAY = new RegExp(DAY, 'i');
const dayOf = (s: string | undefined) => {
  const m = s ? FIRST_DAY.exec(s) : null;
  return m ? parseDay(m[0]) : undefined;
};
const sameDay = (a: string | undefined, b: string | undefined) => !!dayOf(a) && dayOf(a) === dayOf(b);
const contains = (a: string | undefined, b: string | undefined) => {
  const x = norm(a);
  const y = norm(b);
  if (!x || !y) return !x && !y;
  return x.includes(y) || y.includes(x);
};
// Exact: the same words once case, punctuation and a legal suffix ("Inc.", "Ltd") are set aside. Containment
// alone let "Acme" pass for "Acme Payments" and a title with the team or location glued on pass for the title.
// Compound forms first ("Pty Ltd", "Pte. Ltd.", "Pvt. Ltd.", "Sdn Bhd"): the company is the same with or without them.
// Europe's and Asia's forms too ("Kaarnavolt Oy", "Nordvik AB", "Mirna d.o.o."), as the tool's legal-forms list has them.
const LEGAL_SUFFIX = /\s+(?:(?:pty|pte|pvt|private)\s+(?:ltd|limited)|sdn bhd|inc|incorporated|ltd|limited|llc|llp|plc|corp|corporation|co|gmbh|ag|sa|ulc|oyj?|ab|a\/s|as|asa|aps|sarl|sas|sl|srl|spa|bhd|tbk|ltda|kft|zrt|kk|bv|nv|se|doo|dd|sro)\.?$/;
const exactName = (s: string | undefined) => norm(s).replace(/[.'’"“”]/g, '').replace(/^the\s+/, '').replace(LEGAL_SUFFIX, '').trim();
const same = (a: string | undefined, b: string | undefined) => exactName(a) === exactName(b);
// A trailing note in parentheses (term, location, "MS/PhD") is kept by some annotators and not others.
const withoutNote = (title: string | undefined) => (title ?? '').replace(/(\s*\([^()]*\))+\s*$/, '');
// The same page whether or not the link carries tracking parameters ("?utm_medium=email", a job alert's
// "/comm/…?trackingId=…"): the tool gives the link without them, as drafts should carry it.
const sameUrl = (a: string | undefined, b: string | undefined) => {
  const clean = (u: string | undefined) => (u ? withoutTracking(u) : '').replace(/\/+$/, '');
  return clean(a) === clean(b);
};

const annotations = (JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as Annotation[]).filter(
  (a) => !only || only.some((o) => a.file.startsWith(o)),
);
const num = (file: string) => Number(/\d+/.exec(file)?.[0] ?? 0);
// Halves by employer: each company's postings all fall in one half (companies alternate in the order they
// first appear; "Amazon Web Services" is Amazon), so each half measures postings from companies the
// other half does not contain.
const companyKey = (company: string | undefined) => (company ?? '').toLowerCase().split(/[\s,]+/)[0] ?? '';
const companyOrder = [...new Set(annotations.map((a) => companyKey(a.company)))];
const companyHalf = new Map(annotations.map((a) => [a.file, companyOrder.indexOf(companyKey(a.company)) % 2]));
if (args.includes('--halves')) {
  for (const half of [0, 1]) console.log(`company half ${'AB'[half]}: ${annotations.filter((a) => companyHalf.get(a.file) === half).map((a) => `${a.file.replace(/\.txt$/, '')} (${a.company})`).join(', ')}`);
}
const SPLITS: [string, (file: string) => boolean][] = setDir || positional ? [['all', () => true]] : [
  ['all', () => true],
  ['company half A', (f) => companyHalf.get(f) === 0],
  ['company half B', (f) => companyHalf.get(f) === 1],
  ['older jd02–14', (f) => num(f) <= 14],
  ['newer jd15–35', (f) => num(f) >= 15],
  ['  dev jd15–24', (f) => num(f) >= 15 && num(f) <= 24],
  ['  held-out jd25–35', (f) => num(f) >= 25],
];
const totals = new Map(SPLITS.map(([name]) => [name, zero()]));
const perPosting: Record<string, unknown>[] = [];
const errorRows: string[] = [];

/** The line of the posting where a label's words (or its first word) stand, shortened. */
function lineOf(text: string, label: string): string {
  const words = label.toLowerCase().split(/[\s-]+/).filter((w) => w.length > 2);
  const lines = text.split('\n');
  const score = (l: string) => words.filter((w) => l.toLowerCase().includes(w.slice(0, Math.max(4, w.length - 2)))).length;
  const best = lines.reduce((b, l) => (score(l) > score(b) ? l : b), '');
  return score(best) ? best.trim().replace(/\s+/g, ' ').slice(0, 160) : '(not written)';
}

function explainErrors(file: string, text: string, job: ReturnType<typeof parseJobPosting>, missed: string[], extra: string[]): string[] {
  const out: string[] = [];
  const other = new Set(job.keywords.filter((k) => k.importance === 'other').map((k) => k.keyword.toLowerCase()));
  for (const m of missed) {
    const known = lookupSkill(m);
    const cause = other.has(m) ? 'found outside the qualifications' : known ? `in the taxonomy (${known.name}), not found` : 'not in the taxonomy';
    out.push(`${file}  MISS  ${m}  [${cause}]  ${lineOf(text, m)}`);
  }
  for (const e of extra) {
    const kw = job.keywords.find((k) => k.keyword.toLowerCase() === e || (k.extracted && canonical(k.keyword) === e));
    const how = kw?.extracted ? `phrase (${kw.extracted})` : 'taxonomy';
    const at = kw?.occurrences[0];
    const where = at ? job.text.slice(at.start, at.end) : '';
    out.push(`${file}  EXTRA ${e}  [${how}: "${where}"]  ${at ? lineOf(job.text, where) : ''}`);
  }
  return out;
}

for (const ann of annotations) {
  // Read as the CLI reads a posting: a page that declares windows-1252 is decoded as such.
  const { text } = readTextFile(join(dir, ann.file));
  const job = parseJobPosting(text, { name: ann.file });
  const goldReq = new Set((ann.hard_skills_required ?? []).map(canonical));
  const goldPref = new Set((ann.hard_skills_preferred ?? []).map(canonical).filter((s) => !goldReq.has(s)));
  const gold = new Set([...goldReq, ...goldPref]);
  const asked = job.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other');
  // Phrases read from the posting's wording are normalised like the labels ("data-driven" = "data driven").
  const nameOf = keywordName;
  const importanceOf = new Map(asked.map((k) => [nameOf(k), k.importance]));
  const predicted = new Set(importanceOf.keys());
  const allHard = new Set(job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase()));
  const found = [...gold].filter((g) => predicted.has(g));
  const missed = [...gold].filter((g) => !predicted.has(g));
  const extra = [...predicted].filter((p) => !gold.has(p));
  const predReq = [...predicted].filter((p) => importanceOf.get(p) === 'required');
  const predPref = [...predicted].filter((p) => importanceOf.get(p) === 'preferred');

  const softGold = new Set((ann.soft_skills ?? []).map(canonical));
  const softPred = new Set(job.keywords.filter((k) => k.kind === 'soft').map((k) => k.keyword.toLowerCase()));

  const goldLevels = degreeLevelsIn(ann.degree ?? '');
  // A degree of unstated level ("a degree in Physics") names no level, as the annotation does.
  const jobLevels = [...new Set(job.degrees.filter((d) => !d.implied).flatMap((d) => d.levels))];
  // Lenient: the annotated levels are among those read; a degree line without a level ("studies in CS") accepts
  // any reading. Exact: the same set of levels, and none read where the annotation names no level.
  const degreeOk = goldLevels.length ? goldLevels.every((l) => jobLevels.includes(l)) : ann.degree ? true : !jobLevels.length;
  const degreeExact = goldLevels.length === jobLevels.length && goldLevels.every((l) => jobLevels.includes(l));

  const row = {
    file: ann.file,
    recall: gold.size ? found.length / gold.size : 1,
    precision: predicted.size ? (predicted.size - extra.length) / predicted.size : 1,
    missed: missed.map((m) => (allHard.has(m) ? `${m} (found as other)` : m)),
    extra,
    wrongImportance: found.filter((f) => (goldReq.has(f) ? 'required' : 'preferred') !== importanceOf.get(f)),
    softMissed: [...softGold].filter((s) => !softPred.has(s)),
    softExtra: [...softPred].filter((s) => !softGold.has(s)),
    company: [job.company, ann.company],
    title: [job.title, ann.title],
    jobId: [job.jobId, ann.job_id],
    url: [job.url, ann.url],
    deadline: [job.deadline, ann.deadline],
    degree: [jobLevels.join('/'), goldLevels.join('/')],
  };
  perPosting.push(row);
  if (errors) errorRows.push(...explainErrors(ann.file, text, job, missed, extra));

  for (const [name, test] of SPLITS) {
    if (!test(ann.file)) continue;
    const c = totals.get(name)!;
    c.n++;
    c.goldHard += gold.size;
    c.foundHard += found.length;
    c.predHard += predicted.size;
    c.predHardCorrect += predicted.size - extra.length;
    c.goldReq += goldReq.size;
    c.foundReq += [...goldReq].filter((g) => predicted.has(g)).length;
    c.goldPref += goldPref.size;
    c.foundPref += [...goldPref].filter((g) => predicted.has(g)).length;
    c.predReq += predReq.length;
    c.predReqCorrect += predReq.filter((p) => gold.has(p)).length;
    c.predPref += predPref.length;
    c.predPrefCorrect += predPref.filter((p) => gold.has(p)).length;
    c.importanceAgree += found.length - row.wrongImportance.length;
    c.goldSoft += softGold.size;
    c.foundSoft += softGold.size - row.softMissed.length;
    c.predSoft += softPred.size;
    c.predSoftCorrect += softPred.size - row.softExtra.length;
    if (contains(job.company, ann.company)) c.company++;
    if (same(job.company, ann.company)) c.companyExact++;
    if (contains(job.title, ann.title)) c.title++;
    if (same(withoutNote(job.title), withoutNote(ann.title))) c.titleExact++;
    if (norm(job.jobId) === norm(ann.job_id)) c.jobId++;
    if (job.jobId && !ann.job_id) c.jobIdInvented++;
    if (sameUrl(job.url, ann.url)) c.url++;
    if (contains(job.deadline, ann.deadline) || sameDay(job.deadline, ann.deadline)) c.deadline++;
    if (degreeOk) c.degree++;
    if (degreeExact) c.degreeExact++;
  }
}

const ratio = (a: number, b: number) => (b ? a / b : 1);
function summary(c: Counts) {
  return {
    postings: c.n,
    hard: { recall: ratio(c.foundHard, c.goldHard), precision: ratio(c.predHardCorrect, c.predHard), found: c.foundHard, annotated: c.goldHard, correct: c.predHardCorrect, marked: c.predHard },
    required: { recall: ratio(c.foundReq, c.goldReq), precision: ratio(c.predReqCorrect, c.predReq), found: c.foundReq, annotated: c.goldReq, correct: c.predReqCorrect, marked: c.predReq },
    preferred: { recall: ratio(c.foundPref, c.goldPref), precision: ratio(c.predPrefCorrect, c.predPref), found: c.foundPref, annotated: c.goldPref, correct: c.predPrefCorrect, marked: c.predPref },
    importanceAgreement: ratio(c.importanceAgree, c.foundHard),
    soft: { recall: ratio(c.foundSoft, c.goldSoft), precision: ratio(c.predSoftCorrect, c.predSoft), found: c.foundSoft, annotated: c.goldSoft, correct: c.predSoftCorrect, marked: c.predSoft },
    metadata: {
      company: ratio(c.company, c.n),
      companyExact: ratio(c.companyExact, c.n),
      title: ratio(c.title, c.n),
      titleExact: ratio(c.titleExact, c.n),
      jobId: ratio(c.jobId, c.n),
      jobIdsInvented: c.jobIdInvented,
      url: ratio(c.url, c.n),
      deadline: ratio(c.deadline, c.n),
      degree: ratio(c.degree, c.n),
      degreeExact: ratio(c.degreeExact, c.n),
    },
  };
}

const result = { dir, splits: Object.fromEntries(SPLITS.map(([name]) => [name.trim(), summary(totals.get(name)!)])), perPosting };

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const p = (x: number) => x.toFixed(3);
  const pr = (x: { recall: number; precision: number; found: number; annotated: number; correct: number; marked: number }) =>
    `R ${p(x.recall)} (${x.found}/${x.annotated}) P ${p(x.precision)} (${x.correct}/${x.marked})`;
  console.log(`Job postings on ${annotations.length} annotated postings (${dir}); targets: hard R ≥ 0.90, P ≥ 0.85, company ≥ 0.95`);
  for (const [name] of SPLITS) {
    const s = summary(totals.get(name)!);
    if (!s.postings) continue;
    const m = s.metadata;
    console.log(`\n${name} (${s.postings})`);
    console.log(`  hard skills   ${pr(s.hard)}`);
    console.log(`    required    ${pr(s.required)}`);
    console.log(`    preferred   ${pr(s.preferred)}   importance agreement ${p(s.importanceAgreement)}`);
    console.log(`  soft skills   ${pr(s.soft)}`);
    console.log(`  metadata      company ${p(m.companyExact)}  title ${p(m.titleExact)}  job id ${p(m.jobId)} (invented ${m.jobIdsInvented})  url ${p(m.url)}  deadline ${p(m.deadline)}  degree ${p(m.degreeExact)}`);
    console.log(`    lenient     company ${p(m.company)}  title ${p(m.title)}  degree ${p(m.degree)}  (containment; annotated levels among those read)`);
  }
  if (errors) console.log(`\n${errorRows.join('\n')}`);
  if (verbose) {
    for (const r of perPosting) {
      console.log(`\n${r.file}: recall ${p(r.recall as number)} precision ${p(r.precision as number)}`);
      for (const key of ['company', 'title', 'jobId', 'url', 'deadline', 'degree'] as const) {
        const [got, want] = r[key] as [string | undefined, string | undefined];
        if ((got ?? '') !== (want ?? '')) console.log(`  ${key}: got ${JSON.stringify(got ?? '')} want ${JSON.stringify(want ?? '')}`);
      }
      for (const key of ['missed', 'extra', 'wrongImportance', 'softMissed', 'softExtra'] as const) {
        const list = r[key] as string[];
        if (list.length) console.log(`  ${key}: ${list.join('; ')}`);
      }
    }
  }
}
