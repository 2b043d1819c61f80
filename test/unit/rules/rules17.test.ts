import assert from 'node:assert/strict';
import { dateFormat } from '../../../src/core/rules/date-format';
import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { duplicateBullet } from '../../../src/core/rules/duplicate-bullet';
import { impossibleDates } from '../../../src/core/rules/impossible-dates';
import { missingGraduationDate } from '../../../src/core/rules/missing-graduation-date';
import { techSpelling } from '../../../src/core/rules/tech-spelling';
import { placeholder } from '../../../src/core/rules/placeholder';
import { referencesLine } from '../../../src/core/rules/references-line';
import { personalDetails } from '../../../src/core/rules/personal-details';
import { selfDescription } from '../../../src/core/rules/self-description';
import { passiveVoice } from '../../../src/core/rules/passive-voice';
import { firstPerson } from '../../../src/core/rules/first-person';
import { chatStyle } from '../../../src/core/rules/chat-style';
import { parseResume } from '../../../src/core/document/parse';
import { findingsOf } from '../../helpers/rule-tester';
import type { Rule } from '../../../src/core/types';

const flagged = (rule: Rule, text: string) => findingsOf(rule, text).map((f) => text.slice(f.range.start, f.range.end));
const linesOf = (rule: Rule, text: string) => findingsOf(rule, text).map((f) => text.slice(0, f.range.start).split('\n').length);

describe('rules17: date shapes (date-format)', () => {
  const jobs = (a: string, b: string, c: string) =>
    `## Experience\n\n### Analyst, Northwind — ${a}\n\n- Built 3 reports.\n\n### Clerk, Initech — ${b}\n\n- Filed 400 claims.\n\n### Tutor, Hooli — ${c}\n\n- Tutored 6 students.\n`;

  it('flags business quarters among month and year dates, and names their months', () => {
    const text = jobs('Feb 2024 – Present', 'Q2 2021 – Q4 2023', '2016 – 2020');
    assert.deepEqual(flagged(dateFormat, text), ['Q2 2021', 'Q4 2023']);
    assert.match(findingsOf(dateFormat, text)[1].message, /Q4 2023 is Oct–Dec 2023/);
  });

  it('leaves quarters alone when every entry uses them', () => {
    assert.deepEqual(flagged(dateFormat, jobs('Q1 2024 – Q3 2024', 'Q2 2021 – Q4 2023', 'Q1 2019 – Q2 2020')), []);
  });

  it('flags a two-digit year beside four-digit ones and rewrites it', () => {
    const text = jobs('Mar ’22 – Present', 'Jun 2019 – Feb 2022', 'Jan 2017 – May 2019');
    assert.deepEqual(flagged(dateFormat, text), ['Mar ’22']);
    assert.match(findingsOf(dateFormat, text)[0].fixes![0].title, /"Mar 2022"/);
  });

  it('offers an earlier century for a two-digit year past the near future, never as a safe fix', () => {
    const text = jobs('Jun 2019 – Present', 'Jan 2012 – May 2019', 'May ’98 – Aug ’99');
    const fixes = findingsOf(dateFormat, text).flatMap((f) => f.fixes ?? []);
    assert.ok(fixes.some((f) => /"May 1998"/.test(f.title)), fixes.map((f) => f.title).join(', '));
    assert.ok(fixes.every((f) => !/20(?:98|99)/.test(f.title)));
    assert.ok(fixes.filter((f) => /199\d/.test(f.title)).every((f) => !f.safe));
  });

  it('flags "since 2022" among ranges and "since" before a closed range', () => {
    const text = jobs('since 2022', 'since 2018 – Mar 2021', '2015 – 2018');
    assert.deepEqual(flagged(dateFormat, text), ['since 2022', 'since 2018 – Mar 2021']);
    const fixes = findingsOf(dateFormat, text).map((f) => f.fixes![0].edits[0].newText);
    assert.deepEqual(fixes, ['2022 – Present', '']);
  });

  it('flags a LaTeX double hyphen between dates in Markdown', () => {
    const text = jobs('Oct 2021 -- Present', 'Jun 2019 – Sep 2021', 'Jan 2017 – May 2019');
    assert.deepEqual(flagged(dateFormat, text), ['--']);
  });

  it('holds year-first dotted dates to month names when two entries use names', () => {
    const text = jobs('Apr 2024 – Present', '2021.03 – 2024.02', 'Nov 2019 – Feb 2021');
    assert.deepEqual(flagged(dateFormat, text), ['2021.03', '2024.02']);
  });

  it('a tie between short and full month names goes to the short ones, whichever came first', () => {
    assert.deepEqual(flagged(dateFormat, `## Experience\n\n### Analyst, Northwind — September 2023 – Present\n\n- Built 3 reports.\n\n### Clerk, Initech — Oct 2020\n\n- Filed 400 claims.\n`), ['September 2023']);
  });

  it('holds a dated activity item to the entries format, without voting', () => {
    const text = `${jobs('Feb 2024 – Present', 'Jun 2019 – Jan 2024', 'Jan 2017 – May 2019')}\n## Activities\n\n- Treasurer of the chess club (40 members), 2018.09–2019.05\n`;
    assert.deepEqual(flagged(dateFormat, text), ['2018.09', '2019.05']);
  });
});

