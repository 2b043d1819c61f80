// Every fix edit, once adapted to the source format, leaves the file valid: LaTeX keeps its braces
// balanced and prints the inserted text as written; YAML and JSON parse to the same structure except
// the edited string. Generated bullets and edits with special characters (fast-check).
import assert from 'node:assert/strict';
import { bracesBalanced } from '../../support/tex-braces';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { parseResumeAs } from '../../../src/core/formats';
import { adaptFix } from '../../../src/core/formats/edits';
import { applyEdits } from '../../../src/core/fixes';
import { fixAll, lint } from '../../../src/core/lint';
import { sourceRange } from '../../../src/core/text/mapped';
import type { ResumeDocument } from '../../../src/core/document/types';

const word = fc.oneof(
  fc.constantFrom('Built', 'very', 'successfully', 'javascript', 'API', '50%', 'R&D', 'C#', '$5k', 'snake_case', '"quoted"', "it's", 'a: b', '#tag', 'x--y', '{x}', '~', 'é', 'back\\slash'),
  fc.stringMatching(/^[a-z]{1,8}$/),
);
const bulletText = fc.array(word, { minLength: 2, maxLength: 8 }).map((ws) => ws.join(' '));
const insert = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('100%', 'R&D', '"x"', "'y'", 'a: b', '# c', '}', '{', '\\', '--', '\n', '$'));

function latexEscape(s: string): string {
  return s.replace(/[\\{}%&$#_~^]/g, (c) => ({ '\\': '\\textbackslash{}', '~': '\\textasciitilde{}', '^': '\\textasciicircum{}' })[c] ?? `\\${c}`).replace(/([-`'])(?=\1)/g, '$1{}');
}

const sources = {
  latex: (bullets: string[]) =>
    `\\documentclass{article}\n\\newcommand{\\resumeItem}[1]{\\item\\small{#1}}\n\\begin{document}\n\\section{Experience}\n\\begin{itemize}\n${bullets
      .map((b, i) => `  \\resumeItem{${i % 2 ? `\\textbf{${latexEscape(b)}}` : latexEscape(b)}}\n`)
      .join('')}\\end{itemize}\n\\end{document}\n`,
  rendercv: (bullets: string[]) =>
    `cv:\n  name: A\n  sections:\n    experience:\n      - company: Acme\n        position: Dev\n        highlights:\n${bullets
      .map((b, i) => `          - ${i % 3 === 0 ? JSON.stringify(b) : i % 3 === 1 ? `'${b.replace(/'/g, "''")}'` : /^[\w][\w ,.]*$/.test(b) ? b : JSON.stringify(b)}\n`)
      .join('')}`,
  jsonresume: (bullets: string[]) => JSON.stringify({ basics: { name: 'A' }, work: [{ name: 'Acme', position: 'Dev', highlights: bullets }] }, null, 2),
} as const;
const paths = { latex: 'resume.tex', rendercv: 'cv.yaml', jsonresume: 'resume.json' } as const;


/** The file's structure with every highlight string blanked: what an edit must not change. */
function skeleton(format: keyof typeof sources, text: string): unknown {
  const data = format === 'rendercv' ? parseYaml(text) : JSON.parse(text);
  const entry = format === 'rendercv' ? data.cv.sections.experience[0] : data.work[0];
  entry.highlights = entry.highlights.map((h: unknown) => typeof h);
  return data;
}

function checkValid(format: keyof typeof sources, before: ResumeDocument, after: string, editedIndex: number, emptied: boolean): void {
  const doc = parseResumeAs(after, { path: paths[format] });
  // A bullet edited down to nothing is no bullet any more; every other bullet reads as before.
  const others = before.bullets.filter((_, i) => i !== editedIndex).map((b) => b.text);
  const now = doc.bullets.map((b) => b.text);
  if (emptied) assert.deepEqual(now, others, `other bullets unchanged:\n${after}`);
  else {
    assert.equal(now.length, before.bullets.length, `same number of bullets after the edit:\n${after}`);
    assert.deepEqual(now.filter((_, i) => i !== editedIndex), others);
  }
  if (format === 'latex') assert.ok(bracesBalanced(after), `braces balanced:\n${after}`);
  else assert.deepEqual(skeleton(format, after), skeleton(format, before.text));
}

describe('formats: fix edits keep the file valid', () => {
  for (const format of ['latex', 'rendercv', 'jsonresume'] as const) {
    it(`${format}: any edit inside a bullet, adapted to the format, keeps the structure and reads back the inserted text`, () => {
      fc.assert(
        fc.property(fc.array(bulletText, { minLength: 1, maxLength: 4 }), fc.nat(), fc.nat(), fc.nat(), insert, (bullets, which, a, b, newText) => {
          const text = sources[format](bullets);
          const doc = parseResumeAs(text, { path: paths[format] });
          assert.equal(doc.bullets.length, bullets.length, text);
          const index = which % doc.bullets.length;
          const bullet = doc.bullets[index];
          const start = a % (bullet.text.length + 1);
          const end = start + (b % (bullet.text.length - start + 1));
          const fix = adaptFix(doc, { title: 't', edits: [{ range: sourceRange(bullet, start, end), newText }] });
          if (!fix) return; // dropped: the edit would have cut a command or a brace pair
          const after = applyEdits(text, fix.edits);
          const emptied = !(bullet.text.slice(0, start) + newText + bullet.text.slice(end)).trim();
          checkValid(format, doc, after, index, emptied);
          if (emptied) return;
          // (RenderCV renders Markdown inside strings: an inserted `_x_` prints as italic x, by design.)
          if (!/\s/.test(newText) && !(format === 'rendercv' && /[*_[\]]/.test(newText))) {
            const read = parseResumeAs(after, { path: paths[format] }).bullets[index].text;
            assert.ok(read.includes(newText.replace(/\s+/g, ' ').trim()), `inserted ${JSON.stringify(newText)} reads back in ${JSON.stringify(read)}`);
          }
        }),
        { numRuns: format === 'latex' ? 120 : 300 },
      );
    });

    it(`${format}: fixAll with the real rules leaves the file valid`, () => {
      fc.assert(
        fc.property(fc.array(bulletText, { minLength: 1, maxLength: 4 }), (bullets) => {
          const text = sources[format](bullets);
          const { text: after } = fixAll(text, { path: paths[format] });
          // (A bullet of only filler words may be deleted whole; the structure around it stays.)
          if (format === 'latex') {
            assert.ok(bracesBalanced(after), after);
            assert.equal(after.split('\\resumeItem{').length, text.split('\\resumeItem{').length);
          }
          else assert.deepEqual(skeleton(format, after), skeleton(format, text));
        }),
        { numRuns: 60 },
      );
    });
  }

  it('lint(text, { path }) reports findings on LaTeX, YAML and JSON resumes, without markdownlint', () => {
    for (const format of ['latex', 'rendercv', 'jsonresume'] as const) {
      const findings = lint(sources[format](['Successfully utilized javascript to build very good things']), { path: paths[format] });
      assert.ok(findings.length > 0, format);
      assert.ok(!findings.some((f) => f.ruleId.startsWith('MD')), format);
    }
  });
});
