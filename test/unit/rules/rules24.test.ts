import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';
import { missingGraduationDate } from '../../../src/core/rules/missing-graduation-date';
import { findingsOf } from '../../helpers/rule-tester';

// Rules 24: Markdown written inside a <details> block (no blank line after <summary>) is read the way its
// writer meant it; an undated school among dated ones is found even without a school word. Invented people.
describe('rules 24: details blocks and education lines', () => {
  const resume = [
    '# Noor Haddad', '', 'noor@example.com', '', '## Experience', '', '### Developer — Quartzline (Lyon)', '*Jan 2024 – Present*',
    '- Built the billing service used by 30 clinics.', '',
    '<details>', '<summary>🎓 Education</summary>',
    "- **Engineering Degree, Computer Science** — Polytech Lyon · 2019 - 2024",
    '- **Classes prépas PC** — Lycée Fermat, Toulouse',
    '- **Baccalauréat S**, highest honours · 2017',
    '</details>', '',
  ].join('\n');

  it('reads the <summary> as the section heading and each Markdown line under it as its own entry', () => {
    const doc = parseResume(resume);
    const edu = doc.sections.find((s) => s.kind === 'education')!;
    assert.ok(edu, 'an education section');
    assert.deepEqual(edu.entries.map((e) => e.heading.text.split(' — ')[0].split(',')[0]), ['Engineering Degree', 'Classes prépas PC', 'Baccalauréat S']);
    // nothing of the education block is a work bullet
    assert.deepEqual(doc.bullets.map((b) => b.text.slice(0, 9)), ['Built the']);
  });

  it('flags the one undated "programme — institution" line among dated schools', () => {
    const found = findingsOf(missingGraduationDate, resume);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /Classes prépas PC/);
  });

  it('a summary that names no section stays text', () => {
    const doc = parseResume(['# Noor Haddad', '', '## Projects', '', '<details>', '<summary>More</summary>', '- **Tidewatch** — a tide app', '</details>', ''].join('\n'));
    assert.deepEqual(doc.sections.map((s) => s.kind).filter((k) => k !== 'header'), ['projects']);
  });
});

describe('rules 24: tense of roles described under a dates table, and noun-like verb openings', () => {
  it('an undated role line takes the dates of its row in the dates table above', async () => {
    const { tenseMismatch } = await import('../../../src/core/rules/tense-mismatch');
    const text = [
      '**EXPERIENCE**', '', '| Company | Role | Dates |', '| :---- | :---- | :---- |',
      '| Harrow Metrics Co., Ltd. (Leeds) | Analyst | 2019/01 \\- 2021/06 |', '| Brightfold Labs | Data Scientist | Jan 2022 \\- Present |', '',
      '**Analyst – Harrow Metrics Co., Ltd.**', '', '* Shipped the weekly sales dashboards.', '', '* Maintain the forecasting notebooks for 4 regions.', '',
      '**Data Scientist – Brightfold Labs**', '', '* Maintain the pricing model for 3 markets.', '',
    ].join('\n');
    const found = findingsOf(tenseMismatch, text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /"Maintain".*2019\/01 - 2021\/06/);
  });

  it('"Build pages …" under an ended role whose other bullets open in the past reads as the verb', async () => {
    const { tenseMismatch } = await import('../../../src/core/rules/tense-mismatch');
    const entry = (...bullets: string[]) => `## Experience\n\n### Web Developer, Quartzline — Sep 2022 – Feb 2023\n\n${bullets.map((b) => `- ${b}\n`).join('')}`;
    assert.equal(findingsOf(tenseMismatch, entry('Shipped 4 storefronts for local shops.', 'Build responsive landing pages with Astro.')).length, 1);
    // alone, or as a subject of its own verb, or naming a role, it may be a noun
    assert.equal(findingsOf(tenseMismatch, entry('Build responsive landing pages with Astro.')).length, 0);
    assert.equal(findingsOf(tenseMismatch, entry('Shipped 4 storefronts.', 'Design tokens in Figma were adopted by 3 teams.')).length, 0);
    assert.equal(findingsOf(tenseMismatch, entry('Shipped 4 storefronts.', 'Support rotation lead for the store systems.')).length, 0);
    assert.equal(findingsOf(tenseMismatch, entry('Shipped 4 storefronts.', 'Test harness automation of the payment kiosks.')).length, 0);
  });
});

describe('rules 24: impossible dates', () => {
  const today = { today: '2026-12-03' };
  it('"May 2026 (expected)" after May 2026 is a stale expected date, as "expected May 2026" is', async () => {
    const { impossibleDates } = await import('../../../src/core/rules/impossible-dates');
    const text = '## Education\n\n| School | Degree | Dates |\n|---|---|---|\n| Lakeview University | M.S. in Statistics | Sep 2024 - May 2026 (expected) |\n';
    const found = findingsOf(impossibleDates, text, { rules: { 'impossible-dates': today } } as never);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /marked expected but has passed/);
  });

  it('an awesome-cv \\cvhonor credential dated next year is flagged; one marked expected is not', async () => {
    const { impossibleDates } = await import('../../../src/core/rules/impossible-dates');
    const tex = (date: string) => `\\documentclass{awesome-cv}\n\\begin{document}\n\\cvsection{Certifications}\n\\begin{cvhonors}\n  \\cvhonor{Certified Cloud Architect}{Nimbus Academy}{}{${date}}\n  \\cvhonor{Certified Data Engineer}{Nimbus Academy}{}{2022}\n\\end{cvhonors}\n\\end{document}\n`;
    const { parseResume: parse } = await import('../../../src/core');
    const { lintDocument } = await import('../../../src/core/lint');
    const found = (date: string) =>
      lintDocument(parse(tex(date), { path: 'cv.tex' }), { rules: [impossibleDates], config: { markdownlint: false, rules: { 'impossible-dates': today } } as never }).findings;
    assert.equal(found('2027').length, 1);
    assert.equal(found('expected 2027').length, 0);
  });
});

