// Section labels in the shapes real Markdown resumes use: a bold-only line, `__x__`, an ALL-CAPS line
// alone, and `##` headings whose words name no known section. Their bullets must land in a work-like
// section so the bullet checks read them. Invented resumes only.
import assert from 'node:assert/strict';
import { parseResume, isNarrativeKind } from '../../../src/core/document/parse';
import type { ResumeDocument } from '../../../src/core/document/types';
import { clearParseMemos } from '../../../src/core/incremental';
import { lintDocument } from '../../../src/core/lint';

const HEAD = ['# Dana Ruiz', 'dana.ruiz@example.com | 555-0101', ''];
const CLINIC = [
  '**Nurse Intern**, Lakeside Hospital — Jan 2022 – May 2023', '',
  '- Helped with patient intake on the night shift', '- Charted vitals for twelve patients a shift', '',
  '**Care Assistant**, Elm Street Clinic — 2020 – 2021', '',
  '- Scheduled follow-up visits for 300 patients', '- Restocked supply rooms weekly', '',
];
const doc = (...lines: string[]) => parseResume([...HEAD, ...lines].join('\n'));
/** The section each bullet landed in, by the start of the bullet's text. */
const bulletKinds = (d: ResumeDocument) => d.bullets.map((b) => `${b.text.split(' ')[0]}:${b.section.kind}`);
const narrative = (d: ResumeDocument) => d.bullets.filter((b) => isNarrativeKind(b.section.kind)).length;
const sectionTitles = (d: ResumeDocument) => d.sections.filter((s) => s.headingRange).map((s) => `${s.kind}:${s.title}`);

