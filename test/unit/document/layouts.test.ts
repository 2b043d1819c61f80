// The parser on one small invented resume per layout class (test/fixtures/layouts/): pasted glyph
// bullets with wrapped lines, unmarked lines and paragraphs, section names written any way with
// nesting by level, entry field shapes, HTML blocks, and the profile from the header only.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResume } from '../../../src/core/document/parse';
import { findDateRange, isDateOnly } from '../../../src/core/document/dates';
import { sectionKindOf } from '../../../src/core/document/section-kinds';
import type { Bullet, ResumeDocument } from '../../../src/core/document/types';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), 'utf8');
const texts = (bullets: Bullet[]) => bullets.map((b) => b.text);

/** Every character of every bullet maps to the same character in the source (line breaks read as spaces). */
function assertExactOffsets(doc: ResumeDocument): void {
  for (const b of doc.bullets) {
    assert.equal(b.offsets.length, b.text.length + 1, `offsets of "${b.text}"`);
    for (let i = 0; i < b.text.length; i++) {
      const src = doc.text[b.offsets[i]];
      const ok = src === b.text[i] || (b.text[i] === ' ' && /\s/.test(src)) || (b.text[i] === '&' && src === '&');
      assert.ok(ok, `"${b.text}"[${i}] = ${JSON.stringify(b.text[i])} maps to ${JSON.stringify(src)}`);
    }
    assert.ok(b.range.start <= b.offsets[0] && b.range.end >= b.offsets[b.text.length - 1] + 1, `range covers "${b.text}"`);
  }
}

