// No data loss, end to end through `bulletproof tailor` (run in-process): every output reaches its
// name only by a rename from a temporary file beside it, so a crash or a full disk mid-write leaves
// the earlier file whole; the source resume and the posting are never written over, even when they
// sit in a folder of the tool's own outputs; a file the user changed, added or cannot be proven
// unchanged is never written over. File-system calls are observed by wrapping the real `fs` functions.
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { jobSlug, parseJobPosting } from '../../src/core/job';
import { runCli } from '../helpers/cli';

// The real module object, so replacing a function is seen by the code under test.
const fs = require('node:fs') as Record<string, any>;

const ROOT = resolve(__dirname, '../..');
const RESUME = readFileSync(join(ROOT, 'examples/resume.md'), 'utf8');
const JOB = readFileSync(join(ROOT, 'examples/jobs/amazon-sde-intern.md'), 'utf8');
const SLUG = jobSlug(parseJobPosting(JOB));
const MANIFEST = '.bulletproof-outputs.json';

interface FsCall {
  op: string;
  /** Path arguments, resolved. */
  paths: string[];
  /** False for an open that only reads (readFileSync opens files too). */
  writes: boolean;
}

const WRITING_OPS = ['writeFileSync', 'appendFileSync', 'renameSync', 'copyFileSync', 'cpSync', 'openSync', 'createWriteStream', 'rmSync', 'unlinkSync', 'truncateSync', 'symlinkSync', 'linkSync'];
const PROMISE_OPS = ['writeFile', 'appendFile', 'rename', 'copyFile', 'cp', 'open', 'rm', 'unlink', 'truncate'];

/** Wraps the writing functions of `fs` (and fs.promises) to record calls; `intercept` may throw instead. */
function watchFs(intercept?: (call: FsCall, original: (...args: any[]) => any, args: any[]) => unknown) {
  const calls: FsCall[] = [];
  const restore: (() => void)[] = [];
  const wrap = (target: Record<string, any>, name: string, label: string) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, ...args: any[]) {
      const isOpen = name === 'open' || name === 'openSync';
      const pathArgs = isOpen || !/rename|copy|cp|link/i.test(name) ? 1 : 2;
      const paths = args.slice(0, pathArgs).filter((a) => typeof a === 'string' || a instanceof URL).map((p) => resolve(String(p)));
      const flag = isOpen ? (typeof args[1] === 'string' ? args[1] : 'r') : undefined;
      const call = { op: label, paths, writes: flag === undefined || /[wa+]/.test(flag) };
      calls.push(call);
      if (intercept) {
        const out = intercept(call, original.bind(this), args);
        if (out !== undefined) return out;
      }
      return original.apply(this, args);
    };
    restore.push(() => (target[name] = original));
  };
  for (const name of WRITING_OPS) wrap(fs, name, name);
  for (const name of PROMISE_OPS) wrap(fs.promises, name, `promises.${name}`);
  return {
    calls,
    restore: () => {
      for (const undo of restore.reverse()) undo();
    },
  };
}

