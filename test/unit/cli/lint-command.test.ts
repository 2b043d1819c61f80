import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const RESUME = `# Ada Example

ada@example.com

## Experience

### Engineer, Acme — Jan 2022 – Mar 2023

- Successfully migrated 40 services to Kubernetes, cutting hosting costs by 30%.
`;

describe('bulletproof lint', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints JSON findings with 1-based positions and fixes', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    const { code, stdout } = await runCli(['lint', 'resume.md', '--format', 'json'], dir);
    assert.equal(code, 0);
    const findings = JSON.parse(stdout);
    const filler = findings.find((f: { ruleId: string }) => f.ruleId === 'filler-word');
    assert.ok(filler, stdout);
    assert.equal(filler.file, 'resume.md');
    assert.equal(filler.line, 9);
    assert.equal(filler.column, 3);
    assert.equal(filler.endColumn, 15);
    assert.equal(filler.category, 'style');
    assert.deepEqual(filler.fixes[0].edits[0], { line: 9, column: 3, endLine: 9, endColumn: 17, newText: 'M' });
  });

  it('exits 1 when a finding has error severity (set by config)', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    writeFileSync(join(dir, '.bulletproof.json'), '{ "rules": { "filler-word": "error" } }');
    const { code, stdout } = await runCli(['lint', 'resume.md'], dir);
    assert.equal(code, 1);
    assert.match(stdout, /error\s+"Successfully" is a filler word/);
  });

  it('reports a broken config file with its location and lints with defaults', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    writeFileSync(join(dir, '.bulletproof.json'), '{\n  "rules": { "filler-word": "eror" }\n}');
    const { code, stdout, stderr } = await runCli(['lint', 'resume.md', '-f', 'json'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /\.bulletproof\.json:2:14: Rule "filler-word": expected/);
    assert.ok(JSON.parse(stdout).some((f: { ruleId: string }) => f.ruleId === 'filler-word'));
  });

  it('reports invalid JSON in --config with line and column', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    writeFileSync(join(dir, 'bp.json'), '{ "rules": { , } }');
    const { code, stderr } = await runCli(['lint', 'resume.md', '--config', 'bp.json'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /bp\.json:1:14: Invalid JSON/);
  });

  it('exits 2 with a message for a missing file, a missing config and a bad format', async () => {
    const missing = await runCli(['lint', 'nope.md'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /No such file or folder: nope\.md/);
    writeFileSync(join(dir, 'resume.md'), RESUME);
    const badConfig = await runCli(['lint', 'resume.md', '--config', 'missing.json'], dir);
    assert.equal(badConfig.code, 2);
    assert.match(badConfig.stderr, /Cannot read config file missing\.json: ENOENT/);
    const badFormat = await runCli(['lint', 'resume.md', '--format', 'xml'], dir);
    assert.equal(badFormat.code, 2);
    assert.match(badFormat.stderr, /Unknown format "xml"/);
    const badFlag = await runCli(['lint', '--bogus'], dir);
    assert.equal(badFlag.code, 2);
  });

  it('finds resume files in folders by name and by front matter, skipping others', async () => {
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'CV-2024.md'), RESUME);
    writeFileSync(join(dir, 'docs', 'me.md'), `---\nresume: true\n---\n${RESUME}`);
    writeFileSync(join(dir, 'notes.md'), RESUME);
    writeFileSync(join(dir, 'resume-old.md'), `---\nresume: false\n---\n${RESUME}`);
    const { stdout } = await runCli(['lint', '.', '-f', 'json'], dir);
    const files = [...new Set(JSON.parse(stdout).map((f: { file: string }) => f.file))].sort();
    assert.deepEqual(files, ['CV-2024.md', 'docs/me.md']);
  });

  it('exits 2 when a folder holds no resume', async () => {
    writeFileSync(join(dir, 'notes.md'), RESUME);
    const { code, stderr } = await runCli(['lint', '.'], dir);
    assert.equal(code, 2);
    assert.match(stderr, /no resume files found/);
  });

  it('reads UTF-16 with BOM and warns about invalid UTF-8 instead of failing', async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(RESUME, 'utf16le')]);
    writeFileSync(join(dir, 'resume.md'), utf16);
    const a = await runCli(['lint', 'resume.md', '-f', 'json'], dir);
    assert.equal(a.code, 0);
    assert.equal(JSON.parse(a.stdout).find((f: { ruleId: string }) => f.ruleId === 'filler-word').line, 9);
    writeFileSync(join(dir, 'resume.md'), Buffer.concat([Buffer.from(RESUME), Buffer.from([0xc3, 0x28])]));
    const b = await runCli(['lint', 'resume.md'], dir);
    assert.equal(b.code, 0);
    assert.match(b.stderr, /not valid UTF-8/);
  });

  it('skips files over maxFileSize with a message', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    writeFileSync(join(dir, '.bulletproof.json'), '{ "maxFileSize": 10 }');
    const { stderr } = await runCli(['lint', 'resume.md'], dir);
    assert.match(stderr, /skipped, \d+ bytes is over the 10-byte limit/);
  });

  it('skips a file with more emphasis/link delimiters than any resume, instead of stalling the parser', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME + '**[('.repeat(5000));
    const { code, stderr } = await runCli(['lint', 'resume.md'], dir);
    assert.equal(code, 0);
    assert.match(stderr, /skipped, 15000 emphasis\/link delimiters \(\*, _, \[\) is over the limit of 10000/);
  });

  it('writes SARIF 2.1.0 with rules, levels and regions', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    const { stdout } = await runCli(['lint', 'resume.md', '-f', 'sarif'], dir);
    const sarif = JSON.parse(stdout);
    assert.equal(sarif.version, '2.1.0');
    const run = sarif.runs[0];
    assert.equal(run.tool.driver.name, 'Bulletproof');
    const result = run.results.find((r: { ruleId: string }) => r.ruleId === 'filler-word');
    assert.equal(run.tool.driver.rules[result.ruleIndex].id, 'filler-word');
    assert.equal(result.level, 'note');
    assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 9, startColumn: 3, endLine: 9, endColumn: 15 });
    assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'resume.md');
  });

  it('prints stylish output with a summary line', async () => {
    writeFileSync(join(dir, 'resume.md'), RESUME);
    const { stdout } = await runCli(['lint', 'resume.md'], dir);
    assert.match(stdout, /^resume\.md$/m);
    assert.match(stdout, /9:3\s+info\s+"Successfully" is a filler word/);
    assert.match(stdout, /✖ \d+ problems? \(/);
  });
});
