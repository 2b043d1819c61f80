import assert from 'node:assert/strict';
import { tenseMismatch } from '../../../src/core/rules/tense-mismatch';
import { applyEdits, fixAllEdits } from '../../../src/core/fixes';
import { findingsOf } from '../../helpers/rule-tester';

// Round 14: an -ing opening in a role that has ended reads as ongoing work.
describe('rule tense-mismatch (round 14): -ing openings in an ended role', () => {
  const entry = (dates: string, bullets: string[]) => `## Experience\n\n### Peer Mentor, Eastside College — ${dates}\n\n${bullets.map((b) => `- ${b}`).join('\n')}\n`;

  it('flags "Helping students …" beside a past-tense bullet when the role has ended, offering the past tense', () => {
    const text = entry('09/2021 – 06/2023', ['Mentored 12 first-year students in calculus.', 'Helping students with lab reports and exam prep.']);
    const found = findingsOf(tenseMismatch, text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), 'Helping');
    assert.match(found[0].message, /role has ended .*"Helped"/);
    assert.match(applyEdits(text, found[0].fixes[0].edits), /- Helped students with lab reports/);
    // changing tense is never applied in bulk
    assert.equal(applyEdits(text, fixAllEdits(found)), text);
  });

  it('reads the object right after the -ing opening even when an abbreviation ("w/") spoils the parse', () => {
    const text = entry('09/2021 – 06/2023', ['Mentored 12 first-year students in calculus.', 'Assisting students w/ lab reports']);
    assert.equal(findingsOf(tenseMismatch, text).length, 1);
  });

  it('leaves the same bullet alone in a current role, and a list written all in -ing', () => {
    assert.deepEqual(findingsOf(tenseMismatch, entry('09/2021 – Present', ['Mentored 12 first-year students in calculus.', 'Helping students with lab reports and exam prep.'])), []);
    assert.deepEqual(findingsOf(tenseMismatch, entry('09/2021 – 06/2023', ['Helping students with lab reports.', 'Assisting the instructors with grading.', 'Mentored 12 students.'])), []);
  });

  it('an -ing noun opening ("Tutoring sessions …") is not a verb', () => {
    assert.deepEqual(findingsOf(tenseMismatch, entry('09/2021 – 06/2023', ['Mentored 12 first-year students in calculus.', 'Tutoring sessions held weekly for 20 students.'])), []);
  });
});
