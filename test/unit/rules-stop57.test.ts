// Stop 57, from judge49's wrong findings on blind set 49. Invented text.
import assert from 'node:assert/strict';
import { parseResumeAs } from '../../src/core/formats';
import { lintDocument } from '../../src/core/lint';

const lint = (lines: string[], path = 'resume.md') =>
  lintDocument(parseResumeAs(lines.join('\n'), { path }), { today: '2026-12-01' }).findings;
const job = (bullets: string[]) => ['# Ines Varga', 'ines@example.com', '', '## Experience', '', '### QA Technician, Brightwell Dairy (2019 – 2023)', '', ...bullets.map((b) => `- ${b}`), ''];
const rule = (findings: ReturnType<typeof lint>, id: string) => findings.filter((f) => f.ruleId === id);

describe('rules: stop 57', () => {
  it('reads "I" in a tight range of course numerals as a numeral, not a pronoun', () => {
    const findings = lint(['# Ines Varga', 'ines@example.com', '', '## Education', '', '### BSc Food Science, Tisza University (2015 – 2019)', '', '- Core courses: Food Microbiology I–III, Statistics I/II', '']);
    assert.equal(rule(findings, 'first-person').length, 0);
  });

  it('reads "a lot" after "of" as a production batch and still flags the filler', () => {
    const lines = job(['Traced every carton of a lot within 90 minutes in the yearly recall drill', 'Improved the hold-and-release process a lot for 3 lines']);
    const filler = rule(lint(lines), 'filler-word');
    assert.equal(filler.length, 1);
    // The finding sits on the second bullet.
    assert.ok(filler[0].range.start > lines.join('\n').indexOf('Improved'));
  });

  it('reads a two-word duty ("Code reviews.") among verb bullets as a noun phrase, not a present-tense verb', () => {
    const findings = lint(job(['Released 14 batches a week after micro testing', 'Code reviews.', 'Inventory management.', 'Wrote 12 sampling procedures for the new line']));
    assert.equal(rule(findings, 'tense-mismatch').length, 0);
    // A present-tense verb with its object in an ended role is still reported.
    assert.equal(rule(lint(job(['Released 14 batches a week after micro testing', 'Write sampling procedures for the new line'])), 'tense-mismatch').length, 1);
  });

  it('asks no metric of a labelled line still to be written ("Live dashboard: TBD")', () => {
    const findings = lint(['# Ines Varga', 'ines@example.com', '', '## Projects', '', '### Shelf-life tracker (2024)', '', '- Logged 1,200 shelf-life samples from 3 plants in one sheet', '- Live dashboard: TBD', '']);
    assert.equal(rule(findings, 'missing-metric').length, 0);
    assert.equal(rule(findings, 'placeholder').length, 1);
  });
});
