// Profile, dates and section kinds of LaTeX/RenderCV/JSON Resume resumes, on invented examples: contacts
// come from the fields (or icon-labelled header items) that name them, never from a URL elsewhere in the
// file; ISO dates in YAML/JSON fields are dates; a free-form heading gets the kind of its head noun.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../../src/core/formats';
import { headingKind } from '../../../src/core/formats/section-kind';

const month = (y: number, m: number) => y * 12 + m - 1;

describe('formats: profile, dates and section kinds', () => {
  it('JSON Resume: the $schema URL, a project link or a number in a summary is never a contact', () => {
    const json = JSON.stringify(
      {
        $schema: 'https://schema.example.org/resume/v1.json',
        basics: { name: 'Noor Haddad', email: 'noor@example.org', profiles: [{ network: 'Mastodon', url: 'https://social.example/@noor' }] },
        work: [{ name: 'Quillworks', position: 'Engineer', url: 'https://quill.example.com', startDate: '2022-04-11', endDate: '2024-01-02', highlights: ['Call 555-201-3344 about https://demo.example.net'] }],
        education: [{ institution: 'Riverbend University', studyType: 'BSc', area: 'Physics', startDate: '2017-09', endDate: '2021-06-30' }],
        meta: { canonical: 'https://example.com/resume.json' },
      },
      null,
      2,
    );
    const doc = parseResumeAs(json, { path: 'resume.json' });
    assert.deepEqual(
      { ...doc.profile },
      { name: 'Noor Haddad', email: 'noor@example.org', school: 'Riverbend University', degree: 'BSc', major: 'Physics', graduation: 'Jun 2021' },
    );
    const work = doc.sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.deepEqual([work.dates?.start, work.dates?.end, work.dates?.current], [month(2022, 4), month(2024, 1), false]);
  });

  it('JSON Resume: basics.url is the website and profiles give LinkedIn and GitHub', () => {
    const json = JSON.stringify({
      $schema: 'https://schema.example.org/resume/v1.json',
      basics: { name: 'Noor Haddad', url: 'https://noor.example.dev', profiles: [{ network: 'GitHub', username: 'noorh' }, { network: 'LinkedIn', url: 'https://www.linkedin.com/in/noorh' }] },
      work: [{ name: 'Quillworks', position: 'Engineer', startDate: '2023-02', highlights: ['Shipped the importer'] }],
    });
    const doc = parseResumeAs(json, { path: 'resume.json' });
    assert.equal(doc.profile.website, 'https://noor.example.dev');
    assert.equal(doc.profile.github, 'noorh');
    assert.equal(doc.profile.linkedin, 'https://www.linkedin.com/in/noorh');
    // Only a start date: themes print "Feb 2023 – Present".
    const work = doc.sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.deepEqual([work.dates?.start, work.dates?.current], [month(2023, 2), true]);
  });

  it('RenderCV: contacts from cv fields only, ISO dates with days, graduation from the education entry', () => {
    const yaml = [
      '# yaml-language-server: $schema=https://schema.example.org/rendercv.json',
      'cv:',
      '  name: Ilse Brandt',
      '  email: ilse@example.de',
      '  sections:',
      '    experience:',
      '      - company: Fahrwerk GmbH (https://fahrwerk.example.de)',
      '        position: Data Engineer',
      '        start_date: 2021-10-04',
      '        end_date: 2023-03-31',
      '        highlights:',
      '          - Moved 30 reports off a cron box; ring 555 0199 for the runbook',
      '    education:',
      '      - institution: Hochschule Nord',
      '        area: Computer Science',
      '        degree: BSc',
      '        start_date: 2017-10',
      '        end_date: 2021-07',
      '',
    ].join('\n');
    const doc = parseResumeAs(yaml, { path: 'cv.yaml' });
    assert.deepEqual({ ...doc.profile }, { name: 'Ilse Brandt', email: 'ilse@example.de', school: 'Hochschule Nord', degree: 'BSc', major: 'Computer Science', graduation: 'Jul 2021' });
    const job = doc.sections.find((s) => s.kind === 'experience')!.entries[0];
    assert.deepEqual([job.dates?.start, job.dates?.end], [month(2021, 10), month(2023, 3)]);
  });

  it('LaTeX: icons label the header: the number after a phone icon, the link behind a globe', () => {
    const tex = String.raw`\documentclass{article}
\begin{document}
\begin{center}
  {\Huge \scshape Tariq Osei} \\
  \raisebox{-0.1\height}\faPhone\ 5550142277 ~
  \href{mailto:tariq@example.com}{\faEnvelope\ tariq} ~
  \href{https://www.linkedin.com/in/tariqo}{\faLinkedin\ tariqo} ~
  \href{https://github.com/tariqo}{\faGithub\ tariqo} ~
  \href{https://github.com/tariqo/tariqo.github.io}{\raisebox{-0.2\height}\faGlobe\ portfolio}
\end{center}
\section{Experience}
\begin{itemize}
  \item Wrote the billing export
\end{itemize}
\end{document}
`;
    const doc = parseResumeAs(tex, { path: 'resume.tex' });
    assert.equal(doc.profile.name, 'Tariq Osei');
    assert.equal(doc.profile.phone, '5550142277');
    assert.equal(doc.profile.email, 'tariq@example.com');
    assert.equal(doc.profile.linkedin, 'https://www.linkedin.com/in/tariqo');
    assert.equal(doc.profile.github, 'https://github.com/tariqo');
    // The globe says "website" though the URL is on GitHub; the LinkedIn icon is not a link icon.
    assert.equal(doc.profile.website, 'https://github.com/tariqo/tariqo.github.io');
  });

  it("LaTeX: moderncv's \\firstname/\\familyname, and Jake's entry fields by argument position", () => {
    const tex = String.raw`\documentclass{moderncv}
\firstname{Lea}
\familyname{Marchetti}
\email{lea@example.it}
\begin{document}
\section{Education}
\newcommand{\resumeSubheading}[4]{\item \textbf{#1} \hfill #2 \\ \textit{#3} \hfill \textit{#4}}
\begin{itemize}
  \resumeSubheading{Politecnico di Lago}{Como, Italy}{MSc in Robotics, GPA 3.8}{Sep. 2019 -- Jul. 2021}
\end{itemize}
\end{document}
`;
    const doc = parseResumeAs(tex, { path: 'cv.tex' });
    assert.equal(doc.profile.name, 'Lea Marchetti');
    const entry = doc.sections.find((s) => s.kind === 'education')!.entries[0];
    assert.deepEqual([entry.organisation, entry.role, entry.location], ['Politecnico di Lago', 'MSc in Robotics, GPA 3.8', 'Como, Italy']);
    assert.deepEqual([doc.profile.school, doc.profile.degree, doc.profile.major, doc.profile.graduation], ['Politecnico di Lago', 'MSc', 'Robotics', 'Jul. 2021']);
  });

  it('a free-form heading takes the kind of the head noun of its first conjunct', () => {
    assert.equal(headingKind('Extra Mural Activities and Roles'), 'leadership');
    assert.equal(headingKind('Selected Side Projects & Talks'), 'projects');
    assert.equal(headingKind('Work Experience'), 'experience');
    // A head noun that names no kind, or names "other", leaves the heading unclassified.
    assert.equal(headingKind('Things I Like'), undefined);
    assert.equal(headingKind('Spoken Languages and Dialects'), undefined);
  });
});
