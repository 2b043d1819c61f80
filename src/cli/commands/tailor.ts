// `bulletproof tailor RESUME --job JOB [--out DIR] [--format md,html,pdf] [--json]`
// Writes tailored/<company>-<title>/{resume.md, resume.html, resume.pdf, report.md} through the shared
// writer (src/node/outputs.ts), which never silently overwrites and never replaces the source files.

import { parseArgs } from 'node:util';
import { basename, join, relative, resolve } from 'node:path';
import { tailorResume, checkPosting, resumeProblem, type TailorResult } from '../../core/tailor';
import { parseResumeAs } from '../../core/formats';
import { parseJobPosting } from '../../core/job';
import type { Paper } from '../../core/render';
import { OUTPUT_FORMATS, outputFolderName, writeTailoredOutputs, type OutputFormat, type WrittenOutputs } from '../../node/outputs';
import { nearestConfig } from '../../node/referral';
import { readTextFile } from '../read-text';
import { EXIT, UsageError, type CliIO } from '../io';

export const TAILOR_HELP = `Usage: bulletproof tailor RESUME --job JOB [options]

Matches a resume (Markdown, LaTeX .tex, RenderCV .yaml or JSON Resume .json) to a job
posting and writes a tailored version that only selects and reorders your own bullets
(nothing is invented), plus a match report. A .tex, .yaml or .json resume also gets
resume.tex / resume.yaml / resume.json: your file with only the kept bullets, reordered.

Options:
  -j, --job <file>             the job posting (Markdown or text, optional front matter)
  -o, --out <dir>              parent folder for outputs (default: tailored)
  -f, --format <list>          any of md,html,pdf (default: md,html,pdf); report.md is always written
      --max-bullets <n>        keep at most n bullets per entry (the most relevant)
      --word-budget <n>        drop the least relevant bullets until at most n words
      --one-page               print, count the PDF's pages and cut until it fits one page:
                               first what the linter flags (personal details, references,
                               objective, duplicate or vague bullets), then the least relevant
                               bullets of older entries; report.md lists every cut
      --tags <list>            variant tags to keep (default: the job's front matter "tags")
      --paper <letter|a4>      page size for HTML print and PDF (default: letter)
      --browser <path>         Chromium-family browser for the PDF (or env BULLETPROOF_BROWSER)
      --json                   print a JSON summary instead of text
  -h, --help                   show this help

Outputs go to <out>/<company>-<title>/ (else the posting file's name, else a short hash of
the posting). A folder whose files you changed, or that holds another posting's outputs, is
never overwritten: the next free "-2", "-3"… folder is used instead.

Exit codes: 0 written (read "Before sending"), 2 usage error, unreadable input, an empty or
non-posting job file, or a resume without bullets (nothing is written then).
`;

