// `bulletproof lint [files…] [--format stylish|json|sarif] [--config FILE]`
// Exit 0: no error-severity findings; 1: some; 2: usage or I/O error.
import { parseArgs } from 'node:util';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseResumeAs } from '../../core/formats';
import { lintDocument, toPublicFinding } from '../../core/lint';
import { isoDate } from '../../core/text/iso-date';
import { mergeConfigs, DEFAULT_MAX_FILE_SIZE, type BulletproofConfig } from '../../core/config';
import { MAX_INLINE_DELIMITERS, countInlineDelimiters } from '../../core/limits';
import { ConfigLoader, formatConfigErrors, isResumePath, type ConfigFile } from '../../node/config-loader';
import { readTextFile } from '../read-text';
import { DEFAULT_LEXICON, extendLexicon } from '../../core/lexicon';
import { explainVerdict, judgeBullet } from '../../core/judge';
import { narrativeBullets } from '../../core/rules/util';
import type { LintResult } from '../../core/lint';
import { formatStylish, type FileReport } from '../format/stylish';
import { formatJson } from '../format/json';
import { formatSarif } from '../format/sarif';
import { EXIT, UsageError, type CliIO } from '../io';

export const LINT_HELP = `Usage: bulletproof lint [files or folders…] [options]

Lints resumes in Markdown, LaTeX (.tex), RenderCV YAML (.yaml/.yml) and JSON Resume (.json).
Folders are searched for resume files: the "files" globs of the nearest .bulletproof.json
(relative to its folder), else resume*.md and cv*.md, any file with front matter
"resume: true", and .tex/.yaml/.yml/.json files whose content is a resume; with no
arguments, the current folder.

Options:
  -f, --format <stylish|json|sarif>  output format (default: stylish)
  -c, --config <file>                configuration file (default: nearest .bulletproof.json)
      --no-markdownlint              skip Markdown hygiene checks
      --max-warnings <n>             also exit 1 when there are more than n warnings
      --explain                      per work bullet, what drove the vague verdict (features, weights, words)
  -h, --help                         show this help

Exit codes: 0 no errors, 1 error-severity findings (or more warnings than
--max-warnings), 2 usage or I/O error.
`;

const FORMATS = ['stylish', 'json', 'sarif'] as const;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'tailored', '.vscode-test']);

