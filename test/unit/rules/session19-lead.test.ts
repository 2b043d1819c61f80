// Rules of session 19 (lead): a stale "expected" graduation, a credential's expiry is no entry date,
// a site generator's comments never render, "since" inside a sentence, a fun-facts list and a greeting
// on the name line read for chat style. All examples invented.
import { chatStyle } from '../../../src/core/rules/chat-style';
import { dateFormat } from '../../../src/core/rules/date-format';
import { impossibleDates } from '../../../src/core/rules/impossible-dates';
import { placeholder } from '../../../src/core/rules/placeholder';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { reverseChronological } from '../../../src/core/rules/reverse-chronological';
import { missingGraduationDate } from '../../../src/core/rules/missing-graduation-date';
import { firstPerson } from '../../../src/core/rules/first-person';
import { weakOpening } from '../../../src/core/rules/weak-opening';
import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { lintDocument } from '../../../src/core/lint';
import { parseResumeAs } from '../../../src/core/formats';
import { strict as assert } from 'node:assert';
import { parseResume } from '../../../src/core/document/parse';
import { testRule } from '../../helpers/rule-tester';

const TODAY = { rules: { 'impossible-dates': { today: '2026-12-01' } } };
const school = (line: string) => `# Ana Silva\n\n## Education\n\n**University of Leeds** — Leeds, UK\n${line}\n`;

testRule(impossibleDates, {
  valid: [
    { doc: true, code: school('BSc Geography, expected June 2027'), config: TODAY },
    { doc: true, code: school('BSc Geography, June 2026'), config: TODAY },
    // A bare year is judged once that year is over.
    { doc: true, code: school('BSc Geography, expected 2026'), config: TODAY },
  ],
  invalid: [
    { doc: true, code: school('BSc Geography, expected May 2026'), config: TODAY, underlines: ['May 2026'], message: 'marked expected but has passed' },
    { doc: true, code: school('BSc Geography (anticipated graduation: 2025)'), config: TODAY, underlines: ['2025'] },
  ],
});

describe('an expiry under an education entry', () => {
  it('is not the entry\'s date ("(valid through 2029)")', () => {
    const doc = parseResume('# Ana Silva\n\n## Education\n\n**BA History** — Ridgefield College, Ridgefield, CT\n- Substitute teaching licence (valid through 2029)\n');
    const entry = doc.sections.find((s) => s.kind === 'education')!.entries[0];
    assert.equal(entry.dates, undefined);
    assert.equal(entry.bullets.length, 1);
  });
});

testRule(placeholder, {
  valid: [
    { doc: true, code: '# Ana Silva\n\n{% comment %} TODO: add the thesis link {% endcomment %}\n\n## Experience\n\n- Led 3 audits.\n' },
    { doc: true, code: '# Ana Silva\n\n{# TODO: shorten #}\n\n## Experience\n\n- Led 3 audits.\n' },
  ],
  invalid: [{ doc: true, code: '# Ana Silva\n\n## Experience\n\n- Led 3 audits. TODO\n', underlines: ['TODO'] }],
});

testRule(dateFormat, {
  valid: [
    {
      doc: true,
      code: '# Ana Silva\n\n## Experience\n\n### Analyst, Acme — 2019 – 2022\n\n- Built 4 dashboards.\n\n### Clerk, Beta — 2015 – 2019\n\n- Filed 200 claims a week.\n\n## Hobbies\n\nTrail running, choir singer in Leeds since 2014, chess\n',
    },
  ],
  invalid: [],
});

testRule(chatStyle, {
  valid: [{ doc: true, code: '# Ana Silva\n\n## 🎯 Summary\n\nAnalyst with 6 years in retail pricing.\n' }],
  invalid: [
    { doc: true, code: '# Ana Silva\n\n## Fun facts\n\n- 🎻 Play viola in a community orchestra\n', underlines: ['🎻'] },
    { doc: true, code: '# 👋 Hey there, I\'m Ana Silva\n\nAnalyst with 6 years in retail pricing.\n', underlines: ['Hey there,'], message: 'name line' },
  ],
});

