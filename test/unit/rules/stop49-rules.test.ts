// Stop 49: what the blind set unseen-31 showed — a name no word list knows, spelled two ways in one
// resume, and a JSON Resume job whose endDate is left empty (current, so present tense is right).
// All resumes are invented.
import assert from 'node:assert/strict';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { ownSpellingSlips } from '../../../src/core/rules/own-spelling';
import { findingsOf, inExperience } from '../../helpers/rule-tester';
import { parseResumeAs } from '../../../src/core/formats';
import { lintDocument } from '../../../src/core/lint';

const none = () => false;

describe('tech-spelling: a name the resume spells two ways', () => {
  it("flags the plain spelling of a name the resume writes with inner capitals, and offers the resume's own", () => {
    const text = '# Lin Wei\n\n## Skills\n\nNMR: SpectraNova, ChemDraw\n\n## Experience\n\n- Processed 400 spectra in Spectranova for 3 groups.\n';
    const found = findingsOf(techSpelling, text).filter((f) => f.message.includes('elsewhere'));
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['Spectranova']);
    assert.equal(found[0].severity, 'info');
    assert.equal(found[0].fixes?.[0]?.edits[0].newText, undefined, 'a tie offers no change');
  });

  it('takes the spelling used more often, and a name in capitals only when written so twice', () => {
    const slips = ownSpellingSlips('Ran FLOWCAST studies.\nFLOWCAST models of 9 dies.\nValidated Flowcast results.\n', none);
    assert.deepEqual(slips.map((s) => [s.written, s.spelled, s.sure]), [['Flowcast', 'FLOWCAST', true]]);
    const outvoted = ownSpellingSlips('Loaded data to QuarkDB.\nTuned Quarkdb queries.\nQuarkdb backups nightly.\n', none);
    assert.deepEqual(outvoted.map((s) => [s.written, s.spelled]), [['QuarkDB', 'Quarkdb']]);
  });

  it('leaves English words, a header in capitals, shouting lines and names the word lists know alone', () => {
    assert.deepEqual(ownSpellingSlips('# SKILLS\n\n## Skills\n\nSkills in LEAN and Lean.\n', none), []);
    assert.deepEqual(ownSpellingSlips('# ANA OKORO\n\nAna Okoro · Lagos\n\n- Okoro family business, 3 years.\n', none), []);
    assert.deepEqual(ownSpellingSlips('TopSpin and Topspin.\n', (w) => w === 'topspin'), []);
  });
});

describe('JSON Resume: an empty endDate is a current job', () => {
  it('does not call present tense wrong in a job whose endDate is ""', () => {
    const json = JSON.stringify({
      basics: { name: 'Rosa Lim', email: 'rosa@example.com' },
      work: [{ name: 'Harbour Care Home', position: 'Care Aide', startDate: '2023-03', endDate: '', highlights: ['Provide personal care for 12 residents per shift.', 'Document care in the charting system every shift.'] }],
    }, null, 2);
    const { findings } = lintDocument(parseResumeAs(json, { path: 'resume.json' }), { today: '2026-12-06' });
    assert.deepEqual(findings.filter((f) => f.ruleId === 'tense-mismatch').map((f) => f.message), []);
  });
});

describe('LaTeX: an entry environment with its heading as groups (resume.cls rSubsection)', () => {
  it('reads the groups as the entry and its \\items as bullets', () => {
    const tex = String.raw`\documentclass{resume}
\name{Mara Quist}
\begin{document}
\begin{rSection}{Experience}
\begin{rSubsection}{Fenwick Polymers}{May 2024 -- Aug 2024}{Process Intern}{Akron, OH}
\item Ran 24 extrusion trials and cut scrap from 9\% to 5\%.
\item Wrote the line-start checklist the 3 shifts still use.
\end{rSubsection}
\end{rSection}
\end{document}
`;
    const doc = parseResumeAs(tex, { path: 'resume.tex' });
    const section = doc.sections.find((s) => s.kind === 'experience');
    assert.ok(section, doc.sections.map((s) => s.kind).join(', '));
    assert.equal(section!.entries.length, 1);
    assert.equal(section!.entries[0].dates?.current, false);
    assert.deepEqual(doc.bullets.map((b) => b.text.slice(0, 12)), ['Ran 24 extru', 'Wrote the li']);
  });
});

describe('impossible-dates and placeholder: stop 49', () => {
  it('reads "expected" inside a range: "Sep 2025 – expected Aug 2026" has passed by December 2026', async () => {
    const { impossibleDates } = await import('../../../src/core/rules/impossible-dates');
    const { parseResume } = await import('../../../src/core/document/parse');
    const text = '# Eli Park\n\n## Education\n\n**Certificate, Data Analytics** — Bow Polytechnic (Sep 2025 – expected Aug 2026)\n\n**B.Sc. Physics** — Lake University (Sep 2024 – expected May 2027)\n';
    const found = lintDocument(parseResume(text), { rules: [impossibleDates], today: '2026-12-06', config: { markdownlint: false } }).findings.map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(found.some((f) => f.includes('Aug 2026')), JSON.stringify(found));
    assert.ok(!found.some((f) => f.includes('May 2027')), JSON.stringify(found));
  });

  it('flags a profile link with no name and a bracketed [username], not a full profile link', async () => {
    const { placeholder } = await import('../../../src/core/rules/placeholder');
    const text = '# Eli Park\n\nhttps://www.linkedin.com/in/ · github.com/elipark · Kaggle: kaggle.com/[username]\n\n## Experience\n\n- Built 3 dashboards on GitHub.com for 40 users.\n';
    const found = findingsOf(placeholder, text).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['https://www.linkedin.com/in/', '[username]']);
  });
});

