// `bulletproof tailor RESUME --job JOB [--out DIR] [--format md,html,pdf] [--json]`
// Writes tailored/<company>-<title>/{resume.md, resume.html, resume.pdf, report.md}. Never silently
// overwrites: a folder is reused only when it holds exactly the files an earlier run wrote and
// nobody has changed them since (checked against a manifest of hashes); otherwise "-2", "-3"….

import { parseArgs } from 'node:util';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { tailorResume, ONE_PAGE_WORDS, type TailorResult } from '../../core/tailor';
import { parseJobPosting, jobSlug } from '../../core/job';
import { renderHtml, type Paper } from '../../core/render';
import { readTextFile } from '../read-text';
import { findBrowser, printToPdf } from '../pdf';
import { EXIT, UsageError, type CliIO } from '../io';

export const TAILOR_HELP = `Usage: bulletproof tailor RESUME --job JOB [options]

Matches a Markdown resume to a job posting and writes a tailored version that only
selects and reorders your own bullets (nothing is invented), plus a match report.

Options:
  -j, --job <file>             the job posting (Markdown or text, optional front matter)
  -o, --out <dir>              parent folder for outputs (default: tailored)
  -f, --format <list>          any of md,html,pdf (default: md,html,pdf); report.md is always written
      --max-bullets <n>        keep at most n bullets per entry (the most relevant)
      --word-budget <n>        drop the least relevant bullets until at most n words
      --one-page               same as --word-budget ${ONE_PAGE_WORDS}
      --tags <list>            variant tags to keep (default: the job's front matter "tags")
      --paper <letter|a4>      page size for HTML print and PDF (default: letter)
      --browser <path>         Chromium-family browser for the PDF (or env BULLETPROOF_BROWSER)
      --json                   print a JSON summary instead of text
  -h, --help                   show this help

Outputs go to <out>/<company>-<title>/. A folder whose files you changed is never
overwritten: the next free "-2", "-3"… folder is used instead.
`;

const FORMATS = ['md', 'html', 'pdf'] as const;
type Format = (typeof FORMATS)[number];
const MANIFEST = '.bulletproof-outputs.json';

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
  const wordBudget = positiveInt(values['word-budget'], '--word-budget') ?? (values['one-page'] ? ONE_PAGE_WORDS : undefined);
  const tags = values.tags?.split(/[,\s]+/).filter(Boolean);

  const resumePath = resolve(io.cwd, positionals[0]);
  const jobPath = resolve(io.cwd, values.job);
  const resumeText = readInput(resumePath, 'resume', io);
  const jobText = readInput(jobPath, 'job posting', io);
  if (resumeText === undefined || jobText === undefined) return EXIT.usage;

  const display = (p: string) => relative(io.cwd, p) || p;
  const job = parseJobPosting(jobText);
  const result = tailorResume(resumeText, job, {
    maxBulletsPerEntry,
    wordBudget,
    tags,
    files: { resume: display(resumePath), job: display(jobPath) },
  });

  const baseDir = join(resolve(io.cwd, values.out!), jobSlug(job));
  const dir = chooseOutputDir(baseDir);
  mkdirSync(dir.path, { recursive: true });
  const written: Record<string, string> = {};
  const warnings: string[] = [];
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir.path, name);
    writeAtomic(path, content);
    written[name] = path;
  };

  write('report.md', result.reportMarkdown);
  if (formats.has('md')) write('resume.md', result.markdown);
  const html = formats.has('html') || formats.has('pdf') ? renderHtml(result.markdown, { paper: paper as Paper, title: titleOf(result) }) : undefined;
  if (html && formats.has('html')) write('resume.html', html);
  if (html && formats.has('pdf')) {
    const browser = findBrowser(values.browser, process.env);
    if (!browser.path) {
      warnings.push(
        `${browser.error ?? 'No Chromium-family browser found (chromium, chromium-browser, google-chrome, microsoft-edge).'} ` +
          `No PDF was written. Install one or set BULLETPROOF_BROWSER to its path` +
          (written['resume.html'] ? `, or open ${display(written['resume.html'])} and print it to PDF.` : '.'),
      );
    } else {
      const pdfPath = await printPdf(browser.path, html, dir.path, written['resume.html']).catch((e: Error) => {
        warnings.push(`PDF not written: ${e.message}`);
        return undefined;
      });
      if (pdfPath) written['resume.pdf'] = pdfPath;
    }
  }
  writeManifest(dir.path, written);

  if (values.json) {
    io.stdout(JSON.stringify(jsonSummary(result, dir.path, written, warnings, display), null, 2) + '\n');
  } else {
    io.stdout(humanSummary(result, dir, written, display));
    for (const w of warnings) io.stderr(`bulletproof tailor: ${w}\n`);
  }
  return EXIT.ok;
}

