// Stop 51: what judge37's wrong verdicts showed — MyST (Jupyter Book) pages: a "(label)=" target line
// read as a bullet, an e-mail printed through a front-matter substitution ("{{ email }}"); a Malaysian
// legal form ("Sdn. Bhd.") and a JSON theme setting ("icon": "linkedin") read as technology names; a
// Spanish date whose suggested English form was a fixed example. All resumes are invented.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';

const lintAs = (text: string, path: string) => lintDocument(parseResumeAs(text, { path }), { today: '2026-12-06' }).findings;
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('MyST pages', () => {
  const md = `---
title: CV
substitutions:
  email: "[amara@okoye.example](mailto:amara@okoye.example)"
---

(cv-top)=
# Amara Okoye

Enugu · {{ email }} · +1 (555) 555-0104

## Experience

### Data Officer · Enugu State Health Board
*2021 – 2024*

- Cleaned 14 000 immunisation records for the annual report.

(education)=
## Education

### BSc Statistics · University of the Niger
*2016 – 2020*
`;

  it('reads no bullet in a "(label)=" target line', () => {
    const findings = lintAs(md, 'cv.md');
    // (Findings about the whole document sit on the body's first line, the "(cv-top)=" one: not these.)
    const targetLine = md.split('\n').indexOf('(education)=') + 1;
    assert.deepEqual(findings.filter((f) => lineOf(md, f.range.start) === targetLine).map((f) => f.ruleId), []);
    const doc = parseResumeAs(md, { path: 'cv.md' });
    assert.ok(!doc.bullets.some((b) => /=$/.test(b.text)), doc.bullets.map((b) => b.text).join(' | '));
  });

  it('takes the e-mail from the front matter\'s substitutions, as the page prints it', () => {
    const doc = parseResumeAs(md, { path: 'cv.md' });
    assert.equal(doc.profile.email, 'amara@okoye.example');
    assert.ok(!lintAs(md, 'cv.md').some((f) => f.ruleId === 'missing-contact' && /e-mail/i.test(f.message)));
  });
});

describe('tech-spelling: names that are no technology', () => {
  it('reads "Sdn" of "Sdn. Bhd." as the legal form, and still flags a misspelled tool', () => {
    const md = `# Lim Wei\n\nlim@wei.example\n\n## Experience\n\n### Process Engineer · Kuantan Resins Sdn. Bhd.\n*2019 – 2024*\n\n- Modelled 3 distillation columns in Hysys and Autocad.\n`;
    const found = lintAs(md, 'resume.md').filter((f) => f.ruleId === 'tech-spelling').map((f) => md.slice(f.range.start, f.range.end));
    assert.ok(!found.includes('Sdn'), found.join(', '));
    assert.ok(found.includes('Autocad'), found.join(', '));
  });

  it('reads no JSON key or theme setting ("icon", "css") as a word of the resume', () => {
    const json = `{
  "basics": { "name": "Lim Wei", "email": "lim@wei.example" },
  "sections": {
    "experience": { "name": "Experience", "items": [
      { "id": "e1", "visible": true, "company": "Kuantan Resins", "position": "Engineer", "date": "2019 - 2024", "summary": "<p>Drew 40 P&amp;IDs in Autocad.</p>" }
    ] },
    "profiles": { "name": "Profiles", "items": [ { "id": "p1", "network": "LinkedIn", "icon": "linkedin" } ] }
  },
  "metadata": { "css": { "value": "", "visible": false } }
}
`;
    const found = lintAs(json, 'resume.json').filter((f) => f.ruleId === 'tech-spelling').map((f) => json.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['Autocad']);
  });
});

describe('regional-english: a date in Spanish or Portuguese', () => {
  it('suggests that date in English, not a fixed example', () => {
    const md = `# Ana Ruiz\n\nana@ruiz.example\n\n## Experience\n\n- Built 3 dashboards for 40 stores.\n\nLisboa, 5 de março de 2025\n`;
    const message = lintAs(md, 'resume.md').find((f) => f.ruleId === 'regional-english' && /março/.test(f.message))?.message ?? '';
    assert.match(message, /"Mar 5, 2025"/);
  });
});

describe('placeholder: brackets in JSON strings and in LaTeX prose', () => {
  it('flags "[Training provider]" inside a JSON string, not a JSON array', () => {
    const json = `{
  "basics": { "name": "Lim Wei", "email": "lim@wei.example" },
  "work": [ { "name": "Kuantan Resins", "position": "Engineer", "startDate": "2019-01", "highlights": ["Drew 40 P&IDs for 3 units."] } ],
  "education": [ { "institution": "Pahang Tech", "studyType": "BEng", "area": "Chemical Engineering", "startDate": "2014", "endDate": "2018" } ],
  "skills": [ { "name": "Design", "keywords": ["Autocad", "Aspen HYSYS"] } ],
  "certificates": [ { "name": "Working at Heights", "issuer": "[Training provider]", "date": "2025-01" } ]
}
`;
    const found = lintAs(json, 'resume.json').filter((f) => f.ruleId === 'placeholder').map((f) => json.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['[Training provider]']);
  });

  it('flags a bracketed field after a word of LaTeX prose, never an optional argument', () => {
    const tex = String.raw`\documentclass{article}
\begin{document}
\section{Experience}
\begin{itemize}[leftmargin=*]
\item[--] Won second place at the [competition name] with 40 teams \\[2pt]
\end{itemize}
\section{Education}
\end{document}
`;
    const found = lintAs(tex, 'cv.tex').filter((f) => f.ruleId === 'placeholder').map((f) => tex.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['[competition name]']);
  });
});

