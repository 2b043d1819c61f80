import assert from 'node:assert/strict';
import { hasMetric } from '../../../src/core/nlp/metrics';
import { placeholder } from '../../../src/core/rules/placeholder';
import { chatStyle } from '../../../src/core/rules/chat-style';
import { spelling } from '../../../src/core/rules/spelling';
import { studentNumber } from '../../../src/core/rules/student-number';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { impossibleDates } from '../../../src/core/rules/impossible-dates';
import { lintDocument } from '../../../src/core/lint';
import { parseResumeAs } from '../../../src/core/formats';
import { findingsOf } from '../../helpers/rule-tester';

// Stop 45: what the first runs of the blind sets unseen-26 and unseen-27 showed — durations, rates and
// counts the metric reader missed, a RenderCV date YAML loads as a number, a link broken by a space, a
// profile template's "…" prompts, a LaTeX summary's spelling, a school's own ID, and names that look like
// chat or acronyms ("Imo State", "Drone Arm"). Each has a case where it must stay quiet. Invented text.
describe('stop 45 rule refinements', () => {
  it('reads "2h10" as a duration and "1,900" after a product name as a count', () => {
    assert.equal(hasMetric('Cut the nightly export from 3h20 to 40 min.'), true);
    assert.equal(hasMetric('Maintainer of tidequeue, a job runner for Redis (2,400 GitHub stars).'), true);
    // Versions and model names stay names.
    assert.equal(hasMetric('Moved the service from Python 2 to Python 3 on Windows 11.'), false);
    assert.equal(hasMetric('Trained models on H100 GPUs.'), false);
    // A rate in one word, and a count after a standard's name joined by "to"; a version range stays a name.
    assert.equal(hasMetric('Traced a 1-in-25,000 sensor dropout to a DMA race.'), true);
    assert.equal(hasMetric('Applied GD&T per ASME Y14.5 to 9 drawing packages.'), true);
    assert.equal(hasMetric('Upgraded from Java 8 to 17 across services.'), false);
  });

  const yaml = (end: string) =>
    ['cv:', '  name: Lin Wei', '  sections:', '    experience:', '      - company: Orchid Ledger', '        position: Data Intern', '        start_date: 2022.07', `        end_date: ${end}`, '        highlights:', '          - Built a churn dashboard for 4 regional teams.', ''].join('\n');
  const lintYaml = (text: string, rule: typeof rendersWrongly) =>
    lintDocument(parseResumeAs(text, { path: 'cv.yaml' }), { rules: [rule], config: { markdownlint: false } }).findings.filter((f) => f.ruleId === rule.id);

  it('reads a dotted RenderCV date as written, and says YAML loads "2022.10" as 2022.1', () => {
    const dotted = lintYaml(yaml('2022.10'), rendersWrongly);
    assert.equal(dotted.length, 1);
    assert.match(dotted[0].message, /2022\.1\b.*2022-10/);
    // Read as October, the range is in order: no impossible date.
    assert.deepEqual(lintYaml(yaml('2022.10'), impossibleDates), []);
    assert.deepEqual(lintYaml(yaml('2022.09'), rendersWrongly), []);
    assert.deepEqual(lintYaml(yaml("'2022.10'"), rendersWrongly), []);
  });

  it('reports a link whose "]" and "(" a space separates, not a checkbox or a bracketed word', () => {
    const md = (line: string) => findingsOf(rendersWrongly, `# Ana Ruiz\n\n## Projects\n\n- ${line}\n`);
    const broken = md('Tide Tables [Live demo] (https://tides.example) for 3 harbours');
    assert.equal(broken.length, 1);
    assert.equal(broken[0].fixes?.[0].edits[0].newText, '');
    assert.deepEqual(md('Tide Tables [Live demo](https://tides.example) for 3 harbours'), []);
    assert.deepEqual(md('[ ] (https://tides.example) still to publish'), []);
    assert.deepEqual(md('Tide Tables [2023] (with 3 harbours)'), []);
  });

  it('reports a template prompt left with "…" as its value or object, not a list that trails off', () => {
    const md = (lines: string[]) => findingsOf(placeholder, `# Ana Ruiz\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`);
    assert.equal(md(['Ask me about ...', '📫 Reach me at ana@mail.example', 'Pronouns: ...']).length, 2);
    assert.deepEqual(md(['Built tools for search, ranking and more...', 'Reach me at ana@mail.example']), []);
  });

  it('reads a chat abbreviation capitalised before a capitalised word as part of a name ("Imo State")', () => {
    const md = (line: string) => findingsOf(chatStyle, `# Ana Ruiz\n\n## Experience\n\n- ${line}\n`);
    assert.deepEqual(md('Surveyed 40 clinics across Imo State and Abia State for the outreach study.'), []);
    assert.equal(md('Imo this was the best launch of the year, 3 apps shipped.').length, 1);
  });

  const latex = (body: string[]) =>
    ['\\documentclass{article}', '\\begin{document}', '\\section{Summary}', ...body, '\\section{Experience}', '\\begin{itemize}', '\\item Built 3 billing services in Go.', '\\end{itemize}', '\\end{document}', ''].join('\n');
  const lintTex = (text: string, rule: typeof spelling) =>
    lintDocument(parseResumeAs(text, { path: 'cv.tex' }), { rules: [rule], config: { markdownlint: false } }).findings.filter((f) => f.ruleId === rule.id);

  it('reads a plain line of a LaTeX summary for spelling, never a line with a command', () => {
    assert.equal(lintTex(latex(['Backend developer with goverment and banking clients.']), spelling).length, 1);
    assert.deepEqual(lintTex(latex(['\\textbf{Goverment} relations aside, a backend developer.']), spelling), []);
  });

  it('reads a derived-looking slip with a common word one letter longer ("reconcilation"), not a coined derivative', () => {
    const md = (b: string) => findingsOf(spelling, `# Ana Ruiz\n\n## Experience\n\n### Analyst, Harbourline — 2022 – 2024\n\n- ${b}\n`);
    assert.equal(md('Automated the reconcilation of 40 vendor ledgers in Python.').length, 1);
    assert.deepEqual(md('Added a linter and containerization to 12 services.'), []);
  });

  it("reads a school's own ID in the education section, not an ID elsewhere", () => {
    const md = (edu: string, other = '') => findingsOf(studentNumber, `# Ana Ruiz\n\n## Education\n\n### BSc, Lakeshore University — 2020 – 2024\n\n${edu}\n\n## Experience\n\n- ${other || 'Built 3 dashboards.'}\n`);
    assert.equal(md('GPA 3.6 · LUID: 20417733').length, 1);
    assert.deepEqual(md('GPA 3.6', 'Shipped release ID: 20417733 to 4 stores.'), []);
  });

  it('"In-charge of" is the duty phrase, and "XX\\%" a template figure in LaTeX', () => {
    assert.equal(findingsOf(weakOpening, '# Ana Ruiz\n\n## Experience\n\n### Engineer, Acme — 2022 – 2024\n\n- In-charge of 6 testers on the night shift.\n').length, 1);
    const tex = ['\\documentclass{article}', '\\begin{document}', '\\section{Experience}', '\\begin{itemize}', '\\item Cut load time by XX\\% with caching.', '\\end{itemize}', '\\end{document}', ''].join('\n');
    assert.equal(lintTex(tex, placeholder).length, 1);
  });

  it('leaves an English word capitalised in a title of English words, though an acronym spells it ("Drone Arm")', () => {
    const md = (b: string) => findingsOf(techSpelling, `# Ana Ruiz\n\n## Projects\n\n- ${b}\n`);
    assert.deepEqual(md('Topology-Optimized Drone Arm for 2 prototypes'), []);
    assert.equal(md('Analysis in Matlab of 3 test rigs').length, 1);
  });
});
