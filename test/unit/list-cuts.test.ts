// Long texts are parsed in pieces cut between top-level bullets (src/core/guards/list-cuts.ts), and
// the pieces' lists joined again. The tree must be the one a single micromark parse of the whole
// text gives: same nodes, same spread, same positions (offsets, lines, columns). Random documents
// of the shapes that sit next to a bullet (nested and lazy lines, quotes, tables, thematic breaks,
// setext underlines, other markers, CRLF), long enough to be cut.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wholeMarkdownParse } from '../support/whole-markdown-parse';
import { CHUNK_THRESHOLD, parseMarkdown } from '../../src/core/document/markdown';
import { bulletCuts, MIN_LIST_PIECE } from '../../src/core/guards/list-cuts';

const whole = wholeMarkdownParse;

const LINES = [
  '',
  '- Built a billing service for 12 teams.',
  '- Led the **migration** of the _reporting_ pipeline',
  '* Cut latency by 40% with [caching](https://example.com).',
  '+ Wrote a guide',
  '- [ ] a task',
  '- [x] a done task',
  '-\tTabbed item',
  '  - nested item',
  '    - deeper item',
  '      indented continuation',
  'lazy continuation line',
  '1. ordered item',
  '2) another ordered item',
  '> quoted line',
  '> - quoted item',
  '| Role | Team |',
  '| --- | --- |',
  '| Engineer | Billing |',
  '---',
  '- - -',
  '* * *',
  '===',
  '## Experience',
  'Plain paragraph text that goes on.',
  '    indented code',
  'Text ending with a backslash\\',
  'Text with `code',
  'spanning` lines and <span',
  'class="x"> html',
];

const document = fc
  .record({
    lines: fc.array(fc.constantFrom(...LINES), { minLength: 20, maxLength: 120 }),
    crlf: fc.boolean(),
    frontMatter: fc.boolean(),
  })
  .map(({ lines, crlf, frontMatter }) => {
    // Repeated with a counter so the text is long enough to be cut and its pieces differ.
    let text = frontMatter ? '---\nname: Ada\n---\n' : '';
    for (let i = 0; text.length <= CHUNK_THRESHOLD + 2 * MIN_LIST_PIECE; i++) text += lines.map((l) => l.replace(/\d+/, (d) => `${d}${i}`)).join('\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

describe('parsing a long text in pieces cut between bullets', () => {
  it('gives the tree of one parse of the whole text', function () {
    this.timeout(120_000);
    let cut = 0;
    fc.assert(
      fc.property(document, (text) => {
        if (bulletCuts(text).length) cut++;
        assert.deepEqual(parseMarkdown(text), whole(text));
      }),
      { numRuns: 8 },
    );
    assert.ok(cut >= 3, `only ${cut} of 8 documents were cut at bullets`);
  });

  it('cuts a long plain list into pieces and joins them into one list', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `- Shipped release ${i} of the service.`).join('\n') + '\n';
    assert.ok(bulletCuts(text).length >= 10);
    const tree = parseMarkdown(text);
    assert.equal(tree.children.length, 1);
    assert.deepEqual(tree, whole(text));
  });

  it('does not cut texts with fences, HTML or reference definitions', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `- Item ${i}`).join('\n');
    for (const extra of ['```\ncode\n```', '<div>\nx\n</div>', '[ref]: https://example.com', '~~~\n- x\n~~~']) {
      assert.deepEqual(bulletCuts(`${extra}\n\n${list}`), [], extra);
    }
  });
});
