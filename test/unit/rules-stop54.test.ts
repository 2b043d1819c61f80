// Stop 54, from judge39's wrong findings on blind set 39 and the blind set 40 review: a word English uses
// mostly as a noun ("Stock", "Inventory") opens a noun phrase unless a verb-like word follows; "every
// month" is a time, not an object. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const findings = (md: string, rule: string) =>
  lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === rule);

const resume = (bullets: string[], extra = '') =>
  ['# Ana Lima', 'ana@example.com · linkedin.com/in/ana-lima', '', '## Experience', '', '### Store Assistant, Harbour Foods (2019 – 2021)', '', ...bullets.map((b) => `- ${b}`), '', extra].join('\n');

describe('rules: stop 54 misfires', () => {
  it('reads a noun-dominant opening without a verb cue as a noun phrase, and still flags it as a verb with one', () => {
    const nouns = findings(resume(['Stock management of the dry goods store (rice, oil and flour)', 'Inventory every month', 'Route planning for two delivery vans']), 'tense-mismatch');
    assert.deepEqual(nouns, []);
    const verbs = findings(resume(['Stock the shelves of the chilled aisle every morning', 'Inventory all 1,200 lines of the dry store each quarter']), 'tense-mismatch');
    assert.deepEqual(verbs.map((f) => f.message.match(/^"(\w+)"/)?.[1]), ['Stock', 'Inventory']);
  });

  it('reads year-numbered list items as a timeline, not bullets to measure or lengthen', () => {
    const md = resume(['Ran 120 banquets a year for up to 300 guests'], '2017. Joined the hotel as a banquet server\n2019. Promoted to banquet captain\n');
    assert.deepEqual(findings(md, 'missing-metric'), []);
    assert.deepEqual(findings(md, 'bullet-length'), []);
    const numbered = resume(['Ran 120 banquets a year for up to 300 guests'], '1. Promoted to banquet captain\n');
    assert.equal(findings(numbered, 'bullet-length').length, 1);
  });

  it('does not call a LaTeX bullet short when an unescaped "%" cut it, which renders-wrongly reports', () => {
    const tex = (item: string) => [
      '\\documentclass{article}', '\\begin{document}', '{\\Large Ana Lima} \\\\ ana@example.com \\\\ linkedin.com/in/ana-lima',
      '\\section*{Experience}', '\\textbf{Nurse}, Harbour Clinic \\hfill 2019 -- 2023', '\\begin{itemize}',
      '  \\item Triaged 30 walk-in patients a shift in a 12-bed unit.', `  \\item ${item}`, '\\end{itemize}', '\\end{document}',
    ].join('\n');
    const lint = (src: string) => lintDocument(parseResumeAs(src, { path: 'resume.tex' }), { today: '2026-12-01' }).findings;
    const cut = lint(tex('Responsible for keeping 100% compliance with hand hygiene audits.'));
    assert.deepEqual(cut.filter((f) => f.ruleId === 'bullet-length'), []);
    assert.equal(cut.filter((f) => f.ruleId === 'renders-wrongly').length, 1);
    assert.equal(lint(tex('Responsible for audits.')).filter((f) => f.ruleId === 'bullet-length').length, 1);
  });

  it('reads an organisation written with another language\'s small words as a name, not a work line', () => {
    const md = [
      '# Ana Lima', 'ana@example.com · linkedin.com/in/ana-lima', '', '## Experience', '', '### Research Assistant (MSc student)', '',
      'Instituto de Pesquisa Florestal do Alto Tejo', '', 'Lisbon, Portugal', '', '2019 - 2021', '',
      '- Ran 40 soil assays a week for 3 field trials', '- Looked after the greenhouse', '',
    ].join('\n');
    const flagged = findings(md, 'missing-metric').map((f) => md.slice(f.range.start, f.range.end));
    assert.deepEqual(flagged, ['Looked after the greenhouse']);
  });

  it('reads a word the resume also writes alone between commas as a name inside a name of common words', () => {
    const md = resume(['Triaged 30 walk-in patients a shift', 'Staff Nurse, Lorus Road Wellness Clinic, Lorus, St. Catherine'], '## Courses\n\n- Advanced Algoritms and Data Structures\n');
    const words = findings(md, 'spelling').map((f) => md.slice(f.range.start, f.range.end));
    assert.deepEqual(words, ['Algoritms']);
    // A capitalised item of a list of skills is a tool's name, typo and all: it is still read.
    const tools = '# Ana Lima\nana@example.com\n\n## Projects\n\n### Play Game | *ThirdWeb, Next.js, Typescipt, Solidity*\n\n- Created a game using ThirdWeb, Next.js, Typescipt and Solidity.\n';
    assert.ok(findings(tools, 'spelling').some((f) => tools.slice(f.range.start, f.range.end) === 'Typescipt'));
  });

  it('accepts real words too rare for the dictionaries (SCOWL size 80) and still flags slips of common words', () => {
    const md = resume(['Roasted robusta beans for 4 cafés', 'Managed the parkade gate for 500 cars a day', 'Planed the accomodation of 40 guests a night']);
    const words = findings(md, 'spelling').map((f) => md.slice(f.range.start, f.range.end));
    assert.deepEqual(words, ['accomodation']);
  });

  it('reads a template\'s macros named for a personal detail (europasscv) and its picture macro, not a commented one', () => {
    const tex = [
      '\\documentclass{europasscv}', '\\ecvname{Ana Lima}', '\\ecvemail{ana@example.com}', '\\ecvdateofbirth{02/05/1997, Porto}',
      '\\ecvnationality{Portuguese}', '% \\ecvgender{Female}', '\\ecvpicture[width=2cm]{ana.jpg}', '\\begin{document}', '\\ecvsection{Work experience}',
      '\\ecvtitle{2021 -- 2024}{Nurse}', '\\end{document}',
    ].join('\n');
    const found = lintDocument(parseResumeAs(tex, { path: 'cv.tex' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === 'personal-details');
    assert.deepEqual(found.map((f) => tex.slice(f.range.start, f.range.end)), ['\\ecvdateofbirth{02/05/1997, Porto}', '\\ecvnationality{Portuguese}', '\\ecvpicture[width=2cm]{ana.jpg}']);
  });

  it('reads a lower-case product line between its maker and a model number as a brand, wherever the resume writes it', () => {
    const md = resume(['Ran the Roche cobas c 311 for 200 samples a day', 'Kept the cobas analyzers calibrated for 3 labs', 'Cleaned the enviroment of the lab every week']);
    assert.deepEqual(findings(md, 'spelling').map((f) => md.slice(f.range.start, f.range.end)), ['enviroment']);
  });

  it('does not read a year of Nepal\'s calendar ("2070 B.S.") as a Gregorian date', () => {
    const md = [
      '# Ana Lima', 'ana@example.com · linkedin.com/in/ana-lima', '', '## Education', '',
      '**BSc Medical Laboratory Technology**, Valley Health Academy, Kathmandu -- 2018', '',
      '**+2 Science**, Himal Higher Secondary School -- 2070 B.S.', '',
    ].join('\n');
    assert.deepEqual(findings(md, 'reverse-chronological'), []);
    assert.deepEqual(findings(md, 'impossible-dates'), []);
  });
});