describe('regional-english: preposition calques', () => {
  it('flags "responsible of" and "participated to" before a noun, not "participated to learn"', () => {
    const md = `# Awa Diop\n\nawa@diop.example\n\n## Experience\n\n- Was responsible of 4 cold rooms and their records\n- Participated to vaccination campaigns in 3 districts\n- Participated to learn the new sampling protocol in 2 weeks\n`;
    const found = lintAs(md, 'resume.md').filter((f) => f.ruleId === 'regional-english').map((f) => md.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['responsible of', 'Participated to']);
  });
});

describe('LaTeX: a class\'s own entry command defined outside the file', () => {
  it('reads "\\entry{dates}{title}{employer}{\\begin{itemize}…}" as an entry, so "Present" makes it current', () => {
    const tex = String.raw`\documentclass{developercv}
\begin{document}
\cvsect{Experience}
\begin{entrylist}
\entry{May 2026 -- Present}{Firmware Co-op}{Lakeshore Motors, Windsor}
    {\begin{itemize}
        \item Develop CAN diagnostic services for 3 ECUs
    \end{itemize}}
\entry{Jun 2019 -- Mar 2022}{Software Engineer}{Deccan Controls, Pune}
    {\begin{itemize}
        \item Wrote the bootloader used on 40,000 boards
    \end{itemize}}
\end{entrylist}
\cvsect{Education}
\end{document}
`;
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    const [current, past] = doc.sections.find((s) => s.kind === 'experience')!.entries;
    assert.deepEqual([current.dates?.current, current.bullets.length, past.dates?.current], [true, 1, false]);
    assert.ok(!lintAs(tex, 'cv.tex').some((f) => f.ruleId === 'tense-mismatch'));
  });
});

describe('placeholder: a Pandoc span with attributes', () => {
  it('reads "[Speed River University]{.smallcaps}" as a span, not template text', () => {
    const md = `# Ana Ruiz\n\nana@ruiz.example\n\nCurrently an MSc student at [Speed River University]{.smallcaps}, Guelph.\n\n## Experience\n\n- Built 3 dashboards for 40 stores.\n`;
    assert.ok(!lintAs(md, 'resume.md').some((f) => f.ruleId === 'placeholder'));
  });
});

describe('personal-details: a child\'s birth year', () => {
  it('reads "one daughter (born 2021)" as a family detail, not the writer\'s birth date', () => {
    const md = `# Lena Vogt\n\nlena@vogt.example\n\n## Personal\n\n- Family status: married, one daughter (born 2021)\n\n## Experience\n\n- Treated 14 patients a day after knee surgery.\n`;
    const found = lintAs(md, 'resume.md').filter((f) => f.ruleId === 'personal-details');
    assert.ok(found.some((f) => md.slice(f.range.start, f.range.end) === 'one daughter'));
    assert.ok(!found.some((f) => /born/.test(md.slice(f.range.start, f.range.end))));
  });
});

describe('judge38: markup that is no text', () => {
  it('reads no tech-spelling in the glyph name an icon command takes ("\\icon{Linkedin}{12}{…}")', () => {
    const tex = String.raw`\documentclass{developercv}
\begin{document}
\icon{Linkedin}{12}{\href{https://linkedin.com/in/ravi}{linkedin.com/in/ravi}} \icon{Github}{12}{github.com/ravi}
\cvsect{Experience}
\begin{itemize}
\item Built a Javascript dashboard used by 40 engineers
\end{itemize}
\cvsect{Education}
\end{document}
`;
    const found = lintAs(tex, 'cv.tex').filter((f) => f.ruleId === 'tech-spelling').map((f) => tex.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['Javascript']);
  });

  it('reads a fenced div\'s fence (":::: {.columns}") as a block edge, not a line of a paragraph', () => {
    const md = `# Awa Diop\n\n:::: {.columns}\n::: {.column width="70%"}\nDakar, Senegal \\\nawa@diop.example \\\n+1 (555) 555-0107\n:::\n::::\n\n## Experience\n\n- Built 3 dashboards for 40 stores.\n`;
    assert.ok(!lintAs(md, 'resume.md').some((f) => f.ruleId === 'renders-wrongly' && /one paragraph|runs onto/.test(f.message)));
  });

  it('reads a contact line that ends on a separator ("·") as going on into the next, inside a fenced div', () => {
    const md = `---\ntitle: CV\noutput: pdf_document\n---\n\n::: {.contact}\nPortland, OR · [ana@ruiz.example](mailto:ana@ruiz.example) ·\n[github.com/anaruiz](https://github.com/anaruiz)\n:::\n\n## Experience\n\n- Built 3 dashboards for 40 stores.\n`;
    assert.ok(!lintAs(md, 'resume.md').some((f) => f.ruleId === 'renders-wrongly' && /one paragraph|runs onto/.test(f.message)));
  });
});
