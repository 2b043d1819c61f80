// #16: tailoring a LaTeX, RenderCV YAML or JSON Resume source writes the tailored version in the
// source's own format (resume.tex / resume.yaml / resume.json) next to the Markdown and HTML, with
// the source's bullets selected and reordered verbatim and everything else as written.
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { runTailor } from '../../src/cli/commands/tailor';
import type { CliIO } from '../../src/cli/io';
import { parseResumeAs } from '../../src/core/formats';
import { tailorResume, tailoredSourceText } from '../../src/core/tailor';

const FIXTURES = join(__dirname, '..', 'fixtures', 'tailor', 'formats');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** Braces balanced outside escapes and comments, never closing below zero. */
function bracesBalanced(tex: string): boolean {
  let depth = 0;
  for (const line of tex.split('\n')) {
    const code = line.replace(/\\[\\{}%]/g, '').replace(/%.*$/, '');
    for (const ch of code) {
      if (ch === '{') depth++;
      if (ch === '}' && --depth < 0) return false;
    }
  }
  return depth === 0;
}

/** The same data with every `highlights` array sorted, so a reorder compares equal. */
function normalised(value: unknown, dropHighlights = false): unknown {
  if (Array.isArray(value)) return value.map((v) => normalised(v, dropHighlights));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => !(dropHighlights && k === 'highlights'))
      .map(([k, v]) => [k, k === 'highlights' && Array.isArray(v) ? [...v].sort() : normalised(v, dropHighlights)]),
  );
}

/** Every `highlights` array of `data`, in document order. */
function highlights(value: unknown, out: string[][] = []): string[][] {
  if (Array.isArray(value)) value.forEach((v) => highlights(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'highlights' && Array.isArray(v)) out.push(v as string[]);
      else highlights(v, out);
    }
  }
  return out;
}

