// Stop 59, from judge53's wrong findings on blind set 53. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';
import { isPandocDocument } from '../../src/core/rules/renders-wrongly-syntax';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;
const of = (findings: ReturnType<typeof lint>, rule: string) => findings.filter((f) => f.ruleId === rule);

describe('rules: stop 59', () => {
  const entry = (dates: string, role: string, bullets: string[]) => [dates, `:   **${role}**; Corvale Labs (Utica, NY)`, '', ...bullets.map((b) => `    * ${b}`), ''];
  const pandocResume = (extra: string[] = []) => [
    'Ana Ruiz',
    '========',
    '',
    'Experience',
    '----------',
    '',
    ...entry('Jan 2025-present', 'Lab Technician', ['Ran 40 titrations a week with 99% first-pass results.', ...extra]),
    ...entry('Jun 2024-Aug 2024', 'Research Intern', ['Built a sampling rig used for 120 soil cores.']),
    ...entry('Sep 2023-May 2024', 'Stockroom Assistant', ['Restocked 30 teaching labs every week.']),
  ];

  it('reads a resume laid out in Pandoc definition lists as written for Pandoc: no definition-list or indented-code findings', () => {
    const findings = of(lint(pandocResume()), 'renders-wrongly');
    assert.equal(findings.length, 0, findings.map((f) => f.message).join('\n'));
  });

  it("takes Pandoc's subscript (HNO~3~) for Pandoc syntax, not a LaTeX non-breaking space", () => {
    const one = [...entry('Jan 2025-present', 'Lab Technician', ['Digested 60 samples in 5% HNO~3~ before ICP-OES runs.'])];
    const findings = of(lint(['Ana Ruiz', '========', '', ...one]), 'renders-wrongly');
    assert.ok(!findings.some((f) => /non-breaking/.test(f.message)), findings.map((f) => f.message).join('\n'));
  });

  it('still reports one stray definition line in a GitHub-style resume', () => {
    const stray = ['# Ana Ruiz', '', '## Skills', '', 'Lab', ': HPLC, ICP-OES, titration', '', '## Experience', '', '- Ran 40 titrations a week'];
    assert.equal(of(lint(stray), 'renders-wrongly').filter((f) => /definition list/.test(f.message)).length, 1);
  });

  it('asks no question about units and tolerances of a designed idea (a training objective)', () => {
    const lines = ['# Ana Ruiz', '', '## Projects', '', '### Paper recommender (Fall 2025)', '', '- Designed a contrastive training objective that pulls related papers together.'];
    const metric = of(lint(lines), 'missing-metric');
    assert.equal(metric.length, 1);
    assert.ok(!/tolerance/.test(metric[0].message), metric[0].message);
  });

  it('takes no power of ten or GitHub footnote for Pandoc syntax', () => {
    const doc = (line: string) => parseResumeAs(['# Ana Ruiz', '', '## Experience', '', line].join('\n'), { path: 'resume.md' });
    assert.equal(isPandocDocument(doc('- Scaled ingestion from 10^6-10^9 events a day')), false);
    assert.equal(isPandocDocument(doc('- Published two papers[^1][^2] on sampling')), false);
    assert.equal(isPandocDocument(doc('- Characterised complexes by ^1^H NMR')), true);
  });

  it("reads a dated GPA line under a school as the school's detail, not an undated entry", () => {
    const tex = [
      '\\documentclass{article}',
      '\\begin{document}',
      '\\section*{Education}',
      "{\\bf Tamarack State University, Minneapolis, MN} \\hfill {\\em Expected May 2027}",
      '\\\\ B.S. in Computer Science \\smallskip \\\\',
      "GPA: 3.82/4.00 \\textbullet\\ Dean's List (Fall 2024, Spring 2025) \\\\",
      '\\end{document}',
    ];
    const doc = parseResumeAs(tex.join('\n'), { path: 'resume.tex' });
    const education = doc.sections.find((s) => s.kind === 'education')!;
    assert.equal(education.entries.length, 1, education.entries.map((e) => e.heading.text).join(' / '));
    assert.equal(of(lint(tex, 'resume.tex'), 'missing-graduation-date').length, 0);
  });
});
