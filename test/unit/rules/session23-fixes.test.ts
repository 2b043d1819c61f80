// Session 23: suggestions a reviewer judged to read badly on a blind set (judge19), each fixed as a
// class. Invented resumes only.
import assert from 'node:assert/strict';
import { lint } from '../../../src/core/lint';

const resume = (...lines: string[]) => ['# Ana Ruiz', 'ana@mail.example', '', ...lines, ''].join('\n');
const of = (text: string, ruleId: string, path?: string) => lint(text, path ? { path } : {}).filter((f) => f.ruleId === ruleId);
const role = (...bullets: string[]) => resume('## Experience', '', '### Analyst, Acme, 2021 – 2023', '', ...bullets.map((b) => `- ${b}`));

describe('session 23: suggestions that read', () => {
  it('varies a repeated opening verb only with verbs that take its object', () => {
    const [f] = of(role('Handled vendor invoices for 3 sites', 'Handled the monthly scheduling for 12 nurses'), 'repeated-opening-verb');
    const titles = f.fixes!.map((x) => x.title);
    assert.ok(titles.length > 0);
    assert.ok(!titles.some((t) => /Resolved/.test(t)), titles.join(' | '));
    const [g] = of(role('Handled vendor invoices for 3 sites', 'Handled customer complaints for 40 stores'), 'repeated-opening-verb');
    assert.ok(g.fixes!.some((x) => /Resolved/.test(x.title)));
  });

  it('offers no "[your part]" template when a word stands before the opening', () => {
    const [f] = of(role('Successfully participated in the migration of the billing system to AWS within 2 months'), 'weak-opening');
    assert.ok(f, 'the weak opening is still reported');
    assert.ok(!f.fixes!.some((x) => x.edits[0].newText.includes('[your part]')));
    // Nor without one: a bare template would ship as bracketed text (round 27).
    const [g] = of(role('Participated in the migration of the billing system to AWS within 2 months'), 'weak-opening');
    assert.ok(g, 'the weak opening is still reported');
    assert.ok(!g.fixes!.some((x) => x.edits[0].newText.includes('[your part]')));
  });

  it('reads a summary hard-wrapped mid-sentence as the paragraph it is', () => {
    const text = resume('## Summary', '', 'Data engineer (since 2019) who builds streaming pipelines for retail and', 'logistics clients: three open-source connectors and a 2024 talk at a', 'Toronto meetup. Looking for a platform role from March 2027.', '', '## Experience', '', '- Built 3 pipelines for 40 stores');
    assert.equal(of(text, 'renders-wrongly').length, 0);
    // Lines that each stand alone still run together.
    const lines = resume('## Summary', '', 'Data engineer, Toronto, since 2019.', 'Open-source connectors: 3 in 2024.', 'Speaker at a Toronto meetup in 2024.', '', '## Experience', '', '- Built 3 pipelines for 40 stores');
    assert.equal(of(lines, 'renders-wrongly').length, 1);
  });

  it('holds no RenderCV highlight date to the ISO date fields', () => {
    const yaml = ['cv:', '  name: Ana Ruiz', '  email: ana@mail.example', '  sections:', '    education:', '      - institution: Acme University', '        area: Computer Science', '        degree: MS', '        start_date: 2024-08', '        end_date: 2026-05', '        highlights:', "          - 'GPA: 3.8/4.0. Expected graduation: May 2026'", '    experience:', '      - company: Acme', '        position: Analyst', '        start_date: 2022-01', '        end_date: 2024-06', '        highlights:', '          - Built 3 dashboards for 40 managers', ''].join('\n');
    assert.equal(of(yaml, 'date-format', 'cv.yaml').length, 0);
  });

  it('offers only the swap for a word with two letters swapped ("recieved"), and no passive rewrite that repeats it', () => {
    const text = role('Was recieved the regional quality award for 3 process changes in 2022');
    const [sp] = of(text, 'spelling');
    assert.deepEqual(sp.fixes!.map((f) => f.edits[0].newText), ['received']);
    assert.equal(of(text, 'passive-voice').length, 0);
  });

  it('reads "Plc" after a company name as its legal form, not the technology', () => {
    const text = resume('## Experience', '', '### Analyst, Kora Foods Plc, 2021 – 2023', '', '- Programmed 4 Plc cabinets for the bottling line at Kora Foods Plc');
    const found = of(text, 'tech-spelling');
    // Only the technology in the bullet ("4 Plc cabinets"), not the company's legal form on either line.
    assert.deepEqual(found.map((f) => [f.line, f.column]), [[8, 16]]);
  });

  it('deletes a LaTeX line that holds only the references sentence, macro and all', () => {
    const tex = ['\\documentclass{moderncv}', '\\name{Ana}{Ruiz}', '\\email{ana@mail.example}', '\\begin{document}', '\\section{Experience}', '\\cvitem{2021}{Built 3 dashboards for 40 managers}', '\\section{Referees}', '\\cvitem{}{Other referees available on request.}', '\\end{document}', ''].join('\n');
    const [f] = of(tex, 'references-line', 'cv.tex');
    assert.equal(f.fixes![0].title, 'Delete this line');
    // The whole of line 8 (1-based), to the start of line 9.
    assert.deepEqual(f.fixes![0].edits, [{ line: 8, column: 1, endLine: 9, endColumn: 1, newText: '' }]);
  });
});
