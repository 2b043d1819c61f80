// The document build after an edit copies what it built from the blocks past the re-parsed window
// (src/core/incremental/document-reuse.ts). That must give the document, and the findings, a cold
// build gives: random invented resumes along random typing-like edits, each text parsed warm (as
// the language server does) and compared with a cold parse of the same text, field by field,
// every offset and every link between sections, entries and bullets included.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseResume } from '../../../src/core/document/parse';
import type { ResumeDocument } from '../../../src/core/document/types';
import { lintDocument } from '../../../src/core/lint';
import { clearParseMemos } from '../../../src/core/incremental';
import { documentReuseStats } from '../../../src/core/incremental/document-reuse';

// Invented lines in the shapes the builder tells apart: section headings of several kinds and levels,
// dated entry headings, role and date lines, bold sections and labels, bullets that read as titles
// (a dates heading after them demotes them), tables, HTML, comments with tags, code fences.
const LINES = [
  '',
  '',
  '',
  '',
  '# Mira Okonkwo',
  'mira@example.org | +1 555 0100 | github.com/mokonkwo',
  '## Profile',
  'Systems engineer who likes quiet dashboards and loud test suites.',
  '## Work',
  '## Experience',
  '# Experience',
  '### Platform Engineer, Lumen Freight — Mar 2019 – Present',
  '### Harbor Analytics',
  '#### Data Engineer',
  '###### 2016 – 2019',
  '### Key results',
  '**Quillon Systems** — Site Reliability Engineer',
  '*Feb 2017 – Jan 2019*',
  'Remote, Lisbon',
  '**Highlights:**',
  '**EDUCATION**',
  '- Rebuilt the invoice exporter in Kotlin, trimming nightly runtime from 3 h to 25 min.',
  '- Mentored four interns through their first production deploys.',
  '- Helped with many different tasks across the team.',
  '- Payments data pipeline',
  '- Cloud cost owner',
  '  - Wrote the runbook for failover drills used by 6 teams.',
  '- **Tidewatch** — sensor telemetry viewer',
  '  - Drew 2k weekly users within a quarter.',
  '* Sep 2014 – Jun 2016',
  '1. Shipped a rules engine for shipping quotes.',
  '• Automated label printing for three warehouses',
  '  which had printed them by hand.',
  '| Period | Jan 2015 – Dec 2015 |',
  '| --- | --- |',
  '| Duties | Ran weekly restock forecasts for the north depot team. |',
  '<!-- tags: backend, data -->',
  '<!-- a note to self -->',
  '<h3>Volunteering</h3>',
  '<ul><li>Taught evening Python classes at the library.</li></ul>',
  '```',
  '- Tuned the batch scheduler to finish before 6 am.',
  '```',
  '## Education',
  '**BSc Computer Science**, Coastal University, 2014 – 2018',
  '## Skills',
  '- **Languages:** Kotlin, Python, Go',
  'Kotlin • Python • Postgres',
  '## Projects',
  '#### Ferrylog',
  'A ferry timetable scraper for islanders.',
  'Plain closing line of the document.',
];
const INSERTS = [...LINES.map((l) => `${l}\n`), 'x', 's', 'Led ', ' ', '\n', '\n\n', '- ', '#', '# ', '**', '_', '2021', ' – 2022', ':', '<!--', '-->', '---\n'];

// Resume-shaped documents as well: sections of several entries, each a heading, perhaps a field
// line, and a list, so that an edit's window ends inside a section and the state carried past it
// (section kind, open entry, its fields and bullets) decides what the next blocks build.
const SECTION_HEADINGS = ['## Experience', '## Work history', '# Experience', '## Projects', '## Education', '## Skills', '## Volunteering', '**EXPERIENCE**', '## Summary'];
const ENTRY_HEADINGS = ['### Platform Engineer, Lumen Freight — Mar 2019 – Present', '### Harbor Analytics', '#### Data Engineer', '**Quillon Systems** — Site Reliability Engineer', '### Ferrylog', 'Coastal University', '### Key results'];
const FIELDS = ['*Feb 2017 – Jan 2019*', 'Remote, Lisbon', '###### 2016 – 2019', 'Data Engineer', '<!-- tags: backend -->'];
const BULLETS = LINES.filter((l) => /^\s*(?:[-*]|1\.) /.test(l));
const entryOf = fc
  .tuple(fc.constantFrom(...ENTRY_HEADINGS), fc.option(fc.constantFrom(...FIELDS)), fc.array(fc.constantFrom(...BULLETS), { minLength: 1, maxLength: 4 }))
  .map(([heading, field, bullets]) => [heading, ...(field ? [field] : []), '', ...bullets, ''].join('\n'));
const resumeOf = fc
  .array(fc.tuple(fc.constantFrom(...SECTION_HEADINGS), fc.array(entryOf, { minLength: 1, maxLength: 4 })), { minLength: 1, maxLength: 4 })
  .map((sections) => ['# Mira Okonkwo', 'mira@example.org', '', ...sections.map(([h, entries]) => [h, '', ...entries].join('\n'))].join('\n'));

