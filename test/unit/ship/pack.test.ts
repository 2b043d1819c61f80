// The npm package as a user gets it: `npm pack`, install the tarball into an empty folder, then run the
// CLI through npx and the engine through require('bulletproof') and a TypeScript import. Needs the
// bundles from `npm run build` (the README's test command builds first); type declarations are
// regenerated here when older than src/core (the package's prepack script builds both).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli } from '../../helpers/cli';

const ROOT = resolve(__dirname, '../../..');
const RESUME = join(ROOT, 'examples/resume.md');
const JOB = join(ROOT, 'examples/jobs/amazon-sde-intern.md');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  entryCount: number;
  files: { path: string; size: number }[];
}

describe('ship: the npm package', function () {
  this.timeout(300_000);
  let work: string;
  let app: string;
  let packed: PackResult;

  const run = (command: string, args: string[], cwd = app) => spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  before(function () {
    for (const bundle of ['dist/core.js', 'dist/cli.js']) assert.ok(existsSync(join(ROOT, bundle)), `${bundle} missing: run "npm run build" first`);
    const types = join(ROOT, 'dist/types/index.d.ts');
    if (!existsSync(types) || statSync(types).mtimeMs < newestMtime(join(ROOT, 'src/core'))) {
      execFileSync('npm', ['run', '-s', 'build:types'], { cwd: ROOT, stdio: 'pipe' });
    }
    work = mkdtempSync(join(tmpdir(), 'bp-pack-'));
    // --ignore-scripts: prepack would rebuild what the suite already built.
    const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8' });
    packed = JSON.parse(out)[0];
    app = join(work, 'app');
    mkdirSync(app);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'uses-bulletproof', version: '1.0.0', private: true }));
    const install = run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, packed.filename)]);
    assert.equal(install.status, 0, install.stderr);
    copyFileSync(RESUME, join(app, 'resume.md'));
    copyFileSync(JOB, join(app, 'job.md'));
  });
  after(() => rmSync(work, { recursive: true, force: true }));

  it('holds only what runs: the two bundles, type declarations, the config schema, docs', () => {
    const paths = packed.files.map((f) => f.path);
    const unexpected = paths.filter(
      (p) => !/^dist\/(core|cli)\.js$/.test(p) && !/^dist\/types\/.+\.d\.ts$/.test(p) && !['package.json', 'README.md', 'LICENSE', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md', 'schemas/bulletproof.schema.json'].includes(p),
    );
    assert.deepEqual(unexpected, []);
    assert.ok(paths.includes('dist/types/index.d.ts'));
    assert.ok(paths.includes('THIRD-PARTY-NOTICES.md'), 'the dictionaries\' license travels with the word list');
    assert.ok(!paths.some((p) => p.endsWith('.map')), 'no source maps');
    console.log(`      tarball ${packed.filename}: ${packed.size} bytes packed, ${packed.unpackedSize} unpacked, ${packed.entryCount} files`);
  });

  it('npx bulletproof lint reports what the CLI in this repository reports', async () => {
    const cli = run('npx', ['--no', 'bulletproof', 'lint', 'resume.md', '--format', 'json']);
    assert.ok(cli.status === 0 || cli.status === 1, cli.stderr);
    const installed = JSON.parse(cli.stdout);
    assert.ok(installed.length > 0, 'the example resume has findings');
    const here = await runCli(['lint', 'resume.md', '--format', 'json'], app);
    assert.deepEqual(installed, JSON.parse(here.stdout));
    const help = run('npx', ['--no', '--', 'bulletproof', '--version']);
    assert.equal(help.stdout.trim(), JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('npx bulletproof tailor writes the tailored resume and report', () => {
    const cli = run('npx', ['--no', 'bulletproof', 'tailor', 'resume.md', '--job', 'job.md', '--format', 'md', '--json']);
    assert.equal(cli.status, 0, cli.stderr);
    const tailoredRoot = join(app, 'tailored');
    const [folder] = readdirSync(tailoredRoot);
    const files = readdirSync(join(tailoredRoot, folder)).sort();
    assert.ok(files.includes('resume.md') && files.includes('report.md'), files.join(', '));
    const tailored = readFileSync(join(tailoredRoot, folder, 'resume.md'), 'utf8');
    // Tailoring only selects and reorders: the first bullet it keeps is one of the resume's own.
    const firstBullet = tailored.split('\n').find((l) => l.startsWith('- '))!;
    assert.ok(readFileSync(RESUME, 'utf8').includes(firstBullet), firstBullet);
  });

  it('npx bulletproof referral prints the drafts', () => {
    const cli = run('npx', ['--no', 'bulletproof', 'referral', 'resume.md', '--job', 'job.md', '--json', '--today', '2026-01-15']);
    assert.equal(cli.status, 0, cli.stderr);
    const drafts = JSON.parse(cli.stdout);
    assert.ok(drafts.connectionNote.length > 0 && drafts.connectionNote.length <= 300, cli.stdout);
    assert.match(drafts.connectionNote, /^Hi /);
    assert.ok(drafts.message.length > drafts.connectionNote.length);
  });

  it("require('bulletproof').lint works from a plain script, without vscode", () => {
    writeFileSync(
      join(app, 'check.js'),
      `const bp = require('bulletproof');
const fs = require('fs');
const findings = bp.lint(fs.readFileSync('resume.md', 'utf8'));
console.log(JSON.stringify({ count: findings.length, rules: [...new Set(findings.map((f) => f.ruleId))].sort(), exports: Object.keys(bp).sort() }));
`,
    );
    const out = run('node', ['check.js']);
    assert.equal(out.status, 0, out.stderr);
    const { count, rules, exports } = JSON.parse(out.stdout);
    assert.ok(count > 0);
    assert.ok(rules.includes('weak-opening') || rules.includes('missing-metric'), rules.join(','));
    for (const name of ['lint', 'lintDocument', 'parseResume', 'fixAll', 'RULES']) assert.ok(exports.includes(name), name);
    // Only the engine is exported: the extension entry (which needs vscode) is not reachable.
    const deep = run('node', ['-e', "require('bulletproof/dist/extension.js')"]);
    assert.notEqual(deep.status, 0);
  });

  it('type declarations let a strict TypeScript project import the engine', () => {
    writeFileSync(
      join(app, 'check.ts'),
      `import { lint, type PublicFinding, type BulletproofConfig } from 'bulletproof';
const config: BulletproofConfig = { rules: { 'filler-word': 'off' } };
const findings: PublicFinding[] = lint('# Ada\\n\\n- Successfully shipped it\\n', { config });
const lines: number[] = findings.map((f) => f.line);
// @ts-expect-error lint takes text, not a number
lint(42);
export { lines };
`,
    );
    const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
    const out = run(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'nodenext', '--moduleResolution', 'nodenext', '--target', 'es2022', 'check.ts']);
    assert.equal(out.status, 0, out.stdout + out.stderr);
  });
});
