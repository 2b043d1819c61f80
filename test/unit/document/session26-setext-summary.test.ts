import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';
import { lint } from '../../../src/core/lint';

// Session 26: a summary paragraph written right above a "---" rule becomes a setext heading in
// CommonMark; the document still reads it as the summary's text (renders-wrongly reports the heading).
// A line of hash tags is no heading missing its space. Invented resume.
describe('document (session 26): setext prose and hash-tag lines', () => {
  const src = [
    '# Ines Duarte',
    'ines@duarte.example',
    '',
    '## Summary',
    '',
    'I have 6 years of experience in payments infrastructure, and I am passionate about reliable systems.',
    '---',
    '',
    '## Experience',
    '',
    '### Platform Engineer, Corvel Pay (2021 - Present)',
    '',
    '- Cut deploy time from 40 to 9 minutes for 30 services.',
    '',
    '#Payments #SRE',
    '',
    '## Education',
    '',
    'B.Sc. Computer Engineering, 2018',
    '',
  ].join('\n');

  it('keeps the underlined paragraph in the Summary section, not as a section of its own', () => {
    const doc = parseResume(src);
    assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'summary', 'experience', 'education']);
  });

  it('reads its sentences: first person is reported on it, and the accidental heading too', () => {
    const rules = lint(src).filter((f) => f.line === 6 || f.line === 7).map((f) => f.ruleId);
    assert.ok(rules.includes('first-person'), rules.join(', '));
    assert.ok(rules.includes('renders-wrongly'), rules.join(', '));
  });

  it('still reads a short underlined title as a heading', () => {
    const doc = parseResume('# Ines Duarte\n\nExperience\n----------\n\n- Cut deploy time from 40 to 9 minutes.\n');
    assert.ok(doc.sections.some((s) => s.kind === 'experience'));
  });
});
