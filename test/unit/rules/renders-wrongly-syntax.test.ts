// renders-wrongly, source syntax from other markup (src/core/rules/renders-wrongly-syntax.ts): LaTeX
// habits, undefined reference links, Pandoc definition lists, table rows wider than their header,
// Markdown inside an HTML block, indented items under a paragraph. Invented resumes only.
import assert from 'node:assert/strict';
import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { findingsOf, testRule } from '../../helpers/rule-tester';

const PANDOC_FM = '---\noutput: pdf_document\ngeometry: margin=1in\n---\n\n';

testRule(rendersWrongly, {
  valid: [
    // A lazy continuation of a list item is no paragraph; a list after a blank line is fine; a bibliography resolves citations; a handle link is a link.
    { doc: true, code: `${PANDOC_FM}## Skills\n\n+ **Lab**: PCR, cell culture,\n  imaging, western blot\n+ **Code**: R\n` },
    { doc: true, code: `${PANDOC_FM}## Barista\n\nTasks included:\n\n- Trained 4 new staff.\n` },
    { doc: true, code: '---\nbibliography: refs.bib\noutput: pdf_document\n---\n\n- Presented the survey [@okoro2024].\n' },
    { doc: true, code: '## Links\n\n- Writes as [@ana_codes](https://social.example/@ana_codes)\n' },
    // Outside Pandoc, GitHub renders a list right under a paragraph.
    { doc: true, code: '## Barista\n\nTasks included:\n- Trained 4 new staff.\n' },
    // Bold that closes, and a later marker that could still close the pair, are left to markdownlint.
    { doc: true, code: '## Skills\n\n**Tools:** Figma, Miro\n' },
    { doc: true, code: '## Skills\n\n**Tools **Figma** Miro\n' },
    // Valid escapes, a tilde for "about", a range written with a tilde, a path.
    { doc: true, code: '## Projects\n\n- Cut build time by 40\\% for ~30 services (2019~2021).\n' },
    { doc: true, code: '## Links\n\n- Notes: https://example.edu/docs/a~b and example.org/x~y\n' },
    { doc: true, code: '## Skills\n\n- Windows admin: C:\\Windows\\System32 scripts, PowerShell\n' },
    // Pandoc sources render LaTeX and definition lists.
    { doc: true, code: `${PANDOC_FM}# Lena Park\n\n## Education\n\n**MIT** -- S.M. \\hfill 2021 -- 2023\n\n## Experience\n\n- Sped up solver from 2.1~s to 0.4~s with Dr.~Li.\n` },
    { doc: true, code: `${PANDOC_FM}## Personal\n\nCitizenship\n: Canadian\n` },
    { doc: true, code: '# Lena Park\n\n\\newpage\n\n## Skills\n\n- \\LaTeX, R\n' },
    // Defined references (case and spacing ignored), footnotes, collapsed links.
    { doc: true, code: '# Lena Park\n\n[Code][GH] · [Site][] · fluent[^1]\n\n[gh]: https://example.com/lena\n[site]: https://lena.example\n[^1]: Note.\n' },
    // A table row with an escaped pipe, a code span with a pipe, a shorter row.
    { doc: true, code: '## Skills\n\n| Area | Tools |\n|---|---|\n| Shell | `a | b`, grep \\| sed |\n| Go |\n' },
    { doc: true, code: '## Skills\n\n| Area | Tools |\n|---|---|\n| Shell | grep ||\n' },
    // Markdown after an HTML block's blank line renders.
    { doc: true, code: '<div align="center">\n\n**Lena Park**\n\n</div>\n\n## Skills\n\n- Go\n' },
    // A list item's own paragraph, with a list nested under it.
    { doc: true, code: '## Projects\n\n- Budget app\n\n  Built for students\n    - Wrote the importer for 4 banks.\n' },
    // A nested list under a list item.
    { doc: true, code: '## Experience\n\n- Led the data team\n    - Hired 3 analysts for the team.\n' },
  ],
  invalid: [
    {
      // Pandoc: a list right under a paragraph line prints inside the paragraph.
      doc: true,
      code: `${PANDOC_FM}## Barista, Bean Bar\n\nTasks included:\n- Opened the store 3 days a week.\n- Trained 4 new staff.\n`,
      underlines: ['Tasks included:'],
      output: `${PANDOC_FM}## Barista, Bean Bar\n\nTasks included:\n\n- Opened the store 3 days a week.\n- Trained 4 new staff.\n`,
    },
    {
      // A citation with no bibliography, and an export anchor outside Pandoc.
      doc: true,
      code: '## Research\n\n- Presented the survey at the regional meeting [@okoro2024].\n\n[]{#_heading=h.1abc .anchor}**PROJECTS**\n',
      underlines: ['[@okoro2024]', '[]{#_heading=h.1abc .anchor}'],
    },
    {
      // A space before the closing "**" and a word right after it: the pair cannot close.
      doc: true,
      code: '## Skills\n\n**Tools: **Figma, Miro\n',
      underlines: ['**Tools: **'],
      message: /keeps it from closing/,
      output: '## Skills\n\n**Tools:** Figma, Miro\n',
    },
    {
      doc: true,
      code: '## Education\n\n**MIT** -- S.M. \\hfill 2021 -- 2023\n\n## Skills\n\n- Tools: \\LaTeX, \\textsc{Matlab}\n',
      underlines: ['\\hfill', '\\LaTeX', '\\textsc{Matlab}'],
    },
    { doc: true, code: '## Experience\n\n- Served 12{,}500 users a day.\n', underlines: ['{,}'], output: '## Experience\n\n- Served 12,500 users a day.\n' },
    { doc: true, code: '## Experience\n\n- Cut latency from 2.1~s to 0.4~s with Dr.~Li.\n', underlines: ['~s to 0.4~s with Dr.~'], message: 'strikes through' },
    // A Jekyll page's front matter is no Pandoc source.
    { doc: true, code: '---\nlayout: resume\n---\n\n## Skills\n\n- Typesetting in \\LaTeX\n', underlines: ['\\LaTeX'] },
    { doc: true, code: '# Lena Park\n\n[Code][gh] · [Site][web]\n\n[gh]: https://example.com/lena\n', underlines: ['[Site][web]'] },
    {
      doc: true,
      code: '## Personal\n\nCitizenship\n: Canadian\n',
      underlines: ['Citizenship\n: Canadian'],
      message: 'definition list',
      output: '## Personal\n\nCitizenship: Canadian\n',
    },
    { doc: true, code: '## Skills\n\n| Area | Tools |\n|---|---|\n| DAWs | Reaper | Logic |\n', underlines: ['| DAWs | Reaper | Logic |'] },
    { doc: true, code: '<table>\n<tr><td>**Lena Park**</td><td><b>Boston</b></td></tr>\n</table>\n', underlines: ['**Lena Park**'] },
    {
      doc: true,
      code: '## Projects\n\nA budget tracker for students:\n    - Wrote the importer for 4 banks.\n    - Drew charts in D3.\n',
      underlines: ['    - Wrote the importer for 4 banks.\n    - Drew charts in D3.'],
      output: '## Projects\n\nA budget tracker for students:\n\n- Wrote the importer for 4 banks.\n- Drew charts in D3.\n',
    },
  ],
});

describe('renders-wrongly: source syntax, one finding per problem', () => {
  it('reads a row of "·"-separated fields with a "Label: value" part as its own line', () => {
    const text = '## Personal\n\nBorn: 1990 · Citizenship: Brazilian\nOpen to relocation · Languages: Portuguese, English\n';
    assert.equal(findingsOf(rendersWrongly, text).length, 1);
    // A wrapped sentence with a middle dot is not such a row.
    assert.deepEqual(findingsOf(rendersWrongly, '## Summary\n\nData analyst who builds dashboards · and\nreports for 3 clinics.\n'), []);
  });

  it('reports a definition list once, not also as run-on lines', () => {
    const text = '# Lena Park\n\nDate of birth\n: 01.02.1990\n\n## Skills\n\n- Go\n';
    assert.equal(findingsOf(rendersWrongly, text).length, 1);
  });

  it('does not read link definitions as run-on lines', () => {
    const text = '# Lena Park\n\n[Code][gh] · [Site][web]\n\n[gh]: https://example.com/lena\n[web]: https://lena.example\n';
    assert.deepEqual(findingsOf(rendersWrongly, text), []);
  });
});
