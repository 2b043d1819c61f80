// The block-by-block markdownlint (src/core/markdownlint-chunks.ts) must report exactly what one
// markdownlint call on the whole text reports: on random documents built from the Markdown shapes
// that matter (headings of every style, emphasis, links, tables, fences, comments, HTML, front
// matter, reference definitions, CRLF), and along a series of random edits, where remembered chunk
// results are reused.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BULLET_CUT_THRESHOLD, chunksOf, clearMarkdownlintCache, markdownlintCalls, markdownlintResults, runWhole } from '../../src/core/markdownlint-chunks';
import { MARKDOWNLINT_HYGIENE, RESUME_MARKDOWNLINT_DEFAULTS } from '../../src/core/markdownlint';

const LINES = [
  '',
  '',
  '# Ada Lovelace',
  '## Experience',
  '### Engineer, Acme — 2020 – 2024',
  '#Experience',
  '## Skills ##',
  '##Skills##',
  '#  Projects',
  '  ## Indented',
  'Setext title',
  '====',
  '---',
  '- Built a **billing ** service for 12 teams.',
  '- Led the * migration * of the _ reporting_ pipeline.',
  '* Cut latency by 40% with [ caching ](https://example.com).',
  '1. Wrote [docs]() and (a guide)[https://example.com].',
  '- See [the summary](#summary) and [skills](#skills).',
  '- Used `` code ` `` and ` spaced `.',
  '  - nested item   ',
  '\tTabbed line',
  '| Role | Team |',
  '| --- | --- |',
  '| Engineer | Billing | extra |',
  '```',
  '# not a heading in code',
  '~~~js',
  '<!-- a comment',
  'still in the comment -->',
  '<!-- one-line comment -->',
  '<div>',
  '</div>',
  '<pre>',
  '</pre>',
  '> quoted line',
  '> # quoted heading',
  '[ref]: https://example.com',
  'Uses [a reference][ref] and [another][missing].',
  'Plain paragraph text that goes on.',
];