const documentOf = fc.oneof(
  resumeOf,
  fc
    .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 45 }), fc.boolean())
    .map(([lines, frontMatter]) => (frontMatter ? ['---', 'name: Mira', '---', ...lines] : lines).join('\n') + '\n'),
);
const editOf = fc.tuple(fc.nat(), fc.nat(5), fc.constantFrom(...INSERTS));
const apply = (text: string, [at, remove, insert]: [number, number, string]) => {
  const i = text.length ? at % (text.length + 1) : 0;
  return text.slice(0, i) + insert + text.slice(Math.min(text.length, i + remove));
};

/** The whole document as JSON, links between its parts as indexes (key order included). */
export function documentJson(doc: ResumeDocument): string {
  const sections = new Map(doc.sections.map((s, i) => [s, i]));
  const entries = doc.sections.flatMap((s) => s.entries);
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const bulletIndex = new Map(doc.bullets.map((b, i) => [b, i]));
  const bulletRef = (b: ResumeDocument['bullets'][number]) => bulletIndex.get(b) ?? `missing:${b.text}`;
  return JSON.stringify({
    text: doc.text,
    frontMatter: doc.frontMatter,
    profile: doc.profile,
    comments: doc.comments,
    lines: doc.lines.lineCount,
    sections: doc.sections.map((s) => ({ ...s, entries: s.entries.map((e) => entryIndex.get(e)), bullets: s.bullets.map(bulletRef) })),
    entries: entries.map((e) => ({ ...e, section: sections.get(e.section), bullets: e.bullets.map(bulletRef) })),
    bullets: doc.bullets.map((b) => ({ ...b, section: sections.get(b.section), entry: b.entry && entryIndex.get(b.entry) })),
  });
}

const lintJson = (doc: ResumeDocument) => JSON.stringify(lintDocument(doc, { today: '2026-11-30', config: { markdownlint: false } }).findings);

