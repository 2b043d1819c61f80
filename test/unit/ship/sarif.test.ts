// `bulletproof lint --format sarif` against the OASIS SARIF 2.1.0 JSON schema (vendored in
// test/fixtures/sarif with its source and license), validated with Ajv: what GitHub code scanning reads.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { runCli } from '../../helpers/cli';

const ROOT = resolve(__dirname, '../../..');
const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8'));

describe('ship: SARIF output', () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  const check = (log: unknown) => (validate(log) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`));

  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-sarif-'));
    copyFileSync(join(ROOT, 'examples/resume.md'), join(dir, 'resume.md'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('is valid SARIF 2.1.0 for a resume with findings of every severity', async () => {
    writeFileSync(join(dir, '.bulletproof.json'), '{ "rules": { "filler-word": "error" } }');
    const { stdout } = await runCli(['lint', 'resume.md', '--format', 'sarif'], dir);
    const log = JSON.parse(stdout);
    assert.deepEqual(check(log), []);
    const results = log.runs[0].results as { level: string; ruleIndex: number; ruleId: string }[];
    assert.ok(results.length > 0);
    const levels = new Set(results.map((r) => r.level));
    assert.ok(levels.has('warning') && levels.has('note'), [...levels].join(','));
    // Every result points at its rule's descriptor, as code scanning needs to show the help.
    for (const r of results) assert.equal(log.runs[0].tool.driver.rules[r.ruleIndex].id, r.ruleId);
  });

  it('is valid SARIF with no results', async () => {
    writeFileSync(join(dir, 'clean.md'), '# Ada\n');
    const { stdout } = await runCli(['lint', 'clean.md', '--format', 'sarif', '--no-markdownlint'], dir);
    const log = JSON.parse(stdout);
    assert.deepEqual(check(log), []);
  });

  it('the schema check catches what code scanning would reject (the validator is live)', async () => {
    const { stdout } = await runCli(['lint', 'resume.md', '--format', 'sarif'], dir);
    const broken = JSON.parse(stdout);
    broken.runs[0].results[0].level = 'fatal';
    broken.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    const errors = check(broken);
    assert.ok(errors.some((e) => e.includes('/level')), errors.join('\n'));
    assert.ok(errors.some((e) => e.includes('/startLine')), errors.join('\n'));
  });
});
