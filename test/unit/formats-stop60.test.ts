// Stop 60, from blind resume sets 55 and 56: LaTeX classes whose entries the reader lost. The McDowell
// CV's entry environment holds an itemize, not bare \items; the Friggeri CV's \entry puts hand-written
// "- " lines in its description, or no list at all. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const parse = (tex: string) => parseResumeAs(tex, { path: 'resume.tex' });
const lint = (tex: string) => lintDocument(parse(tex), { today: '2026-12-01' }).findings;
const section = (tex: string, kind: string) => parse(tex).sections.find((s) => s.kind === kind);

describe('LaTeX entries of the McDowell and Friggeri classes (stop 60)', () => {
  const mcdowell = [
    '\\documentclass[]{mcdowellcv}',
    '\\name{Noor Haddad}',
    '\\begin{document}',
    '\\begin{cvsection}{Experience}',
    '  \\begin{cvsubsection}{Backend Intern}{Quillfeather Labs, Austin, TX}{May 2026 -- Aug 2026}',
    '    \\begin{itemize}',
    '      \\item Build a billing export in Go for 40 clinics',
    '      \\item Cut report time from 9 minutes to 40 seconds',
    '    \\end{itemize}',
    '  \\end{cvsubsection}',
    '  \\begin{cvsubsection}{Lab Assistant}{Hollis College}{Jan 2025 -- Dec 2025}',
    '    \\begin{itemize}',
    '      \\item Kept 30 lab machines patched',
    '    \\end{itemize}',
    '  \\end{cvsubsection}',
    '\\end{cvsection}',
    '\\end{document}',
  ].join('\n');

  it('reads a cvsubsection environment with a list inside as an entry of its section', () => {
    const experience = section(mcdowell, 'experience');
    assert.ok(experience, 'an Experience section');
    assert.equal(experience!.entries.length, 2);
    assert.deepEqual(experience!.entries.map((e) => e.bullets.length), [2, 1]);
    assert.equal(experience!.entries[0].dates?.raw.replace('--', '–').replace(/\s+/g, ' '), 'May 2026 – Aug 2026');
    // The entry's dates now reach the rules: a present-tense verb in a finished internship.
    assert.ok(lint(mcdowell).some((f) => f.ruleId === 'tense-mismatch' && /Build/.test(f.message)));
    assert.ok(!lint(mcdowell).some((f) => f.ruleId === 'layout-unrecognized'));
  });

  const friggeri = [
    '\\documentclass[]{friggeri-cv}',
    '\\begin{document}',
    '\\section{education}',
    '\\begin{entrylist}',
    '\\entry',
    '{2019--2023}',
    '{BSc {\\normalfont in Civil Engineering}}',
    '{Lowveld University, Mbombela}',
    '{Thesis: culvert sizing for gravel roads}',
    '\\end{entrylist}',
    '\\section{experience}',
    '\\begin{entrylist}',
    '\\entry',
    '{01/2026 -- 04/2026}',
    '{Teaching Assistant}',
    '{Lowveld University}',
    '{\\emph{Fluid Mechanics} \\\\',
    '- Marked weekly lab reports for 70 students \\\\',
    '- Held office hours twice a week}',
    '\\end{entrylist}',
    '\\end{document}',
  ].join('\n');

  it("reads \\entry{dates}{title}{org}{…} with '- ' lines as an entry with bullets, and one without a list as an entry", () => {
    const experience = section(friggeri, 'experience');
    assert.equal(experience?.entries.length, 1);
    assert.deepEqual(experience!.entries[0].bullets.map((b) => b.text), ['Marked weekly lab reports for 70 students', 'Held office hours twice a week']);
    assert.equal(experience!.entries[0].title, 'Teaching Assistant');
    const education = section(friggeri, 'education');
    assert.equal(education?.entries.length, 1);
    assert.match(education!.entries[0].dates?.raw ?? '', /2019/);
  });

  it('does not read a date range\'s "--" or a lone dash inside a line as a hand-written list', () => {
    const tex = friggeri.replace('- Held office hours twice a week', '- Held office hours - twice a week');
    const bullets = section(tex, 'experience')!.entries[0].bullets.map((b) => b.text);
    assert.deepEqual(bullets, ['Marked weekly lab reports for 70 students', 'Held office hours - twice a week']);
  });
});