describe('rules17: parse reads plain Word-pasted titles and a name under a generic title', () => {
  it('opens an entry at "Title — Company, City" with its dates on the next line', () => {
    const doc = parseResume('## Experience\n\nStore Clerk — Maple Grocers, Guelph, ON\n2018 – 2020\n\n1) Stocked 9 aisles.\n\nForklift Operator’s Aide — Acme, Guelph, ON\nsince 2020 – Dec 2022\n\n1) Moved 200 pallets a week.\n');
    const entries = doc.sections.flatMap((s) => s.entries);
    assert.equal(entries.length, 2);
    assert.equal(entries[1].dates?.raw, '2020 – Dec 2022');
  });

  it('reads "## Name" under "# RESUME" as the header, not a section', () => {
    const doc = parseResume('# RESUME\n\n## Ola Nordmann\n\nola@example.com\n\n## Skills\n\n- Python\n');
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'skills']);
  });

  it('does not read Pandoc div fences as bullets', () => {
    const doc = parseResume('## Experience\n\n::: job\n### Analyst — Northwind, Oslo\nMay 2020 – Present\n\n- Built 3 reports.\n:::\n');
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Built 3 reports.']);
  });
});

describe('rules17: renders-wrongly blocks', () => {
  it('flags a Markdown list inside an HTML block with no blank line', () => {
    const text = '## Teaching\n\n<details>\n<summary>Courses</summary>\n- Lab instructor, BIO 101\n- Grader, BIO 220\n</details>\n';
    assert.deepEqual(linesOf(rendersWrongly, text), [5]);
  });

  it('leaves an HTML block followed by a blank line alone', () => {
    const text = '## Teaching\n\n<details>\n<summary>Courses</summary>\n\n- Lab instructor, BIO 101\n\n</details>\n';
    assert.deepEqual(linesOf(rendersWrongly, text), []);
  });

  it('flags LaTeX style commands in a plain Markdown resume, not in a Pandoc source', () => {
    const text = '## Publications\n\n1. \\textbf{Lee, J.}; Park, S. A study of tides. 2021.\n';
    assert.deepEqual(flagged(rendersWrongly, text), ['\\textbf{Lee, J.}']);
    assert.deepEqual(flagged(rendersWrongly, `---\noutput: pdf_document\n---\n\n${text}`), []);
  });

  it('flags the opening fence of a Pandoc div only', () => {
    const text = '## Summary\n\n::: {.intro}\nAnalyst with 6 years in logistics.\n:::\n';
    assert.deepEqual(linesOf(rendersWrongly, text), [3]);
    assert.equal(findingsOf(rendersWrongly, text)[0].fixes![0].edits.length, 2);
  });

  it('flags a Word "o" sub-bullet under a list item and offers an indented item', () => {
    const text = '## Experience\n\n### Helper — Acme, 2019\n\n1) Pulled cable on 12 jobs.\no Mostly conduit work.\n';
    const [f] = findingsOf(rendersWrongly, text);
    assert.equal(text.slice(0, f.range.start).split('\n').length, 6);
    assert.equal(f.fixes![0].edits[0].newText, '   - ');
  });

  it('flags a name line run into the location line, and short sentences one to a line', () => {
    assert.deepEqual(linesOf(rendersWrongly, 'JANE ROE\nGuelph, Ontario\n\nSUMMARY\n\nText.\n'), [1]);
    const other = '## Other\n\nValid class 5 licence and my own set of hand tools.\nOpen to weekend shifts and travel across the region.\nFirst aid and CPR certified since last spring.\n';
    assert.deepEqual(linesOf(rendersWrongly, other), [3]);
    // The same shape in a summary is prose written one sentence to a line.
    assert.deepEqual(linesOf(rendersWrongly, other.replace('Other', 'Summary')), []);
  });

  it('reads a two-digit year as a date line under a title line', () => {
    assert.deepEqual(linesOf(rendersWrongly, '## Experience\n\nLine Cook — Grill House, Guelph\nMar ’21 – now\n\n- Cooked.\n'), [3]);
  });
});

