// `--one-page` measured on real prints: Chromium prints, pdfinfo (poppler-utils) counts the pages
// independently of the PDF.js reader the tool itself uses. Slow (several prints each).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTailor } from '../../src/cli/commands/tailor';
import type { CliIO } from '../../src/cli/io';
import { pdfText, requireTools } from '../helpers/pdf-tools';

const ROOT = join(__dirname, '..', '..');
const pdfPages = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);

describe('one page, measured on the printed PDF', function () {
  this.timeout(900_000);
  let dir: string;
  let out: string;
  let err: string;
  const io = (): CliIO => ({ stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, color: false });
  beforeEach(function () {
    requireTools(this);
    dir = mkdtempSync(join(tmpdir(), 'bp-one-page-'));
    out = '';
    err = '';
  });
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  async function tailor(resume: string, job: string, ...flags: string[]) {
    cpSync(join(ROOT, resume), join(dir, 'resume.md'));
    cpSync(join(ROOT, job), join(dir, 'job.md'));
    out = '';
    assert.equal(await runTailor(['resume.md', '--job', 'job.md', '--json', ...flags], io()), 0, err);
    const json = JSON.parse(out);
    return { json, pdf: join(dir, json.outputs['resume.pdf']), report: readFileSync(join(dir, json.outputs['report.md']), 'utf8') };
  }

  it('the bundled example: two pages without, one page with --one-page, giving up what the linter flags first', async () => {
    const before = await tailor('examples/resume.md', 'examples/jobs/amazon-sde-intern.md');
    assert.ok(pdfPages(before.pdf) > 1, 'the example prints on more than one page as it is');
    assert.ok(before.json.warnings.some((w: string) => /student or new-grad resume runs to \d pages/.test(w)), JSON.stringify(before.json.warnings));
    const { json, pdf, report } = await tailor('examples/resume.md', 'examples/jobs/amazon-sde-intern.md', '--one-page');
    assert.equal(pdfPages(pdf), 1);
    assert.equal(json.onePage.pages, 1);
    const steps = json.onePage.dropped.map((d: { step: string }) => d.step);
    assert.equal(steps[0], 'flagged', 'linter-flagged content goes first');
    assert.ok(json.onePage.dropped.some((d: { why: string }) => /references line|personal details|objective/.test(d.why)));
    assert.match(report, /## One page[\s\S]*Left out to fit/);
    assert.match(pdfText(pdf), /Priya Raman/);
    assert.match(report, /## What an applicant tracking system reads[\s\S]*Priya Raman/);
  });

  it('a longer invented student resume: one page, the current role keeps its best bullets, older irrelevant entries go', async () => {
    const { json, pdf } = await tailor('test/fixtures/tailor/student-long.md', 'test/fixtures/tailor/backend-posting.md', '--one-page');
    assert.equal(pdfPages(pdf), 1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const best of ['Built a Python service on AWS Lambda', 'Cut p95 latency of the quote API', 'Implemented a packet-capture pipeline in Go']) assert.ok(text.includes(best), best);
    assert.ok(!text.includes('Date of birth'));
    // Form-only steps and extras come first now; when the older irrelevant entry survives, no relevant bullet went instead.
    if (text.includes('Cashier, Corner Market')) assert.ok(!json.onePage.dropped.some((d: { step: string }) => d.step === 'relevance'), JSON.stringify(json.onePage.dropped));
    assert.ok(json.onePage.dropped.length > 0 || json.onePage.density > 0);
    assert.ok(json.onePage.dropped.every((d: { text: string }) => !/Built a Python service on AWS Lambda/.test(d.text)));
  });

  it('a student resume with long extras: one page by trimming lists, summary and degree prose and a compact layout, never the current role', async () => {
    const { json, pdf, report } = await tailor('test/fixtures/tailor/student-extras.md', 'test/fixtures/tailor/backend-posting.md', '--one-page');
    assert.equal(pdfPages(pdf), 1);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const best of ['Built a Go service on AWS that assigns 9,000 container bookings', 'Cut p95 latency of the booking API', 'Wrote 70 integration tests in Python']) assert.ok(text.includes(best), best);
    assert.ok(text.includes('AWS Certified Cloud Practitioner'), 'a list keeps its first items');
    assert.ok(!text.includes('Food Handler Certificate'), 'a long list is trimmed from the bottom');
    assert.ok(!text.includes('Available upon request'), 'the references line the linter flags goes');
    const steps: string[] = json.onePage.dropped.map((d: { step: string }) => d.step);
    // The order of the issue: what the linter says to delete first, extras before the least relevant bullets.
    assert.equal(steps[0], 'flagged');
    assert.ok(steps.includes('extras'));
    assert.ok(steps.lastIndexOf('extras') < (steps.indexOf('relevance') + 1 || Infinity), steps.join(', '));
    assert.ok(json.onePage.density >= 1 && json.onePage.density <= 3, 'form-only steps within the readable limits');
    assert.match(report, /Printed with .*form only, every word kept/);
  });

  it('when even the protected content needs two pages it says so, in the report and in --json warnings', async () => {
    // Bullets longer than a page: an entry always keeps one, so no cut and no layout can fit it.
    const long = (topic: string) =>
      `- Built ${topic} in Go and PostgreSQL on AWS, ` +
      Array.from({ length: 150 }, (_, i) => `handling case ${i + 1} of the carrier backlog with retries, alerts and a written runbook`).join('; ') +
      '.';
    const resume = ['# Wren Calloway', '', 'wren.calloway@example.com', '', '## Experience', '', '### Backend Intern, Quayside Freight', '', '*May 2026 – Present*', '', long('a booking service'), long('a billing service'), long('a routing service'), '', '## Education', '', '### BS Computer Science, Eastvale College', '', '*Aug 2023 – May 2027*', ''].join('\n');
    writeFileSync(join(dir, 'long.md'), resume);
    cpSync(join(ROOT, 'test/fixtures/tailor/backend-posting.md'), join(dir, 'job.md'));
    out = '';
    assert.equal(await runTailor(['long.md', '--job', 'job.md', '--json', '--one-page'], io()), 0, err);
    const json = JSON.parse(out);
    assert.ok(pdfPages(join(dir, json.outputs['resume.pdf'])) > 1);
    assert.equal(json.onePage.fits, false);
    assert.equal(json.onePage.density, 3, 'the most compact readable layout was tried');
    assert.ok(json.warnings.some((w: string) => /Still \d pages after every allowed cut/.test(w)), JSON.stringify(json.warnings));
    assert.match(readFileSync(join(dir, json.outputs['report.md']), 'utf8'), /still over one page after every allowed cut/);
  });
});
