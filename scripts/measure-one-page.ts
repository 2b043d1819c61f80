// Pages before and after `tailor --one-page` for every resume in a folder against one posting:
// `tsx scripts/measure-one-page.ts [RESUME_DIR] [JOB]` (default: ../shared/corpus/resumes, jd02).
// Prints a table (file, pages as printed, pages after --one-page, cuts, compaction level); never
// prints resume text, so the table can go into a note.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runTailor } from '../src/cli/commands/tailor';
import type { CliIO } from '../src/cli/io';

const dir = resolve(process.argv[2] ?? '/work/shared/corpus/resumes');
const jobDir = '/work/shared/corpus/jobs';
const job = resolve(process.argv[3] ?? join(jobDir, readdirSync(jobDir).find((f) => f.startsWith('jd02'))!));
const only = process.env.ONLY?.split(',');
const pages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

async function run(resume: string, out: string, flags: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: out, color: false };
  const code = await runTailor([resume, '--job', job, '--out', out, '--json', '--format', 'pdf', ...flags], io);
  if (code !== 0) return { code, err: stderr.trim().split('\n')[0] };
  const json = JSON.parse(stdout);
  return { code, json, pages: json.outputs['resume.pdf'] ? pages(join(out, json.outputs['resume.pdf'])) : undefined };
}

async function main() {
  const files = readdirSync(dir).filter((f) => /\.(md|tex|ya?ml|json)$/.test(f) && !f.endsWith('.expected.json') && f !== 'README.md' && (!only || only.some((o) => f.startsWith(o))));
  console.log(`job: ${job}`);
  console.log('| resume | pages before | pages after --one-page | cuts | form | fits |');
  console.log('|---|---|---|---|---|---|');
  for (const f of files) {
    const out = mkdtempSync(join(tmpdir(), 'bp-measure-'));
    try {
      const before = await run(join(dir, f), join(out, 'a'), []);
      const after = await run(join(dir, f), join(out, 'b'), ['--one-page']);
      if (before.code !== 0 || after.code !== 0) {
        console.log(`| ${f.slice(0, 2)} | exit ${before.code}: ${before.err ?? ''} | exit ${after.code} | | | |`);
        continue;
      }
      const o = after.json.onePage;
      console.log(`| ${f.slice(0, 2)} | ${before.pages} | ${after.pages} | ${o.dropped.length} | ${o.density ?? "-"} | ${o.fits} |`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }
}
void main();
void readFileSync;
