import assert from 'node:assert/strict';
import { visibleText } from '../../src/core/text/visible';
import { createLineIndex } from '../../src/core/text/line-index';
import { findPhrases, words } from '../../src/core/text/words';
import { applyEdits, applyFixes } from '../../src/core/fixes';
import { pastTense, gerund, lemmaCandidates } from '../../src/core/text/inflect';
import { isResumeFile } from '../../src/core/resume-files';
import type { Finding } from '../../src/core/types';

describe('line index', () => {
  it('maps offsets and positions both ways for LF, CRLF and CR', () => {
    const text = 'ab\r\ncd\ne\rf';
    const idx = createLineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(4), { line: 1, character: 0 });
    assert.deepEqual(idx.positionAt(text.length), { line: 3, character: 1 });
    assert.equal(idx.offsetAt({ line: 2, character: 0 }), 7);
    assert.equal(idx.lineText(0), 'ab');
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 2);
  });
});

describe('words and phrases', () => {
  it('keeps hyphenated compounds, dotted names and C++ whole', () => {
    assert.deepEqual(words('data-driven Node.js C++ C# team’s').map((w) => w.text), ['data-driven', 'Node.js', 'C++', 'C#', 'team’s']);
  });
  it('matches phrases on word boundaries only', () => {
    assert.deepEqual(findPhrases('A data-driven cheerleader, driven leader', ['driven', 'leader']).map((m) => m.start), [27, 34]);
    assert.deepEqual(findPhrases('Team  Player and team-player', ['team player']).map((m) => m.phrase), ['team player']);
  });
});

describe('fixes', () => {
  it('applies edits in any order and refuses overlaps', () => {
    assert.equal(applyEdits('hello world', [{ range: { start: 6, end: 11 }, newText: 'there' }, { range: { start: 0, end: 1 }, newText: 'H' }]), 'Hello there');
    assert.throws(() => applyEdits('abc', [{ range: { start: 0, end: 2 }, newText: '' }, { range: { start: 1, end: 3 }, newText: '' }]));
  });
  it('fix-all applies safe fixes only and skips clashing ones', () => {
    const f = (start: number, end: number, newText: string, safe = true): Finding => ({
      ruleId: 'x', category: 'style', severity: 'info', message: '', range: { start, end },
      fixes: [{ title: 't', isPreferred: true, safe, edits: [{ range: { start, end }, newText }] }],
    });
    assert.equal(applyFixes('abcdef', [f(0, 1, 'A'), f(0, 2, 'XX'), f(4, 5, 'E'), f(5, 6, 'F', false)]), 'AbcdEf');
  });
});

describe('verb forms', () => {
  it('inflects regular and irregular verbs', () => {
    assert.deepEqual(['build', 'lead', 'ship', 'commit', 'open', 'apply', 'optimize', 'run', 'win'].map(pastTense),
      ['built', 'led', 'shipped', 'committed', 'opened', 'applied', 'optimized', 'ran', 'won']);
    assert.equal(gerund('lead'), 'leading');
    assert.equal(pastTense('Build'), 'Built');
    assert.ok(lemmaCandidates('built').some((c) => c.base === 'build' && c.form === 'past'));
    assert.ok(lemmaCandidates('shipped').some((c) => c.base === 'ship'));
  });
});

describe('resume files', () => {
  it('matches resume*/cv* names in any case and front matter flags', () => {
    assert.ok(isResumeFile('Resume.md'));
    assert.ok(isResumeFile('docs/CV_2024.markdown'));
    assert.ok(!isResumeFile('notes.md'));
    assert.ok(isResumeFile('notes.md', '---\nresume: true\n---\n# Me'));
    assert.ok(!isResumeFile('resume.md', '---\ntitle: x\nresume: false\n---\n'));
    assert.ok(isResumeFile('jobs/me.md', undefined, ['jobs/*.md']));
  });
});

describe('visible text (raw LaTeX read as printed)', () => {
  it('drops commands, link targets, line breaks, environments and column separators', () => {
    assert.equal(visibleText('\\textbf{Lead} at \\href{https://example.org/x}{Acme}\\\\[-0.1cm]{\\footnotesize Paris}'), 'Lead at Acme Paris');
    assert.equal(visibleText('\\begin{longtable}{@{\\extracolsep{\\fill}}ll}\n2021 & \\parbox[t]{0.8\\textwidth}{%\n\\textbf{Tutor} for R \\& Python}'), '2021 Tutor for R & Python');
  });
  it('leaves text without a LaTeX command alone', () => {
    assert.equal(visibleText('  Led R&D for {team} at 40%  '), 'Led R&D for {team} at 40%');
  });
});

describe('words, remembered per text', () => {
  it('gives one shared list per text until the parse memos are cleared, and the same words after', async () => {
    const { clearParseMemos } = await import('../../src/core/incremental');
    const text = 'Cut p95 latency of the C++ service by 40% for the data-driven team’s API.';
    const first = words(text);
    assert.equal(words(text), first, 'the second call answers from memory');
    assert.deepEqual(
      first.map((w) => w.lower),
      ['cut', 'p95', 'latency', 'of', 'the', 'c++', 'service', 'by', '40', 'for', 'the', "data-driven", "team's", 'api'],
    );
    clearParseMemos();
    const again = words(text);
    assert.notEqual(again, first, 'computed again after clearing');
    assert.deepEqual(again, first);
  });
});