export async function runTailor(argv: string[], io: CliIO, _version = ''): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      job: { type: 'string', short: 'j' },
      out: { type: 'string', short: 'o', default: 'tailored' },
      format: { type: 'string', short: 'f', default: 'md,html,pdf' },
      'max-bullets': { type: 'string' },
      'word-budget': { type: 'string' },
      'one-page': { type: 'boolean' },
      tags: { type: 'string' },
      paper: { type: 'string', default: 'letter' },
      browser: { type: 'string' },
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(TAILOR_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expects exactly one resume file (see --help).');
  if (!values.job) throw new UsageError('--job JOB is required (a job posting file).');
  const formats = parseFormats(values.format!);
  const paper = values.paper!.toLowerCase();
  if (paper !== 'letter' && paper !== 'a4') throw new UsageError(`--paper must be letter or a4, not "${values.paper}".`);
  const maxBulletsPerEntry = positiveInt(values['max-bullets'], '--max-bullets');
  const wordBudget = positiveInt(values['word-budget'], '--word-budget');
  const tags = values.tags?.split(/[,\s]+/).filter(Boolean);

  const resumePath = resolve(io.cwd, positionals[0]);
  const jobPath = resolve(io.cwd, values.job);
  const resumeText = readInput(resumePath, 'resume', io);
  const jobText = readInput(jobPath, 'job posting', io);
  if (resumeText === undefined || jobText === undefined) return EXIT.usage;

  const display = (p: string) => relative(io.cwd, p) || p;
  const job = parseJobPosting(jobText, { name: basename(jobPath) });
  const refusal = jobText.trim() && jobText.trim() === resumeText.trim() ? 'the job posting is the resume itself. Pass the posting with --job.' : checkPosting(job).message;
  if (refusal) {
    io.stderr(`bulletproof tailor: ${display(jobPath)}: ${refusal} Nothing was written.\n`);
    return EXIT.usage;
  }
  const resume = parseResumeAs(resumeText, { path: resumePath });
  const noBullets = resumeProblem(resume);
  if (noBullets) {
    io.stderr(`bulletproof tailor: ${display(resumePath)}: ${noBullets} Nothing was written.\n`);
    return EXIT.usage;
  }
  const result = tailorResume(resume, job, {
    maxBulletsPerEntry,
    wordBudget,
    tags,
    files: { resume: display(resumePath), job: display(jobPath) },
    config: nearestConfig(resumePath, (message) => io.stderr(`bulletproof: ${message}\n`)),
    // Core reads no clock: deadlines and "currently enrolled" are judged by today, passed here.
    today: new Date(),
  });

  const outputs = await writeTailoredOutputs(result, {
    dir: join(resolve(io.cwd, values.out!), outputFolderName(job, basename(jobPath))),
    onePage: values['one-page'],
    formats,
    paper: paper as Paper,
    browser: values.browser,
    browserSource: '--browser',
    browserAdvice: 'set BULLETPROOF_BROWSER to its path (or pass --browser)',
    protect: [resumePath, jobPath],
    display,
    sourceName: basename(resumePath),
  });
  const { files: written, warnings } = outputs;

  if (values.json) {
    io.stdout(JSON.stringify(jsonSummary(result, outputs, display), null, 2) + '\n');
  } else {
    io.stdout(humanSummary(result, outputs, display));
    for (const w of warnings) io.stderr(`bulletproof tailor: ${w}\n`);
  }
  void written;
  return EXIT.ok;
}

function parseFormats(list: string): Set<OutputFormat> {
  const out = new Set<OutputFormat>();
  for (const f of list.split(/[,\s]+/).filter(Boolean)) {
    const format = f.toLowerCase() === 'markdown' ? 'md' : (f.toLowerCase() as OutputFormat);
    if (!OUTPUT_FORMATS.includes(format)) throw new UsageError(`unknown format "${f}". Use any of: ${OUTPUT_FORMATS.join(', ')}.`);
    out.add(format);
  }
  return out;
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${flag} must be a whole number of at least 1, not "${value}".`);
  return n;
}

function readInput(path: string, what: string, io: CliIO): string | undefined {
  try {
    const { text, warnings } = readTextFile(path);
    for (const w of warnings) io.stderr(`bulletproof tailor: ${path} ${w}\n`);
    return text;
  } catch (e) {
    io.stderr(`bulletproof tailor: cannot read the ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
    return undefined;
  }
}

// ---- summaries -----------------------------------------------------------------------------

/** The posting's metadata with where each value is written (offsets and 1-based line in the posting text). */
function jobMetadata(job: TailorResult['job']) {
  const lineAt = (offset: number) => job.text.slice(0, offset).split('\n').length;
  const spans = Object.fromEntries(
    Object.entries(job.spans ?? {}).map(([field, r]) => [field, { start: r!.start, end: r!.end, line: lineAt(r!.start), text: job.text.slice(r!.start, r!.end) }]),
  );
  return {
    company: job.company,
    title: job.title,
    jobId: job.jobId,
    url: job.url,
    location: job.location,
    deadline: job.deadline,
    employmentType: job.employmentType,
    term: job.term,
    tags: job.tags,
    spans,
    ...(job.readChars !== undefined ? { readChars: job.readChars } : {}),
    ...(job.postingsInText !== undefined ? { postingsInText: job.postingsInText, postingRead: job.postingRead } : {}),
    ...(job.postingHeading ? { postingHeading: job.postingHeading } : {}),
  };
}

