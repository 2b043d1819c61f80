import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findBrowser, printArgs, printToPdf } from '../../src/node/pdf';
import { renderHtml } from '../../src/core/render';
import { tailorResume } from '../../src/core/tailor';
import { parseResume } from '../../src/core/document/parse';
import { runTailor } from '../../src/cli/commands/tailor';
import { pdfText, requireTools } from '../helpers/pdf-tools';


const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('PDF: finding a browser', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-browser-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const fakeBrowser = (name: string) => {
    const path = join(dir, name);
    writeFileSync(path, '#!/bin/sh\nexit 0\n');
    chmodSync(path, 0o755);
    return path;
  };

  it('finds chromium on PATH', () => {
    const path = fakeBrowser('chromium');
    assert.deepEqual(findBrowser(undefined, { PATH: dir }), { path, source: 'PATH' });
  });

  it('prefers --browser, then BULLETPROOF_BROWSER, over PATH', () => {
    fakeBrowser('chromium');
    const edge = fakeBrowser('my-edge');
    const chrome = fakeBrowser('my-chrome');
    assert.equal(findBrowser(undefined, { PATH: dir, BULLETPROOF_BROWSER: edge }).path, edge);
    assert.equal(findBrowser(chrome, { PATH: dir, BULLETPROOF_BROWSER: edge }).path, chrome);
  });

  it('says so when an explicit setting points nowhere, and finds nothing on an empty PATH', () => {
    const lookup = findBrowser(join(dir, 'nope'), { PATH: dir });
    assert.equal(lookup.path, undefined);
    assert.match(lookup.error!, /--browser is set to .*nope.*not an executable/);
    if (process.platform === 'linux') assert.deepEqual(findBrowser(undefined, { PATH: join(dir, 'empty') }), {});
  });

  it('prints headless, offline, without header and footer', () => {
    const args = printArgs('/tmp/r.html', '/tmp/r.pdf', '/tmp/profile');
    for (const flag of ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-pdf-header-footer', '--print-to-pdf=/tmp/r.pdf']) {
      assert.ok(args.includes(flag), flag);
    }
    assert.equal(args[args.length - 1], 'file:///tmp/r.html');
  });
});

describe('PDF: rendering with Chromium, read back with pdftotext', function () {
  this.timeout(120_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-pdf-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('has selectable text in reading order (what an ATS parses)', async function () {
    const browser = requireTools(this);
    const resume = readFileSync('examples/resume.md', 'utf8');
    const job = readFileSync('examples/jobs/amazon-sde-intern.md', 'utf8');
    const { markdown } = tailorResume(resume, job);
    const html = join(dir, 'resume.html');
    const pdf = join(dir, 'resume.pdf');
    writeFileSync(html, renderHtml(markdown));
    await printToPdf(browser, html, pdf);
    assert.equal(readFileSync(pdf).subarray(0, 5).toString(), '%PDF-');

    const text = flat(pdfText(pdf));
    const doc = parseResume(markdown);
    // Everything a reader should see, in document order: name, section titles, every bullet.
    const expected = [
      'Priya Raman',
      ...doc.sections.filter((s) => s.title).flatMap((s) => [s.title, ...s.bullets.map((b) => b.text)]),
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.toLowerCase().indexOf(flat(piece).toLowerCase(), from);
      assert.ok(at >= 0, `"${piece}" missing or out of order in the PDF text`);
      from = at + 1;
    }
  });

  it('bulletproof tailor writes resume.pdf next to the HTML', async function () {
    const browser = requireTools(this);
    writeFileSync(join(dir, 'resume.md'), readFileSync('examples/resume.md'));
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs', 'job.md'), readFileSync('examples/jobs/amazon-sde-intern.md'));
    let err = '';
    const code = await runTailor(['resume.md', '--job', 'jobs/job.md', '--browser', browser, '--paper', 'a4'], {
      stdout: () => {},
      stderr: (s) => void (err += s),
      cwd: dir,
      color: false,
    });
    assert.equal(code, 0, err);
    const pdf = join(dir, 'tailored', 'amazon-software-development-engineer-intern', 'resume.pdf');
    assert.ok(existsSync(pdf), err);
    assert.match(flat(pdfText(pdf)), /Priya Raman/);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    assert.match(info, /Page size:.*\(A4\)/);
  });
});
