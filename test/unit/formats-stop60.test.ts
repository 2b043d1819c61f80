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
