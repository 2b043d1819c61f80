// What the parser does NOT read as a bullet in a work section, what it reads a section as when its
// content contradicts its title, and contacts written in unusual ways — on small invented fixtures
// (test/fixtures/layouts/), one per layout class.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseResume, collectCandidates } from '../../../src/core/document/parse';
import { isPointerLine } from '../../../src/core/document/line-kinds';
import { lineFeatures } from '../../../src/core/document/line-features';
import { accomplishmentScore } from '../../../src/core/document/line-classifier';
import { sectionKindOf } from '../../../src/core/document/section-kinds';
import type { StyledText } from '../../../src/core/document/styled-text';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/layouts/${name}`, import.meta.url), 'utf8');
const plainLine = (text: string, linkFrom = text.length): StyledText => ({
  text,
  offsets: [...Array(text.length + 1).keys()],
  styles: [...text].map((_, i) => (i >= linkFrom ? 4 : 0)),
});

describe('lines that look like bullets but are not', () => {
  const doc = parseResume(fixture('not-bullets.md'));
  const [, experience, teaching, projects] = doc.sections;

  it('reads items between an entry title and its dates heading as its role titles', () => {
    assert.deepEqual(
      experience.bullets.map((b) => b.text),
      ['Cut the arm calibration time from two hours to 15 minutes with a scripted routine.', 'Wrote the safety checklist used on 30 field tests.'],
    );
    const [entry] = experience.entries;
    assert.match(entry.heading.text, /Field test coordinator/);
    assert.equal(entry.dates?.raw, 'MARCH 2019 - JUNE 2022');
    assert.equal(entry.bullets.length, 2);
    assert.deepEqual(doc.bullets.map((b) => b.index), doc.bullets.map((_, i) => i), 'indices stay dense');
  });

  it('reads only the description columns of a record table (long, sentences or phrases), not a column of course names', () => {
    assert.equal(teaching.kind, 'experience');
    assert.deepEqual(
      teaching.bullets.map((b) => b.text),
      [
        'Redesigned the lab handouts for a cohort of 120 students and cut grading questions by half.',
        'Ran weekly sessions and built an autograder used in three courses.',
        'Polls tide gauges and stores readings in SQLite',
        'Sends a push alert when gusts pass a limit',
      ],
    );
  });

  it('does not read a pointer to more projects as a bullet', () => {
    assert.deepEqual(projects.bullets.map((b) => b.text), ['Built a planner that warns kayakers when a crossing window closes; 900 people used it.']);
    assert.ok(isPointerLine(plainLine('See all my projects on GitHub', 24)));
    assert.ok(isPointerLine(plainLine('More at https://example.org/work')));
    assert.ok(!isPointerLine(plainLine('Seeded the test database with 2,000 anonymised orders')), 'a verb that starts like "see" is work');
    assert.ok(!isPointerLine(plainLine('See the rest below')), 'no link: not a pointer');
  });
});

describe('section kind by content and by head noun', () => {
  const doc = parseResume(fixture('section-content.md'));
  const kinds = doc.sections.map((s) => [s.title, s.kind]);

  it('reads a key-value About block as the header and a skills section of sentences as a summary', () => {
    assert.deepEqual(kinds, [
      ['', 'header'],
      ['About', 'header'],
      ['Professional Skills:', 'summary'],
      ['Skills', 'skills'],
      ['Experience', 'experience'],
      ['Professional On-the-job and Certified Training Courses:', 'certifications'],
      ['Technical Experience', 'skills'],
      ['Research', 'research'],
      ['Papers', 'publications'], // under a heading that names its own kind: no merge
    ]);
  });

  it('names a generic heading with one sub-section by that sub-section, keeping its other sub-headings as groups', () => {
    const skills = doc.sections.find((s) => s.title === 'Technical Experience')!;
    assert.deepEqual(skills.entries.map((e) => e.heading.text), ['Queues and Stores']);
    assert.ok(skills.bullets.every((b) => b.section === skills));
    assert.equal(doc.bullets.filter((b) => b.section.kind === 'experience' && b.text.startsWith('Go:')).length, 0);
  });

  it('reads a bold label that names the section it stands in as a group, not a new section', () => {
    const skills = doc.sections.find((s) => s.kind === 'skills')!;
    assert.deepEqual(skills.entries.map((e) => e.heading.text.split('\n')[0]), ['Languages:', 'Tool Expertise:']);
  });

  it('names a long heading by its head noun, up to eight words', () => {
    assert.equal(sectionKindOf('Professional On the Job and Certified Training Courses'), 'certifications');
    assert.equal(sectionKindOf('Programming Languages'), 'skills');
    assert.equal(sectionKindOf('What I learned while building many small things for fun'), undefined);
  });
});

describe('contacts written in unusual ways', () => {
  it('reads an obfuscated address (not the placeholder mailto behind it) and a phone written without spaces', () => {
    const { profile } = parseResume(fixture('contacts-unusual.md'));
    assert.equal(profile.email, 'lena.okafor@mailbox.org');
    assert.equal(profile.phone, '+447700900123');
  });

  it('reads an unbroken run of digits as a phone only with a "+", a phone label or ten digits', () => {
    const phone = (line: string) => parseResume(`# Sam Roe\n\n${line}\n\n## Experience\n`).profile.phone;
    assert.equal(phone('Mobile: 4915123456789'), '4915123456789');
    assert.equal(phone('+919876543210'), '+919876543210');
    assert.equal(phone('5551234567'), '5551234567');
    assert.equal(phone('Member 123456789012'), undefined, 'an identifier');
    assert.equal(phone('ORCID 123456789012345678'), undefined, 'part of a longer number');
  });

  it('never reads "at" in a sentence as an obfuscated address', () => {
    const { profile } = parseResume('# Sam Roe\n\nWorked at Acme dot com projects.\n\n## Experience\n\n- Built things at scale.\n');
    assert.equal(profile.email, undefined);
  });
});