describe('parseResume: section labels in the shapes real resumes use', () => {
  it('opens an experience section at a bold label whose head noun names it ("**CLINICAL EXPERIENCE**")', () => {
    const d = doc('**CLINICAL EXPERIENCE**', '', ...CLINIC);
    assert.deepEqual(sectionTitles(d), ['experience:CLINICAL EXPERIENCE']);
    assert.equal(narrative(d), 4);
    assert.deepEqual(d.sections[1].entries.map((e) => e.organisation), ['Lakeside Hospital', 'Elm Street Clinic']);
  });

  it('reads bold labels with and without a trailing colon, and `__x__`', () => {
    for (const label of ['**Work Experience**', '**Work Experience:**', '**Clinical Rotations:**', '__PROJECTS__', '__Research Experience__']) {
      const d = doc(label, '', ...CLINIC);
      assert.equal(narrative(d), 4, label);
      assert.equal(d.sections.filter((s) => s.headingRange).length, 1, label);
    }
  });

  it('opens a section at an ALL-CAPS line alone that names one ("RESEARCH EXPERIENCE", "EXPERIENCE")', () => {
    for (const label of ['RESEARCH EXPERIENCE', 'EXPERIENCE', 'FIELD EXPERIENCE']) {
      const d = doc(label, '', ...CLINIC);
      assert.equal(narrative(d), 4, label);
      assert.equal(d.sections[1].title, label);
    }
  });

  it('reads a bold or ALL-CAPS label directly above its first entry, without a blank line', () => {
    const d = doc('**EXPERIENCE**', ...CLINIC);
    assert.equal(narrative(d), 4);
    const e = doc('EXPERIENCE', ...CLINIC);
    assert.equal(narrative(e), 4);
  });

  it('infers a work-like kind for an unfamiliar ## heading followed by dated entries with bullets', () => {
    for (const title of ['Shipped games', 'Things I built', 'Lab work', 'Where I have been']) {
      const d = parseResume(
        [
          ...HEAD, '## Summary', '', 'Gameplay programmer with five years in Unity and C++.', '',
          `## ${title}`, '', '### Nebula Drift — Lead Programmer', '*2021 – 2023*', '',
          '- Built the netcode for 4-player co-op in Unity', '- Worked on various features', '',
          '### Paper Lanterns — Programmer', '*2019 – 2021*', '', '- Ported the renderer to the Switch', '- Responsible for the save system', '',
          '## Education', '', '**BSc Computer Science**, Lakeview University, 2019', '',
        ].join('\n'),
      );
      const s = d.sections.find((x) => x.title === title)!;
      assert.ok(isNarrativeKind(s.kind), `${title}: ${s.kind}`);
      assert.equal(s.bullets.length, 4, title);
    }
  });

  it('infers projects for an unfamiliar heading over undated entries whose bullets open with verbs', () => {
    const d = parseResume(
      [
        ...HEAD, '## Things I made', '', '**Tidewatch**', '', '- Built a tide-table app in Kotlin used by 2,000 sailors', '- Wrote the offline cache in SQLite', '',
        '**Loom**', '', '- Designed a weaving-pattern editor in TypeScript', '- Added undo history with a persistent tree', '',
      ].join('\n'),
    );
    assert.equal(d.sections[1].kind, 'projects');
    assert.equal(narrative(d), 4);
  });

  it('opens a section at an unfamiliar bold label when entries with dates and bullets follow it', () => {
    const d = doc('**Shipped games**', '', ...CLINIC);
    assert.deepEqual(sectionTitles(d).map((t) => t.split(':')[1]), ['Shipped games']);
    assert.equal(narrative(d), 4);
  });

  it('keeps an unfamiliar heading "other" when its content is not entries with work bullets', () => {
    const d = parseResume(
      [
        ...HEAD, '## Experience', '', ...CLINIC,
        '## Talks & Writing', '', '- "Boring queues" — Riverside Dev Meetup 2023', '- [Why we log less](https://example.com/log) — blog, 2022', '',
        '## Off the clock', '', '- Marathon running', '- Sourdough baking', '- Chess (club rating 1700)', '',
      ].join('\n'),
    );
    assert.deepEqual(sectionTitles(d), ['experience:Experience', 'other:Talks & Writing', 'other:Off the clock']);
  });

  it('does not read an entry title or employer in bold as a section label', () => {
    const d = doc(
      '## Experience', '',
      '**Acme Corp** — Toronto', '', '*Software Engineer*, 2023 – 2024', '', '- Built the billing service in Go', '- Cut deploy time from 40 to 8 minutes', '',
      '**Software Engineer**, Acme, 2021 – 2023', '', '- Wrote the search indexer', '- Led the Postgres upgrade', '',
      '**Harbor Research**', '', '*Data Intern*, 2020', '', '- Cleaned survey data in pandas', '- Drew the quarterly charts', '',
    );
    assert.deepEqual(sectionTitles(d), ['experience:Experience']);
    assert.equal(d.sections[1].entries.length, 3);
    assert.equal(narrative(d), 6);
  });

  it('does not read a bold phrase inside a paragraph or a bold skill-group label as a section', () => {
    const d = doc(
      '## Summary', '', 'Backend developer with **eight years** of payments work.', '',
      '## Skills', '', '**Languages:** Python, Go', '', '**Tools:** Docker, Terraform', '',
      '## Experience', '', ...CLINIC,
    );
    assert.deepEqual(sectionTitles(d), ['summary:Summary', 'skills:Skills', 'experience:Experience']);
  });

  it('keeps a bold group label inside a dated role in that role', () => {
    // "highlights" is a section word (summary) by the head-noun reading; inside a dated role it labels a group.
    const d = doc('## Experience', '', '**Nurse Intern**, Lakeside Hospital — Jan 2022 – May 2023', '', '**Clinical highlights**', '', '- Cut intake wait times by 20%', '- Trained six new volunteers', '');
    assert.deepEqual(sectionTitles(d), ['experience:Experience']);
    assert.equal(d.sections[1].entries[0].bullets.length, 2);
  });

  it('still reads an ALL-CAPS first line as the name, not a section', () => {
    const d = parseResume(['DANA RUIZ', '', 'dana.ruiz@example.com | 555-0101', '', 'EXPERIENCE', '', ...CLINIC].join('\n'));
    assert.equal(d.profile.name, 'DANA RUIZ');
    assert.equal(narrative(d), 4);
    assert.deepEqual(bulletKinds(d).map((k) => k.split(':')[1]), ['experience', 'experience', 'experience', 'experience']);
  });

  it('keeps an unfamiliar heading "other" over dated entries whose items are not work descriptions', () => {
    const d = parseResume(
      [
        ...HEAD, '## Academic record', '', '**Lakeview University** — BSc Biology, 2019 – 2023', '',
        '- GPA: 3.8 of 4.0', "- Dean's list in every term", '- Relevant coursework: Genetics, Ecology, Statistics', '',
      ].join('\n'),
    );
    assert.deepEqual(sectionTitles(d), ['other:Academic record']);
  });

  it('gives an edited document the kinds a cold parse gives when an edit below a heading changes what it reads as', () => {
    // The edits fall blocks below the heading, so a warm build would restore the heading's old kind
    // unless the kinds read from content are part of what reuse compares.
    const start = [
      ...HEAD, '## Shipped games', '', '### Nebula Drift — Lead Programmer', '', '- Netcode for 4-player co-op in Unity', '',
      'Some paragraph here.', '', 'Another one.', '', '- Menus and the save system for consoles', '', '## Skills', '', '- C++, Unity, Lua', '',
    ].join('\n');
    const at = start.indexOf('\n\n- Netcode') + 1;
    const texts = [start];
    // Typing the dates line under the entry, then turning the first item into a verb-led description.
    for (const ch of '*2021 – 2023*\n') texts.push(texts[texts.length - 1].slice(0, at + texts.length - 1) + ch + texts[texts.length - 1].slice(at + texts.length - 1));
    const last = texts[texts.length - 1];
    texts.push(last.replace('- Netcode', '- Built netcode'), last.replace('- Netcode', '- Built netcode').replace('- Menus', '- Wrote menus'));
    const shape = (d: ResumeDocument) => JSON.stringify([d.sections.map((s) => [s.kind, s.title, s.range, s.entries.length]), d.bullets.map((b) => [b.text, b.section.kind, b.range])]);
    clearParseMemos();
    const warm = texts.map((t) => shape(parseResume(t)));
    texts.forEach((t, i) => {
      clearParseMemos();
      assert.equal(warm[i], shape(parseResume(t)), `step ${i}:\n${t}`);
    });
    assert.match(warm[0], /"other","Shipped games"/);
    assert.match(warm[warm.length - 1], /"experience","Shipped games"/);
  });

  it('reads an unfamiliar setext heading and an unfamiliar ALL-CAPS label by their content', () => {
    const setext = doc('Experience', '----------', '', ...CLINIC.slice(0, 5), 'Shipped games', '-------------', '', ...CLINIC.slice(5));
    assert.deepEqual(sectionTitles(setext), ['experience:Experience', 'experience:Shipped games']);
    const caps = doc('SHIPPED GAMES', '', ...CLINIC);
    assert.deepEqual(sectionTitles(caps), ['experience:SHIPPED GAMES']);
    const tight = doc('CLINICAL EXPERIENCE', ...CLINIC);
    assert.deepEqual(sectionTitles(tight), ['experience:CLINICAL EXPERIENCE']);
  });

  it('keeps an ALL-CAPS school name inside an ALL-CAPS Education section an entry, even over verb-led items', () => {
    const d = parseResume(
      [
        'DANA RUIZ', '', 'dana.ruiz@example.com', '', 'EDUCATION', '', 'LAKEVIEW UNIVERSITY', '', 'B.Sc. Computer Science, 2019 – 2023', '',
        '- Built a line-following robot for the capstone', '- Tutored first-year students in calculus weekly', '', 'EXPERIENCE', '', ...CLINIC,
      ].join('\n'),
    );
    assert.deepEqual(sectionTitles(d), ['education:EDUCATION', 'experience:EXPERIENCE']);
    assert.equal(d.sections[1].entries[0].title, 'LAKEVIEW UNIVERSITY');
    assert.equal(d.profile.name, 'DANA RUIZ');
  });

  it('lets the bullet checks read bullets under each label shape, as under "## Experience"', () => {
    const checks = (label: string) => {
      const d = doc(label, '', '**Nurse Intern**, Lakeside Hospital — Jan 2022 – May 2023', '', '- Helped with patient intake', '- Responsible for charting vitals', '');
      const found = lintDocument(d, { today: '2026-11-30', config: { markdownlint: false } }).findings;
      return found.filter((f) => f.ruleId === 'weak-opening').length;
    };
    const reference = checks('## Experience');
    assert.equal(reference, 2);
    for (const label of ['**CLINICAL EXPERIENCE**', '**Work Experience:**', '__PROJECTS__', 'RESEARCH EXPERIENCE', '## Shipped games', '**Shipped games**']) {
      assert.equal(checks(label), reference, label);
    }
  });
});
