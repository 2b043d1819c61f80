import assert from 'node:assert/strict';
import { parseResumeAs } from '../../../src/core/formats';
import { lint, lintDocument } from '../../../src/core/lint';

// Session 26: LaTeX characters that stop the build are read on every typeset body line, not only in
// bullets — a \cvitem's value, a heading macro's employer. Invented resume.
describe('rule renders-wrongly (session 26): LaTeX specials outside bullets', () => {
  const tex = (body: string[]) =>
    [
      '\\documentclass[11pt]{moderncv}',
      '\\moderncvstyle{classic}',
      '\\newcommand{\\skill}[1]{\\textbf{#1}}',
      '\\name{Ilse}{Marten}',
      '\\begin{document}',
      '\\makecvtitle',
      '\\section{Experience}',
      '\\cventry{2021--2024}{Engineer}{Tallow Works}{Ghent}{}{%',
      '\\begin{itemize}',
      '\\item Cut test time by 30\\% on 4 benches.',
      '\\end{itemize}}',
      ...body,
      '\\end{document}',
      '',
    ].join('\n');
  const flagged = (body: string[]) => {
    const src = tex(body);
    return lint(src, { path: 'cv.tex' })
      .filter((f) => f.ruleId === 'renders-wrongly')
      .map((f) => src.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1));
  };

  it('flags "#", "_" and "&" in a \\cvitem value and a heading macro', () => {
    assert.deepEqual(flagged(['\\cvitem{Hobbies}{Bouldering, #woodworking}']), ['#']);
    assert.deepEqual(flagged(['\\cvitem{Code}{\\texttt{pump\\_ctl} and \\texttt{boot_loader}}']), ['boot_loader']);
    assert.deepEqual(flagged(['\\cventry{2019--2021}{Intern}{Marten R&D Lab}{Ghent}{}{}']), ['&']);
  });

  it('leaves comments, handles, macro definitions, verbatim blocks and a phone number\'s tildes alone', () => {
    assert.deepEqual(
      flagged([
        '% TODO: C# section & more_stuff',
        '\\social[github]{ilse_marten}',
        '\\email{ilse_marten@tallow.example}',
        '\\renewcommand{\\cvitem}[2]{#1: #2}',
        '\\begin{verbatim}',
        'make build_all && ./run #1',
        '\\end{verbatim}',
        '\\cvitem{Phone}{+32~(555)~010~4471}\\hfill%',
        '\\cvitem{Code}{\\href{https://git.example/ilse_marten}{my repositories}}',
      ]),
      [],
    );
  });

  it('offers the escape as a safe fix', () => {
    const src = tex(['\\cvitem{Hobbies}{Chess #club}']);
    const f = lintDocument(parseResumeAs(src, { path: 'cv.tex' })).findings.find((x) => x.ruleId === 'renders-wrongly');
    assert.equal(f?.fixes[0]?.title, 'Escape it ("\\#")');
    assert.ok(f?.fixes[0]?.safe, 'escape fix is safe');
  });
});

describe('rule regional-english (session 26): a decimal comma before LaTeX\'s escaped percent sign', () => {
  it('reads "3,4\\%" as a decimal comma and "12,500 units" not', () => {
    const src = ['\\documentclass{article}', '\\begin{document}', '\\section{Experience}', '\\begin{itemize}',
      '\\item Lowered the defect rate from 3,4\\% to 1,2\\% on two lines.', '\\item Shipped 12,500 units in 2023.', '\\end{itemize}', '\\end{document}', ''].join('\n');
    const got = lint(src, { path: 'cv.tex' }).filter((f) => f.ruleId === 'regional-english').map((f) => src.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1));
    assert.deepEqual(got, ['3,4', '1,2']);
  });
});

describe('rule renders-wrongly (session 26): angle-bracket placeholders in Markdown', () => {
  const flagged = (src: string) => lint(src).filter((f) => f.ruleId === 'renders-wrongly').map((f) => src.split('\n')[f.line - 1].slice(f.column - 1, f.endColumn - 1));

  it('flags a tag no browser knows, which vanishes from the page', () => {
    assert.deepEqual(flagged('# Ana Reyes\n\n## Experience\n\n- Named every queue <team>-<purpose> across 12 services.\n'), ['<team>', '<purpose>']);
  });

  it('leaves known HTML, autolinks, e-mail links, code, escapes and MDX components alone', () => {
    const src = '# Ana Reyes\n\n## Experience\n\n- Added <kbd>Ctrl</kbd>+<kbd>K</kbd> search<br> for 4 teams, see <https://ana.example>.\n- Mail <ana@reyes.example>; routes like `/users/<id>` and \\<slug> stay; <Timeline /> in MDX.\n';
    assert.deepEqual(flagged(src), []);
  });
});

describe('rule spelling (session 26): a vowel sound spelled the wrong way in a long word', () => {
  it('suggests the one word a run of vowels written another way gives', () => {
    const src = '# Ana Reyes\n\n## Experience\n\n- Planned preventive maintainance for 12 presses and cut downtime 20%.\n';
    const f = lint(src).filter((x) => x.ruleId === 'spelling');
    assert.equal(f.length, 1);
    assert.match(f[0].message, /"maintenance"/);
  });
});