describe('missing-metric and spelling: stop 49', () => {
  it('asks no number of a labelled link to the work above', async () => {
    const { missingMetric } = await import('../../../src/core/rules/missing-metric');
    const text = '# Eli Park\n\n## Projects\n\n### Flow Meter App — 2025\n\n- Built a flow-meter calibration app used by 3 field crews.\n- Code: github.com/elipark/flowcal (CI runs the tests on every push).\n- Case study: [Link]\n';
    const found = findingsOf(missingMetric, text).map((f) => text.slice(f.range.start, f.range.end));
    assert.ok(!found.some((f) => f.startsWith('Code:') || f.startsWith('Case study')), JSON.stringify(found));
  });

  it('leaves a word beside an accented word alone (a phrase in another language)', async () => {
    const { spelling } = await import('../../../src/core/rules/spelling');
    const text = '# Eli Park\n\n## Licenses\n\n- Cédula profesional (Mexican federal engineering license), 2021.\n- Managed 4 crews and recieved 2 awards.\n';
    const found = findingsOf(spelling, text).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['recieved']);
  });
});

describe('date-format: JSON Resume date fields outside the schema pattern', () => {
  it('names "2022-9" with its padded form and "Present" in endDate, and leaves ISO dates and an empty endDate alone', () => {
    const json = JSON.stringify({
      basics: { name: 'Rosa Lim', email: 'rosa@example.com' },
      work: [
        { name: 'Harbour Foods', position: 'Analyst', startDate: '2024-03', endDate: 'Present', highlights: ['Built 4 dashboards for 30 store managers.'] },
        { name: 'Gull Logistics', position: 'Clerk', startDate: '2022-9', endDate: '2024-02', highlights: ['Reconciled 1,200 invoices a month.'] },
        { name: 'Tern Cafe', position: 'Barista', startDate: '2020-01-15', endDate: '', highlights: ['Trained 3 new staff.'] },
      ],
    }, null, 2);
    const { findings } = lintDocument(parseResumeAs(json, { path: 'resume.json' }), { today: '2026-12-06' });
    const dates = findings.filter((f) => f.ruleId === 'date-format').map((f) => ({ text: json.slice(f.range.start, f.range.end), padded: f.message.includes('"2022-09"') }));
    assert.deepEqual(dates, [{ text: 'Present', padded: false }, { text: '2022-9', padded: true }]);
  });
});

describe('tense-mismatch: a role that ends this month has not ended', () => {
  it('leaves present tense alone in a co-op ending this month, and still flags one that ended last month', async () => {
    const { parseResume } = await import('../../../src/core/document/parse');
    const { tenseMismatch } = await import('../../../src/core/rules/tense-mismatch');
    const resume = (end: string) => `# Eli Park\n\n## Experience\n\n### Process Co-op, Fenwick Refining — May 2026 – ${end}\n\n- Track daily heat balances for 2 units.\n- Built a fouling report for 46 exchangers.\n`;
    const run = (end: string) => lintDocument(parseResume(resume(end)), { rules: [tenseMismatch], today: '2026-12-06', config: { markdownlint: false } }).findings.length;
    assert.equal(run('Dec 2026'), 0);
    assert.equal(run('Nov 2026'), 1);
  });
});

describe('stop 49: first-person, placeholder and tech-spelling on unseen-33 shapes', () => {
  it('reads "Part I:" as a numeral, a Hugo shortcode as no template blank, and "HCl" as a formula', async () => {
    const { firstPerson } = await import('../../../src/core/rules/first-person');
    const { placeholder } = await import('../../../src/core/rules/placeholder');
    const part = inExperience('Passed the Qualifying Examination Part I: scheduled for the clinical part in May 2027.');
    assert.deepEqual(findingsOf(firstPerson, part).map((f) => part.slice(f.range.start, f.range.end)), []);
    const hugo = '---\ntitle: Resume\n---\n\n# Ama Boateng\n\nToronto · {{< param email >}}\n\n## Experience\n\n- Built 3 APIs for 40 clinics.\n';
    assert.deepEqual(findingsOf(placeholder, hugo), []);
    const acid = inExperience('Dosed HCl and NaOH into 3 neutralisation tanks and logged pH every 2 hours.');
    assert.deepEqual(findingsOf(techSpelling, acid).map((f) => acid.slice(f.range.start, f.range.end)), []);
  });
});
