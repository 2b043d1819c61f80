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
  '- Streaming ingestion lead',
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
const INSERTS = [...LINES.map((l) => `${l}\n`), 'x', 'Led ', ' ', '\n', '\n\n', '- ', '#', '**', '_', '2021', ' – 2022', ':', '<!--', '-->', '---\n'];

const documentOf = fc
  .tuple(fc.array(fc.constantFrom(...LINES), { minLength: 1, maxLength: 45 }), fc.boolean())
  .map(([lines, frontMatter]) => (frontMatter ? ['---', 'name: Mira', '---', ...lines] : lines).join('\n') + '\n');
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
      { numRuns: 150, seed: 15 },
    );
    // The comparison is only worth something if the edits were answered by reuse.
    console.log(documentReuseStats); assert.ok(documentReuseStats.replayed - before > 100, `only ${documentReuseStats.replayed - before} builds reused`);
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
});