describe('tailor: the tailored version in the source format', () => {
  let dir: string;
  let out: string;
  let err: string;
  const io = (): CliIO => ({ stdout: (s) => void (out += s), stderr: (s) => void (err += s), cwd: dir, color: false });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-source-format-'));
    out = '';
    err = '';
    cpSync(join(FIXTURES, 'job.md'), join(dir, 'job.md'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  async function tailor(name: string, ...flags: string[]) {
    cpSync(join(FIXTURES, name), join(dir, name));
    assert.equal(await runTailor([name, '--job', 'job.md', '--format', 'md,html', '--json', ...flags], io()), 0, err);
    const json = JSON.parse(out);
    const file = (n: string) => readFileSync(join(dir, json.outputs[n]), 'utf8');
    return { json, file };
  }

  it('LaTeX: writes resume.tex beside resume.md and resume.html; clean, relevant bullets first; braces balanced; the source untouched', async () => {
    const source = read('resume.tex');
    const { json, file } = await tailor('resume.tex');
    assert.deepEqual(Object.keys(json.outputs).filter((k) => k.startsWith('resume')).sort(), ['resume.html', 'resume.md', 'resume.tex']);
    const tex = file('resume.tex');
    assert.ok(bracesBalanced(tex));
    // Same lines, only the item lines of one entry reordered: the vague one goes last.
    assert.deepEqual([...tex.split('\n')].sort(), [...source.split('\n')].sort());
    const items = tex.split('\n').filter((l) => l.includes('\\resumeItem{'));
    assert.match(items[0], /Built a Go service on AWS/);
    assert.match(items[2], /Helped with various tasks/);
    // Everything outside the bullets is as written.
    assert.equal(tex.replace(/^.*\\resumeItem\{.*\n/gm, ''), source.replace(/^.*\\resumeItem\{.*\n/gm, ''));
    assert.equal(readFileSync(join(dir, 'resume.tex'), 'utf8'), source, 'the source is never changed');
    // The Markdown rendering opens with the name from \begin{center} and holds every kept bullet.
    const md = file('resume.md');
    assert.match(md, /^# Dana Okafor/);
    assert.match(md, /- Wrote 30 JUnit autograder tests that cut grading time by 40%/);
    assert.match(file('resume.html'), /Dana Okafor/);
  });

  it('LaTeX with --max-bullets 1: dropped items are gone, every entry keeps one, still balanced', async () => {
    const { file } = await tailor('resume.tex', '--max-bullets', '1');
    const tex = file('resume.tex');
    assert.ok(bracesBalanced(tex));
    const items = tex.split('\n').filter((l) => l.includes('\\resumeItem{'));
    assert.equal(items.length, 2);
    assert.ok(!tex.includes('Helped with various tasks'));
    for (const line of items) assert.ok(read('resume.tex').includes(line), 'items are copied verbatim');
    assert.equal((tex.match(/\\resumeItemListStart/g) ?? []).length, (tex.match(/\\resumeItemListEnd/g) ?? []).length);
  });

  it('RenderCV YAML: resume.yaml parses to the same structure, highlights only reordered or dropped', async () => {
    const sourceData = parseYaml(read('cv.yaml'));
    const { json, file } = await tailor('cv.yaml');
    assert.ok(json.outputs['resume.yaml']);
    const data = parseYaml(file('resume.yaml'));
    assert.deepEqual(normalised(data), normalised(sourceData));
    const [first] = highlights(data);
    assert.match(first[0], /Java service/);
    assert.match(first[first.length - 1], /various backend things/);
    assert.match(file('resume.md'), /^# Marisol Vance[\s\S]*github\.com\/marisolvance-example/);

    const trimmed = await (async () => {
      out = '';
      rmSync(join(dir, 'tailored'), { recursive: true, force: true });
      return tailor('cv.yaml', '--max-bullets', '1');
    })();
    const cut = parseYaml(trimmed.file('resume.yaml'));
    assert.deepEqual(normalised(cut, true), normalised(sourceData, true), 'outside highlights nothing changes');
    const sourceLists = highlights(sourceData);
    highlights(cut).forEach((list, i) => {
      assert.equal(list.length, 1);
      assert.ok(sourceLists[i].includes(list[0]), 'a kept highlight is one of the source');
    });
  });

  it('JSON Resume: resume.json is valid JSON with the same structure, escapes kept', async () => {
    const sourceData = JSON.parse(read('resume.json'));
    const { json, file } = await tailor('resume.json', '--max-bullets', '2');
    const data = JSON.parse(file('resume.json'));
    assert.deepEqual(normalised(data, true), normalised(sourceData, true));
    const [first, second] = highlights(data);
    assert.deepEqual(first, [sourceData.work[0].highlights[1], sourceData.work[0].highlights[2]]);
    assert.equal(second.length, 2);
    assert.ok(!file('resume.json').includes('misc'), 'the vague highlight, with its escaped quotes, was dropped whole');
    assert.equal(json.outputs['resume.json'].endsWith('resume.json'), true);
  });

  it('core: tailoredSourceText on the plan gives the same file as the CLI', () => {
    const doc = parseResumeAs(read('resume.json'), { path: 'resume.json' });
    const result = tailorResume(doc, read('job.md'));
    assert.ok(result.twin, 'a JSON Resume is tailored through its Markdown twin');
    const text = tailoredSourceText(result.twin!, result.plan);
    assert.doesNotThrow(() => JSON.parse(text));
    assert.equal(result.resume.profile.name, 'Tobias Lindqvist');
    assert.equal(result.twin!.toSource.size, doc.bullets.length, 'every source bullet has its twin');
  });

  it('a Markdown resume gets no second copy', async () => {
    cpSync(join(__dirname, '..', '..', 'examples', 'resume.md'), join(dir, 'resume.md'));
    assert.equal(await runTailor(['resume.md', '--job', 'job.md', '--format', 'md', '--json'], io()), 0, err);
    assert.deepEqual(Object.keys(JSON.parse(out).outputs).sort(), ['dir', 'report.md', 'resume.md']);
  });
});