/** Every file in `dir` (recursively) with its bytes, to compare before and after. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(p.slice(dir.length + 1), readFileSync(p, 'latin1'));
    }
  };
  walk(dir);
  return out;
}

const isTemporary = (name: string) => /\.tmp-/.test(name);

describe('no data loss: bulletproof tailor', function () {
  this.timeout(60_000);
  let dir: string;
  let out: string;
  let restoreFs: (() => void) | undefined;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-no-loss-'));
    writeFileSync(join(dir, 'resume.md'), RESUME);
    mkdirSync(join(dir, 'jobs'));
    writeFileSync(join(dir, 'jobs', 'amazon.md'), JOB);
    out = join(dir, 'tailored', SLUG);
  });
  afterEach(() => {
    restoreFs?.();
    restoreFs = undefined;
    rmSync(dir, { recursive: true, force: true });
  });

  const tailor = (...extra: string[]) => runCli(['tailor', 'resume.md', '--job', 'jobs/amazon.md', '--format', 'md,html', ...extra], dir);

  describe('atomic writes', () => {
    it('writes each output under a temporary name beside it, then renames it into place', async () => {
      const watch = watchFs();
      restoreFs = watch.restore;
      const first = await tailor();
      assert.equal(first.code, 0, first.stderr);
      const second = await tailor(); // refreshes the same, unchanged folder
      assert.equal(second.code, 0, second.stderr);
      watch.restore();

      const finals = readdirSync(out).map((name) => join(out, name));
      assert.deepEqual(readdirSync(out).sort(), [MANIFEST, 'report.md', 'resume.html', 'resume.md']);
      for (const final of finals) {
        const direct = watch.calls.filter((c) => c.writes && !/rename|rm/.test(c.op) && c.paths[0] === final);
        assert.deepEqual(direct, [], `${basename(final)} was written in place`);
        const renames = watch.calls.filter((c) => (c.op === 'renameSync' || c.op === 'promises.rename') && c.paths[1] === final);
        assert.equal(renames.length, 2, `${basename(final)}: one rename per run`);
        for (const r of renames) {
          assert.equal(dirname(r.paths[0]), out, 'the temporary file is in the same folder (same file system: rename is atomic)');
          assert.ok(isTemporary(basename(r.paths[0])), r.paths[0]);
        }
      }
      assert.deepEqual(readdirSync(out).filter(isTemporary), [], 'no temporary files left');
    });

    it('a crash while renaming leaves the earlier output whole and no temporary file behind', async () => {
      assert.equal((await tailor()).code, 0);
      const before = readFileSync(join(out, 'resume.md'), 'utf8');
      const watch = watchFs((call) => {
        if (call.op === 'renameSync' && call.paths[1] === join(out, 'resume.md')) throw Object.assign(new Error('EIO: simulated crash'), { code: 'EIO' });
        return undefined;
      });
      restoreFs = watch.restore;
      await assert.rejects(tailor('--max-bullets', '1'), /simulated crash/);
      watch.restore();
      assert.equal(readFileSync(join(out, 'resume.md'), 'utf8'), before);
      assert.deepEqual(readdirSync(out).filter(isTemporary), []);
    });

    it('a full disk mid-write leaves the earlier output whole and no partial file behind', async () => {
      assert.equal((await tailor()).code, 0);
      const before = readFileSync(join(out, 'resume.html'), 'utf8');
      const watch = watchFs((call, original, args) => {
        if (call.op === 'writeFileSync' && basename(call.paths[0]).startsWith('resume.html')) {
          original(args[0], String(args[1]).slice(0, 100)); // half written, then the disk is full
          throw Object.assign(new Error('ENOSPC: simulated full disk'), { code: 'ENOSPC' });
        }
        return undefined;
      });
      restoreFs = watch.restore;
      await assert.rejects(tailor('--max-bullets', '1'), /simulated full disk/);
      watch.restore();
      assert.equal(readFileSync(join(out, 'resume.html'), 'utf8'), before);
      assert.deepEqual(readdirSync(out).filter(isTemporary), []);
    });
  });

  describe('never over the source', () => {
    it('tailoring a tailored resume in place writes a new folder, the source stays byte for byte', async () => {
      assert.equal((await tailor()).code, 0);
      const source = join(out, 'resume.md');
      const before = snapshot(out);
      const again = await runCli(['tailor', `tailored/${SLUG}/resume.md`, '--job', 'jobs/amazon.md', '--format', 'md,html', '--max-bullets', '1'], dir);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(snapshot(out), before, 'the folder holding the source is untouched');
      assert.ok(existsSync(join(`${out}-2`, 'resume.md')));
      assert.notEqual(readFileSync(join(`${out}-2`, 'resume.md'), 'utf8'), readFileSync(source, 'utf8'));
    });

    it('nor over the job posting, even when it sits in a folder of the tool’s own outputs', async () => {
      assert.equal((await tailor()).code, 0);
      // The posting moved into the outputs and recorded in the manifest as if written by the tool.
      const posting = join(out, 'report.md');
      writeFileSync(posting, JOB);
      const manifest = JSON.parse(readFileSync(join(out, MANIFEST), 'utf8'));
      manifest.files['report.md'] = require('node:crypto').createHash('sha256').update(JOB).digest('hex');
      writeFileSync(join(out, MANIFEST), JSON.stringify(manifest));
      const before = snapshot(out);
      const again = await runCli(['tailor', 'resume.md', '--job', `tailored/${SLUG}/report.md`, '--format', 'md'], dir);
      assert.equal(again.code, 0, again.stderr);
      assert.deepEqual(snapshot(out), before);
    });

    it('whatever --out says: outputs land in a subfolder, never on the resume beside it', async () => {
      // --out pointing at the resume's own folder, with a resume named like an output.
      mkdirSync(join(dir, SLUG));
      cpSync(join(dir, 'resume.md'), join(dir, SLUG, 'resume.md'));
      const before = snapshot(join(dir, SLUG));
      const run = await runCli(['tailor', `${SLUG}/resume.md`, '--job', 'jobs/amazon.md', '--format', 'md', '--out', '.'], dir);
      assert.equal(run.code, 0, run.stderr);
      assert.deepEqual(snapshot(join(dir, SLUG)), before);
      assert.ok(existsSync(join(dir, `${SLUG}-2`, 'resume.md')));
    });
  });

  describe('never over a file the user changed', () => {
    for (const name of ['resume.md', 'resume.html', 'report.md']) {
      it(`an edited ${name} is kept and the next run writes a new folder`, async () => {
        assert.equal((await tailor()).code, 0);
        writeFileSync(join(out, name), 'my own edits\n');
        const before = snapshot(out);
        const again = await tailor();
        assert.equal(again.code, 0);
        assert.deepEqual(snapshot(out), before);
        assert.ok(existsSync(join(`${out}-2`, name)));
      });
    }

    it('a file the user added to the folder keeps the folder from being reused', async () => {
      assert.equal((await tailor()).code, 0);
      writeFileSync(join(out, 'notes.md'), 'interview on Tuesday\n');
      const before = snapshot(out);
      assert.equal((await tailor()).code, 0);
      assert.deepEqual(snapshot(out), before);
    });

    it('without a readable manifest nothing can be proven unchanged, so nothing is replaced', async () => {
      assert.equal((await tailor()).code, 0);
      for (const damage of [() => rmSync(join(out, MANIFEST)), () => writeFileSync(join(out, MANIFEST), '{ not json')]) {
        rmSync(`${out}-2`, { recursive: true, force: true });
        damage();
        const before = snapshot(out);
        assert.equal((await tailor()).code, 0);
        assert.deepEqual(snapshot(out), before);
        assert.ok(existsSync(join(`${out}-2`, 'resume.md')));
      }
    });
  });
});
