// The LaTeX snippets: contributed for `latex`, parse as snippets, and expanded with numbers typed in
// they read as entries and bullets through the LaTeX front end, with balanced braces.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseJsonc } from 'jsonc-parser';
import { expandSnippet } from '../../../src/core/snippets/expand';
import { parseLatex } from '../../../src/core/formats/latex/parse';

const root = join(__dirname, '../../..');
const snippets = parseJsonc(readFileSync(join(root, 'snippets/latex.code-snippets'), 'utf8')) as Record<string, { prefix: string; body: string[]; description: string }>;
const preamble = readFileSync(join(root, 'test/fixtures/formats/jakes.tex'), 'utf8').split('\\begin{document}')[0];

function expand(body: string[]): string {
  let n = 0;
  return expandSnippet(body, { fill: (stop) => (stop.defaultText === 'N' ? String([40, 3, 12, 250][n++ % 4]) : undefined) }).text;
}

describe('LaTeX snippets', () => {
  it('are contributed for latex in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    assert.ok(pkg.contributes.snippets.some((s: { language: string; path: string }) => s.language === 'latex' && s.path === './snippets/latex.code-snippets'));
    assert.ok(pkg.activationEvents.includes('onLanguage:latex'));
  });

  for (const [name, s] of Object.entries(snippets)) {
    it(`${s.prefix}: expands to LaTeX that reads as resume bullets with a number`, () => {
      assert.match(s.prefix, /^bp-tex-[a-z-]+$/);
      assert.ok(s.description.length >= 40, name);
      const text = expand(s.body);
      const list = s.prefix.includes('item') ? `\\begin{itemize}\n${text}\n\\end{itemize}` : `\\resumeSubHeadingListStart\n${text}\n\\resumeSubHeadingListEnd`;
      const doc = parseLatex(`${preamble}\\begin{document}\n\\section{Experience}\n${list}\n\\end{document}\n`);
      assert.ok(doc.bullets.length >= 1, name);
      for (const b of doc.bullets) assert.match(b.text, /\d/, `${name}: ${b.text}`);
      if (!s.prefix.includes('item')) assert.ok(doc.sections[1].entries[0]?.dates, `${name}: the entry has dates`);
    });
  }
});
