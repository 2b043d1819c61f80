// The output writer shared by `bulletproof tailor` and the extension's "Tailor Resume to Job…".
import { strict as assert } from 'node:assert';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tailorResume } from '../../../src/core/tailor';
import { chooseOutputDir, MANIFEST_FILE, writeTailoredOutputs } from '../../../src/node/outputs';
import { writeNewFile } from '../../../src/node/new-file';

const WORKSPACE = join(__dirname, '../../fixtures/workspace');
const RESUME = readFileSync(join(WORKSPACE, 'resume.md'), 'utf8');
const JOB = readFileSync(join(WORKSPACE, 'jobs/lumen-freight-backend.md'), 'utf8');
const NO_BROWSER = (dir: string) => ({ PATH: join(dir, 'no-bin') });

describe('shared outputs: choosing the folder', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-outputs-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes a new or empty folder, skips one holding files it did not write', () => {
    const base = join(dir, 'acme');
    assert.deepEqual(chooseOutputDir(base), { path: base, reused: false });
    mkdirSync(base);
    assert.deepEqual(chooseOutputDir(base), { path: base, reused: false });
    writeFileSync(join(base, 'notes.md'), 'mine\n');
    assert.deepEqual(chooseOutputDir(base), { path: `${base}-2`, reused: false });
  });

  it('reuses a folder of its own unchanged outputs unless it holds a protected source file', async () => {
    const result = tailorResume(RESUME, JOB);
    const first = await writeTailoredOutputs(result, { dir: join(dir, 'acme'), formats: ['md'] });
    assert.equal(chooseOutputDir(first.path).reused, true);
    // Tailoring a tailored resume again: the folder holds the source, so it is not reused.
    const source = first.files['resume.md'];
    assert.deepEqual(chooseOutputDir(first.path, [source]), { path: `${first.path}-2`, reused: false });
  });
});

describe('shared outputs: writing a tailoring', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-outputs-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes report.md and the asked-for formats, a manifest of their hashes, and no temporary files', async () => {
    const result = tailorResume(RESUME, JOB);
    const out = await writeTailoredOutputs(result, { dir: join(dir, 'acme'), formats: ['md', 'html'] });
    assert.deepEqual(Object.keys(out.files), ['report.md', 'resume.md', 'resume.html']);
    assert.equal(readFileSync(out.files['resume.md'], 'utf8'), result.markdown);
    assert.equal(readFileSync(out.files['report.md'], 'utf8'), result.reportMarkdown);
    assert.match(readFileSync(out.files['resume.html'], 'utf8'), /<title>Jordan Lee — Resume<\/title>/);
    assert.deepEqual(Object.keys(JSON.parse(readFileSync(join(out.path, MANIFEST_FILE), 'utf8')).files).sort(), ['report.md', 'resume.html', 'resume.md']);
    assert.deepEqual(readdirSync(out.path).sort(), [MANIFEST_FILE, 'report.md', 'resume.html', 'resume.md']);
    assert.equal(out.pdf, 'not-asked');
  });

  it('never overwrites a file the user edited; removes its own stale outputs when refreshing', async () => {
    const result = tailorResume(RESUME, JOB);
    const base = join(dir, 'acme');
    await writeTailoredOutputs(result, { dir: base, formats: ['md', 'html'] });
    const again = await writeTailoredOutputs(result, { dir: base, formats: ['md'] });
    assert.equal(again.reused, true);
    assert.ok(!existsSync(join(base, 'resume.html')), 'an output of the earlier run that no longer matches is removed');
    writeFileSync(join(base, 'resume.md'), 'my own edits\n');
    const third = await writeTailoredOutputs(result, { dir: base, formats: ['md'] });
    assert.equal(third.path, `${base}-2`);
    assert.equal(readFileSync(join(base, 'resume.md'), 'utf8'), 'my own edits\n');
  });

  it('never overwrites the source resume, even in a folder of its own outputs', async () => {
    const base = join(dir, 'acme');
    const first = await writeTailoredOutputs(tailorResume(RESUME, JOB), { dir: base, formats: ['md'] });
    const source = first.files['resume.md'];
    const before = readFileSync(source, 'utf8');
    const second = await writeTailoredOutputs(tailorResume(before, JOB, { maxBulletsPerEntry: 1 }), { dir: base, formats: ['md'], protect: [source] });
    assert.equal(second.path, `${base}-2`);
    assert.equal(readFileSync(source, 'utf8'), before);
  });

  it('without a browser: writes the HTML, no PDF, and says how to get one in the caller’s words', async () => {
    const out = await writeTailoredOutputs(tailorResume(RESUME, JOB), {
      dir: join(dir, 'acme'),
      formats: ['md', 'html', 'pdf'],
      env: NO_BROWSER(dir),
      browserAdvice: 'set bulletproof.browserPath to its path',
      display: (p) => p.replace(dir, '<dir>'),
    });
    assert.equal(out.pdf, 'no-browser');
    assert.ok(existsSync(out.files['resume.html']) && !out.files['resume.pdf']);
    assert.equal(out.warnings.length, 1);
    assert.match(out.warnings[0], /No Chromium-family browser found.*set bulletproof\.browserPath to its path, or open <dir>\/acme\/resume\.html and print it to PDF\./);
  });

  it('names the setting that points at a missing browser', async () => {
    const out = await writeTailoredOutputs(tailorResume(RESUME, JOB), {
      dir: join(dir, 'acme'),
      formats: ['pdf'],
      env: NO_BROWSER(dir),
      browser: join(dir, 'nope', 'chrome'),
      browserSource: 'bulletproof.browserPath',
    });
    assert.match(out.warnings[0], /^bulletproof\.browserPath is set to ".*nope\/chrome", which is not an executable file\./);
    assert.deepEqual(Object.keys(out.files), ['report.md']);
  });

  it('reports a browser that fails to print, and keeps no partial PDF', async function () {
    if (process.platform === 'win32') this.skip();
    const broken = join(dir, 'broken-browser');
    writeFileSync(broken, '#!/bin/sh\necho crashed >&2\nexit 3\n');
    chmodSync(broken, 0o755);
    const out = await writeTailoredOutputs(tailorResume(RESUME, JOB), { dir: join(dir, 'acme'), formats: ['pdf'], env: NO_BROWSER(dir), browser: broken });
    assert.equal(out.pdf, 'failed');
    assert.match(out.warnings[0], /PDF not written: .*crashed/s);
    assert.deepEqual(readdirSync(out.path).sort(), [MANIFEST_FILE, 'report.md']);
  });
});

describe('shared outputs: saving a new file', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bp-newfile-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder, then picks -2, -3… instead of replacing a file', () => {
    const jobs = join(dir, 'jobs');
    assert.equal(writeNewFile(jobs, 'acme-engineer', '.md', 'first\n'), join(jobs, 'acme-engineer.md'));
    assert.equal(writeNewFile(jobs, 'acme-engineer', '.md', 'second\n'), join(jobs, 'acme-engineer-2.md'));
    assert.equal(writeNewFile(jobs, 'acme-engineer', '.md', 'third\n'), join(jobs, 'acme-engineer-3.md'));
    assert.equal(readFileSync(join(jobs, 'acme-engineer.md'), 'utf8'), 'first\n');
    assert.equal(readFileSync(join(jobs, 'acme-engineer-2.md'), 'utf8'), 'second\n');
  });
});