describe('accomplishment line classifier (features and candidates)', () => {
  it('collects candidates with features, the lines the rules reject included', () => {
    const candidates = collectCandidates(fixture('not-bullets.md'));
    const rejected = candidates.filter((c) => c.ruleReject).map((c) => c.bullet.text);
    assert.ok(rejected.some((t) => t.startsWith('See the rest of my projects')), `rejected: ${rejected.join(' / ')}`);
    assert.ok(candidates.filter((c) => !c.ruleReject).some((c) => c.bullet.text.startsWith('Wrote the safety checklist')));
    for (const c of candidates) assert.ok(c.features.has(`source:${c.bullet.source}`));
  });

  it('scores with a model: features it does not know weigh nothing', () => {
    const f = lineFeatures(plainLine('Built a planner used by 900 kayakers.'), { source: 'list', depth: 0, firstInEntry: true, noEntry: false });
    assert.ok(f.has('opens-verb:past'));
    assert.ok(f.has('ends-sentence'));
    const model = { bias: 0, threshold: 0.5, weights: { 'opens-verb:past': 2, 'rule:link-only': -3 } };
    assert.ok(accomplishmentScore(f, model) > 0.8);
    assert.equal(accomplishmentScore(new Map([['unknown', 1]]), model), 0.5);
  });
});

describe('a "References available upon request" line is never a bullet', () => {
  const lines = (...l: string[]) => l.join('\n');
  it('is no bullet at the end of a volunteering section, and references-line still reports it', async () => {
    const { lintDocument } = await import('../../../src/core/lint');
    const text = lines('# Sam Okafor', 'sam@example.com', '', '## Volunteering', '', '**Food bank helper**, Northside Pantry, 2021 – 2023', '',
      '- Sorted donations for 40 families a week', '', 'References available upon request.', '');
    const doc = parseResume(text);
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Sorted donations for 40 families a week']);
    const rules = lintDocument(doc, { config: { markdownlint: false } }).findings.filter((f) => doc.text.slice(f.range.start, f.range.end).includes('upon request'));
    assert.deepEqual(rules.map((f) => f.ruleId), ['references-line']);
  });
  it('knows the closing formula in its usual wordings, and nothing longer', async () => {
    const { isReferencesLine } = await import('../../../src/core/document/line-kinds');
    for (const t of ['References available upon request.', 'References: available on request', 'Referees available on request', 'Professional references upon request'])
      assert.ok(isReferencesLine(t), t);
    for (const t of ['Collected references from 12 employers on request of the hiring team and filed them in Workday', 'Wrote API references'])
      assert.ok(!isReferencesLine(t), t);
  });
});
