// Stop 50: what judge33's wrong verdicts showed — an entry heading with a remark in brackets that runs
// into a date ("… remote from Toronto since Aug 2026") above the entry's own date line, a <details>
// caption read as a bullet, and a named product's "abilities" read as a trait. All resumes are invented.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';

const lint = (md: string) => lintDocument(parseResumeAs(md, { path: 'resume.md' }), { today: '2026-12-06' }).findings;
const linesOf = (md: string, rule: string) => lint(md).filter((f) => f.ruleId === rule).map((f) => md.slice(0, f.range.start).split('\n').length);

describe('entry dates: a remark in brackets before the entry\'s date line', () => {
  const md = `# Kofi Mensah\n\nkofi@mail.example\n\n## Experience\n\n### Data Engineer — Tamale Grid Ltd (Tamale; remote from Halifax since Aug 2026)\n*March 2022 – Present*\n\n- Moved 40 nightly jobs to Airflow, cutting failures from 9 to 1 a month\n\n### Analyst — Volta Foods, Accra\n*June 2019 – February 2022*\n\n- Built 12 sales dashboards used by 30 managers\n`;

  it('reads the date line as the entry\'s dates, and the remark is no date-format finding', () => {
    const doc = parseResumeAs(md, { path: 'resume.md' });
    const entry = doc.sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.equal(md.slice(entry.dates!.range.start, entry.dates!.range.end), 'March 2022 – Present');
    assert.deepEqual(linesOf(md, 'date-format'), []);
  });

  it('still reads a heading whose only date is in brackets', () => {
    const own = `# Kofi Mensah\n\nkofi@mail.example\n\n## Experience\n\n### Data Engineer — Tamale Grid Ltd (since Aug 2021)\n\n- Moved 40 nightly jobs to Airflow, cutting failures from 9 to 1 a month\n`;
    const entry = parseResumeAs(own, { path: 'resume.md' }).sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.match(own.slice(entry.dates!.range.start, entry.dates!.range.end), /Aug 2021/);
  });
});

describe('a <details> caption is no bullet', () => {
  it('asks no metric of "Older roles (click to expand)", and still reads the roles inside', () => {
    const md = `# Kofi Mensah\n\nkofi@mail.example\n\n## Experience\n\n### Data Engineer — Tamale Grid Ltd\n*March 2022 – Present*\n\n- Moved 40 nightly jobs to Airflow, cutting failures from 9 to 1 a month\n\n<details>\n<summary>Older roles (click to expand)</summary>\n\n### Analyst — Volta Foods\n*June 2019 – February 2022*\n\n- Worked on reports for the sales team\n\n</details>\n`;
    const doc = parseResumeAs(md, { path: 'resume.md' });
    assert.ok(!doc.bullets.some((b) => /click to expand/.test(b.text)), doc.bullets.map((b) => b.text).join(' | '));
    assert.ok(doc.bullets.some((b) => /reports for the sales team/.test(b.text)));
    assert.ok(!linesOf(md, 'missing-metric').includes(13));
  });
});

describe('self-description: a product\'s abilities', () => {
  it('leaves "Build Gameplay Ability System abilities" alone and still flags a built trait', () => {
    const md = (bullet: string) => `# Min Park\n\nmin@mail.example\n\n## Experience\n\n### Gameplay Programmer — Haneul Games\n*2021 – Present*\n\n- ${bullet}\n`;
    assert.deepEqual(linesOf(md('Build Combat Ability System abilities for 12 heroes in Unreal Engine 5'), 'self-description'), []);
    assert.deepEqual(linesOf(md('Built strong leadership skills while mentoring 3 juniors'), 'self-description'), [10]);
  });
});

