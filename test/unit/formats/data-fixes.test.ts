// Safe fixes on RenderCV YAML and JSON Resume files keep the file valid: after every safe fix the real
// rules offer (and after Fix All, and after generated edits with quotes, escapes and line breaks), the
// file parses to the same structure, and only the edited bullet strings differ. Runs on the YAML/JSON
// fixtures and, when ../shared/corpus is there, on the corpus's RenderCV and JSON Resume files.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { parseResumeAs } from '../../../src/core/formats';
import { adaptFix } from '../../../src/core/formats/edits';
import { applyEdits } from '../../../src/core/fixes';
import { fixAll, lintDocument } from '../../../src/core/lint';
import { sourceRange } from '../../../src/core/text/mapped';

const FIXTURES = join(__dirname, '../../fixtures/formats');
const CORPUS = [join(__dirname, '../../../../shared/corpus/resumes-other'), join(__dirname, '../../../../../shared/corpus/resumes-other')].find((d) => existsSync(d));
const isData = (f: string) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.expected.json');
const files: { name: string; text: string }[] = [
  ...readdirSync(FIXTURES).filter(isData).map((f) => ({ name: f, text: readFileSync(join(FIXTURES, f), 'utf8') })),
  ...(CORPUS ? readdirSync(CORPUS).filter(isData).map((f) => ({ name: f, text: readFileSync(join(CORPUS, f), 'utf8') })) : []),
];

function load(name: string, text: string): unknown {
  if (/\.ya?ml$/.test(name)) return parseYaml(text, { uniqueKeys: false });
  const errors: ParseError[] = [];
  const value = parseJsonc(text, errors, { allowTrailingComma: true });
  assert.deepEqual(errors, [], `${name} parses as JSON`);
  return value;
}

type Path = (string | number)[];

/** Leaves that differ between two parsed files; throws when the structure itself differs. */
function changedLeaves(before: unknown, after: unknown, path: Path = []): { path: Path; before: unknown; after: unknown }[] {
  const where = path.join('.') || '(root)';
  if (Array.isArray(before) || Array.isArray(after)) {
    assert.ok(Array.isArray(before) && Array.isArray(after) && before.length === after.length, `same list at ${where}`);
    return before.flatMap((b, i) => changedLeaves(b, after[i], [...path, i]));
  }
  if (before && after && typeof before === 'object' && typeof after === 'object') {
    assert.deepEqual(Object.keys(after), Object.keys(before), `same keys at ${where}`);
    return Object.keys(before).flatMap((k) => changedLeaves((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], [...path, k]));
  }
  assert.equal(typeof after, typeof before, `same type at ${where}`);
  return Object.is(before, after) ? [] : [{ path, before, after }];
}

/** A bullet's string: a highlight, a `bullet:` entry, an entry's summary, or a text line of a section. */
function isBulletPath(path: Path): boolean {
  const keys = path.filter((p): p is string => typeof p === 'string');
  const last = keys[keys.length - 1];
  return last === 'summary' || last === 'bullet' || (last === 'highlights' && typeof path[path.length - 1] === 'number') || (keys[keys.length - 2] === 'sections' && typeof path[path.length - 1] === 'number');
}

function checkEdit(name: string, text: string, after: string, label: string, maxChanged: number): void {
  const changed = changedLeaves(load(name, text), load(name, after));
  assert.ok(changed.length <= maxChanged, `${label}: ${changed.length} values changed: ${JSON.stringify(changed.map((c) => c.path))}`);
  for (const c of changed) {
    assert.equal(typeof c.after, 'string', `${label}: ${c.path.join('.')} is still a string`);
    assert.ok(isBulletPath(c.path), `${label}: only bullet strings change, not ${c.path.join('.')}`);
  }
}

describe('formats: safe fixes keep RenderCV YAML and JSON Resume files valid', function () {
  // 300 generated edits, each parsing a whole resume twice: over mocha's 20 s when the machine is loaded.
  this.timeout(300_000);
  it('has YAML and JSON files with safe fixes to apply', () => {
    const safe = files.reduce((n, f) => n + lintDocument(parseResumeAs(f.text, { path: f.name })).findings.reduce((k, x) => k + x.fixes.filter((y) => y.safe).length, 0), 0);
    assert.ok(files.length >= 4 && safe >= 10, `${files.length} files, ${safe} safe fixes`);
  });

  for (const { name, text } of files) {
    it(`${name}: every safe fix changes one bullet string and nothing else; Fix All changes only bullet strings`, () => {
      const doc = parseResumeAs(text, { path: name });
      for (const finding of lintDocument(doc).findings) {
        for (const fix of finding.fixes) {
          if (!fix.safe) continue;
          checkEdit(name, text, applyEdits(text, fix.edits), `${finding.ruleId} "${fix.title}"`, 1);
        }
      }
      checkEdit(name, text, fixAll(text, { path: name }).text, 'Fix All', doc.bullets.length);
    });
  }

  it('generated edits on every file: the edited bullet is the only value that changes, and reads back the inserted text', () => {
    const insert = fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('"', "'", "''", '\\', '\\n', '\n', ': ', ' #', '- ', '{', '[', '&a', '*b', '!t', '%', '@', '`', '|', '>', '\u2014', '\t'),
    );
    const withBullets = files.filter((f) => parseResumeAs(f.text, { path: f.name }).bullets.length);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), fc.nat(), fc.nat(), insert, (fileIndex, which, a, b, newText) => {
        const { name, text } = withBullets[fileIndex % withBullets.length];
        const doc = parseResumeAs(text, { path: name });
        const index = which % doc.bullets.length;
        const bullet = doc.bullets[index];
        const start = a % (bullet.text.length + 1);
        const end = start + (b % (bullet.text.length - start + 1));
        const fix = adaptFix(doc, { title: 'generated', edits: [{ range: sourceRange(bullet, start, end), newText }] });
        if (!fix) return; // dropped: a line break into a block scalar
        const after = applyEdits(text, fix.edits);
        checkEdit(name, text, after, `insert ${JSON.stringify(newText)} at ${start}..${end} of ${name} bullet ${index}`, 1);
        const read = parseResumeAs(after, { path: name }).bullets;
        const wanted = (bullet.text.slice(0, start) + newText + bullet.text.slice(end)).replace(/\s+/g, ' ').trim();
        // (RenderCV renders Markdown in strings: an inserted `*` or `[` may read as markup, by design.)
        if (!wanted || (name.match(/\.ya?ml$/) && /[*_[\]`]/.test(wanted))) return;
        assert.equal(read[index]?.text, wanted, `${name} bullet ${index} reads the edit`);
      }),
      { numRuns: 300 },
    );
  });
});