/** Lines that make the whole text one chunk: most generated documents leave them out, so most are cut. */
const WHOLE = new Set(['[ref]: https://example.com', '<pre>', '</pre>']);
const SPLITTABLE = LINES.filter((l) => !WHOLE.has(l));
// A text with both fences and comments is not cut either: half the documents have only one of them.
const WITHOUT_FENCES = SPLITTABLE.filter((l) => !/^(?:```|~~~)/.test(l));
const WITHOUT_COMMENTS = SPLITTABLE.filter((l) => !/<!--|-->/.test(l));

/** A block as a resume has them: a heading, a blank line, a few lines, a blank line. */
const blockOf = (lines: string[]) =>
  fc
    .tuple(fc.constantFrom(...LINES.filter((l) => l.startsWith('#'))), fc.array(fc.constantFrom(...lines), { maxLength: 8 }), fc.boolean())
    .map(([heading, body, blank]) => [heading, ...(blank ? [''] : []), ...body, '']);
const blocksOf = (lines: string[]) => fc.array(blockOf(lines), { maxLength: 8 }).map((blocks) => blocks.flat());

const documentOf = fc
  .tuple(
    fc.oneof(
      { arbitrary: blocksOf(WITHOUT_FENCES), weight: 2 },
      { arbitrary: blocksOf(WITHOUT_COMMENTS), weight: 2 },
      { arbitrary: blocksOf(LINES), weight: 1 },
      { arbitrary: fc.array(fc.constantFrom(...LINES), { maxLength: 60 }), weight: 1 },
    ),
    fc.boolean(),
    fc.boolean(),
    fc.boolean(),
  )
  .map(([lines, frontMatter, crlf, finalBreak]) => {
    const body = (frontMatter ? ['---', 'name: Ada', '---', ...lines] : lines).join('\n') + (finalBreak ? '\n' : '');
    return crlf ? body.replace(/\n/g, '\r\n') : body;
  });

const CONFIGS: [string, Record<string, unknown>][] = [
  ['the resume defaults', RESUME_MARKDOWNLINT_DEFAULTS],
  ['defaults and every hygiene rule', { ...RESUME_MARKDOWNLINT_DEFAULTS, ...MARKDOWNLINT_HYGIENE }],
  // Without MD009 the text is cut at every block after a blank line, not only at headings.
  ['defaults and every hygiene rule but MD009', { ...RESUME_MARKDOWNLINT_DEFAULTS, ...MARKDOWNLINT_HYGIENE, MD009: false }],
];

describe('markdownlint block by block', function () {
  this.timeout(120_000);

  for (const [name, config] of CONFIGS) {
    it(`reports what one whole-text call reports (${name})`, () => {
      let cut = 0;
      let reported = 0;
      fc.assert(
        fc.property(documentOf, (text) => {
          clearMarkdownlintCache();
          const whole = runWhole(text, config);
          assert.deepEqual(markdownlintResults(text, config), whole);
          if (chunksOf(text).length > 2) cut++;
          if (whole.length) reported++;
        }),
        { numRuns: 150 },
      );
      // Not vacuous: many documents were cut in three or more chunks, and most had findings.
      assert.ok(cut >= 30 && reported >= 75, `${cut} documents cut, ${reported} with findings`);
    });
  }

  it('stays identical along random edits, reusing remembered chunks', () => {
    const edit = fc.tuple(fc.nat(), fc.nat(8), fc.constantFrom(...LINES, 'x', ' ', '\n', '*', '[', '#', '\n\n## New\n\n'));
    fc.assert(
      fc.property(documentOf, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, edits) => {
        clearMarkdownlintCache();
        let text = start;
        for (const [at, remove, insert] of edits) {
          const i = text.length ? at % (text.length + 1) : 0;
          text = text.slice(0, i) + insert + text.slice(Math.min(text.length, i + remove));
          const config = CONFIGS[at % CONFIGS.length][1];
          // Equal raw results give equal findings: runMarkdownlint's folding of them is a pure function.
          assert.deepEqual(markdownlintResults(text, config), runWhole(text, config), JSON.stringify(text));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('reports what one whole-text call reports on long lists cut between bullets', () => {
    // Past BULLET_CUT_THRESHOLD a list is cut between top-level bullets (src/core/guards/list-cuts.ts).
    const bullets = LINES.filter((l) => !/^(?:```|~~~|<|\[ref\]:)/.test(l));
    let cut = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...bullets), { minLength: 10, maxLength: 60 }), fc.boolean(), (lines, crlf) => {
        clearMarkdownlintCache();
        let text = '';
        for (let i = 0; text.length <= BULLET_CUT_THRESHOLD + 9000; i++) text += `- Item ${i}\n${lines.join('\n')}\n`;
        if (crlf) text = text.replace(/\n/g, '\r\n');
        if (chunksOf(text).length > 2) cut++;
        for (const [, config] of CONFIGS) assert.deepEqual(markdownlintResults(text, config), runWhole(text, config));
      }),
      { numRuns: 5 },
    );
    assert.ok(cut >= 3, `${cut} of 5 long documents cut`);
  });

  it('skips only texts where the link rules cannot fire (MD039 spaced link text, MD042 empty links)', () => {
    // Random strings of link syntax: whatever the quick test on a text says, the result must be what
    // markdownlint reports on it, so a text the test lets through unparsed must have no finding.
    const piece = fc.constantFrom('[', ']', '(', ')', '![', ']:', ' ', '\t', '\n', '\u00a0', '#', '<', '>', '"', "'", '\\', '`', 'a', 'b c', 'https://example.com', '&#35;', '*');
    const bits = (n: number) => fc.array(piece, { maxLength: n }).map((p) => p.join(''));
    // Mostly link-shaped: "[label](destination)" or "[label][ref]" with random insides, in random text.
    const label = fc.oneof(fc.constantFrom('a', ' a', 'a ', ' ', '', '\na', 'a\t', '\u00a0a'), bits(3));
    const target = fc.oneof(fc.constantFrom('', '#', ' # ', '<>', ' "t"', "'t'", '(t)', 'https://example.com', '<#>', '\n'), bits(3));
    const link = fc.tuple(fc.constantFrom('[', '!['), label, fc.constantFrom('](', '][', ']'), target, fc.constantFrom(')', ']', '')).map((p) => p.join(''));
    const text = fc.array(fc.oneof(link, bits(4)), { maxLength: 5 }).map((p) => p.join(''));
    let skipped = 0;
    let reported = 0;
    for (const id of ['MD039', 'MD042']) {
      const config = { default: false, [id]: true };
      fc.assert(
        fc.property(text, (t) => {
          clearMarkdownlintCache();
          const calls = markdownlintCalls.count;
          const results = markdownlintResults(t, config);
          if (markdownlintCalls.count === calls) skipped++;
          if (results.length) reported++;
          assert.deepEqual(results, runWhole(t, config), JSON.stringify(t));
        }),
        { numRuns: 400 },
      );
    }
    // Not vacuous: some texts were skipped unparsed and some had findings.
    assert.ok(skipped >= 50 && reported >= 20, `${skipped} skipped, ${reported} with findings`);
    // A plain link parses no more: "[LinkedIn](https://…)" can be neither spaced nor empty.
    clearMarkdownlintCache();
    const calls = markdownlintCalls.count;
    assert.deepEqual(markdownlintResults('Ada · [LinkedIn](https://example.com/ada)\n', RESUME_MARKDOWNLINT_DEFAULTS), []);
    assert.equal(markdownlintCalls.count, calls);
  });

  it('skips only texts where MD037 cannot fire: every emphasis marker pairs off', () => {
    // Random lines of emphasis markers among words, punctuation and spaces, as list items, headings
    // and paragraphs: a text let through unparsed must have no finding.
    const piece = fc.constantFrom('*', '**', '***', '_', '__', '****', ' ', '  ', '\t', '\u00a0', 'a', 'Go', '2024', '(', ')', ':', '.', ',', '–', 'é', '€', '\n', '\r\n', '\n\n', '\n- ', '\n* ', '\n# ', '\n   ', '`', '[', ']', '\\', '|', '>', '$', '{', 'www.', '@');
    const word = fc.constantFrom('a', 'Go', '2024', 'May 2025 – Aug 2025', 'Tools:', '(expected)', 'é', 'x_y', '3.8/4.0');
    const space = fc.constantFrom('', '', '', ' ', '\t');
    const marker = fc.constantFrom('*', '**', '***', '_', '__', '*', '**');
    // Mostly emphasis-shaped: a marker, maybe a space, words, maybe a space, a marker (often the same).
    const emphasis = fc.tuple(marker, space, word, space, fc.oneof(marker, fc.constant(''))).map(([m, s1, w, s2, other]) => `${m}${s1}${w}${s2}${other || m}`);
    const line = fc
      .tuple(fc.constantFrom('', '- ', '* ', '# ', '   ', '1. '), fc.array(fc.oneof({ arbitrary: emphasis, weight: 3 }, { arbitrary: word, weight: 2 }, { arbitrary: piece, weight: 1 }), { maxLength: 5 }))
      .map(([prefix, parts]) => prefix + parts.join(' '));
    const text = fc.array(line, { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    const config = { default: false, MD037: true };
    let skipped = 0;
    let reported = 0;
    fc.assert(
      fc.property(text, (t) => {
        clearMarkdownlintCache();
        const calls = markdownlintCalls.count;
        const results = markdownlintResults(t, config);
        if (markdownlintCalls.count === calls && /[*_]/.test(t)) skipped++;
        if (results.length) reported++;
        assert.deepEqual(results, runWhole(t, config), JSON.stringify(t));
      }),
      { numRuns: 3000 },
    );
    assert.ok(skipped >= 50 && reported >= 100, `${skipped} skipped, ${reported} with findings`);
    // A resume's dates and skills lines pair off: no markdownlint call for them.
    clearMarkdownlintCache();
    const calls = markdownlintCalls.count;
    const text2 = '## Experience\n\n*May 2025 – Aug 2025* · GPA 3.8/4.0\n\n- **Languages:** Go, SQL\n- __Tools:__ Git\n';
    assert.deepEqual(markdownlintResults(text2, RESUME_MARKDOWNLINT_DEFAULTS), []);
    assert.equal(markdownlintCalls.count, calls);
  });

  it('tests the rules of the first block on what follows its front matter, which markdownlint sets aside', () => {
    // "---" closing the front matter would pass for a setext underline (MD023) if it were parsed.
    const text = '---\nname: Ada\nrole: "Engineer"\n---\n\n# Ada\n\n- Built the billing service.\n';
    clearMarkdownlintCache();
    const calls = markdownlintCalls.count;
    assert.deepEqual(markdownlintResults(text, RESUME_MARKDOWNLINT_DEFAULTS), runWhole(text, RESUME_MARKDOWNLINT_DEFAULTS));
    assert.equal(markdownlintCalls.count, calls + 1, 'only the reference call');
    // Text after the front matter in the same block is still tested: an indented heading is reported.
    const after = '---\nname: Ada\n---\n  # Ada\n';
    clearMarkdownlintCache();
    const results = markdownlintResults(after, RESUME_MARKDOWNLINT_DEFAULTS);
    assert.deepEqual(results, runWhole(after, RESUME_MARKDOWNLINT_DEFAULTS));
    assert.deepEqual(results.map((r) => r.ruleNames[0]), ['MD023']);
  });

  it('cuts a resume at its headings and keeps every character', () => {
    const text = '# Ada\n\n## Experience\n\n- Built it.\n\n## Skills\n\nGo\n';
    const chunks = chunksOf(text);
    assert.equal(chunks.join(''), text);
    assert.deepEqual(chunks, ['# Ada\n\n', '## Experience\n\n- Built it.\n\n', '## Skills\n\nGo\n']);
    // A reference definition is used across blocks: one chunk.
    assert.equal(chunksOf(`${text}[r]: https://example.com\n`).length, 1);
  });

  it('cuts at every block after a blank line when asked, never where a block could go on', () => {
    const text = '---\nname: Ada\n---\n# Ada\n\n- Built **it**.\n- Ran it.\n\n- Shipped it.\n  more\n\n  indented\n\nPlain *text*.\n\n---\n\n| a |\n';
    const chunks = chunksOf(text, true);
    assert.equal(chunks.join(''), text);
    assert.deepEqual(chunks, ['---\nname: Ada\n---\n', '# Ada\n\n', '- Built **it**.\n- Ran it.\n\n', '- Shipped it.\n  more\n\n  indented\n\n', 'Plain *text*.\n\n---\n\n', '| a |\n']);
    // Math and directive fences span blank lines: one chunk.
    assert.equal(chunksOf('# A\n\n$$\n\n# x\n$$\n', true).length, 1);
    assert.equal(chunksOf('# A\n\n:::note\n\ntext\n:::\n', true).length, 1);
  });

  it('after a keystroke in a plain bullet, lints no chunk again when no rule can fire in its block', () => {
    const config = RESUME_MARKDOWNLINT_DEFAULTS;
    const before = '# Ada\n\n## Experience\n\n*2020 – 2024*\n\n- Built the billing service.\n';
    const after = before.replace('service.', 'service for 12 teams.');
    clearMarkdownlintCache();
    assert.deepEqual(markdownlintResults(before, config), runWhole(before, config));
    // The bullet's block has no "*", "[", "|" or "#": no markdownlint call, and still the whole-text result.
    assert.equal(chunksOf(after, true).at(-1), '- Built the billing service for 12 teams.\n');
    const calls = markdownlintCalls.count;
    const results = markdownlintResults(after, config);
    assert.equal(markdownlintCalls.count, calls);
    assert.deepEqual(results, runWhole(after, config));
  });
});
