// renders-wrongly: a resume kept as an Obsidian note — comments, highlights, tag lines and callouts that
// print as typed outside the app. Invented resumes only.
import assert from 'node:assert/strict';
import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { missingMetric } from '../../../src/core/rules/missing-metric';
import { findingsOf } from '../../helpers/rule-tester';

const NOTE = [
  '# Lena Park',
  '#resume #job-hunt/2027',
  '',
  '> [!abstract] Profile',
  '> Data analyst, 5 years in retail pricing.',
  '',
  '## Experience',
  '',
  '### Analyst, Finch Retail — 2021 – Present',
  '',
  '- Rebuilt the markdown model, ==cutting waste 12%== across 40 stores',
  '%% check the 12% with Sam %%',
  '',
  '> [!NOTE]',
  '> Open to relocation.',
  '',
].join('\n');

describe('renders-wrongly: note-app syntax', () => {
  const flagged = () => findingsOf(rendersWrongly, NOTE).map((f) => NOTE.slice(f.range.start, f.range.end));

  it('flags a tag line, a highlight, a comment and a callout GitHub does not know', () => {
    const got = flagged();
    assert.ok(got.includes('#resume #job-hunt/2027'), JSON.stringify(got));
    assert.ok(got.includes('==cutting waste 12%=='), JSON.stringify(got));
    assert.ok(got.includes('%% check the 12% with Sam %%'), JSON.stringify(got));
    assert.ok(got.some((g) => g.includes('[!abstract]')), JSON.stringify(got));
  });

  it('leaves a GitHub alert and "==" in code or prose comparisons alone', () => {
    const got = flagged();
    assert.ok(!got.some((g) => g.includes('[!NOTE]')), JSON.stringify(got));
    const code = '## Skills\n\n- Python (`a == b`), SQL\n';
    assert.deepEqual(findingsOf(rendersWrongly, code), []);
  });

  it('does not read the comment as a bullet other rules judge', () => {
    const lines = findingsOf(missingMetric, NOTE).map((f) => NOTE.slice(0, f.range.start).split('\n').length);
    assert.ok(!lines.includes(12), JSON.stringify(lines));
  });
});

describe('renders-wrongly: a note printed from Obsidian', () => {
  const STYLED = ['---', 'aliases: [Lena CV]', 'cssclasses: [cv-print]', '---', NOTE.replace('# Lena Park', '# Lena Park\n\n![[lena-photo.png|100]]\n\nStudied at [[Harbour City University]].')].join('\n');

  it('leaves Obsidian syntax alone when the front matter styles the note for Obsidian (cssclasses)', () => {
    const got = findingsOf(rendersWrongly, STYLED).map((f) => STYLED.slice(f.range.start, f.range.end));
    for (const s of ['#resume', '==cutting', '%% check', '[!abstract]', '[[Harbour', '![[lena']) assert.ok(!got.some((g) => g.includes(s)), `${s}: ${JSON.stringify(got)}`);
  });

  it('still flags the same syntax in a note with other front matter (aliases alone say nothing of where it prints)', () => {
    const plain = STYLED.replace('cssclasses: [cv-print]\n', '');
    const got = findingsOf(rendersWrongly, plain).map((f) => plain.slice(f.range.start, f.range.end));
    assert.ok(got.some((g) => g.includes('==cutting')), JSON.stringify(got));
    assert.ok(got.some((g) => g.includes('[[Harbour')), JSON.stringify(got));
  });
});
