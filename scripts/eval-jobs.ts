// Measures job-posting keyword extraction against hand annotations.
//
//   npm run eval:jobs -- DIR [--verbose] [--json]
//
// DIR holds postings and an annotations.json (one object per posting: file, company, title,
// job_id, hard_skills_required, hard_skills_preferred, soft_skills, …). Prints recall and precision
// of hard-skill keywords: recall = annotated skills found among the keywords the extractor marks
// required or preferred; precision = of those keywords, how many are annotated (annotations cover
// the qualification sections). Labels are mapped through the taxonomy's aliases, so "Postgres" and
// "PostgreSQL" count as the same skill, and a label ending in a known skill counts as that skill
// ("systems data analysis" → data analysis); any other label is compared by its text.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseJobPosting } from '../src/core/job';
import { findSkills, lookupSkill } from '../src/core/skills';

interface Annotation {
  file: string;
  company?: string;
  title?: string;
  job_id?: string;
  hard_skills_required?: string[];
  hard_skills_preferred?: string[];
  soft_skills?: string[];
}

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--'));
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
if (!dir) {
  console.error('usage: npm run eval:jobs -- DIR [--verbose] [--json]');
  process.exit(2);
}

/** A label's canonical form: the taxonomy skill it names, else its normalised text. */
function canonical(label: string): string {
  const candidates = [label, label.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), /\(([^)]+)\)/.exec(label)?.[1] ?? ''];
  for (const c of candidates) {
    const skill = c && lookupSkill(c);
    if (skill) return skill.name.toLowerCase();
  }
  // "systems data analysis": a label whose head is a known skill counts as that skill.
  const head = findSkills(label, { techContext: true }).find((m) => m.end === label.length);
  if (head) return head.canonical.toLowerCase();
  return label.toLowerCase().replace(/[-\s]+/g, ' ').trim();
}

const annotations = JSON.parse(readFileSync(join(dir, 'annotations.json'), 'utf8')) as Annotation[];
let truePos = 0;
let goldTotal = 0;
let predTotal = 0;
let predCorrect = 0;
let softFound = 0;
let softTotal = 0;
const meta = { company: 0, title: 0, jobId: 0, n: 0 };
const perPosting: unknown[] = [];

const contains = (a: string | undefined, b: string | undefined) => {
  if (!a || !b) return !a && !b;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x.includes(y) || y.includes(x);
};

for (const ann of annotations) {
  const text = readFileSync(join(dir, ann.file), 'utf8');
  const job = parseJobPosting(text);
  const gold = new Set([...(ann.hard_skills_required ?? []), ...(ann.hard_skills_preferred ?? [])].map(canonical));
  const asked = job.keywords.filter((k) => k.kind === 'hard' && k.importance !== 'other');
  const predicted = new Set(asked.map((k) => k.keyword.toLowerCase()));
  const allHard = new Set(job.keywords.filter((k) => k.kind === 'hard').map((k) => k.keyword.toLowerCase()));
  const found = [...gold].filter((g) => predicted.has(g));
  const missed = [...gold].filter((g) => !predicted.has(g));
  const extra = [...predicted].filter((p) => !gold.has(p));
  truePos += found.length;
  goldTotal += gold.size;
  predTotal += predicted.size;
  predCorrect += predicted.size - extra.length;

  const softGold = new Set((ann.soft_skills ?? []).map(canonical));
  const softPred = new Set(job.keywords.filter((k) => k.kind === 'soft').map((k) => k.keyword.toLowerCase()));
  softTotal += softGold.size;
  softFound += [...softGold].filter((s) => softPred.has(s)).length;

  meta.n++;
  if (contains(job.company, ann.company)) meta.company++;
  if (contains(job.title, ann.title)) meta.title++;
  if ((job.jobId ?? '') === (ann.job_id ?? '')) meta.jobId++;

  perPosting.push({
    file: ann.file,
    recall: gold.size ? found.length / gold.size : 1,
    precision: predicted.size ? (predicted.size - extra.length) / predicted.size : 1,
    missed: missed.map((m) => (allHard.has(m) ? `${m} (found as other)` : m)),
    extra,
    company: job.company,
    title: job.title,
    jobId: job.jobId,
  });
}

const recall = goldTotal ? truePos / goldTotal : 1;
const precision = predTotal ? predCorrect / predTotal : 1;
const result = {
  postings: annotations.length,
  hardSkills: { recall, precision, annotated: goldTotal, found: truePos, marked: predTotal, correct: predCorrect },
  softSkills: { recall: softTotal ? softFound / softTotal : 1, annotated: softTotal, found: softFound },
  metadata: { company: meta.company / meta.n, title: meta.title / meta.n, jobId: meta.jobId / meta.n },
  perPosting,
};

if (asJson) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const pct = (x: number) => x.toFixed(3);
  console.log(`Job keyword extraction on ${annotations.length} postings (${dir})`);
  console.log(`  hard skills  recall ${pct(recall)} (${truePos}/${goldTotal})   precision ${pct(precision)} (${predCorrect}/${predTotal})   targets: recall ≥ 0.9, precision ≥ 0.8`);
  console.log(`  soft skills  recall ${pct(result.softSkills.recall)} (${softFound}/${softTotal})`);
  console.log(`  metadata     company ${pct(result.metadata.company)}  title ${pct(result.metadata.title)}  job id ${pct(result.metadata.jobId)}`);
  if (verbose) {
    for (const p of perPosting as Record<string, unknown>[]) {
      console.log(`\n${p.file}: recall ${pct(p.recall as number)} precision ${pct(p.precision as number)}  company=${p.company} title=${p.title} jobId=${p.jobId}`);
      if ((p.missed as string[]).length) console.log(`  missed: ${(p.missed as string[]).join('; ')}`);
      if ((p.extra as string[]).length) console.log(`  extra:  ${(p.extra as string[]).join('; ')}`);
    }
  }
}