describe('rules 24: duplicate-bullet, reworded with other small words', () => {
  it('flags a copy that swaps prepositions ("about … using" / "of … with"), not two different bullets', async () => {
    const { duplicateBullet } = await import('../../../src/core/rules/duplicate-bullet');
    const doc = (a: string, b: string) => `## Experience\n\n### Analyst, Harrow Metrics — 2021 – 2023\n\n- ${a}\n- Cut report time by 30%.\n- ${b}\n`;
    const found = findingsOf(duplicateBullet, doc('Worked on forecasting project about retail sales using Prophet and Python.', 'Worked on forecasting project of retail sales with Prophet and Python.'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /small ones/);
    assert.equal(findingsOf(duplicateBullet, doc('Worked on forecasting project about retail sales using Prophet and Python.', 'Built a pricing dashboard for retail sales with Tableau and SQL.')).length, 0);
  });
});

describe('rules 24: missing-graduation-date, a start date alone', () => {
  it('flags a JSON Resume education item with a startDate and no endDate, not one with an end or a current marker', () => {
    const json = (extra: string) => JSON.stringify({ basics: { name: 'Ines Varga', email: 'ines@example.com' }, education: [{ institution: 'Northbay Coding School', area: 'Web Development', studyType: 'Bootcamp', startDate: '2021-02-01', ...JSON.parse(extra) }] }, null, 2);
    const run = (extra: string) => lintDocumentFor(json(extra));
    assert.equal(run('{}').length, 1);
    assert.equal(run('{"endDate": "2021-08-01"}').length, 0);
  });
  it('keeps "Sep 2024 – Present" and "Since 2024" unflagged in Markdown', () => {
    assert.equal(findingsOf(missingGraduationDate, '## Education\n\n### MSc Statistics, Lakeview University — Sep 2024 – Present\n').length, 0);
    assert.equal(findingsOf(missingGraduationDate, '## Education\n\n### MSc Statistics, Lakeview University — since 2024\n').length, 0);
  });
});

function lintDocumentFor(text: string) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseResume: parse } = require('../../../src/core') as typeof import('../../../src/core');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintDocument } = require('../../../src/core/lint') as typeof import('../../../src/core/lint');
  return lintDocument(parse(text, { path: 'resume.json' }), { rules: [missingGraduationDate], config: { markdownlint: false } as never }).findings;
}

describe('rules 24: regional-english number forms', () => {
  it('flags "NN.000 EUR", "2,4 MB" and "from 3,1 to 4,6"; keeps comma thousands, versions and plain decimals', async () => {
    const { regionalEnglish } = await import('../../../src/core/rules/regional-english');
    const words = (bullet: string) => findingsOf(regionalEnglish, `## Experience\n\n### Engineer, Quartzline — 2021 – 2023\n\n- ${bullet}\n`).map((f) => /"([^"]+)"/.exec(f.message)?.[1]);
    assert.deepEqual(words('Cut the hosting bill from 52.000 EUR to 31.400 EUR a year.'), ['52.000', '31.400']);
    assert.deepEqual(words('Shrank the app bundle from 3,2 MB to 800 KB.'), ['3,2']);
    assert.deepEqual(words('Raised the store rating from 3,4 to 4,5 in a year.'), ['3,4', '4,5']);
    assert.deepEqual(words('Served 1,200 clinics and cut load time to 1.5 s.'), []);
    assert.deepEqual(words('Upgraded the client from 2.1 to 3.0 in two sprints.'), []);
  });
});

describe('rules 24: renders-wrongly in a LaTeX summary paragraph', () => {
  it('flags an unescaped "&" in the profile paragraph, not an escaped one', async () => {
    const { parseResume: parse } = await import('../../../src/core');
    const { lintDocument } = await import('../../../src/core/lint');
    const { rendersWrongly } = await import('../../../src/core/rules/renders-wrongly');
    const tex = (amp: string) => `\\documentclass{awesome-cv}\n\\begin{document}\n\\cvsection{Profile}\n\\begin{cvparagraph}\nPlatform engineer who enjoys cost work ${amp} incident response.\n\\end{cvparagraph}\n\\cvsection{Experience}\n\\begin{cventries}\n\\cventry{Engineer}{Quartzline}{Cluj}{2021 -- 2023}{\\begin{cvitems}\\item {Cut build time by 40\\%.}\\end{cvitems}}\n\\end{cventries}\n\\end{document}\n`;
    const found = (amp: string) => lintDocument(parse(tex(amp), { path: 'cv.tex' }), { rules: [rendersWrongly], config: { markdownlint: false } as never }).findings.filter((f) => /"&"/.test(f.message));
    assert.equal(found('&').length, 1);
    assert.equal(found('\\&').length, 0);
  });
});