describe('document build reuse after an edit', function () {
  this.timeout(120_000);

  it('equals a cold build, document and findings, along random edits', () => {
    const before = documentReuseStats.replayed;
    fc.assert(
      fc.property(documentOf, fc.array(editOf, { minLength: 1, maxLength: 12 }), (start, edits) => {
        const texts = [start];
        for (const edit of edits) texts.push(apply(texts[texts.length - 1], edit));
        // Warm: one text after another, each build reusing the last (reuse upon reuse included).
        clearParseMemos();
        const warm = texts.map((t) => {
          const doc = parseResume(t);
          return [documentJson(doc), lintJson(doc)];
        });
        texts.forEach((t, i) => {
          clearParseMemos();
          const cold = parseResume(t);
          assert.equal(warm[i][0], documentJson(cold), `document differs at step ${i}:\n${t}`);
          assert.equal(warm[i][1], lintJson(cold), `findings differ at step ${i}:\n${t}`);
        });
      }),
      { numRuns: 300, seed: 15 },
    );
    // The comparison is only worth something if the edits were answered by reuse.
    assert.ok(documentReuseStats.replayed - before > 100, `only ${documentReuseStats.replayed - before} builds reused`);
  });

  it('equals a cold build along a typing sequence in a bullet (every keystroke reused)', () => {
    const doc = [
      '# Mira Okonkwo',
      '## Experience',
      '### Platform Engineer, Lumen Freight — Mar 2019 – Present',
      '- Rebuilt the invoice exporter in Kotlin.',
      '- Mentored four interns.',
      '',
      '### Quillon Systems — 2017 – 2019',
      '- Helped with many different tasks.',
      '<!-- tags: ops -->',
      '',
      '## Education',
      '**BSc Computer Science**, Coastal University, 2014 – 2018',
      '## Skills',
      '- **Languages:** Kotlin, Python, Go',
      '',
    ].join('\n');
    const texts = [doc];
    const at = doc.indexOf('Kotlin.') + 'Kotlin'.length;
    const typed = ' for twelve teams';
    for (let n = 1; n <= typed.length; n++) texts.push(doc.slice(0, at) + typed.slice(0, n) + doc.slice(at));
    clearParseMemos();
    const before = documentReuseStats.replayed;
    const warm = texts.map((t) => documentJson(parseResume(t)));
    assert.equal(documentReuseStats.replayed - before, typed.length);
    texts.forEach((t, i) => {
      clearParseMemos();
      assert.equal(warm[i], documentJson(parseResume(t)));
    });
  });

  /** Each text parsed warm after the one before, then cold: the same documents; how many builds reused. */
  const warmThenCold = (texts: string[]): number => {
    clearParseMemos();
    const before = documentReuseStats.replayed;
    const warm = texts.map((t) => documentJson(parseResume(t)));
    const reused = documentReuseStats.replayed - before;
    texts.forEach((t, i) => {
      clearParseMemos();
      assert.equal(warm[i], documentJson(parseResume(t)), `step ${i}`);
    });
    return reused;
  };
  // Comments build nothing but keep the re-parse window's end well away from the edit.
  const filler = ['', '<!-- a note long enough to keep the next blocks well away from the edit above it -->', '', '<!-- another note, just as long, so the window of the re-parse ends before the dates -->', ''];

  it('does not reuse past an entry whose heading changed (its dates decide where a later dates line goes)', () => {
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight — 2019 – 2021', '', '- Rebuilt the invoice exporter in Kotlin for the billing team.', ...filler, '###### 2016 – 2019', '', '- Mentored four interns through their first deploys.', ''].join('\n');
    // Same length, so only the text of the heading tells the two states apart.
    const edited = doc.replace(' — 2019 – 2021', ' — Ocean Works');
    assert.equal(edited.length, doc.length);
    warmThenCold([doc, edited]);
    warmThenCold([edited, doc]);
  });

  it('does not reuse past a visit that demoted items built before it', () => {
    // "Payments data pipeline" reads as a role title: the dates heading below moves it to the
    // entry's fields. Bold markup changes its offsets, not its text.
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Harbor Analytics', '', '- Payments data pipeline', ...filler, '###### 2016 – 2019', '', '- Mentored four interns through their first deploys.', ''].join('\n');
    const edited = doc.replace('- Payments', '- **Payments**');
    clearParseMemos();
    assert.equal(parseResume(doc).bullets.length, 1, 'the item is demoted');
    warmThenCold([doc, edited]);
    warmThenCold([edited, doc]);
    // A sentence is not demoted: same length, but now the state differs in whether it may be.
    const sentence = doc.replace('- Payments data pipeline', '- Payments data pipelin.');
    warmThenCold([doc, sentence]);
    warmThenCold([sentence, doc]);
  });

  // Each case below differs from its edit in one piece of the builder's state only; with that piece
  // left out of the checkpoint comparison (sameCheckpoint), the warm build differs from the cold one.
  it('does not reuse past a heading that closed the entry to field lines (entryOpen)', () => {
    // "#### Selected wins" labels the role's next items: the role takes no more field lines, so the
    // dates line below opens an entry of its own; without the label it dates the role.
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight', '', '#### Selected wins', ...filler, '*Feb 2017 – Jan 2019*', '', '- Mentored four interns through their first deploys.', ''].join('\n');
    const unlabelled = doc.replace('#### Selected wins\n', '');
    clearParseMemos();
    assert.equal(parseResume(unlabelled).sections[1].entries[0].heading.text, 'Lumen Freight\nFeb 2017 – Jan 2019');
    warmThenCold([doc, unlabelled]);
    warmThenCold([unlabelled, doc]);
  });

  it('does not reuse past a section of the same title and level but another kind (kind)', () => {
    // A heading reads the whole title ("Education (online)": no kind), a bold name the bold words only.
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight — 2019 – 2021', '', '- Rebuilt the invoice exporter in Kotlin for the billing team.', '', '## Education (online)', ...filler, '- 2019 – 2023, BSc, Coastal University', '', '## Skills', '', '- Kotlin, Go', ''].join('\n');
    const bold = doc.replace('## Education (online)', '**Education** (online)');
    clearParseMemos();
    assert.notEqual(parseResume(doc).sections[2].entries.length, parseResume(bold).sections[2].entries.length);
    warmThenCold([doc, bold]);
    warmThenCold([bold, doc]);
  });

  it('visits again the block before the window, which reads the window\'s first block', () => {
    // "**Selected wins**" is a label of the role unless the block after it starts with dates. Taking
    // the list marker off "- 2020 – 2021" makes it a line of the "..." paragraph, before the edit.
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight — 2019 – 2021', '', '- Rebuilt the invoice exporter in Kotlin for the billing team.', '', '**Selected wins**', '', '...', '- 2020 – 2021', '', ...filler, '### Harbor Analytics — 2016 – 2019', '', '- Mentored four interns through their first deploys.', ''].join('\n');
    const joined = doc.replace('...\n- 2020', '...\n2020');
    warmThenCold([doc, joined]);
    warmThenCold([joined, doc]);
  });

  it('does not reuse after the window gained or lost a comment (the next reuse cuts the comments by count)', () => {
    // The first edit drops a comment near the top; the second edits the last entry. Had the first
    // build reused the old checkpoints past its window, their comment counts would be one too many
    // and the second would lose the last note.
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight — 2019 – 2021', '', '- Rebuilt the invoice exporter in Kotlin. <!-- check the figure -->', ...filler, '### Harbor Analytics — 2016 – 2019', '', '- Mentored four interns through their first deploys.', ...filler, '- Ran the on-call rota for a year.', '', '<!-- tags: mentoring -->', ''].join('\n');
    const dropped = doc.replace(' <!-- check the figure -->', '');
    warmThenCold([doc, dropped, dropped.replace('four interns', 'five interns')]);
  });

  it('reuses when only the words of a bullet changed', () => {
    const doc = ['# Mira Okonkwo', '', '## Experience', '', '### Lumen Freight — 2019 – 2021', '', '- Rebuilt the invoice exporter in Kotlin for the billing team.', ...filler, '### Harbor Analytics — 2016 – 2019', '', '- Mentored four interns through their first deploys.', ''].join('\n');
    assert.equal(warmThenCold([doc, doc.replace('Kotlin', 'Kotlin and Go'), doc.replace('Kotlin', 'Kotlin and Go.')]), 2);
  });
});