describe('rules17: duplicate-bullet', () => {
  const two = (a: string, b: string) => `## Experience\n\n### Analyst, Northwind — 2021 – 2023\n\n- ${a}\n- Built 3 dashboards.\n\n### Clerk, Initech — 2019 – 2021\n\n- ${b}\n`;
  it('flags a three-word copy that opens with a verb', () => {
    assert.equal(findingsOf(duplicateBullet, two('Coordinated supplier audits.', 'Coordinated supplier audits.')).length, 1);
  });
  it('reads "X and Y-ed …" as a sentence, not a list of phrases', () => {
    assert.equal(findingsOf(duplicateBullet, two('Wrote and reviewed wiring diagrams and load schedules.', 'Wrote and reviewed wiring diagrams and load schedules.')).length, 1);
  });
  // rules19: a two-word duty line repeated in another job is a copy (reviewers flag it); a one-word
  // line and short items outside work narratives are still left alone.
  it('flags a short noun copy in two jobs, not a one-word one', () => {
    assert.equal(findingsOf(duplicateBullet, two('Vendor relations.', 'Vendor relations.')).length, 1);
    assert.equal(findingsOf(duplicateBullet, two('Invoicing.', 'Invoicing.')).length, 0);
  });
});

describe('rules17: dates of credentials and schools', () => {
  it('flags a certification dated after today, not one marked as expected', () => {
    const text = '## Certifications\n\n- AWS Solutions Architect — Associate, 2025\n- Kubernetes Administrator (CKA) — October 2026\n- Terraform Associate — expected December 2026\n';
    const found = findingsOf(impossibleDates, text, { rules: { 'impossible-dates': { today: '2026-06-15' } } }).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['October 2026']);
  });

  it('does not flag an expiry or renewal date, and still flags a credential "issued by" its vendor', () => {
    const text = '## Certifications\n\n- Security+ — valid to March 2028\n- CPR/AED (expires June 2027)\n- PMP (exp. 2028)\n- Cloud Architect, issued by Google — October 2026\n';
    const found = findingsOf(impossibleDates, text, { rules: { 'impossible-dates': { today: '2026-06-15' } } }).map((f) => text.slice(f.range.start, f.range.end));
    assert.deepEqual(found, ['October 2026']);
  });

  it('flags an undated school item among dated training items', () => {
    const text = '## Training\n\n- Welding Level 1, Fanshawe College, 2022\n- High School Diploma, Riverside Secondary School\n- First Aid — 2023\n';
    assert.deepEqual(findingsOf(missingGraduationDate, text).map((f) => text.slice(f.range.start, f.range.end)), ['High School Diploma, Riverside Secondary School']);
  });
});

