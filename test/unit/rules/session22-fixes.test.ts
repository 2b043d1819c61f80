// Session 22: findings and fixes a reviewer judged wrong on a blind set (judge19), each fixed as a
// class. Invented resumes only.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';

const resume = (...lines: string[]) => ['# Ana Ruiz', 'ana@mail.example', '', ...lines, ''].join('\n');
const of = (text: string, ruleId: string, path?: string) => lint(text, path ? { path } : {}).filter((f) => f.ruleId === ruleId);

describe('session 22: findings and fixes a reviewer would sign', () => {
  it('takes a flag emoji whole (two regional-indicator letters)', () => {
    const [f] = of(resume('## Summary', '', 'Developer from Morocco 🇲🇦 who builds 4 apps a year.'), 'chat-style');
    assert.match(f.message, /"🇲🇦"/);
    assert.doesNotMatch(f.message, /1 more/);
  });

  it('gives the next word the capital when a filler opens a sentence after a number or a full stop', () => {
    const fixes = of(resume('## Experience', '', '### Engineer, Acme, 2021 – 2023', '', '- Cut costs by 20%. Very clearly documented 12 services for 3 teams'), 'filler-word');
    assert.equal(fixes[0].fixes![0].edits[0].newText, 'C');
  });

  it('deletes a references line whose only other content is an emoji, with its section', () => {
    const [f] = of(resume('## Experience', '', '- Built 3 tools for 40 staff', '', '## References', '', 'Available upon request 😉'), 'references-line');
    assert.equal(f.fixes![0].title, 'Delete the References section');
  });

  it('leaves spaces inside bold markers to renders-wrongly (markdownlint MD037 would glue the words)', () => {
    const text = resume('## Skills', '', '**Programming: **Python, SQL');
    assert.equal(of(text, 'MD037').length, 0);
    assert.equal(of(text, 'renders-wrongly').length, 1);
  });

  it('does not offer "Resolved" for an activity ("Handled the weekly reporting")', () => {
    const exp = (bullet: string) => resume('## Experience', '', '### Analyst, Acme, 2021 – 2023', '', `- ${bullet}`);
    const titles = (bullet: string) => of(exp(bullet), 'weak-opening').flatMap((f) => f.fixes!.map((x) => x.title));
    assert.ok(!titles('Handled the weekly reporting to managers for 3 teams').some((t) => /Resolved/.test(t)));
    assert.ok(titles('Handled customer complaints for 40 stores').some((t) => /Resolved/.test(t)));
  });

  it('reads no LaTeX command name as a misspelled technology (\\github{…}, \\linkedin{…})', () => {
    const tex = ['\\documentclass{awesome-cv}', '\\name{Ana}{Ruiz}', '\\email{ana@mail.example}', '\\github{anaruiz}', '\\linkedin{anaruiz}', '\\begin{document}', '\\cvsection{Experience}', '\\end{document}', ''].join('\n');
    assert.deepEqual(of(tex, 'tech-spelling', 'cv.tex').map((f) => f.line), []);
  });
});
