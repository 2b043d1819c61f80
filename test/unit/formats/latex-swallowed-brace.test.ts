// A "%" typed as text whose comment takes an argument's closing brace ("from 40% to 75%}"): the
// item is read as its author meant it, not lost into the next ones, and renders-wrongly says the
// brace goes with the comment. Invented resume.
import assert from 'node:assert/strict';
import { parseLatex } from '../../../src/core/formats/latex/parse';
import { lint } from '../../../src/core/lint';

const source = [
  '\\documentclass{article}',
  '\\newcommand{\\resumeItem}[1]{\\item\\small{#1}}',
  '\\begin{document}',
  '\\section{Experience}',
  '\\textbf{Analyst, Brindle Works} \\hfill Jan 2021 -- Mar 2024',
  '\\begin{itemize}',
  '  \\resumeItem{Built the nightly stock report for 40 stores.}',
  '  \\resumeItem{Raised forecast accuracy from 61% to 83% for the spring range.}',
  '  \\resumeItem{Built the supplier scorecard for 120 vendors.}',
  '\\end{itemize}',
  '% \\resumeItem{An old line, 50% done}',
  '\\end{document}',
  '',
].join('\n');

describe('LaTeX: a text "%" that comments out a closing brace', () => {
  it('keeps the item as written, its "%" signs and all', () => {
    const texts = parseLatex(source).bullets.map((b) => b.text);
    assert.deepEqual(texts, [
      'Built the nightly stock report for 40 stores.',
      'Raised forecast accuracy from 61% to 83% for the spring range.',
      'Built the supplier scorecard for 120 vendors.',
    ]);
  });

  it('reports the first "%" once, saying the brace goes with it; a commented-out line is left alone', () => {
    const found = lint(source, { path: 'cv.tex' }).filter((f) => f.ruleId === 'renders-wrongly');
    assert.equal(found.length, 1);
    const line = source.split('\n')[found[0].line - 1];
    assert.equal(line.slice(found[0].column - 3, found[0].endColumn - 1), '61%');
    assert.match(found[0].message, /closing "\}"/);
    // Two bullets opening with "Built" are not next to each other.
    assert.equal(lint(source, { path: 'cv.tex' }).filter((f) => f.ruleId === 'repeated-opening-verb').length, 0);
  });
});
