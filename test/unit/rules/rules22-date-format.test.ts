import assert from 'node:assert/strict';
import { dateFormat } from '../../../src/core/rules/date-format';
import { findingsOf } from '../../helpers/rule-tester';
import { applyEdits } from '../../../src/core/fixes';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';

const doc = (...dates: string[]) => `## Experience\n\n${dates.map((d, i) => `### Baker ${i + 1}, Crumb & Co — ${d}\n\n- Baked 300 loaves a day.\n\n`).join('')}`;
const hyphenFindings = (text: string) => findingsOf(dateFormat, text).filter((f) => /hyphen/.test(f.message));

describe('date-format: a hyphen where the other ranges use an en dash (rules22)', () => {
  it('flags the hyphen and rewrites it to an en dash, a form-only safe fix', () => {
    const text = doc('Mar 2023 – Present', 'Jan 2021 – Feb 2023', 'Jun 2019 - Dec 2020');
    const found = hyphenFindings(text);
    assert.equal(found.length, 1);
    const fix = found[0].fixes[0];
    assert.ok(fix.safe);
    assert.ok(applyEdits(text, fix.edits).includes('Jun 2019 – Dec 2020'));
  });
  it('reads "2016-2019" and "2021-Present" as ranges, never the "-" inside "2024-05"', () => {
    assert.equal(hyphenFindings(doc('2023 – Present', '2020 – 2023', '2016-2019')).length, 1);
    assert.equal(hyphenFindings(doc('2022 – 2023', '2020 – 2022', '2019-Present')).length, 1);
    assert.equal(hyphenFindings(doc('2024-05 – 2024-08', '2023-01 – 2023-12', '2022-02 – 2022-09')).length, 0);
  });
  it('says nothing when fewer than two entries use the en dash, or hyphens are as many', () => {
    assert.equal(hyphenFindings(doc('Mar 2023 – Present', 'Jun 2019 - Dec 2020')).length, 0);
    assert.equal(hyphenFindings(doc('Mar 2023 – Present', 'Jan 2021 – Feb 2023', 'Jun 2019 - Dec 2020', 'Jan 2018 - May 2019')).length, 0);
  });
  it('reads LaTeX "--" as the en dash of the other ranges', () => {
    const tex = String.raw`\documentclass{article}
\begin{document}
\section{Experience}
\textbf{Baker} \hfill Mar 2023 -- Present \\
\begin{itemize}
\item Baked 300 loaves a day.
\end{itemize}
\textbf{Baker} \hfill Jan 2021 -- Feb 2023 \\
\begin{itemize}
\item Baked 200 loaves a day.
\end{itemize}
\textbf{Baker} \hfill Jun 2019 - Dec 2020 \\
\begin{itemize}
\item Baked 100 loaves a day.
\end{itemize}
\end{document}
`;
    const parsed = parseResumeAs(tex, { path: 'cv.tex' });
    const found = lintDocument(parsed, { rules: [dateFormat], config: { markdownlint: false } }).findings.filter((f) => /hyphen/.test(f.message));
    assert.equal(found.length, 1);
    assert.equal(found[0].fixes[0].edits[0].newText, '–');
  });
});
