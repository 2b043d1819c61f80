// Writes a tailoring's outputs (resume.md, resume.html, resume.pdf, report.md) into one folder, for the
// CLI's `tailor` command and the extension's "Tailor Resume to Job…". Never silently overwrites: a
// folder is reused only when it holds exactly the files an earlier run wrote and nobody has changed
// them since (checked against a manifest of hashes) and it does not hold the source resume or job
// posting; otherwise "-2", "-3"… Every file is written to a temporary name and renamed into place.

import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join, resolve } from 'node:path';
import { jobSlug } from '../core/job';
import type { TailorResult } from '../core/tailor';
import { renderHtml, type Paper } from '../core/render';
import { findBrowser, printToPdf } from './pdf';

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
}

export interface WrittenOutputs extends OutputDir {
  /** File name (report.md, resume.md, resume.html, resume.pdf) → absolute path, in writing order. */
  files: Record<string, string>;
  /** Why an asked-for output is missing (no browser, the browser failed). */
  warnings: string[];
  /** What happened to the PDF. */
  pdf: 'written' | 'no-browser' | 'failed' | 'not-asked';
}

/** Writes report.md (always) and the asked-for formats of a tailoring, then the manifest. */
export async function writeTailoredOutputs(result: TailorResult, options: WriteOutputsOptions): Promise<WrittenOutputs> {
  const formats = new Set(options.formats);
  const display = options.display ?? ((p: string) => p);
  options.onStep?.('write');
  const posting = postingHash(result.job.text);
  const dir = chooseOutputDir(options.dir, options.protect, posting);
  const previous = dir.reused ? readOwnOutputs(dir.path, readdirSync(dir.path)) : undefined;
  mkdirSync(dir.path, { recursive: true });

  const files: Record<string, string> = {};
  const warnings: string[] = [];
  const write = (name: string, content: string | Buffer) => {
    const path = join(dir.path, name);
    writeAtomic(path, content);
    files[name] = path;
  };
  write('report.md', result.reportMarkdown);
  if (formats.has('md')) write('resume.md', result.markdown);
  const html = formats.has('html') || formats.has('pdf') ? renderHtml(result.markdown, { paper: options.paper ?? 'letter', title: htmlTitle(result) }) : undefined;
  if (html && formats.has('html')) write('resume.html', html);

  let pdf: WrittenOutputs['pdf'] = 'not-asked';
  if (html && formats.has('pdf')) {
    const browser = findBrowser(options.browser, options.env ?? process.env, options.browserSource);
    if (!browser.path) {
      pdf = 'no-browser';
      const advice = options.browserAdvice ?? 'set BULLETPROOF_BROWSER to its path';
      warnings.push(
        `${browser.error ?? 'No Chromium-family browser found (chromium, chromium-browser, google-chrome, microsoft-edge).'} ` +
          `No PDF was written. Install one or ${advice}` +
          (files['resume.html'] ? `, or open ${display(files['resume.html'])} and print it to PDF.` : '.'),
      );
    } else {
      options.onStep?.('pdf');
      try {
        files['resume.pdf'] = await printPdfAtomically(browser.path, html, dir.path, files['resume.html']);
        pdf = 'written';
      } catch (e) {
        pdf = 'failed';
        warnings.push(`PDF not written: ${(e as Error).message}`);
      }
    }
  }
  // Outputs of the earlier run that this run did not write would describe a different tailoring;
  // the manifest proved them unchanged, so removing them loses nothing the user made.
  for (const name of Object.keys(previous ?? {})) {
    if (!(name in files)) rmSync(join(dir.path, name), { force: true });
  }
  writeManifest(dir.path, files, posting);
  return { ...dir, files, warnings, pdf };
}

/** The HTML page title: "<Name> — Resume" when the resume names its owner. */
export function htmlTitle(result: TailorResult): string | undefined {
  const name = result.resume.profile.name;
  return name ? `${name} — Resume` : undefined;
}

/** Prints to a temporary PDF beside the target and renames it into place. */
async function printPdfAtomically(browser: string, html: string, dir: string, htmlPath: string | undefined): Promise<string> {
  let scratch: string | undefined;
  let source = htmlPath;
  if (!source) {
    // The HTML was not asked for: the browser still needs a file to open.
    scratch = mkdtempSync(join(tmpdir(), 'bulletproof-html-'));
    source = join(scratch, 'resume.html');
    writeFileSync(source, html);
  }
  const target = join(dir, 'resume.pdf');
  const tmp = tempName(target, '.pdf');
  try {
    await printToPdf(browser, source, tmp);
    renameSync(tmp, target);
    return target;
  } finally {
    rmSync(tmp, { force: true });
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }
}
