import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseRenderCv } from '../../../src/core/formats/rendercv/parse';
import { parseJsonResume } from '../../../src/core/formats/jsonresume/parse';
import type { ResumeDocument } from '../../../src/core/document/types';
import { lintDocument } from '../../../src/core/lint';

const fixture = (name: string) => readFileSync(join(__dirname, '../../fixtures/formats', name), 'utf8');

/** Letters and digits of each bullet sit at their mapped offsets (escapes and quotes skipped). */
function assertOffsetsOnSource(doc: ResumeDocument): void {
  for (const b of doc.bullets) {
    assert.equal(b.offsets.length, b.text.length + 1);
    for (let i = 0; i < b.text.length; i++) if (/[A-Za-z0-9]/.test(b.text[i])) assert.equal(doc.text[b.offsets[i]], b.text[i]);
  }
}

describe('formats: RenderCV YAML front end', () => {
  it('reads sections, entries, dates, highlights of every scalar style, and the profile from cv', () => {
    const doc = parseRenderCv(fixture('rendercv.yaml'));
    assert.equal(doc.format, 'rendercv');
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [['header', ''], ['summary', 'summary'], ['experience', 'experience'], ['education', 'education']]);
    const [baltic, kite] = doc.sections[2].entries;
    assert.deepEqual([baltic.organisation, baltic.role, baltic.dates?.raw, baltic.dates?.current], ['Baltic Freight Systems', 'Backend Engineer', '2022-03 – present', true]);
    assert.deepEqual([kite.dates?.start, kite.dates?.end], [2021 * 12 + 6, 2021 * 12 + 6]);
    assert.equal(doc.sections[3].entries[0].role, 'BSc in Computer Science');
    assert.deepEqual(doc.bullets.map((b) => b.text), [
      'Cut p99 latency of the "quote" API from 900 ms to 140 ms',
      "Moved 12 cron jobs to a queue; it's now retried on failure",
      'Built the invoice exporter used by 40 clients',
      'Wrote the on-call runbook that halved escalations in 2023',
      'Prototyped a map tile cache in Rust.',
    ]);
    assert.deepEqual([doc.profile.name, doc.profile.linkedin, doc.profile.github], ['Tomasz Wierzbicki', 'tomaszw', 'twierz']);
    assertOffsetsOnSource(doc);
    // The escaped quote maps to its backslash; the range stays inside the string's quotes.
    const first = doc.bullets[0];
    assert.equal(doc.text[first.offsets[first.text.indexOf('"')]], '\\');
    assert.equal(doc.text[first.range.start - 1], '"');
    assert.equal(doc.text[first.range.end], '"');
  });

  it('maps every character of double-quoted strings with escapes (generated)', () => {
    // RenderCV renders inline Markdown (emphasis, links, code), which the front end strips on purpose;
    // this property is about quoting and escapes, so the strings carry no Markdown syntax.
    const noMarkdown = fc.string({ minLength: 1 }).filter((s) => !/[*_[\]`]/.test(s));
    fc.assert(
      fc.property(noMarkdown, (s) => {
        const value = `Led ${s}`;
        const text = `cv:\n  sections:\n    experience:\n      - company: A\n        highlights:\n          - ${JSON.stringify(value)}\n`;
        const doc = parseRenderCv(text);
        const b = doc.bullets[0];
        assert.equal(b.text, value.replace(/\s+/g, ' ').trim());
        for (let i = 0; i < b.text.length; i++) {
          const at = b.offsets[i];
          assert.ok(doc.text[at] === b.text[i] || doc.text[at] === '\\', `char ${i} of ${JSON.stringify(b.text)}`);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads a quoted summary string as the writer\'s own words, not a quotation', () => {
    const yaml = ['cv:', '  name: Ines Pardo', '  email: ines@example.com', '  sections:', '    summary:', '      - "I am a backend developer with 6 years of payment systems work in Go."', ''].join('\n');
    const findings = lintDocument(parseRenderCv(yaml)).findings.filter((f) => f.ruleId === 'first-person');
    assert.deepEqual(findings.map((f) => yaml.slice(f.range.start, f.range.end)), ['I']);
  });

  it('reads the summary list\'s strings as prose, so a cliché in one is reported', () => {
    const yaml = ['cv:', '  name: Ines Pardo', '  sections:', '    summary:', '      - "Backend developer with 6 years of payment systems work in Go."', '      - "A results-driven team player."', ''].join('\n');
    const findings = lintDocument(parseRenderCv(yaml)).findings.filter((f) => f.ruleId === 'self-description');
    assert.deepEqual(findings.map((f) => yaml.slice(f.range.start, f.range.end)).sort(), ['results-driven', 'team player']);
  });

  it('never throws on broken YAML', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseRenderCv(`cv:\n  sections:\n    experience:\n${s}`)), { numRuns: 200 });
    assert.equal(parseRenderCv('cv: [').bullets.length, 0);
  });
});

describe('formats: JSON Resume front end', () => {
  it('reads work, volunteer, projects and education; highlights are bullets, a summary only without highlights', () => {
    const doc = parseJsonResume(fixture('jsonresume.json'));
    assert.equal(doc.format, 'jsonresume');
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [
      ['header', ''], ['experience', 'work'], ['leadership', 'volunteer'], ['education', 'education'], ['projects', 'projects'], ['skills', 'skills'],
    ]);
    assert.deepEqual(doc.bullets.map((b) => b.text), [
      'Reduced failed card payouts by 23% with a retry scheduler',
      'Wrote the "settlement" reconciler in Go — saves 6 hours a week',
      'Mentored 3 interns across two cohorts',
      'Taught Python to 30 teenagers on Saturdays.',
      'Built a double-entry ledger CLI with 1.2k GitHub stars',
    ]);
    const work = doc.sections[1].entries[0];
    assert.deepEqual([work.organisation, work.role, work.dates?.current], ['Lagoon Payments', 'Software Engineer', true]);
    assert.equal(doc.sections[3].entries[0].role, 'BSc in Computer Science');
    assert.deepEqual([doc.profile.name, doc.profile.github, doc.profile.website], ['Adaeze Okafor', 'https://github.com/adaezeo', 'https://adaeze.example.com']);
    assertOffsetsOnSource(doc);
    // "\u2014" is one character of the text, mapped to its escape.
    const b = doc.bullets[1];
    assert.equal(doc.text.slice(b.offsets[b.text.indexOf('—')], b.offsets[b.text.indexOf('—')] + 6), '\\u2014');
  });

  it('reads basics.summary as the summary, so the summary rules read it; the rest of basics stays apart', () => {
    const json = JSON.stringify(
      {
        basics: { name: 'Tomasz Berg', email: 'tberg@example.com', summary: 'I am a results-driven analyst who loves turning survey data into decisions.', location: { city: 'Halifax' } },
        work: [{ name: 'Harbour Health', position: 'Analyst', startDate: '2022-01', highlights: ['Cut report turnaround from 5 days to 1 for 12 clinics'] }],
      },
      null,
      2,
    );
    const doc = parseJsonResume(json);
    assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [['header', ''], ['summary', 'summary'], ['other', 'basics'], ['experience', 'work']]);
    assert.equal(doc.profile.email, 'tberg@example.com');
    const rules = lintDocument(doc).findings.map((f) => [f.ruleId, json.slice(f.range.start, f.range.end)]);
    assert.ok(rules.some(([id, text]) => id === 'first-person' && text === 'I'), JSON.stringify(rules));
    // Once: the summary's line is also the header's last line, and is read once.
    assert.deepEqual(rules.filter(([id]) => id === 'self-description').map(([, text]) => text), ['results-driven'], JSON.stringify(rules));
  });

  it("reads a project's description (the schema's name for its summary) as its bullet when it has no highlights", () => {
    const json = JSON.stringify(
      {
        basics: { name: 'Lina Haddad', email: 'lina@example.com' },
        projects: [
          { name: 'Tide Tables', description: 'Responsible for the frontend of a tide prediction app.', startDate: '2024-02' },
          { name: 'Kiln Logger', description: 'An overview line that the highlights replace.', highlights: ['Logged 40,000 kiln readings to SQLite from an ESP32'] },
        ],
      },
      null,
      2,
    );
    const doc = parseJsonResume(json);
    assert.deepEqual(doc.bullets.map((b) => b.text), ['Responsible for the frontend of a tide prediction app.', 'Logged 40,000 kiln readings to SQLite from an ESP32']);
    const rules = lintDocument(doc).findings.map((f) => [f.ruleId, json.slice(f.range.start, f.range.end)]);
    assert.ok(rules.some(([id, text]) => id === 'weak-opening' && /^Responsible for/.test(text)), JSON.stringify(rules));
    assertOffsetsOnSource(doc);
  });

  it('never throws on broken JSON', () => {
    fc.assert(fc.property(fc.string(), (s) => void parseJsonResume(`{"basics": {}, "work": [${s}`)), { numRuns: 200 });
  });
});

