// First run: `bulletproof init` and the starter files behind it and the VS Code command.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'jsonc-parser';
import { expandSnippet } from '../../../src/core/snippets/expand';
import { parseConfigText } from '../../../src/core/config';
import { lint } from '../../../src/core/lint';
import { STARTER_CONFIG, STARTER_RESUME } from '../../../src/node/starter';
import { runCli } from '../../helpers/cli';

const ROOT = resolve(__dirname, '../../..');

describe('ship: bulletproof init', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-init-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('the starter resume is the bp-resume snippet with its defaults (one recommended shape)', () => {
    const snippets = parse(readFileSync(join(ROOT, 'snippets/markdown.code-snippets'), 'utf8'));
    const resume = Object.values(snippets as Record<string, { prefix: string; body: string[] }>).find((s) => s.prefix === 'bp-resume')!;
    assert.equal(STARTER_RESUME, `${expandSnippet(resume.body).text}\n`);
  });

  it('the starter config parses without errors and the starter resume lints with only its N placeholders flagged', () => {
    const { config, errors } = parseConfigText(STARTER_CONFIG);
    assert.deepEqual(errors, []);
    const findings = lint(STARTER_RESUME, { config });
    assert.ok(findings.length > 0, 'the N placeholders are pointed at');
    const lines = STARTER_RESUME.split('\n');
    for (const f of findings) {
      assert.equal(f.ruleId, 'missing-metric', `${f.ruleId}: ${f.message}`);
      assert.match(lines[f.line - 1], /\bN\b/);
    }
  });

  it('creates resume.md and .bulletproof.json, and bulletproof lint picks them up', async () => {
    const { code, stdout } = await runCli(['init'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /created resume\.md/);
    assert.match(stdout, /created \.bulletproof\.json/);
    assert.equal(readFileSync(join(dir, 'resume.md'), 'utf8'), STARTER_RESUME);
    assert.equal(readFileSync(join(dir, '.bulletproof.json'), 'utf8'), STARTER_CONFIG);
    const linted = await runCli(['lint', '.', '-f', 'json'], dir);
    assert.equal(linted.code, 0, linted.stderr);
    assert.equal(linted.stderr, '', 'the config has no errors');
    assert.ok(JSON.parse(linted.stdout).every((f: { file: string }) => f.file === 'resume.md'));
  });

  it('never overwrites an existing file', async () => {
    writeFileSync(join(dir, 'resume.md'), '# My own resume\n');
    const { code, stdout } = await runCli(['init'], dir);
    assert.equal(code, 0);
    assert.match(stdout, /kept\s+resume\.md \(it already exists; not overwritten\)/);
    assert.match(stdout, /created \.bulletproof\.json/);
    assert.equal(readFileSync(join(dir, 'resume.md'), 'utf8'), '# My own resume\n');
    writeFileSync(join(dir, '.bulletproof.json'), '{ "rules": {} }');
    const again = await runCli(['init'], dir);
    assert.equal(again.code, 0);
    assert.doesNotMatch(again.stdout, /created/);
    assert.equal(readFileSync(join(dir, '.bulletproof.json'), 'utf8'), '{ "rules": {} }');
  });

  it('takes a folder and a resume name; rejects a name that is not a Markdown file', async () => {
    const { code } = await runCli(['init', 'career', '--name', 'cv.md'], dir);
    assert.equal(code, 0);
    assert.ok(existsSync(join(dir, 'career/cv.md')) && existsSync(join(dir, 'career/.bulletproof.json')));
    const bad = await runCli(['init', '--name', '../outside.md'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--name must be a Markdown file name/);
  });

  it('reports a folder it cannot write to, with exit 2', async () => {
    writeFileSync(join(dir, 'not-a-folder'), 'x');
    const { code, stderr } = await runCli(['init', 'not-a-folder'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /cannot write in not-a-folder: EEXIST/);
  });
});
