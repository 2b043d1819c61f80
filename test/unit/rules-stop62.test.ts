// Stop 62, from blind set 61 (judge61's wrong and missed findings) and the near-copies earlier judges
// asked for. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;
const of = (findings: ReturnType<typeof lint>, rule: string) => findings.filter((f) => f.ruleId === rule);

describe('rules: stop 62', () => {
  const job = (bullets: string[]) => [
    '# Lena Okafor',
    'lena@example.com',
    '',
    '## Experience',
    '',
    '### Operations Assistant, Harbour Freight Co. (Jan 2024 – Dec 2024)',
    ...bullets.map((b) => `- ${b}`),
  ];

  it('reports a duty written twice in one entry in other words or order', () => {
    const findings = of(lint(job([
      'Made weekly inventory reports for the warehouse manager',
      'Reduced picking errors by 30% by relabelling 400 shelf bins',
      'Prepared weekly inventory report for the warehouse manager and team',
    ])), 'duplicate-bullet');
    assert.equal(findings.length, 1);
    assert.match(findings[0].message, /line 7.*other words/);
  });

  it('reports a list of duties restated with its parts in another order', () => {
    const findings = of(lint(job([
      'Wrote unit and integration tests',
      'Cut the release checklist from 40 to 12 steps',
      'Wrote unit tests and integration tests',
    ])), 'duplicate-bullet');
    assert.equal(findings.length, 1);
  });

  it('leaves two bullets of one entry that share words but name different things', () => {
    const findings = of(lint(job([
      'Built a REST API in Go for the billing service',
      'Built a REST API in Go for the inventory service',
      'Tested the firmware on the prototype boards',
      'Tested 30 prototype boards and cut the false-alarm rate from 9% to 3%',
    ])), 'duplicate-bullet');
    assert.deepEqual(findings, []);
  });

  it('does not say lines run together in a Marp deck, which prints each line break, even when its front matter is broken', () => {
    const deck = [
      '---',
      'marp: true',
      'footer: **Lena Okafor** · Resume',
      '---',
      '',
      '# Lena Okafor',
      'Halifax, NS · lena@example.com',
      'linkedin.com/in/lena-okafor',
      '',
      '## Education',
      '',
      '### Dalmore University — Halifax, NS',
      'B.Sc. Computer Science, 2023 – 2027',
      'GPA 3.7/4.0',
    ];
    assert.deepEqual(of(lint(deck), 'renders-wrongly').filter((f) => /run together|one paragraph|one line/i.test(f.message)), []);
    const plain = deck.slice(4);
    assert.ok(of(lint(plain), 'renders-wrongly').length > 0, 'the same lines without Marp do run together');
  });

  it('does not order the rows of a results table under a heading no resume section is named by', () => {
    const findings = of(lint([
      '# Lena Okafor',
      'lena@example.com',
      '',
      '## Secondary School Examinations',
      '',
      '| Subject | Board | Grade | Year |',
      '|---|---|---|---|',
      '| Chemistry | WAEC | A1 | 2018 |',
      '| Further Mathematics | WAEC | A1 | 2019 |',
      '| Physics | WAEC | B2 | 2018 |',
      '',
      '## Experience',
      '',
      '### Lab Assistant, Dalmore University (Jan 2025 – Present)',
      '- Prepared reagents for 6 teaching labs a week',
    ]), 'reverse-chronological');
    assert.deepEqual(findings, []);
  });

  it('does not open an entry for a sentence under a LaTeX entry heading that holds a date inside it', () => {
    const tex = [
      '\\documentclass{article}',
      '\\newcommand{\\datedsubsection}[2]{\\subsection[#1]{#1 \\hfill #2}}',
      '\\begin{document}',
      '\\section{Education}',
      '\\datedsubsection{\\textbf{Dalmore University}, Halifax, NS}{2019 -- 2023}',
      '\\textit{B.Eng. in Electrical Engineering}\\\\',
      'Graduated in June 2023 after defending the final-year thesis on grid storage with distinction',
      '\\end{document}',
    ];
    const doc = parseResumeAs(tex.join('\n'), { path: 'resume.tex' });
    const education = doc.sections.find((s) => s.kind === 'education')!;
    assert.equal(education.entries.length, 1);
    assert.deepEqual(of(lint(tex, 'resume.tex'), 'missing-graduation-date'), []);
  });
});
