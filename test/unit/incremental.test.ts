// Incremental re-parse and re-lint (src/core/incremental/): after any edit, the tree reusing the
// unchanged blocks of the previous parse must be the tree of a fresh parse of the whole text, and
// the lint the one a cold lint gives. Random resume-like documents of the shapes where blocks reach
// into each other (lazy lines, setext underlines, table rows, fences and comments opened by an edit,
// front matter, HTML, CRLF), along random edit sequences of the kind typing makes.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { wholeMarkdownParse } from '../support/whole-markdown-parse';
import { parseMarkdown } from '../../src/core/document/markdown';
import { parseResume } from '../../src/core/document/parse';
import { clearReuseMemo, reuseStats } from '../../src/core/incremental/markdown-reuse';
import { lintDocument } from '../../src/core/lint';

const whole = wholeMarkdownParse;

const LINES = [
  '',
  '',
  '',
  '# Ada Lovelace',
  '## Experience',
  '### Engineer, Acme — Jan 2020 – Present',
  '*May 2021 – Aug 2022*',
  '- Built a billing service in Go that cut latency by 40% for 12 teams.',
  '- Responsible for various things.',
  '* Led the **migration** of the _reporting_ pipeline to Kafka.',
  '  - nested item',
  '    continuation of the nested item',
  'lazy continuation line',
  '1. ordered item',
  '2. second ordered item',
  '> quoted line',
  '| Role | Team |',
  '| --- | --- |',
  '| Engineer | Billing |',
  '---',
  '===',
  'Plain paragraph text that goes on.',
  '    indented code',
  '```',
  '~~~',
  '<!-- a comment',
  'end of comment -->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  'Text with `code',
  'spanning` lines',
];
const INSERTS = [...LINES.map((l) => `${l}\n`), 'x', 'Led ', ' ', '\n', '\n\n', '- ', '#', '`', '*', '|', '>', '=', '---\n', '```\n', '<!--', '-->', '[r]: https://example.com\n'];

const documentOf = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 50 }), fc.boolean(), fc.boolean())
  .map(([lines, frontMatter, crlf]) => {
    const text = (frontMatter ? ['---', 'name: Ada', 'email: ada@example.com', '---', ...lines] : lines).join('\n') + '\n';
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });
const editOf = fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...INSERTS));
const apply = (text: string, [at, remove, insert]: [number, number, string]) => {
  const i = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + remove));
};

describe('incremental parsing', function () {
  this.timeout(120_000);

  it('gives the tree of a fresh parse of the whole text after every edit', () => {
    const before = { ...reuseStats };
    fc.assert(
      fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 15 }), (start, edits) => {
        clearReuseMemo();
        let text = start;
        assert.deepEqual(parseMarkdown(text), whole(text));
        for (const edit of edits) {
          text = apply(text, edit);
          assert.deepEqual(parseMarkdown(text), whole(text), JSON.stringify(text));
        }
      }),
      { numRuns: 200 },
    );
    // Not vacuous: most parses after an edit reused the previous tree.
    const reused = reuseStats.reused - before.reused;
    const full = reuseStats.full - before.full;
    assert.ok(reused > 2 * full, `${reused} reused, ${full} full parses`);
  });

  it('typing a bullet character by character reuses the other blocks and stays exact', () => {
    clearReuseMemo();
    const resume = '# Ada\n\n## Experience\n\n### Engineer, Acme — 2020 – 2024\n\n- Built a billing service.\n\n## Skills\n\nGo, Kafka\n';
    const at = resume.indexOf('\n\n## Skills');
    const typed = '\n- Cut latency by 40% for 12 teams';
    const before = reuseStats.reused;
    for (let n = 0; n <= typed.length; n++) {
      const text = resume.slice(0, at) + typed.slice(0, n) + resume.slice(at);
      assert.deepEqual(parseMarkdown(text), whole(text));
    }
    assert.equal(reuseStats.reused - before, typed.length);
  });

  it('lints after an edit exactly as a cold lint does', () => {
    fc.assert(
      fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        parseResume(text);
        for (const edit of edits) {
          text = apply(text, edit);
          const incremental = lintDocument(parseResume(text));
          clearReuseMemo();
          const cold = lintDocument(parseResume(text));
          assert.deepEqual(incremental.findings, cold.findings);
          assert.deepEqual({ ...incremental.document, lines: undefined }, { ...cold.document, lines: undefined });
        }
      }),
      { numRuns: 40 },
    );
  });
});
