// The GitHub Actions template (.github/workflows/resume-lint.yml): its shape (triggers, permission to
// upload SARIF, the upload step) and its lint step's shell script, run here as Actions runs it
// (bash -eo pipefail) with the package installed in the folder: the SARIF file is written and valid
// whether or not there are errors, and the step fails exactly when there are error-severity findings.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = resolve(__dirname, '../../..');

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, string>;
  'continue-on-error'?: boolean;
}

describe('ship: GitHub Actions workflow template', () => {
  const workflow = parse(readFileSync(join(ROOT, '.github/workflows/resume-lint.yml'), 'utf8'));
  const steps: Step[] = workflow.jobs.bulletproof.steps;
  const lintStep = steps.find((s) => s.id === 'lint')!;
  let dir: string;

  before(() => {
    assert.ok(readFileSync(join(ROOT, 'dist/cli.js')), 'run "npm run build" first');
    dir = mkdtempSync(join(tmpdir(), 'bp-workflow-'));
    // What `npm install bulletproof` leaves for npx: node_modules/.bin/bulletproof.
    mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
    writeFileSync(join(dir, 'node_modules/.bin/bulletproof'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'dist/cli.js')}" "$@"\n`, { mode: 0o755 });
    copyFileSync(join(ROOT, 'examples/resume.md'), join(dir, 'resume.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on every push and pull request, may upload to code scanning, and uploads the SARIF file', () => {
    assert.ok('push' in workflow.on && 'pull_request' in workflow.on);
    assert.equal(workflow.permissions['security-events'], 'write');
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.ok(upload, 'an upload-sarif step');
    assert.match(upload.if!, /always\(\)/, 'uploads even when the lint step failed');
    assert.equal(upload.with!.sarif_file, 'bulletproof.sarif');
    assert.equal(lintStep['continue-on-error'], true);
    const fail = steps[steps.length - 1];
    assert.equal(fail.if, "steps.lint.outcome == 'failure'");
  });

  const runLintStep = () => spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', lintStep.run!], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ajv = new Ajv({ strict: false });
  addFormats(ajv);
  const sarifSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')));

  const validSarif = (log: unknown): boolean => sarifSchema(log);
  const schemaErrors = () => JSON.stringify(sarifSchema.errors);

  it('passes with warnings only, and writes valid SARIF', () => {
    const out = runLintStep();
    assert.equal(out.status, 0, out.stderr);
    const log = JSON.parse(readFileSync(join(dir, 'bulletproof.sarif'), 'utf8'));
    assert.ok(validSarif(log), schemaErrors());
    assert.ok(log.runs[0].results.length > 0);
    assert.match(out.stdout, /resume\.md/, 'readable findings in the log');
  });

  it('fails on error-severity findings, after writing the SARIF file', () => {
    writeFileSync(join(dir, '.bulletproof.json'), '{ "rules": { "missing-metric": "error" } }');
    rmSync(join(dir, 'bulletproof.sarif'), { force: true });
    const out = runLintStep();
    assert.equal(out.status, 1, out.stderr);
    const log = JSON.parse(readFileSync(join(dir, 'bulletproof.sarif'), 'utf8'));
    assert.ok(validSarif(log));
    assert.ok(log.runs[0].results.some((r: { level: string }) => r.level === 'error'));
  });
});
