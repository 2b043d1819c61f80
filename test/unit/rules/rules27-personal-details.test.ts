import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';

// Rules 27: a LaTeX macro's closing brace after a birth date is the macro's, not the value's; a brace
// the value opened itself, or one before more of the value, stays. Invented resume.
describe('rule personal-details (rules 27): the span of a value inside a LaTeX macro', () => {
  const tex = (line: string) => ['\\documentclass{article}', '\\newcommand{\\info}[2]{#1 #2}', '\\begin{document}', '\\textbf{Lina Haddad}', line, '\\section{Experience}', '\\end{document}', ''].join('\n');
  const spans = (line: string) => {
    const src = tex(line);
    return lint(src, { path: 'cv.tex' }).filter((f) => f.ruleId === 'personal-details').map((f) => src.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1));
  };

  it('stops before a trailing closing brace the value did not open', () => {
    assert.deepEqual(spans('\\info{\\faCalendar}{Born 02.11.1997, Tripoli}'), ['Born 02.11.1997, Tripoli']);
    assert.deepEqual(spans('\\textsc{Date of birth: 02.11.1997}'), ['Date of birth: 02.11.1997']);
  });

  it('keeps a brace the value opened itself', () => {
    assert.deepEqual(spans('Born 02.11.1997 in \\textbf{Tripoli}'), ['Born 02.11.1997 in \\textbf{Tripoli}']);
  });
});