describe('parseResume on real-world layouts', () => {
  it('reads pasted glyph bullets with their wrapped continuation lines as one bullet each', () => {
    const doc = parseResume(fixture('glyph-wrapped.md'));
    assert.deepEqual(texts(doc.bullets), [
      'Rebuilt the weekly freight report in SQL and dbt, cutting its run time from six hours to 40 minutes for 12 regional managers.',
      'Automated customs-form checks, removing 300 manual reviews a month.',
      'Trained 5 new analysts on the warehouse model and its tests, including the on-call playbook.',
      'Migrated 40 dashboards from Excel to Looker.',
      'Cut report errors by 70% with row-level data tests.',
    ]);
    assert.ok(doc.bullets.every((b) => b.source === 'glyph'));
    const first = doc.bullets[0];
    assert.equal(doc.lines.positionAt(first.range.start).line + 1, doc.lines.positionAt(first.range.end - 1).line, 'range covers both wrapped lines');
    assert.equal(doc.text.slice(first.markerRange!.start, first.markerRange!.end), '•');
    const [entry] = doc.sections[1].entries;
    assert.equal(entry.dates?.current, true);
    assert.equal(entry.bullets.length, 5);
    assertExactOffsets(doc);
  });

  it('reads unmarked lines under a role and a one-paragraph project, but not link, tech, date or italic lines', () => {
    const doc = parseResume(fixture('unmarked-lines.md'));
    const [projects, experience] = doc.sections.slice(1);
    assert.equal(projects.kind, 'projects');
    assert.deepEqual(texts(projects.bullets), [
      'A route planner for kayakers that combines tide tables with wind forecasts and warns when a crossing window closes; about 900 people used it in its first summer.',
    ]);
    assert.deepEqual(texts(experience.bullets), [
      'Calibrated 14 sonar units before each survey season.',
      'Logged 2,000 depth soundings a week into the shared database.',
      'Wrote the checklist the crew still uses for boat launches.',
    ]);
    assert.ok(doc.bullets.every((b) => b.source === 'line'));
    assertExactOffsets(doc);
  });

  it('finds sections written any way, and keeps an organisation heading with a section word as an entry', () => {
    const doc = parseResume(fixture('section-names.md'));
    assert.deepEqual(
      doc.sections.map((s) => [s.kind, s.title]),
      [
        ['header', ''],
        ['experience', 'WORK HISTORY'],
        ['experience', 'EXPERIENCE & PROJECTS'],
        ['education', 'Education & Activities'],
        ['experience', 'Internships'],
        ['leadership', 'Leadership & Volunteering'],
        ['other', 'Hobbies'],
      ],
    );
    const [org] = doc.sections[1].entries;
    assert.match(org.heading.text, /^Northwind Technology Projects Group/);
    assert.equal(org.dates?.start, 2022 * 12);
    assert.equal(doc.profile.name, 'Lena Park');
    assert.equal(doc.sections[3].entries.length, 1);
    assert.equal(doc.sections[4].entries[0].dates?.formats[0], 'Season YYYY');
  });

  it('reads entry fields in their common shapes and keeps balanced parentheses', () => {
    const doc = parseResume(fixture('entry-shapes.md'));
    const entries = doc.sections[1].entries;
    assert.equal(entries.length, 5);
    const [quill, fern, orbit, sre, pine] = entries;
    assert.equal(quill.organisation, 'Quillworks');
    assert.equal(quill.role, 'Software Engineer (Co-op)');
    assert.equal(quill.dates?.raw, 'Jan 2023 – Aug 2023');
    assert.equal(fern.role, 'Backend Developer');
    assert.equal(fern.organisation, 'Fernhill Bank');
    assert.equal(fern.dates?.end, 2022 * 12);
    assert.equal(orbit.dates?.start, 2024 * 12 + 4);
    assert.equal(orbit.dates?.current, true);
    assert.equal(sre.dates?.current, true);
    assert.equal(sre.dates?.start, 2019 * 12);
    assert.equal(pine.dates?.start, 2018 * 12);
    assert.equal(pine.dates?.end, 2019 * 12 + 2);
    assert.deepEqual(entries.map((e) => e.bullets.length), [1, 1, 1, 1, 1]);
    for (const e of entries) assert.equal(doc.text.slice(e.dates!.range.start, e.dates!.range.end), e.dates!.raw);
  });

  it('reads HTML headings, <div> entry rows and <li> bullets with exact offsets', () => {
    const doc = parseResume(fixture('html-layout.md'));
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience']);
    const [entry] = doc.sections[1].entries;
    assert.match(entry.heading.text, /Robotics Research Assistant/);
    assert.equal(entry.dates?.current, true);
    assert.deepEqual(texts(entry.bullets), [
      'Tuned a motion planner that cut arm travel by 18% on 6 test rigs.',
      'Wrote a ROS driver for two force sensors & published it.',
    ]);
    assert.ok(doc.bullets.every((b) => b.source === 'html'));
    assertExactOffsets(doc);
  });

  it('takes the profile from the header only: a student number is not a phone, body links are not contacts', () => {
    const doc = parseResume(fixture('profile-header.md'));
    assert.equal(doc.profile.name, 'Noor Haddad');
    assert.equal(doc.profile.phone, '+44 20 7946 0958');
    assert.equal(doc.profile.email, 'noor.haddad@example.net');
    assert.equal(doc.profile.linkedin, 'https://www.linkedin.com/in/noor-haddad');
    assert.equal(doc.profile.github, 'https://github.com/noorh');
    assert.equal(doc.profile.website, 'https://noorhaddad.dev');
    assert.equal(doc.profile.school, 'Westbrook University');
    assert.equal(doc.profile.degree, 'BSc');
    assert.equal(doc.profile.major, 'Computer Science');
    assert.equal(doc.profile.graduation, 'May 2027');
    assert.equal(doc.format, 'markdown');
  });

  it('reads "##Work" headings without a space, dated organisation items, role items and metadata items', () => {
    const doc = parseResume(fixture('list-entries.md'));
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [['header', ''], ['experience', 'Work'], ['education', 'Education']]);
    assert.equal(doc.profile.name, 'Jonas Weber');
    const [fjord, beacon] = doc.sections[1].entries;
    assert.equal(fjord.heading.text, 'Fjord Analytics, Oslo, 2016 – 2019');
    assert.equal(fjord.dates?.end, 2019 * 12);
    assert.deepEqual(texts(fjord.bullets), ['Built the churn model the sales team used for 3 years.', 'Led the migration of 12 reports to the new warehouse in 2018.']);
    assert.match(beacon.heading.text, /Beacon Freight\nSenior Data Engineer/);
    assert.equal(beacon.dates?.current, true);
    assert.deepEqual(texts(beacon.bullets), ['Cut nightly batch time from 5 hours to 50 minutes.']);
  });

  it('reads every date shape of the issue', () => {
    const ym = (t: string) => {
      const d = findDateRange(t);
      if (!d) return undefined;
      const f = (v?: number) => (v === undefined ? '' : `${Math.floor(v / 12)}-${(v % 12) + 1}`);
      return `${f(d.start)}..${d.current ? 'now' : f(d.end)}`;
    };
    assert.equal(ym('May 2024 – Present'), '2024-5..now');
    assert.equal(ym('05/2024'), '2024-5..2024-5');
    assert.equal(ym('2024-05'), '2024-5..2024-5');
    assert.equal(ym("May '24"), '2024-5..2024-5');
    assert.equal(ym('Summer 2023'), '2023-6..2023-6');
    assert.equal(ym('2021-22'), '2021-1..2022-1');
    assert.equal(ym('2019->Today'), '2019-1..now');
    assert.equal(ym('2019 → 2021'), '2019-1..2021-1');
    assert.equal(ym('Jan 2023 to Mar 2024'), '2023-1..2024-3');
    assert.equal(ym('Expected May 2027'), '2027-5..2027-5');
    assert.equal(ym('2020.09 - 2024.06'), '2020-9..2024-6');
    assert.equal(ym('Sep 2019 -- Ongoing'), '2019-9..now');
    assert.equal(ym('Jun – Aug 2022'), '2022-6..2022-8');
    assert.equal(ym('Since March 2018'), '2018-3..now');
    assert.equal(ym('Python 3 for 200 users'), undefined);
    assert.ok(isDateOnly('(Expected May 2027)'));
    assert.ok(!isDateOnly('Joined in May 2024 as the second engineer'));
  });

  it('classifies section names by word classes, not exact strings', () => {
    assert.equal(sectionKindOf('Relevant Work Experience:'), 'experience');
    assert.equal(sectionKindOf('PROFESSIONAL BACKGROUND'), 'experience');
    assert.equal(sectionKindOf('Selected Side Projects'), 'projects');
    assert.equal(sectionKindOf('Honours & Scholarships'), 'awards');
    assert.equal(sectionKindOf('Contact Details'), 'header');
    assert.equal(sectionKindOf('Jane Q. Public'), undefined);
  });

  it('never throws on malformed input', () => {
    const inputs = ['<div><li><b>', '• \n–\n➢', '### (\n#### ) 2020 -', '|a|\n|-|\n|• |', '<h3></h3>\n**:**', '> • x\ny\n> z', '```\n- a\n'];
    for (const t of inputs) {
      const doc = parseResume(`## Experience\n\n${t}\n`);
      assertExactOffsets(doc);
    }
  });
});
