// Stop 64, from blind resume set 63: a LaTeX CV whose section titles are set by a package's style
// command and whose entries are a command the file defines (TeX parameters inside its body), and a
// Markdown page with a site generator's block tags. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';

const sectionsOf = (text: string, path: string) =>
  parseResumeAs(text, { path }).sections.map((s) => ({
    kind: s.kind,
    entries: s.entries.map((e) => ({ heading: e.heading.text, dates: e.dates?.raw, bullets: e.bullets.map((b) => b.text) })),
  }));

describe('LaTeX: section titles set by a style command, entries of a defined command (stop 64)', () => {
  const tex = [
    '\\documentclass{scrartcl}',
    '\\usepackage{classicthesis}',
    '\\newcommand{\\Job}[3]{\\noindent\\hangindent=2em\\hangafter=0 \\parbox{6em}{\\small #1}\\hspace{1em} #2 #3\\vspace{0.5em}}',
    '\\newcommand{\\Notes}[1]{\\hangindent=2em\\noindent\\footnotesize{#1}\\par}',
    '\\begin{document}',
    '\\noindent\\spacedlowsmallcaps{Work Experience}\\vspace{1em}',
    '',
    '\\Job{Jan. 2026 -- today}{Lab Technician}{\\textperiodcentered\\ Tidewater College, Moncton}',
    '',
    '\\Notes{Soil lab\\\\',
    '\\textperiodcentered\\ Ran 40 particle-size tests a week on the new hydrometer bench\\\\',
    '\\textperiodcentered\\ Kept the sample log\\\\}',
    '',
    '\\noindent\\spacedlowsmallcaps{Education}\\vspace{1em}',
    '',
    '\\Job{2022--2025}{B.Sc. Geology}{\\textperiodcentered\\ Tidewater College}',
    '\\end{document}',
  ].join('\n');

  it('opens a section at a line that is only a style command around a section title', () => {
    assert.deepEqual(
      sectionsOf(tex, 'cv.tex').map((s) => s.kind),
      ['header', 'experience', 'education'],
    );
  });

  it('does not read a form row whose first argument names a section as a heading', () => {
    const form = [
      '\\documentclass{europasscv}',
      '\\begin{document}',
      '\\section*{Work experience}',
      '\\textbf{Payroll Clerk}, Wawel Accounts \\hfill 03/2024 -- 08/2025',
      '\\begin{itemize}',
      '\\item Ran payroll for 60 staff each month',
      '\\end{itemize}',
      '\\ecvrow{Job-related skills}{',
      '\\begin{itemize}',
      '  \\item SAP FI/CO and pivot tables',
      '\\end{itemize}',
      '}',
      '\\end{document}',
    ].join('\n');
    assert.deepEqual(sectionsOf(form, 'cv.tex').map((s) => s.kind), ['header', 'experience']);
  });

  it('prints nothing for a TeX parameter set to a length, and keeps a sign inside an argument on the command\'s line in the heading', () => {
    const [job] = sectionsOf(tex, 'cv.tex').find((s) => s.kind === 'experience')!.entries;
    assert.equal(job.dates, 'Jan. 2026 – today');
    assert.ok(!/=\s*2em|=0/.test(job.heading), job.heading);
    assert.match(job.heading, /Lab Technician .*Tidewater College, Moncton/);
    assert.deepEqual(job.bullets, ['Ran 40 particle-size tests a week on the new hydrometer bench', 'Kept the sample log']);
  });
});

describe('Markdown: a site generator\'s block tags (stop 64)', () => {
  it('reads no tag line as content', () => {
    const md = [
      '# Rui Tembe',
      'rui@example.com',
      '',
      '## Projects',
      '',
      '### Bus times bot (2025)',
      '',
      '- Telegram bot that answers stop times from the city\'s GTFS feed for 150 riders',
      '',
      '{% hint style="info" %}',
      '{% endhint %}',
    ].join('\n');
    const doc = parseResumeAs(md, { path: 'resume.md' });
    const texts = doc.sections.flatMap((s) => s.entries.flatMap((e) => e.bullets.map((b) => b.text)));
    assert.deepEqual(texts, ["Telegram bot that answers stop times from the city's GTFS feed for 150 riders"]);
  });
});