export async function runLint(argv: string[], io: CliIO, version: string): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: 'string', short: 'f', default: 'stylish' },
      config: { type: 'string', short: 'c' },
      'no-markdownlint': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      explain: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.stdout(LINT_HELP);
    return EXIT.ok;
  }
  const format = values.format as (typeof FORMATS)[number];
  if (!FORMATS.includes(format)) throw new UsageError(`Unknown format "${values.format}". Use one of: ${FORMATS.join(', ')}.`);
  const maxWarnings = values['max-warnings'] === undefined ? undefined : Number(values['max-warnings']);
  if (maxWarnings !== undefined && !(Number.isInteger(maxWarnings) && maxWarnings >= 0)) {
    throw new UsageError(`--max-warnings must be a whole number of 0 or more, not "${values['max-warnings']}".`);
  }

  // One loader for the whole run: each folder's .bulletproof.json is read once.
  const loader = new ConfigLoader();
  let explicit: ConfigFile | undefined;
  if (values.config) {
    const path = resolve(io.cwd, values.config);
    try {
      readFileSync(path);
    } catch (e) {
      throw new UsageError(`Cannot read config file ${values.config}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    explicit = loader.load(path);
  }
  const configOf = (file: string) => explicit ?? loader.nearest(dirname(file));

  const files = collectFiles(positionals.length ? positionals : ['.'], io, configOf);
  if (!files.length) {
    io.stderr('bulletproof: no resume files found (resume*.md, cv*.md, or front matter "resume: true").\n');
    return EXIT.usage;
  }

  const reports: FileReport[] = [];
  const explanations: string[] = [];
  const reportedConfigErrors = new Set<string>();
  let ioError = false;
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    const loaded = configOf(file);
    for (const e of loaded ? formatConfigErrors(loaded) : []) {
      if (reportedConfigErrors.has(e)) continue;
      reportedConfigErrors.add(e);
      io.stderr(`bulletproof: config error (using defaults for it): ${e}\n`);
    }
    const config: BulletproofConfig = mergeConfigs(loaded?.config, values['no-markdownlint'] ? { markdownlint: false } : undefined);
    const display = relative(io.cwd, file) || file;
    let text: string;
    try {
      const size = statSync(file).size;
      const limit = config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
      if (size > limit) {
        io.stderr(`bulletproof: ${display}: skipped, ${size} bytes is over the ${limit}-byte limit (maxFileSize).\n`);
        continue;
      }
      const read = readTextFile(file);
      for (const w of read.warnings) io.stderr(`bulletproof: ${display} ${w}\n`);
      text = read.text;
      const delimiters = countInlineDelimiters(text);
      if (delimiters > MAX_INLINE_DELIMITERS) {
        io.stderr(`bulletproof: ${display}: skipped, ${delimiters} emphasis/link delimiters (*, _, [) is over the limit of ${MAX_INLINE_DELIMITERS}.\n`);
        continue;
      }
    } catch (e) {
      io.stderr(`bulletproof: cannot read ${display}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      ioError = true;
      continue;
    }
    // Today's date for the calendar checks (a past role starting in the future): core has no clock.
    const result = lintDocument(parseResumeAs(text, { path: file }), { config, today: isoDate(new Date()) });
    for (const err of result.ruleErrors) io.stderr(`bulletproof: rule ${err.ruleId} failed on ${display} and was skipped: ${err.message}\n`);
    const findings = result.findings.map((f) => toPublicFinding(f, result.document));
    errors += findings.filter((f) => f.severity === 'error').length;
    warnings += findings.filter((f) => f.severity === 'warning').length;
    reports.push({ file: display, findings });
    if (values.explain) explanations.push(explainFile(display, result));
  }

  if (format === 'json') io.stdout(formatJson(reports));
  else if (format === 'sarif') io.stdout(formatSarif(reports, version));
  else io.stdout(formatStylish(reports, io.color));
  // The trace is for people: beside stylish output on stdout, and on stderr so JSON and SARIF stay parseable.
  if (explanations.length) (format === 'stylish' ? io.stdout : io.stderr)(explanations.join('\n'));
  if (ioError) return EXIT.usage;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`bulletproof: ${warnings} warning${warnings === 1 ? '' : 's'}, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT.findings;
  }
  return errors ? EXIT.findings : EXIT.ok;
}

/** `--explain`: every work bullet with the judge's verdict and the features behind it. */
function explainFile(display: string, result: LintResult): string {
  const lexicon = extendLexicon(DEFAULT_LEXICON, result.config.words);
  const doc = result.document;
  const lines = [`${display}: vague-bullet verdicts`];
  for (const bullet of narrativeBullets(doc)) {
    const line = doc.lines.positionAt(bullet.range.start).line + 1;
    lines.push('', `  ${line}: ${bullet.text}`);
    for (const l of explainVerdict(bullet.text, judgeBullet(bullet.text, lexicon))) lines.push(`    ${l}`);
  }
  return lines.join('\n') + '\n';
}

/** Files as given; folders searched for resume files. Missing paths are usage errors. */
function collectFiles(args: string[], io: CliIO, configOf: (file: string) => ConfigFile | undefined): string[] {
  const out: string[] = [];
  for (const arg of args) {
    const path = resolve(io.cwd, arg);
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new UsageError(`No such file or folder: ${arg}`);
    }
    if (stat.isDirectory()) out.push(...findResumes(path, configOf));
    else out.push(path);
  }
  return [...new Set(out)];
}

function findResumes(root: string, configOf: (file: string) => ConfigFile | undefined): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (/\.(md|markdown|tex|ya?ml|json)$/i.test(entry.name)) {
        let head: string | undefined;
        try {
          head = readTextFile(full).text.slice(0, 64_000);
        } catch {
          head = undefined;
        }
        if (isResumePath(full, head, { file: configOf(full), root })) found.push(full);
      }
    }
  };
  walk(root);
  return found.sort();
}