describe('rules17: tech-spelling', () => {
  it('flags a Title-cased name without its inner capitals', () => {
    const text = '## Skills\n\n- Tools: Powershell, Power Bi, Jira\n';
    assert.deepEqual(flagged(techSpelling, text), ['Powershell', 'Power Bi']);
  });
  it('leaves a word of a known two-word product alone ("Cisco IOS")', () => {
    assert.deepEqual(flagged(techSpelling, '## Skills\n\n- Networking: Cisco IOS, VLANs, BGP\n'), []);
  });
  it('drops a near miss the writer also uses away from any technology', () => {
    const text = '# Ana\n\nMadrid, Spain\n\n## Experience\n\n### iOS Developer — Acme, Madrid\n\n- Built 3 apps.\n';
    assert.deepEqual(flagged(techSpelling, text).filter((t) => t === 'Madrid'), []);
  });
});

describe('rules17: smaller patterns', () => {
  it('placeholder: a "TBD" note', () => {
    assert.deepEqual(flagged(placeholder, '## Projects\n\n- Built a parser in Rust – demo link TBD\n'), ['TBD']);
    assert.deepEqual(flagged(placeholder, '## Projects\n\n- Built a TBDX exporter.\n'), []);
  });

  it('references-line: "when requested" and a "REFERENCES –" line with a phone', () => {
    assert.equal(findingsOf(referencesLine, '## Other\n\nReferences: available when requested.\n').length, 1);
    assert.equal(findingsOf(referencesLine, '## Other\n\n- Python\n\nREFERENCES – Sam Lee (Foreman, Acme) 519-555-0142\n').length, 1);
  });

  it('personal-details: "Born 1998" and a faith trait', () => {
    assert.deepEqual(flagged(personalDetails, '## Other\n\nBorn 1998, no criminal record.\n'), ['Born 1998, no criminal record']);
    assert.deepEqual(flagged(personalDetails, '## Summary\n\nA devout and punctual planner with 5 years in retail.\n'), ['devout']);
  });

  it('self-description: a trait written as two words before a person noun', () => {
    assert.deepEqual(flagged(selfDescription, '## Summary\n\nA hard working, dependable guy with 8 years on job sites.\n'), ['hard working, dependable']);
  });

  it('passive-voice: publications are cited as published; a past-tense opening states the action', () => {
    assert.deepEqual(flagged(passiveVoice, '## Publications\n\n1. Lee, J. Tides are predicted by neural nets. 2021.\n'), []);
    assert.deepEqual(flagged(passiveVoice, '## Experience\n\n### Trainee — Acme, 2019\n\n- Rotated through 3 plants and was later kept on as a planner.\n'), []);
    assert.deepEqual(flagged(passiveVoice, '## Experience\n\n### Trainee — Acme, 2019\n\n- Outdated servers were replaced over 3 weekends.\n'), ['were replaced']);
  });

  it('first-person: a header paragraph inside a Pandoc div', () => {
    const text = '# Ana Li\n\nana@example.com\n\n::: {.profile}\nI have built data pipelines for retailers over the last eight years.\n:::\n\n## Skills\n\n- SQL\n';
    assert.deepEqual(flagged(firstPerson, text), ['I']);
  });

  it('chat-style: an acronym in capitals before its noun is not chat', () => {
    const bullet = (t: string) => `## Experience\n\n### Analyst — Acme, 2021\n\n- ${t}\n`;
    assert.deepEqual(flagged(chatStyle, bullet('Fit a PLS regression model on 400 spectra.')), []);
    assert.deepEqual(flagged(chatStyle, bullet('Fixed 30 flaky tests btw.')), ['btw']);
  });
});
