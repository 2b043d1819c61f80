// Stop 54, from blind resume set 40: resume templates whose entries the reader missed. europasscv's
// \ecvtitle{dates}{title} (groups back to back are separate arguments), simplecv's \item[dates] over a
// nested list (an entry heading), and vitae's R Markdown chunks (a tribble piped into
// detailed_entries). Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { vitaeEntries } from '../../src/core/document/vitae-table';

const entriesOf = (text: string, path: string) =>
  parseResumeAs(text, { path }).sections.flatMap((s) => s.entries.map((e) => ({ kind: s.kind, dates: e.dates?.raw, current: e.dates?.current, bullets: e.bullets.map((b) => b.text) })));

describe('formats: stop 54 templates', () => {
  it('keeps the words of two macro arguments apart, so "present" and the title do not run together', () => {
    const tex = [
      '\\documentclass{europasscv}', '\\begin{document}', '\\ecvsection{Work experience}',
      '\\ecvtitle{Mar 2025 -- present}{Junior Surveyor}', '\\ecvitem{}{\\begin{ecvitemize}', '\\item Surveyed 14 parcels a week for the county office.', '\\end{ecvitemize}}',
      '\\ecvtitle{06/2021 -- 09/2022}{Survey Assistant}', '\\ecvitem{}{\\begin{ecvitemize}', '\\item Logged 300 control points on a highway job.', '\\end{ecvitemize}}',
      '\\end{document}',
    ].join('\n');
    const work = entriesOf(tex, 'cv.tex').filter((e) => e.kind === 'experience');
    assert.deepEqual(work.map((e) => [e.dates, e.current]), [['Mar 2025 – present', true], ['06/2021 – 09/2022', false]]);
  });

  it('reads "\\item[dates] Role, Employer" over a nested list as an entry with its bullets', () => {
    const tex = [
      '\\documentclass{article}', '\\begin{document}', '\\section{Work Experience}', '\\begin{topic}',
      '\\item[Jun 2025 -- present] Electrician, Bowline Power Ltd., Red Deer, AB', '  \\begin{itemize}', '  \\item Wired 40 townhouse units to code.', '  \\item Mentored one apprentice.', '  \\end{itemize}',
      '\\item[Sept 2020 -- May 2025] Electrician, Corrane Contractors Ltd., Sligo', '  \\begin{itemize}', '  \\item Tested 120 new installations.', '  \\end{itemize}',
      '\\end{topic}', '\\end{document}',
    ].join('\n');
    const work = entriesOf(tex, 'cv.tex').filter((e) => e.kind === 'experience');
    assert.deepEqual(work.map((e) => [e.dates, e.bullets.length]), [['Jun 2025 – present', 2], ['Sept 2020 – May 2025', 1]]);
  });

  it('reads a vitae chunk as entries: rows sharing what, when, with and where are one entry, each why a bullet', () => {
    const rmd = [
      '---', 'name: Ana Lima', 'output: vitae::hyndman', '---', '', '# Experience', '', '```{r experience}', 'tribble(',
      '  ~role, ~dates, ~org, ~place, ~details,',
      '  "Data Analyst", "May 2026 - Aug 2026", "Harbour Freight Ltd.", "Delta, BC", "Built a forecast for 38 routes.",',
      '  "Data Analyst", "May 2026 - Aug 2026", "Harbour Freight Ltd.", "Delta, BC", "Cut the \\"weekly\\" report from 6 hours to 1.",',
      '  "Statistician", "2020 - 2021", "Mitad Consulting", "Quito", NA', ') %>%', '  detailed_entries(role, dates, org, place, details)', '```', '',
      '```{r plot, echo=FALSE}', 'plot(cars) # not text of the resume', '```', '',
    ].join('\n');
    const work = entriesOf(rmd, 'cv.Rmd').filter((e) => e.kind === 'experience');
    assert.deepEqual(work, [
      { kind: 'experience', dates: 'May 2026 - Aug 2026', current: false, bullets: ['Built a forecast for 38 routes.', 'Cut the "weekly" report from 6 hours to 1.'] },
      { kind: 'experience', dates: '2020 - 2021', current: false, bullets: [] },
    ]);
    // Each character keeps its place in the chunk, so a finding underlines the words in the source.
    const doc = parseResumeAs(rmd, { path: 'cv.Rmd' });
    const b = doc.bullets[1];
    assert.equal(rmd.slice(b.range.start, b.range.end), 'Cut the \\"weekly\\" report from 6 hours to 1.');
  });

  it('reads brief_entries by name or position, and nothing from a chunk that is not a vitae table', () => {
    const code = 'tribble(\n  ~year, ~what, ~who,\n  2024, "Data Analytics Certificate", "Online school"\n) %>%\n  brief_entries(what = what, when = year, with = who)';
    const [e] = vitaeEntries(code, 0)!;
    assert.deepEqual([e.what?.text, e.when?.text, e.with?.text], ['Data Analytics Certificate', '2024', 'Online school']);
    assert.equal(vitaeEntries('summary(lm(y ~ x))', 0), undefined);
  });
});
