import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { detectFormat, parseResumeAs, tailoredSource } from '../../../src/core/formats';
import { isResumeFile } from '../../../src/core/resume-files';
import { parseResume, lint } from '../../../src/core/index';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/formats', name), 'utf8');

describe('formats: detection and which files are resumes', () => {
  it('picks the front end from the extension, else from the content', () => {
    assert.equal(detectFormat(fixture('jakes.tex'), 'resume.tex'), 'latex');
    assert.equal(detectFormat(fixture('rendercv.yaml'), 'cv.yaml'), 'rendercv');
    assert.equal(detectFormat(fixture('jsonresume.json'), 'resume.json'), 'jsonresume');
    assert.equal(detectFormat('# Ana\n\n## Experience\n', 'resume.md'), 'markdown');
    assert.equal(detectFormat(fixture('moderncv.tex')), 'latex');
    assert.equal(detectFormat(fixture('rendercv.yaml')), 'rendercv');
    assert.equal(detectFormat(fixture('jsonresume.json')), 'jsonresume');
    assert.equal(detectFormat('# Ana\n\n- Built things\n'), 'markdown');
  });

  it('a LaTeX paper, a CI workflow or a package.json is not a resume', () => {
    assert.equal(detectFormat('\\documentclass{article}\\begin{document}\\section{Introduction}\\section{Results}\\end{document}', 'paper.tex'), undefined);
    assert.equal(detectFormat('name: CI\non: push\njobs: {}\n', '.github/workflows/ci.yml'), undefined);
    assert.equal(detectFormat('{"name": "x", "version": "1.0.0"}', 'package.json'), undefined);
    assert.equal(isResumeFile('paper.tex', '\\section{Introduction}'), false);
    assert.equal(isResumeFile('docs/resume.tex', fixture('jakes.tex')), true);
    assert.equal(isResumeFile('cv.yaml', fixture('rendercv.yaml')), true);
    assert.equal(isResumeFile('me.json', fixture('jsonresume.json')), true);
    assert.equal(isResumeFile('me.json'), false, 'without the content a JSON file is not taken');
    assert.equal(isResumeFile('resume.md'), true);
    assert.equal(isResumeFile('cv/main.tex', '\\section{Introduction}', ['cv/*.tex']), true, 'configured globs name it');
  });

  it('the public parseResume(text, { path }) and lint(text, { path }) pick the front end', () => {
    assert.equal(parseResume(fixture('jakes.tex'), { path: 'resume.tex' }).format, 'latex');
    assert.equal(parseResume('# A\n').format, 'markdown');
    const findings = lint(fixture('rendercv.yaml'), { path: 'cv.yaml' });
    for (const f of findings) assert.ok(f.line >= 1);
  });
});

describe('formats: tailored source in the same format', () => {
  it('LaTeX: keeps the chosen bullets verbatim, in the chosen order, and the rest of the file as written', () => {
    const text = fixture('jakes.tex');
    const doc = parseResumeAs(text, { path: 'resume.tex' });
    const exp = doc.bullets.filter((b) => b.section.kind === 'experience');
    const out = tailoredSource(doc, [exp[2], exp[0], ...doc.bullets.filter((b) => b.section.kind === 'projects')]);
    const again = parseResumeAs(out, { path: 'resume.tex' });
    assert.deepEqual(again.bullets.filter((b) => b.section.kind === 'experience').map((b) => b.text), [exp[2].text, exp[0].text]);
    assert.ok(out.includes('\\resumeItem{Saved \\$12k a year'), 'verbatim source');
    assert.ok(out.includes('\\section{Education}') && out.includes('\\end{document}'));
    assert.ok(!out.includes('dashboard'));
  });

  it('RenderCV: the YAML stays valid and only highlights change', () => {
    const text = fixture('rendercv.yaml');
    const doc = parseResumeAs(text, { path: 'cv.yaml' });
    const out = tailoredSource(doc, [doc.bullets[3], doc.bullets[0]]);
    const data = parseYaml(out);
    assert.deepEqual(data.cv.sections.experience[0].highlights, ['Wrote the on-call runbook that halved escalations in 2023', 'Cut p99 latency of the "quote" API from 900 ms to 140 ms']);
    assert.equal(data.cv.name, 'Tomasz Wierzbicki');
  });

  it('JSON Resume: the JSON stays valid with commas right', () => {
    const text = fixture('jsonresume.json');
    const doc = parseResumeAs(text, { path: 'resume.json' });
    const work = doc.bullets.filter((b) => b.section.kind === 'experience');
    const out = tailoredSource(doc, [work[2], work[1], ...doc.bullets.filter((b) => b.section.kind !== 'experience')]);
    const data = JSON.parse(out);
    assert.deepEqual(data.work[0].highlights, ['Mentored 3 interns\nacross two cohorts', 'Wrote the "settlement" reconciler in Go — saves 6 hours a week']);
    assert.deepEqual(data.projects[0].highlights, ['Built a double-entry ledger CLI with 1.2k GitHub stars']);
  });
});
