// Quick fixes from the last lint result (src/server/stale-result.ts): findings and fix edits move with
// the text typed before them, and whatever the edit overlapped is dropped.
import assert from 'node:assert/strict';
import { lintDocument } from '../../src/core/lint';
import { parseResume } from '../../src/core/document/parse';
import { resultForCurrentText } from '../../src/server/stale-result';

const TEXT = '# Ada Lovelace\n\nada@example.com\n\n## Experience\n\n### Engineer, Acme — Jan 2020 – Mar 2022\n\n- Wrote Github Actions workflows for 12 teams.\n- Built Javascript widgets for 40 shops.\n';
const result = lintDocument(parseResume(TEXT));
const spelled = (r: typeof result, word: string) => r.findings.find((f) => f.ruleId === 'tech-spelling' && r.document.text.slice(f.range.start, f.range.end) === word);

describe('quick fixes from the last result, mapped to the current text', () => {
  it('moves findings and their fix edits past text typed before them', () => {
    const current = TEXT.replace('ada@example.com', 'ada@example.com · Toronto');
    const mapped = resultForCurrentText(result, current)!;
    for (const word of ['Github', 'Javascript']) {
      const f = spelled(mapped, word);
      assert.ok(f, word);
      assert.equal(current.slice(f.range.start, f.range.end), word);
      for (const e of f.fixes.flatMap((x) => x.edits)) assert.equal(current.slice(e.range.start, e.range.end), word);
    }
    assert.equal(mapped.document.text, current);
    assert.equal(mapped.document.lines.lineText(8), '- Wrote Github Actions workflows for 12 teams.');
  });

  it('drops what the edit overlapped, keeps the rest', () => {
    const current = TEXT.replace('Wrote Github Actions', 'Wrote GitHu Actions');
    const mapped = resultForCurrentText(result, current)!;
    assert.ok(spelled(result, 'Github'));
    assert.equal(spelled(mapped, 'Github'), undefined);
    assert.equal(mapped.findings.filter((f) => f.range.start < TEXT.indexOf('Github') + 6 && f.range.end > TEXT.indexOf('Github')).length, 0);
    const js = spelled(mapped, 'Javascript');
    assert.ok(js);
    assert.equal(current.slice(js.range.start, js.range.end), 'Javascript');
  });

  it('is the result itself when nothing changed', () => {
    assert.equal(resultForCurrentText(result, TEXT), result);
  });
});
