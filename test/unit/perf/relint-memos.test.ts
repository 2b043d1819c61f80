// Every memo a re-lint answers from (the incremental parse, section kinds and dates per text,
// tech-spelling per line, self-descriptions per analysis, the judge's verdicts, markdownlint per
// block) must give the findings a cold lint gives, with every memo emptied. Random resume-like
// documents (invented lines) along random edit sequences of the kind typing makes, linted one after
// another as the language server lints them, under the default configuration, with markdownlint's
// MD009 on (cut only at headings) and with extra words (a new word list on every lint).
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lint, type LintOptions } from '../../../src/core/lint';
import { clearBulletCaches } from '../../../src/core/judge';
import { clearMarkdownlintCache } from '../../../src/core/markdownlint';
import { clearParseMemos } from '../../../src/core/incremental';

const LINES = [
  '',
  '',
  '',
  '# Ada Lovelace',
  'Results-driven team player passionate about clean code.',
  '## Summary',
  'Hard-working engineer with 5 years of experience in Javascript and nodejs.',
  '## Experience',
  '## Work History',
  '## Projects & Research',
  '### Engineer, Acme — Jan 2020 – Present',
  '*May 2021 – Aug 2022*',
  '**Acme Corp** — Backend Engineer',
  '- Built a billing service in Go that cut latency by 40% for 12 teams.',
  '- Responsible for various things.',
  '- Successfully helped the team with code reviews and testing.',
  '- Wrote Github Actions workflows and a Javascript/Typescript SDK on Mongodb.',
  '- I was a team player and kept a friendly atmosphere on the team.',
  '* Led the **migration** of the _reporting_ pipeline to Kafka.',
  '- Cut costs with [ caching ](https://example.com) and [docs]().',
  '  - nested item on postgresql',
  '- Ported the zorbix scheduler to Rust.',
  'A go-getter who ships.',
  '- A go-getter who shipped the billing service.',
  '1. ordered item',
  '| Role | Team |',
  '| --- | --- |',
  '| Engineer | Billing | extra |',
  '## Skills',
  '- **Languages:** Java, Python, javascript, GOLANG',
  'JAVASCRIPT • PYTHON • GITHUB',
  '## Interests',
  '- Hard-working chess player',
  'Plain paragraph text that goes on.',
  'Trailing spaces here   ',
];
const INSERTS = [...LINES.map((l) => `${l}\n`), 'x', 'Led ', ' ', '\n', '\n\n', '- ', '#', '`', '*', '_', '[', '|', 'Javascript ', 'team player ', '1', 'Github'];

const documentOf = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 40 }), fc.boolean())
  .map(([lines, frontMatter]) => (frontMatter ? ['---', 'name: Ada', 'email: ada@example.com', '---', ...lines] : lines).join('\n') + '\n');
const editOf = fc.tuple(fc.nat(), fc.nat(6), fc.constantFrom(...INSERTS));
const apply = (text: string, [at, remove, insert]: [number, number, string]) => {
  const i = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + remove));
};

const OPTIONS: LintOptions[] = [
  { today: '2026-06-01' },
  { today: '2026-06-01', config: { markdownlint: { MD009: true, MD038: true } } },
  { today: '2026-06-01', config: { words: { buzzwords: ['go-getter'], techTerms: { zorbix: 'ZorbiX' } } } },
];

function coldLint(text: string, options: LintOptions) {
  clearBulletCaches();
  clearMarkdownlintCache();
  clearParseMemos();
  return lint(text, options);
}

describe('re-lint with every memo warm equals a cold lint', function () {
  this.timeout(300_000);

  it('along random edits, under three configurations', () => {
    let findings = 0;
    fc.assert(
      fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 8 }), (start, edits) => {
        // The configuration may change between two lints too (a settings or config file edit).
        const steps: { text: string; options: LintOptions }[] = [];
        let text = start;
        for (const edit of edits) {
          text = apply(text, edit);
          steps.push({ text, options: OPTIONS[edit[0] % OPTIONS.length] });
        }
        // Every cold lint first, then the warm sequence without a clear in between, so the memos a
        // warm lint meets were filled by every earlier text of the sequence, not only the last one.
        const colds = steps.map((step) => coldLint(step.text, step.options));
        clearBulletCaches();
        clearMarkdownlintCache();
        clearParseMemos();
        lint(start, OPTIONS[0]);
        steps.forEach((step, k) => {
          assert.deepEqual(lint(step.text, step.options), colds[k], JSON.stringify(step.text));
          findings += colds[k].length;
        });
      }),
      { numRuns: 40 },
    );
    // Not vacuous: the documents had findings to compare.
    assert.ok(findings > 400, `${findings} findings compared`);
  });

  it('tech-spelling: a line typed into answers from its own text, not the line it replaced', () => {
    const before = '# Ada\n\n## Skills\n\n- Go, Kafka\n';
    const after = before.replace('Kafka', 'Kafka, Javascript');
    lint(before);
    const ids = (text: string) => lint(text).filter((f) => f.ruleId === 'tech-spelling').map((f) => `${f.line}:${f.column}`);
    assert.deepEqual(ids(after), ['5:14']);
    assert.deepEqual(ids(after), coldLint(after, {}).filter((f) => f.ruleId === 'tech-spelling').map((f) => `${f.line}:${f.column}`));
  });
});
