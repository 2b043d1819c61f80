// .pre-commit-hooks.yaml with the real `pre-commit` framework, in a temporary git repository: a commit
// with a bad resume is blocked, a clean one goes through. The `bulletproof-system` hook runs the
// project's installed CLI (here dist/cli.js, as node_modules/.bin/bulletproof); the self-contained
// `bulletproof` hook (language: node) installs and builds this repository, minutes of work, so it runs
// only when BULLETPROOF_TEST_PRECOMMIT_NODE=1 or in CI (CI=true).
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

const CLEAN = `# Ada Example

ada@example.com · github.com/ada-example

## Experience

### Engineer, Acme — Jan 2022 – Mar 2023

- Migrated 40 services to Kubernetes, cutting hosting costs by 30%.

## Education

### BSc Computer Science, Example University — 2018 – 2022

## Skills

Go, Kubernetes, PostgreSQL
`;
const BAD = CLEAN.replace('- Migrated 40 services', '- Responsible for various tasks and helped with many services');

/** pre-commit on PATH, installing it (Debian package, else pip) when missing; the reason when it cannot be. */
function ensurePreCommit(): string | undefined {
  const has = () => spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
  if (has()) return undefined;
  const tries: string[][] = [];
  if (process.getuid?.() === 0) tries.push(['apt-get', 'install', '-y', '-qq', 'pre-commit']);
  tries.push(['python3', '-m', 'pip', 'install', '--quiet', '--break-system-packages', 'pre-commit']);
  const failures: string[] = [];
  for (const [command, ...args] of tries) {
    const out = spawnSync(command, args, { encoding: 'utf8', timeout: 300_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (has()) return undefined;
    failures.push(`${command} ${args.join(' ')}: ${(out.stderr || out.error?.message || '').trim().split('\n').pop()}`);
  }
  return `pre-commit is not installed and could not be installed (${failures.join('; ')})`;
}

describe('ship: pre-commit hooks', function () {
  this.timeout(900_000);
  let work: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    const missing = ensurePreCommit();
    if (missing) {
      console.log(`      SKIPPED: ${missing}`);
      this.skip();
    }
    assert.ok(existsSync(join(ROOT, 'dist/cli.js')), 'dist/cli.js missing: run "npm run build" first');
    work = mkdtempSync(join(tmpdir(), 'bp-precommit-'));
    env = { ...process.env, PRE_COMMIT_HOME: join(work, 'cache'), NO_COLOR: '1', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  });
  after(() => work && rmSync(work, { recursive: true, force: true }));

  const git = (cwd: string, ...args: string[]) => spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  const ok = (out: SpawnSyncReturns<string>) => assert.equal(out.status, 0, `${out.stdout}\n${out.stderr}`);

  /** A git repository that uses `hook` from `hooksRepo`, with pre-commit installed as its git hook. */
  function project(name: string, hooksRepo: string, rev: string, hook: string, args: string[]): string {
    const dir = join(work, name);
    mkdirSync(dir);
    ok(git(dir, 'init', '-q'));
    git(dir, 'config', 'user.email', 'ada@example.com');
    git(dir, 'config', 'user.name', 'Ada Example');
    git(dir, 'config', 'commit.gpgsign', 'false');
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    writeFileSync(
      join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${hooksRepo}\n    rev: ${rev}\n    hooks:\n      - id: ${hook}\n        args: [${args.map((a) => JSON.stringify(a)).join(', ')}]\n`,
    );
    ok(spawnSync('pre-commit', ['install'], { cwd: dir, env, encoding: 'utf8' }));
    return dir;
  }

  /** Commits resume.md with `text`; the result of `git commit`. */
  function commitResume(dir: string, text: string, message: string) {
    writeFileSync(join(dir, 'resume.md'), text);
    ok(git(dir, 'add', '-A'));
    return git(dir, 'commit', '-q', '-m', message);
  }

  const commits = (dir: string) => git(dir, 'rev-list', '--count', '--all').stdout.trim() || '0';

  it('bulletproof-system: a bad resume blocks the commit, a clean one passes', () => {
    // The hook definitions as they are in this working tree, in a repository of their own.
    const hooks = join(work, 'hooks');
    mkdirSync(hooks);
    ok(git(hooks, 'init', '-q'));
    copyFileSync(join(ROOT, '.pre-commit-hooks.yaml'), join(hooks, '.pre-commit-hooks.yaml'));
    ok(git(hooks, 'add', '.'));
    ok(git(hooks, '-c', 'user.email=a@example.com', '-c', 'user.name=A', 'commit', '-q', '-m', 'hooks'));
    const rev = git(hooks, 'rev-parse', 'HEAD').stdout.trim();

    const dir = project('uses-system-hook', hooks, rev, 'bulletproof-system', ['--max-warnings', '0']);
    // What `npm install --save-dev bulletproof` leaves for npx.
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/.bin/bulletproof'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" "$@"\n`, { mode: 0o755 });

    const blocked = commitResume(dir, BAD, 'bad resume');
    assert.notEqual(blocked.status, 0, 'the commit is refused');
    const output = blocked.stdout + blocked.stderr;
    assert.match(output, /Bulletproof resume lint.*Failed/);
    assert.match(output, /resume\.md/);
    assert.match(output, /more than --max-warnings 0/);
    assert.equal(commits(dir), '0');

    const passed = commitResume(dir, CLEAN, 'clean resume');
    ok(passed);
    assert.equal(commits(dir), '1');
  });

  it('bulletproof (language: node): installs this repository and blocks a bad resume', function () {
    if (process.env.BULLETPROOF_TEST_PRECOMMIT_NODE !== '1' && process.env.CI !== 'true') {
      console.log('      (not run: set BULLETPROOF_TEST_PRECOMMIT_NODE=1; CI runs it)');
      this.skip();
    }
    // pre-commit clones a commit: the hook as committed on this branch.
    const rev = git(ROOT, 'rev-parse', 'HEAD').stdout.trim();
    const dir = project('uses-node-hook', ROOT, rev, 'bulletproof', ['--max-warnings', '0']);
    const blocked = commitResume(dir, BAD, 'bad resume');
    assert.notEqual(blocked.status, 0, blocked.stdout + blocked.stderr);
    assert.match(blocked.stdout + blocked.stderr, /more than --max-warnings 0/);
    ok(commitResume(dir, CLEAN, 'clean resume'));
    assert.equal(commits(dir), '1');
  });
});