// Rules that misread lines of blind resume sets 55 and 56 (invented text).
describe('rules on HackMD notes, ratings, months and signature lines (stop 60)', () => {
  const md = (body: string[]) => ['# Ana Ruiz', '', 'ana@example.com · linkedin.com/in/ana-ruiz', '', ...body].join('\n');
  const rule = (text: string, id: string) => lintDocument(parseResumeAs(text, { path: 'resume.md' }), { today: '2026-12-01' }).findings.filter((f) => f.ruleId === id);

  it("reads HackMD's ':::info' box as no sign of a Pandoc build, and keeps its ==highlights==", () => {
    const note = md([':::info', '==Open to relocation from June 2027==', ':::', '', '## Experience', '', '### Data Intern, Acme', '*Jun 2026 – Aug 2026*', '- Built 3 dashboards for 40 analysts', '- Cut report time from 2 days to 3 hours']);
    const glued = note; // the date line and the list under it: no blank line between
    assert.deepEqual(rule(glued, 'renders-wrongly').map((f) => f.message), []);
    // A Pandoc div (":::  {.note}") still is one: a list glued to the line above prints inside it there.
    const pandoc = glued.replace(':::info', '::: {.note}');
    assert.ok(rule(pandoc, 'renders-wrongly').some((f) => /Pandoc needs a blank line/.test(f.message)));
  });

  it('keeps "very" in a rated level ("MS Office (very good)", "English (very good, IELTS 7.5)")', () => {
    const text = md(['## Skills', '', '- Tools: MS Office (very good), MATLAB', '- Languages: English (very good, IELTS 7.5)', '', '## Experience', '', '### Intern, Acme — Jun 2026 – Aug 2026', '', '- Built a very large test rig for 12 pumps']);
    const found = rule(text, 'filler-word').map((f) => text.split('\n')[text.slice(0, f.range.start).split('\n').length - 1]);
    assert.deepEqual(found, ['- Built a very large test rig for 12 pumps']);
  });

  it('reads "Actually working as …" at a sentence start in a summary as the false friend, not a filler', () => {
    const text = md(['## Summary', '', 'Graduate with 2 years in data analysis. Actually working as a Data Analyst at Acme.']);
    assert.deepEqual(rule(text, 'filler-word'), []);
  });

  it('reads a month before a year ("Sept. 2024 – Avr. 2025") as a date, not the AVR chip', () => {
    const text = md(['## Experience', '', '### Lab Monitor, Maisonneuve University', 'Montréal · Sept. 2024 – Avr. 2025', '', '- Trained 30 students on the Avr toolchain']);
    const spelled = rule(text, 'tech-spelling').map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(spelled, ['Avr']);
  });

  it('reports a closing "Place, DD.MM.YYYY" line as a European custom, not as a date format or a run-on paragraph', () => {
    const text = md(['## Experience', '', '### Intern, Acme — May 2025 – Aug 2025', '', '- Built 3 fixtures for 40 parts a day', '', '### Welder, Hofer GmbH — Jun 2022 – Aug 2022', '', '- Welded 200 brackets a week', '', 'Graz, 07.12.2026', 'Ana Ruiz', '']);
    assert.deepEqual(rule(text, 'date-format'), []);
    assert.deepEqual(rule(text, 'renders-wrongly'), []);
    assert.equal(rule(text, 'regional-english').filter((f) => /European custom/.test(f.message)).length, 1);
  });

  it('does not hold "snowpack" (a compound of English words) to a project name spelled "SnowPack"', () => {
    const text = md(['## Projects', '', '### SnowPack Now — Feb 2026', '', '- Trained a model on 9 seasons of snowpack data (ROC-AUC 0.88)']);
    assert.deepEqual(rule(text, 'tech-spelling'), []);
  });

  it("asks no number of a project's stack line about 'it' beside a measured line, nor of praise received", () => {
    const text = md(['## Projects', '', '### BusBuddy — 2025', '', '- Used by 1,100 riders a month, rated 4.7 on the App Store', '- Wrote it in Swift and SwiftUI with a small Vapor backend', '', '## Experience', '', '### Site Engineer, Marimba Consulting — Jan 2021 – Dec 2021', '', '- Our team was commended by the client for the quality of the drawings']);
    assert.deepEqual(rule(text, 'missing-metric'), []);
    // Without the measured line beside it, the stack line is asked for its scale.
    const alone = text.replace('- Used by 1,100 riders a month, rated 4.7 on the App Store\n', '');
    assert.equal(rule(alone, 'missing-metric').length, 1);
  });

  it('reads "Econometrics I and Statistics II" as course numbers, not the pronoun', () => {
    const text = md(['## Teaching', '', '### Teaching Assistant, Universidad del Sur — 2019 – 2021', '', '- Econometrics I and Statistics II, 2 sections of 45 students each', '- When I joined, I rewrote 12 problem sets']);
    const pronouns = rule(text, 'first-person').map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(pronouns, ['I', 'I']);
    assert.ok(rule(text, 'first-person').every((f) => text.slice(0, f.range.start).split('\n').pop()!.includes('When')));
  });
});
