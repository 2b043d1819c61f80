// Writes a tailoring's outputs (resume.md, resume.html, resume.pdf, report.md) into one folder, for the
// CLI's `tailor` command and the extension's "Tailor Resume to Job…". Never silently overwrites: a
// folder is reused only when it holds exactly the files an earlier run wrote and nobody has changed
// them since (checked against a manifest of hashes) and it does not hold the source resume or job
// posting; otherwise "-2", "-3"… Every file is written to a temporary name and renamed into place.

import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { jobSlug } from '../core/job';
import { atsCheck, renderOutputsReport, tailoredSourceText, type AtsCheck, type TailorResult } from '../core/tailor';
import { isEarlyCareer } from '../core/tailor/early-career';
import { renderHtml, type Paper } from '../core/render';
import { fitOnePage, pdfPrinter, type OnePageOutcome, type PrintedPdf } from './one-page-fit';
import { findBrowser } from './pdf';

export const OUTPUT_FORMATS = ['md', 'html', 'pdf'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];
export const MANIFEST_FILE = '.bulletproof-outputs.json';

export interface OutputDir {
  path: string;
  /** The folder held earlier, unchanged outputs of this tool and is being refreshed. */
  reused: boolean;
}

export const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');

/** The posting's fingerprint recorded in the manifest: line endings and trailing space do not make a new posting. */
export const postingHash = (text: string) => sha256(text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').trim());

/**
 * The folder name for one posting's outputs: "<company>-<title>" when the posting names either,
 * else the posting file's name ("backend-intern" for jobs/backend-intern.md), else "posting-" and a
 * short hash of its text. Two postings may still share a name; the manifest's posting hash keeps
 * one's folder from being refreshed with the other's outputs (chooseOutputDir picks "-2").
 */
export function outputFolderName(job: { company?: string; title?: string; text: string }, jobPath?: string): string {
  const named = jobSlug(job, '');
  if (named) return named;
  const file = jobPath ? jobSlug({ title: basename(jobPath, extname(jobPath)) }, '') : '';
  return file || `posting-${postingHash(job.text).slice(0, 8)}`;
}
const samePath = (a: string, b: string) => (process.platform === 'win32' ? a.toLowerCase() === b.toLowerCase() : a === b);

/**
 * The first of BASE, BASE-2, BASE-3… that is new, empty, or holds only this tool's own unchanged
 * outputs. A folder holding one of `protect` (the source resume, the posting) is never reused, nor,
 * when `posting` (a postingHash) is given, one whose manifest records another posting or none.
 */
export function chooseOutputDir(base: string, protect: readonly string[] = [], posting?: string): OutputDir {
  const protectedPaths = protect.map((p) => resolve(p));
  for (let n = 1; ; n++) {
    const path = n === 1 ? base : `${base}-${n}`;
    if (!existsSync(path)) return { path, reused: false };
    const entries = readdirSync(path);
    if (entries.length === 0) return { path, reused: false };
    const holdsProtected = entries.some((name) => protectedPaths.some((p) => samePath(p, resolve(path, name))));
    if (!holdsProtected && readOwnOutputs(path, entries) && (posting === undefined || manifestPosting(path) === posting)) return { path, reused: true };
  }
}

/** The manifest's files when every entry of DIR is one of them, unchanged; undefined otherwise. */
function readOwnOutputs(dir: string, entries: readonly string[]): Record<string, string> | undefined {
  let files: Record<string, string>;
  try {
    files = (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { files?: Record<string, string> }).files ?? {};
  } catch {
    return undefined;
  }
  for (const name of entries) {
    if (name === MANIFEST_FILE) continue;
    const expected = files[name];
    if (typeof expected !== 'string') return undefined; // a file this tool did not write
    try {
      if (sha256(readFileSync(join(dir, name))) !== expected) return undefined; // edited since
    } catch {
      return undefined;
    }
  }
  return files;
}

/** The posting hash an earlier run recorded, if any. */
function manifestPosting(dir: string): string | undefined {
  try {
    const posting = (JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { posting?: unknown }).posting;
    return typeof posting === 'string' ? posting : undefined;
  } catch {
    return undefined;
  }
}

function writeManifest(dir: string, written: Record<string, string>, posting: string): void {
  const files: Record<string, string> = {};
  for (const [name, path] of Object.entries(written)) files[name] = sha256(readFileSync(path));
  const manifest = { note: 'Written by Bulletproof; edited files are never overwritten.', posting, files };
  writeAtomic(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + '\n');
}

const tempName = (path: string, ext = '') => `${path}.tmp-${process.pid}-${randomBytes(4).toString('hex')}${ext}`;

/** Write to a temporary file beside the target, then rename: readers never see half a file. */
export function writeAtomic(path: string, content: string | Buffer): void {
  const tmp = tempName(path);
  try {
    writeFileSync(tmp, content);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

export interface WriteOutputsOptions {
  /** The preferred folder, e.g. tailored/<company>-<title>; "-2", "-3"… when it cannot be reused. */
  dir: string;
  formats: Iterable<OutputFormat>;
  paper?: Paper;
  /** A browser path the user chose (flag or setting), looked up before BULLETPROOF_BROWSER and PATH. */
  browser?: string;
  /** How the user sets that path, for messages: "--browser", "bulletproof.browserPath". */
  browserSource?: string;
  /** Advice after "no browser found", e.g. "set BULLETPROOF_BROWSER to its path". */
  browserAdvice?: string;
  env?: NodeJS.ProcessEnv;
  /** Files that must never be overwritten (the source resume and posting). */
  protect?: readonly string[];
  /** How paths appear in messages (e.g. relative to the working folder). */
  display?: (path: string) => string;
  /** Called before each slow step, for progress reports. */
  onStep?: (step: 'write' | 'pdf') => void;
  /** Print, count pages and cut (linter-flagged first, then least relevant) until the PDF is one page. */
  onePage?: boolean;
  /**
   * The source resume's file name, for a LaTeX, RenderCV or JSON Resume source: the tailored version in
   * that format is written as resume.<its extension> (resume.tex, resume.yaml, resume.json).
   */
  sourceName?: string;
}

export interface WrittenOutputs extends OutputDir {
  /** File name (report.md, resume.md, resume.html, resume.pdf) → absolute path, in writing order. */
  files: Record<string, string>;
  /** Why an asked-for output is missing (no browser, the browser failed). */
  warnings: string[];
  /** What happened to the PDF. */
  pdf: 'written' | 'no-browser' | 'failed' | 'not-asked';
  /** report.md as written (with the one-page and ATS parts). */
  reportMarkdown: string;
  /** resume.md as written (after one-page cuts). */
  markdown: string;
  /** Every "Before sending" line: the tailoring's, the PDF checks', and why an output is missing. */
  beforeSending: string[];
  onePage?: OnePageOutcome;
  ats?: AtsCheck;
}

/** Writes report.md (always) and the asked-for formats of a tailoring, then the manifest. */
export async function writeTailoredOutputs(result: TailorResult, options: WriteOutputsOptions): Promise<WrittenOutputs> {
  const formats = new Set(options.formats);
  const display = options.display ?? ((p: string) => p);
  options.onStep?.('write');
  const posting = postingHash(result.job.text);
  const dir = chooseOutputDir(options.dir, options.protect, posting);
  const previous = dir.reused ? readOwnOutputs(dir.path, readdirSync(dir.path)) : undefined;
  const paper = options.paper ?? 'letter';
  const toHtml = (markdown: string, density = 0) => renderHtml(markdown, { paper, title: htmlTitle(result), profile: result.resume.profile, density });

  const warnings: string[] = [];
  const pdfWarnings: string[] = [];
  let pdf: WrittenOutputs['pdf'] = 'not-asked';
  let printed: PrintedPdf | undefined;
  let markdown = result.markdown;
  let onePage: OnePageOutcome | undefined;
  const scratch = mkdtempSync(join(tmpdir(), 'bulletproof-print-'));
  try {
    const browser = formats.has('pdf') || options.onePage ? findBrowser(options.browser, options.env ?? process.env, options.browserSource) : undefined;
    if (browser && !browser.path) {
      if (formats.has('pdf')) pdf = 'no-browser';
      const advice = options.browserAdvice ?? 'set BULLETPROOF_BROWSER to its path';
      warnings.push(
        `${browser.error ?? 'No Chromium-family browser found (chromium, chromium-browser, google-chrome, microsoft-edge).'} ` +
          `No PDF was written${options.onePage ? ' and one page could only be estimated by word count' : ''}. Install one or ${advice}` +
          (formats.has('html') ? `, or open ${display(join(dir.path, 'resume.html'))} and print it to PDF.` : '.'),
      );
    }
    const print = browser?.path ? pdfPrinter(browser.path, scratch, toHtml, () => options.onStep?.('pdf')) : undefined;
    try {
      if (options.onePage) {
        onePage = await fitOnePage(result, print, paper);
        markdown = onePage.markdown;
        printed = onePage.printed;
      } else if (print && formats.has('pdf')) {
        printed = await print(markdown);
      }
      if (printed && formats.has('pdf')) pdf = 'written';
    } catch (e) {
      if (formats.has('pdf')) pdf = 'failed';
      warnings.push(`PDF not written: ${(e as Error).message}`);
      printed = undefined;
    }
    let ats: AtsCheck | undefined;
    if (printed) {
      ats = atsCheck({ text: printed.text.text, pages: printed.text.pages, markdown, profile: result.resume.profile });
      pdfWarnings.push(...ats.warnings);
      if (!options.onePage && printed.text.pages > 1 && isEarlyCareer(result.resume, new Date())) {
        pdfWarnings.push(`A student or new-grad resume runs to ${printed.text.pages} pages; recruiters expect one. Tailor with --one-page (or the one-page option) to cut the least relevant bullets.`);
      }
    }
    if (onePage && onePage.fits === false) pdfWarnings.push(onePage.note ?? 'Still over one page after every allowed cut.');
    const allWarnings = [...result.warnings, ...pdfWarnings, ...warnings];
    const reportMarkdown =
      result.matchReportMarkdown +
      renderOutputsReport({ ...result, onePage: onePage && { cuts: onePage.cuts, pages: onePage.pages, fits: onePage.fits, note: onePage.note, layout: onePage.density ? onePage.layout : undefined }, ats, warnings: allWarnings });

    mkdirSync(dir.path, { recursive: true });
    const files: Record<string, string> = {};
    const write = (name: string, content: string | Buffer) => {
      const path = join(dir.path, name);
      writeAtomic(path, content);
      files[name] = path;
    };
    write('report.md', reportMarkdown);
    if (formats.has('md')) write('resume.md', markdown);
    if (formats.has('html')) write('resume.html', toHtml(markdown, onePage?.density ?? 0));
    if (result.twin) write(sourceOutputName(result, options.sourceName), tailoredSourceText(result.twin, onePage?.plan ?? result.plan));
    if (printed && formats.has('pdf')) {
      const target = join(dir.path, 'resume.pdf');
      const tmp = tempName(target, '.pdf');
      try {
        copyFileSync(printed.path, tmp);
        renameSync(tmp, target);
        files['resume.pdf'] = target;
      } finally {
        rmSync(tmp, { force: true });
      }
    }
    // Outputs of the earlier run that this run did not write would describe a different tailoring;
    // the manifest proved them unchanged, so removing them loses nothing the user made.
    for (const name of Object.keys(previous ?? {})) {
      if (!(name in files)) rmSync(join(dir.path, name), { force: true });
    }
    writeManifest(dir.path, files, posting);
    return { ...dir, files, warnings, pdf, reportMarkdown, markdown, beforeSending: allWarnings, ...(onePage ? { onePage } : {}), ...(ats ? { ats } : {}) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

const FORMAT_EXT = { latex: '.tex', rendercv: '.yaml', jsonresume: '.json', markdown: '.md' } as const;

/** resume.tex / resume.yaml (or .yml, as the source is named) / resume.json. */
export function sourceOutputName(result: TailorResult, sourceName?: string): string {
  const ext = sourceName ? extname(sourceName).toLowerCase() : '';
  const format = result.twin?.source.format ?? 'markdown';
  const fits = (format === 'latex' && ext === '.tex') || (format === 'rendercv' && (ext === '.yaml' || ext === '.yml')) || (format === 'jsonresume' && ext === '.json');
  return `resume${fits ? ext : FORMAT_EXT[format]}`;
}

/** The HTML page title: "<Name> — Resume" when the resume names its owner. */
export function htmlTitle(result: TailorResult): string | undefined {
  const name = result.resume.profile.name;
  return name ? `${name} — Resume` : undefined;
}
