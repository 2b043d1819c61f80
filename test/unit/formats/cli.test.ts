import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../helpers/cli';

const fixtures = join(__dirname, '../../fixtures/formats');

describe('formats: bulletproof lint on .tex, .yaml and .json', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-formats-'));
    // The fixture's own bullets are clean; one vague bullet makes sure the .tex has a finding to report.
    const jakes = readFileSync(join(fixtures, 'jakes.tex'), 'utf8').replace('        \\resumeItem{Cut', '        \\resumeItem{Worked on various projects}\n        \\resumeItem{Cut');
    writeFileSync(join(dir, 'main.tex'), jakes);
    copyFileSync(join(fixtures, 'rendercv.yaml'), join(dir, 'cv.yaml'));
    copyFileSync(join(fixtures, 'jsonresume.json'), join(dir, 'me.json'));
    writeFileSync(join(dir, 'package.json'), '{ "name": "x", "version": "1.0.0" }\n');
    writeFileSync(join(dir, 'paper.tex'), '\\documentclass{article}\\begin{document}\\section{Introduction}Text.\\end{document}\n');
    writeFileSync(join(dir, 'ci.yml'), 'name: CI\non: push\n');
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('lints files given by name, with findings on their lines', async () => {
    const { stdout } = await runCli(['lint', 'main.tex', 'cv.yaml', 'me.json', '--format', 'json'], dir);
    const findings = JSON.parse(stdout) as { file: string; line: number; ruleId: string }[];
    assert.deepEqual([...new Set(findings.map((f) => f.file))].sort(), ['cv.yaml', 'main.tex', 'me.json']);
    for (const f of findings) assert.ok(f.line >= 1 && !f.ruleId.startsWith('MD'), `${f.file}: ${f.ruleId}`);
  });

  it('finds resumes in a folder by content, not papers, CI files or package.json', async () => {
    const { stdout } = await runCli(['lint', '.', '--format', 'json'], dir);
    const files = [...new Set((JSON.parse(stdout) as { file: string }[]).map((f) => f.file))].sort();
    assert.deepEqual(files, ['cv.yaml', 'main.tex', 'me.json']);
  });
});