function parseFormats(list: string): Set<Format> {
  const out = new Set<Format>();
  for (const f of list.split(/[,\s]+/).filter(Boolean)) {
    const format = f.toLowerCase() === 'markdown' ? 'md' : (f.toLowerCase() as Format);
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${f}". Use any of: ${FORMATS.join(', ')}.`);
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

function titleOf(result: TailorResult): string | undefined {
  const name = result.resume.profile.name;
  return name ? `${name} — Resume` : undefined;
}

// ---- output folder -------------------------------------------------------------------------

interface OutputDir {
  path: string;
  /** The folder held this command's earlier, unchanged outputs and is being refreshed. */
  reused: boolean;
}

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** The first of DIR, DIR-2, DIR-3… that is new, empty, or holds only our own unchanged outputs. */
export function chooseOutputDir(base: string): OutputDir {
  for (let n = 1; ; n++) {
    const path = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(path)) return { path, reused: false };
    const entries = readdirSync(path);
    if (entries.length === 0) return { path, reused: false };
    if (ownUnchangedOutputs(path, entries)) return { path, reused: true };
  }
}

function ownUnchangedOutputs(dir: string, entries: string[]): boolean {
  let manifest: { files?: Record<string, string> };
  try {
    manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8'));
  } catch {
    return false;
  }
  const files = manifest.files ?? {};
  for (const name of entries) {
    if (name === MANIFEST) continue;
    const expected = files[name];
    if (!expected) return false; // a file we did not write
    try {
      if (sha256(readFileSync(join(dir, name))) !== expected) return false; // edited since
    } catch {
      return false;
    }
  }
  return true;
}

function writeManifest(dir: string, written: Record<string, string>): void {
  const files: Record<string, string> = {};
  for (const [name, path] of Object.entries(written)) files[name] = sha256(readFileSync(path));
  writeAtomic(join(dir, MANIFEST), JSON.stringify({ note: 'Written by bulletproof tailor; edited files are never overwritten.', files }, null, 2) + '\n');
}

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, content: string | Buffer): void {
  const tmp = `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

async function printPdf(browser: string, html: string, dir: string, htmlPath: string | undefined): Promise<string> {
  let scratch: string | undefined;
  let source = htmlPath;
  if (!source) {
    scratch = mkdtempSync(join(tmpdir(), 'bulletproof-html-'));
    source = join(scratch, 'resume.html');
    writeFileSync(source, html);
  }
  const target = join(dir, 'resume.pdf');
  const tmp = `${target}.tmp-${process.pid}-${randomBytes(4).toString('hex')}.pdf`;
  try {
    await printToPdf(browser, source, tmp);
    renameSync(tmp, target);
    return target;
  } finally {
    rmSync(tmp, { force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}

// ---- summaries -----------------------------------------------------------------------------

function jsonSummary(result: TailorResult, dir: string, written: Record<string, string>, warnings: string[], display: (p: string) => string) {
  const { report, job } = result;
  const place = (l: (typeof report.keywords)[number]['locations'][number]) => ({
    section: l.section,
    ...(l.entry ? { entry: l.entry } : {}),
    ...(l.bullet !== undefined ? { bullet: l.bullet } : {}),
    line: l.line,
    text: l.text,
  });
  return {
    score: report.score,
    job: { company: job.company, title: job.title, jobId: job.jobId, url: job.url, tags: job.tags },
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
    outputs: {
      dir: display(dir),
      ...Object.fromEntries(Object.entries(written).map(([name, path]) => [name, display(path)])),
    },
    warnings,
  };
}

function humanSummary(result: TailorResult, dir: OutputDir, written: Record<string, string>, display: (p: string) => string): string {
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
  const names = Object.keys(written).sort();
  lines.push(`${dir.reused ? 'Updated' : 'Wrote'} ${display(dir.path)}/: ${names.join(', ')}`);
  return lines.join('\n') + '\n';
}