describe('missing-metric: nested items measure the line above them (session 19)', () => {
  const findings = (text: string) => lintDocument(parseResume(text), { rules: [missingMetric], config: { markdownlint: false } }).findings;
  it('reads a number in a nested item right under the line as its measure, with or without a colon', () => {
    const text = '# Ana Lima\n\n## Experience\n\n### Engineer, Acme — 2021 – 2024\n\n- Rewrote the order search query with a trigram index\n  - Median latency dropped from 900 ms to 45 ms\n';
    assert.deepEqual(findings(text).map((f) => text.slice(f.range.start, f.range.end)), []);
  });
  it('does not lend a number across a lead-in that owns the nested items', () => {
    const text = '\\documentclass{article}\n\\begin{document}\n\\section{Experience}\n\\textbf{Engineer, Acme} \\hfill Jan 2021 -- Mar 2024\n\\begin{itemize}\n  \\item Partnered with designers on the billing screens\n  \\item \\textbf{Highlights:}\n  \\begin{itemize}\n    \\item Cut refund tickets by 30\\%\n  \\end{itemize}\n\\end{itemize}\n\\end{document}\n';
    const doc = parseResumeAs(text, { path: 'cv.tex' });
    const found = lintDocument(doc, { rules: [missingMetric], config: { markdownlint: false } }).findings.map((f) => doc.text.slice(f.range.start, f.range.end));
    assert.ok(found.some((t) => /Partnered/.test(t)), found.join(' | '));
  });
});

testRule(techSpelling, {
  // An English word with its plural "s" dropped is a slip of grammar, not a misspelled product.
  valid: [{ doc: true, code: '# Ana Lima\n\n## Skills\n\n- Informatic tools: Excel, SAP\n' }],
  invalid: [{ code: 'Built the ETL jobs in Informatca for 3 marts.', underlines: ['Informatca'] }],
});

describe('judge15 follow-ups (session 19)', () => {
  const lint = (rule: typeof reverseChronological, text: string) => lintDocument(parseResume(text), { rules: [rule], config: { markdownlint: false } }).findings;
  it('reverse-chronological: an overview table of the roles is its own list, apart from the roles written out', () => {
    const text = '# Ana Lima\n\n## Experience\n\n| Company | Role | Period |\n|---|---|---|\n| Acme | Engineer II | Aug 2024 – Present |\n| Beta | Engineer | Jan 2021 – Jul 2024 |\n\n### Acme — Engineer II (Aug 2024 – Present)\n\n- Led 3 migrations.\n\n### Beta — Engineer (Jan 2021 – Jul 2024)\n\n- Built 12 services.\n';
    assert.deepEqual(lint(reverseChronological, text).map((f) => f.message), []);
  });
  it('missing-graduation-date: a credential evaluation in a certifications list is no degree to date', () => {
    const text = '# Ana Lima\n\n## Certifications\n\n- AWS Certified Developer – Associate (2024)\n- Credential evaluation (ICAS): equivalent to a Canadian bachelor\'s degree\n';
    assert.deepEqual(lint(missingGraduationDate, text).map((f) => f.message), []);
  });
  it('first-person: no "my → the" fix before a person the reader has not met ("my friend")', () => {
    const text = '# Ana Lima\n\n## Projects\n\n### Recipe app\n\n- Built it with my friend over 2 weekends\n';
    const fixes = lint(firstPerson, text).flatMap((f) => f.fixes);
    assert.ok(!fixes.some((f) => f.edits.some((e) => e.newText === 'the')), JSON.stringify(fixes));
  });
});

describe('weak-opening: a standing function takes no replacement verb (session 19)', () => {
  const fixesFor = (line: string) =>
    lintDocument(parseResume(`# A\n\n## Experience\n\n### Engineer, Acme — Jan 2023 – Mar 2024\n\n- ${line}\n`), { rules: [weakOpening], config: { markdownlint: false } }).findings.flatMap((f) => f.fixes.map((x) => x.title));
  it('offers no verb for "Worked on production support", and still one for a thing made', () => {
    assert.deepEqual(fixesFor('Worked on production support for 3 hospitals.'), []);
    assert.ok(fixesFor('Worked on the billing service for 3 hospitals.').length > 0);
  });
});

describe('tense-mismatch: a verb that takes its partner by a preposition shares the tense (session 19)', () => {
  it('does not call "Lead" the only present-tense opening beside "Partner with …"', () => {
    const text = '# A\n\n## Experience\n\n### Staff Engineer, Acme — Apr 2022 – Present\n\n- Lead a team of five engineers on the design system.\n- Built the token pipeline for 14 teams.\n- Designed the audit process for 3 products.\n- Shipped 40 components in one year.\n- Partner with product design on the quarterly roadmap.\n';
    const found = lintDocument(parseResume(text), { rules: [tenseMismatch], config: { markdownlint: false } }).findings;
    assert.deepEqual(found.map((f) => f.message), []);
  });
});