describe("judge34's wrong findings", () => {
  const resume = (body: string) => `# Ana Lima\n\nana@mail.example\n\n## Experience\n\n### Research Scientist — Acme Labs\n*2021 – Present*\n\n${body}\n`;

  it('asks no metric of the items a counting parent lists, nor of Lorem ipsum', () => {
    const md = resume('- Wrote 3 grant reports and 2 papers:\n  - a preprint on mosquito gut microbes (2024)\n  - a paper on sequencing depth (2025)\n- Lorem ipsum dolor sit amet, to be completed.');
    assert.deepEqual(linesOf(md, 'missing-metric'), []);
    // Without a count in the parent, the items are pieces of work of their own.
    const plain = resume('- Projects:\n  - Built the lab pipeline on the cluster');
    assert.deepEqual(linesOf(plain, 'missing-metric'), [11]);
  });

  it("reads an admonition's opening line as syntax: no bullet, no chat punctuation", () => {
    const md = `# Ana Lima\n\nana@mail.example\n\n!!! tip "Open to work"\n    Open to roles in Montréal.\n\n## Experience\n\n### Research Scientist — Acme Labs\n*2021 – Present*\n\n- Sequenced 48 patient samples on two flow cells\n\n??? note "Earlier research"\n`;
    assert.deepEqual(linesOf(md, 'missing-metric'), []);
    assert.deepEqual(linesOf(md, 'chat-style'), []);
    // Doubled punctuation in a sentence is still chat style.
    assert.deepEqual(linesOf(resume('- Shipped the new sampler to 12 labs!!!'), 'chat-style'), [10]);
  });

  it('leaves LaTeX picture coordinates and an MDX comment alone', () => {
    const tex = `\\documentclass{article}\n\\usepackage[absolute]{textpos}\n\\begin{document}\n\\begin{textblock}{24}(10,6)\\end{textblock}\n\\section*{Experience}\n\\textbf{Engineer, Acme} \\hfill 2021 -- 2024\n\\begin{itemize}\n\\item Cut the weekly build from 40 to 12 minutes for 9 teams\n\\end{itemize}\n\\end{document}\n`;
    const found = lintDocument(parseResumeAs(tex, { path: 'cv.tex' }), { today: '2026-12-06' }).findings;
    assert.ok(!found.some((f) => f.ruleId === 'regional-english'), found.map((f) => f.message).join('\n'));
    const mdx = resume('- Sequenced 48 patient samples on two flow cells\n\n{/* TODO: add the Kaggle link */}');
    assert.deepEqual(linesOf(mdx, 'placeholder'), []);
  });
});

describe('JSON Resume: a phrase for now in endDate', () => {
  it('reads "until today" as a current role: present tense is right, and date-format says the schema leaves it out', () => {
    const json = JSON.stringify({ basics: { name: 'Eleni Pappas', email: 'eleni@mail.example' }, work: [{ name: 'Harbour Design Ltd.', position: 'Naval Architect', startDate: '2025-03', endDate: 'until today', highlights: ['Run stability calculations for 5 vessels in GHS'] }] }, null, 2);
    const found = lintDocument(parseResumeAs(json, { path: 'resume.json' }), { today: '2026-12-06' }).findings;
    assert.ok(!found.some((f) => f.ruleId === 'tense-mismatch'), found.map((f) => f.ruleId).join(', '));
    assert.ok(found.some((f) => f.ruleId === 'date-format' && /until today/.test(f.message)));
  });
});

describe("LaTeX: a class's own section macro", () => {
  it('reads \\ecvsection{…} (europecv) as a section, as \\section is', () => {
    const tex = `\\documentclass{europecv}\n\\begin{document}\n\\begin{europecv}\n\\ecvname{Ana Popescu}\n\\ecvemail{ana@mail.example}\n\\ecvsection{Work experience}\n\\ecvitem{Dates}{01/2021 -- present}\n\\ecvitem{Main activities}{Wrote CAN drivers for 3 ECUs}\n\\ecvsection{Education and training}\n\\ecvitem{Dates}{2012 -- 2016}\n\\ecvitem{Title}{BSc Computer Engineering}\n\\end{europecv}\n\\end{document}\n`;
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['experience', 'education']);
    // No more "no resume section found": the sections are read (whether its items are bullets is another matter).
    assert.ok(!lintDocument(doc, { today: '2026-12-06' }).findings.some((f) => f.ruleId === 'layout-unrecognized' && /section/i.test(f.message)));
  });

  it("leaves a subsection macro of any spelling to the entries (Deedy's \\runsubsection names a company)", () => {
    const tex = `\\documentclass{deedy-resume}\n\\begin{document}\n\\section{Experience}\n\\runsubsection{Kestrel Structures}\n\\descript{| Structural EIT}\n\\location{Jan 2023 -- Present | Vancouver, BC}\n\\begin{tightemize}\n\\item Designed 4 timber podium buildings\n\\end{tightemize}\n\\section{Education}\n\\runsubsection{Cascade University}\n\\end{document}\n`;
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    assert.deepEqual(doc.sections.filter((s) => s.kind !== 'header').map((s) => s.kind), ['experience', 'education']);
  });
});

