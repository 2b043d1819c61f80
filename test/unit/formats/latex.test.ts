import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseLatex } from '../../../src/core/formats/latex/parse';
import { escapeLatex } from '../../../src/core/formats/latex/escape';
import type { ResumeDocument } from '../../../src/core/document/types';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/formats', name), 'utf8');

/** Every plain letter or digit of a bullet's text sits at its mapped source offset. */
function assertOffsetsOnSource(doc: ResumeDocument): void {
  for (const b of doc.bullets) {
    assert.equal(b.offsets.length, b.text.length + 1);
    for (let i = 0; i < b.text.length; i++) {
      if (/[A-Za-z0-9]/.test(b.text[i])) assert.equal(doc.text[b.offsets[i]], b.text[i], `${b.text} @${i}`);
    }
    assert.ok(b.range.start <= b.offsets[0] && b.offsets[b.text.length - 1] < b.range.end, `range covers the text of "${b.text}"`);
  }
}

describe('formats: LaTeX front end', () => {
  it("reads Jake's-style macros defined in the preamble: sections, entries with dates, bullets", () => {
    const doc = parseLatex(fixture('jakes.tex'));
    assert.equal(doc.format, 'latex');
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.title]),
      [['header', ''], ['education', 'Education'], ['experience', 'Experience'], ['projects', 'Projects'], ['skills', 'Technical Skills']],
    );
    const exp = doc.sections[2].entries[0];
    assert.equal(exp.title, 'Software Engineering Intern');
    assert.equal(exp.dates?.raw, 'June 2024 – Aug. 2024');
    assert.deepEqual(
      doc.bullets.filter((b) => b.section.kind !== 'skills').map((b) => b.text),
      [
        'Cut nightly batch runtime by 35% by rewriting the route planner in Go',
        'Built a dashboard for 40 dispatchers & 3 managers',
        'Saved $12k a year on C# build agents | migrated CI to GitHub Actions',
        'Wrote a tide-table scraper that ingests 2,000 stations “daily” — no manual steps',
        'Indexed readings with R-trees, making lookups 8x faster',
      ],
    );
    assert.equal(doc.sections[3].entries[0].title, 'Tidewatch');
    assert.equal(doc.profile.name, 'Marisol Quintero');
    assert.equal(doc.profile.email, 'marisol.q@example.org');
    assert.equal(doc.profile.phone, '555-010-2233');
    assertOffsetsOnSource(doc);
  });

  it('never reads a commented-out \\resumeItem', () => {
    const doc = parseLatex(fixture('jakes.tex'));
    assert.ok(!doc.bullets.some((b) => /commented out/.test(b.text)));
  });

  it('reads moderncv \\cventry (itemize descriptions and one-line descriptions) and its \\name', () => {
    const doc = parseLatex(fixture('moderncv.tex'));
    const exp = doc.sections.find((s) => s.kind === 'experience')!;
    assert.deepEqual(exp.entries.map((e) => [e.role, e.organisation, e.dates?.raw]), [
      ['Data Engineer', 'Atlantico Energia', '2022–Present'],
      ['Intern', 'Douro Analytics', 'Jun–Sep 2021'],
    ]);
    // "Jun–Sep 2021": both months take the year written after the second.
    assert.equal(exp.entries[1].dates?.start, 2021 * 12 + 5);
    assert.deepEqual(exp.bullets.map((b) => b.text), [
      'Built a streaming meter-reading pipeline handling 2M events/day',
      'Cut warehouse costs by 18 % with partition pruning',
      'Automated weekly sales reports in Python.',
    ]);
    assert.equal(doc.profile.name, 'Ines Carvalho');
    assertOffsetsOnSource(doc);
  });

  it('reads awesome-cv \\cvsection, \\cventry and cvitems', () => {
    const doc = parseLatex(fixture('awesome-cv.tex'));
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience', 'education']);
    const e = doc.sections[1].entries[0];
    assert.deepEqual([e.role, e.organisation, e.dates?.raw], ['Site Reliability Engineer', 'Monsoon Cloud', 'Apr. 2020 - Present']);
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Lowered paging volume by 45% by rewriting alert rules', 'Automated certificate renewal for 300 services']);
    assertOffsetsOnSource(doc);
  });

  it('reads plain itemize resumes: a dated bold line opens an entry, a label item over a nested list is no bullet', () => {
    const src = String.raw`\documentclass{article}
\begin{document}
\section*{Work Experience}
\textbf{Platform Engineer | Fjord Data} \hfill Oslo \quad \textit{Mar 2021 -- Present}

\begin{itemize}
  \item \textbf{Observability:} Rolled out tracing to 14 services
  \item Migrations:
    \begin{itemize}
      \item Moved billing to Postgres 15 with no downtime
    \end{itemize}
\end{itemize}
\end{document}`;
    const doc = parseLatex(src);
    assert.equal(doc.sections[1].kind, 'experience');
    assert.equal(doc.sections[1].entries[0].dates?.raw, 'Mar 2021 – Present');
    assert.deepEqual(doc.bullets.map((b) => [b.text, b.depth]), [
      ['Observability: Rolled out tracing to 14 services', 0],
      ['Moved billing to Postgres 15 with no downtime', 1],
    ]);
    assertOffsetsOnSource(doc);
  });

  it('follows a macro the document defines (one level) and keeps its literal text', () => {
    const src = String.raw`\documentclass{article}
\newcommand{\tech}[1]{\textit{#1}}
\newcommand{\titleItem}[2]{\item\small{\textbf{#1}{: #2}}}
\begin{document}
\section{Projects}
\begin{itemize}
\titleItem{Loom}{Built a \tech{Rust} log shipper}
\end{itemize}
\end{document}`;
    const doc = parseLatex(src);
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Loom: Built a Rust log shipper']);
  });

  it('resolves accents, math symbols and spacing commands', () => {
    const doc = parseLatex(String.raw`\section{Experience}
\begin{itemize}\item Caf\'e app $\sim$10k users $\rightarrow$ 3\texttimes{} growth~fast\end{itemize}`);
    assert.equal(doc.bullets[0].text, 'Café app ~10k users → 3× growth fast');
  });

  it('never throws on malformed or arbitrary input', () => {
    const pieces = fc.constantFrom('\\section{', '}', '{', '\\item ', '\\begin{itemize}', '\\end{itemize}', '\\resumeItem{', '$', '%', '\\', '\n', 'x', '#1', '\\newcommand{\\a}[1]{#1}', '\\href{', '&');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const doc = parseLatex(parts.join(''));
        for (const b of doc.bullets) assert.equal(b.offsets.length, b.text.length + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('escapes inserted text so that it prints as written', () => {
    assert.equal(escapeLatex('50% of R&D_x {a} #1 $5 ~ ^ \\'), '50\\% of R\\&D\\_x \\{a\\} \\#1 \\$5 \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const escaped = escapeLatex(s);
        const doc = parseLatex(`\\section{Experience}\n\\begin{itemize}\n\\item Z${escaped}\n\\end{itemize}\n`);
        const read = doc.bullets[0]?.text ?? '';
        assert.equal(read, `Z${s}`.replace(/\s+/g, ' ').trim());
      }),
      { numRuns: 200 },
    );
  });
});
