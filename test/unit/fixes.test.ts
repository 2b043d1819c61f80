// Fix safety: spans no fix may touch, grammatical deletions, damage checks, and the central guard in
// lint.ts that applies them to every rule's fixes.
import assert from 'node:assert/strict';
import { applyEdits, deletionEdit, fixAllEdits, fixDamage } from '../../src/core/fixes';
import { findProtectedSpans, ProtectedSpans } from '../../src/core/text/protected-spans';
import { parseResume } from '../../src/core/document/parse';
import { lintDocument } from '../../src/core/lint';
import type { Rule } from '../../src/core/types';

function spansOf(text: string): string[] {
  return findProtectedSpans(text).map((s) => `${s.kind}:${text.slice(s.start, s.end)}`);
}

describe('protected spans', () => {
  it('finds URLs, link targets, handles, code, HTML, macros, wiki links and e-mail addresses', () => {
    const text = [
      'See [my site](https://ana.dev/cv) and <https://x.io>, github.com/ana, linkedin/in/ana-silva.',
      'Run `npm test` <b>now</b>, {{ name }}, ${HOME}, {COMPANY}, @VAR=1, [[Wiki Page]], ana@example.com.',
    ].join('\n');
    const spans = spansOf(text);
    for (const expected of [
      'link-target:](https://ana.dev/cv)',
      'url:<https://x.io>',
      'url:github.com/ana',
      'handle:linkedin/in/ana-silva',
      'code:`npm test`',
      'html:<b>',
      'macro:{{ name }}',
      'macro:${HOME}',
      'macro:{COMPANY}',
      'macro:@VAR=',
      'wiki-link:[[Wiki Page]]',
      'email:ana@example.com',
    ]) {
      assert.ok(spans.includes(expected), `${expected} not in ${JSON.stringify(spans)}`);
    }
  });

  it('does not take prose with dots for a domain ("Node.js", "e.g.")', () => {
    assert.deepEqual(spansOf('Built it in Node.js, e.g. for 3 teams.'), []);
  });

  it('answers overlap and insertion queries', () => {
    const text = 'abc https://x.io def';
    const spans = new ProtectedSpans(findProtectedSpans(text));
    const url = { start: 4, end: 16 };
    assert.ok(spans.touching({ start: 5, end: 6 }));
    assert.ok(spans.touching({ start: 0, end: 5 }));
    assert.ok(spans.touching({ start: 10, end: 10 })); // insertion inside
    assert.equal(spans.touching({ start: url.start, end: url.start }), undefined); // insertion at the edge
    assert.equal(spans.touching({ start: 0, end: 4 }), undefined);
    assert.equal(spans.touching({ start: 16, end: 20 }), undefined);
  });
});

describe('deletionEdit: deletions leave tidy text', () => {
  const del = (text: string, word: string) => {
    const start = text.indexOf(word);
    return applyEdits(text, [deletionEdit(text, start, start + word.length)]);
  };
  it('leaves one space between words, none before punctuation', () => {
    assert.equal(del('- Shipped really fast code.', 'really'), '- Shipped fast code.');
    assert.equal(del('- Shipped fast code really.', 'really'), '- Shipped fast code.');
  });
  it('removes brackets it would leave empty', () => {
    assert.equal(del('- Cut costs (significantly) in 2023.', 'significantly'), '- Cut costs in 2023.');
  });
  it('removes a comma it would leave dangling', () => {
    assert.equal(del('- Built X, successfully, and shipped Y.', 'successfully'), '- Built X and shipped Y.');
    assert.equal(del('- Successfully, shipped Y.', 'Successfully'), '- Shipped Y.');
  });
  it('capitalises a new sentence start, but not a name written with inner capitals', () => {
    assert.equal(del('- Successfully shipped Y.', 'Successfully'), '- Shipped Y.');
    const text = '- Really iOS apps.';
    const edit = deletionEdit(text, 2, 9);
    assert.equal(edit.tidy, false);
  });
});

describe('fixDamage', () => {
  it('reports what a fix would break, and only what it adds', () => {
    const text = '- Cut costs (really) in 2023, fast.';
    const at = text.indexOf('really');
    assert.equal(fixDamage(text, [{ range: { start: at, end: at + 6 }, newText: '' }]), 'empty brackets');
    const comma = text.indexOf('fast');
    assert.equal(fixDamage(text, [{ range: { start: comma, end: comma + 4 }, newText: '' }]), 'dangling comma');
    assert.equal(fixDamage('- a  b (c) x', [{ range: { start: 11, end: 12 }, newText: 'y' }]), undefined);
  });
});

describe('lint guards every rule’s fixes', () => {
  const rule = (fixes: (text: string) => { start: number; end: number; newText: string; safe?: boolean }[]): Rule => ({
    id: 'test-rule',
    category: 'style',
    defaultSeverity: 'info',
    description: 'test',
    docs: { why: 'test', bad: 'a', good: 'b' },
    check: (doc) =>
      fixes(doc.text).map((f) => ({
        range: { start: f.start, end: f.end },
        message: 'x',
        fixes: [{ title: 't', isPreferred: true, safe: f.safe ?? true, edits: [{ range: { start: f.start, end: f.end }, newText: f.newText }] }],
      })),
  });
  const run = (text: string, r: Rule) => lintDocument(parseResume(text), { rules: [r], config: { markdownlint: false } }).findings;

  it('drops a fix that would change a URL, a link target, a macro or code', () => {
    const text = '- Built [github](https://github.com/ana) with {{name}} and `npm`.\n';
    for (const word of ['github.com', '{{name}}', 'npm']) {
      const at = text.indexOf(word);
      const [finding] = run(text, rule(() => [{ start: at, end: at + 3, newText: 'XYZ' }]));
      assert.deepEqual(finding.fixes, [], word);
    }
    // Link text that is not a URL is prose: its fix stays.
    const at = text.indexOf('github]');
    assert.equal(run(text, rule(() => [{ start: at, end: at + 6, newText: 'GitHub' }]))[0].fixes.length, 1);
  });

  it('keeps a front-matter fix only for a finding inside the front matter', () => {
    const text = '---\nname: ana\n---\n\n- Built X.\n';
    const at = text.indexOf('ana');
    const [finding] = run(text, rule(() => [{ start: at, end: at + 3, newText: 'Ana' }]));
    assert.equal(finding.fixes.length, 1);
  });

  it('demotes a "safe" fix that leaves damage to a suggestion, and only safe fixes are preferred or applied', () => {
    const text = '- Cut costs (really) in 2023.\n';
    const at = text.indexOf('really');
    const [damaging] = run(text, rule(() => [{ start: at, end: at + 6, newText: '' }]));
    assert.equal(damaging.fixes[0].safe, undefined);
    assert.equal(damaging.fixes[0].isPreferred, undefined);
    const [suggestion] = run(text, rule(() => [{ start: 2, end: 5, newText: 'Reduced', safe: false }]));
    assert.equal(suggestion.fixes[0].isPreferred, undefined);
    assert.deepEqual(fixAllEdits([damaging, suggestion]), []);
  });
});