function jsonSummary(result: TailorResult, outputs: WrittenOutputs, display: (p: string) => string) {
  const { report, job } = result;
  const dir = outputs.path;
  const written = outputs.files;
  const place = (l: (typeof report.keywords)[number]['locations'][number]) => ({
    section: l.section,
    ...(l.entry ? { entry: l.entry } : {}),
    ...(l.bullet !== undefined ? { bullet: l.bullet } : {}),
    line: l.line,
    text: l.text,
  });
  return {
    score: report.score,
    job: jobMetadata(job),
    jobKeywords: job.keywords.map((k) => ({ keyword: k.keyword, kind: k.kind, importance: k.importance })),
    matched: report.matched.map((k) => ({
      keyword: k.keyword,
      kind: k.kind,
      importance: k.importance,
      locations: k.locations.map(place),
      ...(k.impliedBy ? { impliedBy: k.impliedBy } : {}),
    })),
    missing: report.keywords
      .filter((k) => !k.found && k.weight > 0)
      .map((k) => ({
        keyword: k.keyword,
        kind: k.kind,
        importance: k.importance,
        ...(k.alternativeMet ? { alternativeMet: k.alternativeMet } : {}),
        hints: k.hints.map((h) => ({ section: h.section, entry: h.entry, line: h.line, bullet: h.bullet, reason: h.reason })),
      })),
    scoreBreakdown: report.breakdown,
    degrees: report.degrees,
    experience: report.experience,
    eligibility: report.eligibility ?? [],
    ...(outputs.onePage
      ? { onePage: { pages: outputs.onePage.pages, fits: outputs.onePage.fits, prints: outputs.onePage.prints, density: outputs.onePage.density, layout: outputs.onePage.layout, dropped: outputs.onePage.cuts.map((c) => ({ text: c.label, why: c.why, step: c.step })) } }
      : {}),
    ...(outputs.ats ? { ats: { pages: outputs.ats.pages, text: outputs.ats.text, lost: outputs.ats.lost, outOfOrder: outputs.ats.outOfOrder, missingContacts: outputs.ats.missingContacts } } : {}),
    outputs: {
      dir: display(dir),
      ...Object.fromEntries(Object.entries(written).map(([name, path]) => [name, display(path)])),
    },
    /** Every "Before sending" line of report.md. */
    warnings: outputs.beforeSending,
  };
}

function humanSummary(result: TailorResult, dir: WrittenOutputs, display: (p: string) => string): string {
  const written = dir.files;
  const { report, job } = result;
  const role = [job.title, job.company].filter(Boolean).join(' at ') || 'the posting';
  const lines = [`Match for ${role}: ${report.score}/100`];
  for (const g of report.breakdown.groups) {
    if (g.importance !== 'other' || g.kind === 'hard') lines.push(`  ${g.importance} ${g.kind} skills: ${g.matched}/${g.total}`);
  }
  for (const importance of ['required', 'preferred'] as const) {
    const missing = report.missing[importance].filter((k) => !k.alternativeMet).map((k) => k.keyword);
    if (missing.length) lines.push(`  missing ${importance}: ${missing.join(', ')}`);
  }
  if (dir.onePage) {
    const o = dir.onePage;
    lines.push(`  one page: ${o.pages === undefined ? 'estimated' : `${o.pages} page${o.pages === 1 ? '' : 's'} printed`}, ${o.cuts.length} cut${o.cuts.length === 1 ? '' : 's'} (listed in report.md)${o.density ? `, ${o.layout}` : ''}`);
  }
  const names = Object.keys(written).sort();
  lines.push(`${dir.reused ? 'Updated' : 'Wrote'} ${display(dir.path)}/: ${names.join(', ')}`);
  // The same lines as report.md's "Before sending"; missing-output lines go to stderr instead.
  const before = dir.beforeSending.filter((w) => !dir.warnings.includes(w));
  if (before.length) lines.push('Before sending:', ...before.map((w) => `  ! ${w}`));
  return lines.join('\n') + '\n';
}
