// The parser: Markdown → ResumeDocument. Sections by heading synonyms, entries in their usual shapes,
// bullets however they are written, and exact source ranges for all of them.
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';
import type { Bullet, ResumeDocument } from '../../src/core/document/types';

const slice = (doc: ResumeDocument, r: { start: number; end: number }) => doc.text.slice(r.start, r.end);
const texts = (bullets: Bullet[]) => bullets.map((b) => b.text);

describe('parseResume', () => {
  describe('sections', () => {
    it('takes a bold line of an exact section name as a section, but not a bold entry title', () => {
      const doc = parseResume(
        [
          '**JANE DOE**', '', 'jane@example.com', '',
          '**EXPERIENCE**', '', '**Software Engineer, Acme** — Jan 2022 – Present', '',
          '- Built a billing API serving 3M requests a day.', '',
          '**Education:**', '', '**University of Toronto**, BSc Computer Science, 2021', '',
          '**Projects and more**', '',
        ].join('\n'),
      );
      assert.deepEqual(doc.sections.map((s) => [s.kind, s.title]), [['header', ''], ['experience', 'EXPERIENCE'], ['education', 'Education:']]);
      assert.equal(doc.sections[1].entries[0].title, 'Software Engineer');
      assert.equal(doc.sections[1].bullets[0].entry?.dates?.current, true);
      assert.equal(doc.profile.name, 'JANE DOE');
    });

    it('finds section kinds from heading synonyms', () => {
      const doc = parseResume(
        [
          '# Priya Raman',
          '',
          'priya@example.com',
          '',
          '## Professional Summary',
          '## Work History',
          '## Professional Experience',
          '## Relevant Projects',
          '## Research Experience',
          '## Leadership & Activities',
          '## Technical Skills',
          '## Education',
          '## Career Objective',
          '## Honors and Awards',
          '## Hobbies',
        ].join('\n'),
      );
      assert.deepEqual(
        doc.sections.map((s) => [s.kind, s.title]),
        [
          ['header', ''],
          ['summary', 'Professional Summary'],
          ['experience', 'Work History'],
          ['experience', 'Professional Experience'],
          ['projects', 'Relevant Projects'],
          ['research', 'Research Experience'],
          ['leadership', 'Leadership & Activities'],
          ['skills', 'Technical Skills'],
          ['education', 'Education'],
          ['objective', 'Career Objective'],
          ['awards', 'Honors and Awards'],
          ['other', 'Hobbies'],
        ],
      );
    });

    it('treats the name heading as part of the header, and section ranges tile the document', () => {
      const text = '# Priya Raman\n\nToronto\n\n## Experience\n\n- Built X for 3 teams.\n\n## Skills\n\n- Go\n';
      const doc = parseResume(text);
      assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience', 'skills']);
      assert.equal(doc.sections[0].range.start, 0);
      for (let i = 1; i < doc.sections.length; i++) assert.equal(doc.sections[i].range.start, doc.sections[i - 1].range.end);
      assert.equal(doc.sections.at(-1)!.range.end, text.length);
      assert.equal(slice(doc, doc.sections[1].headingRange!), '## Experience');
      assert.equal(doc.profile.name, 'Priya Raman');
    });

    it('keeps a name heading at the section level in the header (parser bug fixed)', () => {
      const h1 = parseResume('# Priya Raman\n\npriya@example.com\n\n# Experience\n\n## Engineer, Acme — 2023 – Present\n\n- Built X.\n');
      assert.deepEqual(h1.sections.map((s) => s.kind), ['header', 'experience']);
      assert.equal(h1.profile.name, 'Priya Raman');
      assert.equal(h1.sections[1].entries[0].dates?.current, true);
      const h2 = parseResume('## Priya Raman\n\n## Experience\n\n- Built X.\n\n## Hobbies\n\nChess\n');
      assert.deepEqual(h2.sections.map((s) => [s.kind, s.title]), [['header', ''], ['experience', 'Experience'], ['other', 'Hobbies']]);
      assert.equal(h2.profile.name, 'Priya Raman');
    });

    it('reads a bold first line as the name', () => {
      const doc = parseResume('**PRIYA RAMAN**\nToronto · priya@example.com\n\n## EXPERIENCE\n\n- Built X.\n');
      assert.equal(doc.profile.name, 'PRIYA RAMAN');
      assert.equal(doc.sections[1].kind, 'experience');
    });

    it('uses level-1 headings as sections when the resume has no deeper ones', () => {
      const doc = parseResume('# Experience\n\n- Built X for 3 teams.\n\n# Education\n\nBSc, UBC\n');
      assert.deepEqual(doc.sections.map((s) => s.kind), ['header', 'experience', 'education']);
      assert.equal(doc.bullets[0].section.kind, 'experience');
    });
  });

  describe('entries', () => {
    it('reads an entry written as a heading: title, organisation, location and dates', () => {
      const doc = parseResume('## Experience\n\n### Software Engineer Intern, Acme Corp — Toronto, ON | May 2024 – Aug 2024\n\n- Built X for 3 teams.\n');
      const [entry] = doc.sections[1].entries;
      assert.equal(entry.title, 'Software Engineer Intern');
      assert.equal(entry.organisation, 'Acme Corp');
      assert.equal(entry.location, 'Toronto, ON');
      assert.equal(entry.dates?.raw, 'May 2024 – Aug 2024');
      assert.equal(slice(doc, entry.dates!.range), 'May 2024 – Aug 2024');
      assert.equal(entry.dates?.current, false);
      assert.deepEqual(texts(entry.bullets), ['Built X for 3 teams.']);
      assert.equal(doc.bullets[0].entry, entry);
    });

    it('reads an entry written as a bold line, with the dates on an italic line below', () => {
      const doc = parseResume('## Experience\n\n**Shopwise** — Backend Developer\n*Jan 2023 – Present*\n\n- Run the payments on-call for 9 services.\n');
      const [entry] = doc.sections[1].entries;
      assert.ok(entry, 'entry found');
      assert.match(entry.heading.text, /Shopwise/);
      assert.equal(entry.dates?.current, true);
      assert.deepEqual(texts(entry.bullets), ['Run the payments on-call for 9 services.']);
    });

    it('reads entries written as bold list items with nested bullets', () => {
      const doc = parseResume(
        '## Experience\n\n- **Acme** — Engineer (2023 – 2024)\n  - Built a billing API for 40 clients.\n  - Cut build time by 35%.\n- **Initech** — Intern (Summer 2022)\n  - Wrote 120 integration tests.\n',
      );
      const entries = doc.sections[1].entries;
      assert.deepEqual(entries.map((e) => e.title), ['Acme', 'Initech']);
      assert.deepEqual(texts(entries[0].bullets), ['Built a billing API for 40 clients.', 'Cut build time by 35%.']);
      assert.deepEqual(texts(entries[1].bullets), ['Wrote 120 integration tests.']);
      assert.equal(entries[1].dates?.raw, 'Summer 2022');
      assert.ok(doc.bullets.every((b) => b.depth === 1));
      assert.equal(doc.bullets.length, 3, 'the entry lines themselves are not bullets');
    });

    it('parses current and past dates in their common shapes', () => {
      const dated = (line: string) => parseResume(`## Experience\n\n### Engineer, Acme — ${line}\n\n- Built X.\n`).sections[1].entries[0].dates;
      assert.equal(dated('2022 - Present')?.current, true);
      assert.equal(dated('Sept. 2021 to Current')?.current, true);
      assert.equal(dated('Jan 2024 – Now')?.current, true);
      const past = dated('05/2023 – 08/2023')!;
      assert.equal(past.current, false);
      assert.deepEqual(past.formats, ['MM/YYYY', 'MM/YYYY']);
      assert.equal(past.end! - past.start!, 3);
      assert.equal(dated('Summer 2024')?.current, false);
      assert.equal(dated('2019 – 2021')?.end, 2021 * 12);
      assert.equal(dated('no dates here'), undefined);
    });
  });

  describe('bullets', () => {
    it('finds -, *, + and numbered list items, with ranges that exclude the marker', () => {
      const text = '## Experience\n\n- Dash bullet here.\n\n* Star bullet here.\n\n+ Plus bullet here.\n\n1. Numbered bullet here.\n2) Paren bullet here.\n';
      const doc = parseResume(text);
      assert.deepEqual(texts(doc.bullets), ['Dash bullet here.', 'Star bullet here.', 'Plus bullet here.', 'Numbered bullet here.', 'Paren bullet here.']);
      for (const b of doc.bullets) {
        assert.equal(slice(doc, b.range), b.text, 'content range is the text');
        assert.equal(b.source, 'list');
      }
      assert.deepEqual(doc.bullets.map((b) => slice(doc, b.markerRange!)), ['-', '*', '+', '1.', '2)']);
    });

    it('finds pasted • and – glyph lines', () => {
      const doc = parseResume('## Experience\n\n### Engineer, Acme — 2023\n\n• Built a billing API for 40 clients.\n• Cut build time by 35%.\n– Wrote 120 integration tests.\n');
      assert.deepEqual(texts(doc.bullets), ['Built a billing API for 40 clients.', 'Cut build time by 35%.', 'Wrote 120 integration tests.']);
      assert.ok(doc.bullets.every((b) => b.source === 'glyph'));
      assert.deepEqual(doc.bullets.map((b) => slice(doc, b.markerRange!)), ['•', '•', '–']);
      for (const b of doc.bullets) assert.equal(slice(doc, b.range), b.text);
      assert.equal(doc.sections[1].entries[0].bullets.length, 3);
    });

    it('finds bullets in table cells separated by <br>', () => {
      const text = [
        '## Experience',
        '',
        '| Role | Highlights |',
        '| --- | --- |',
        '| Engineer, Acme (2023) | • Built a billing API for 40 clients.<br>• Cut build time by 35%. |',
      ].join('\n');
      const doc = parseResume(text);
      assert.deepEqual(texts(doc.bullets), ['Built a billing API for 40 clients.', 'Cut build time by 35%.']);
      assert.ok(doc.bullets.every((b) => b.source === 'table'));
      for (const b of doc.bullets) assert.equal(slice(doc, b.range), b.text);
    });

    it('finds nested list items with their depth', () => {
      const doc = parseResume('## Projects\n\n- Built a compiler for a teaching language.\n  - Wrote the parser in Rust.\n    - Added 300 golden tests.\n');
      assert.deepEqual(doc.bullets.map((b) => [b.text, b.depth]), [
        ['Built a compiler for a teaching language.', 0],
        ['Wrote the parser in Rust.', 1],
        ['Added 300 golden tests.', 2],
      ]);
    });

    it('maps plain text back to exact source offsets through inline Markdown', () => {
      const text = '## Experience\n\n- **Led** a team of 4 on [Campus Eats](https://example.com) using `Node.js` \\& Redis.\n';
      const doc = parseResume(text);
      const [b] = doc.bullets;
      assert.equal(b.text, 'Led a team of 4 on Campus Eats using Node.js & Redis.');
      assert.equal(slice(doc, b.range), '**Led** a team of 4 on [Campus Eats](https://example.com) using `Node.js` \\& Redis.');
      const at = (word: string) => {
        const i = b.text.indexOf(word);
        return text.slice(b.offsets[i], b.offsets[i + word.length - 1] + 1);
      };
      assert.equal(at('Led'), 'Led');
      assert.equal(at('Campus Eats'), 'Campus Eats');
      assert.equal(at('Node.js'), 'Node.js');
      assert.equal(at('Redis'), 'Redis');
      assert.equal(b.offsets.length, b.text.length + 1);
    });

    it('keeps bullets of every section in document order with their index', () => {
      const doc = parseResume('## Experience\n\n- A one.\n- A two.\n\n## Skills\n\n- Go, Rust\n');
      assert.deepEqual(doc.bullets.map((b) => [b.index, b.section.kind]), [[0, 'experience'], [1, 'experience'], [2, 'skills']]);
      assert.deepEqual(texts(doc.sections[2].bullets), ['Go, Rust']);
    });
  });

  describe('front matter', () => {
    it('parses YAML front matter into data and the profile', () => {
      const doc = parseResume('---\nname: Priya Raman\nemail: priya@example.com\nlinks:\n  github: https://github.com/priya\n---\n\n# Priya Raman\n');
      assert.equal(doc.frontMatter.error, undefined);
      assert.equal(doc.frontMatter.data.email, 'priya@example.com');
      assert.equal(doc.profile.email, 'priya@example.com');
      assert.equal(doc.profile.github, 'https://github.com/priya');
      assert.equal(doc.frontMatter.range?.start, 0);
    });

    it('reports broken front matter with a location inside it, and goes on parsing', () => {
      const text = '---\nname: Priya\nemail: priya@example.com\n  linkedin: x\n---\n\n## Experience\n\n- Built X for 3 teams.\n';
      const doc = parseResume(text);
      assert.ok(doc.frontMatter.error, 'error reported');
      assert.deepEqual(doc.frontMatter.data, {});
      const { range } = doc.frontMatter.error!;
      assert.ok(range.start >= 4 && range.end <= text.indexOf('\n---', 4), `error range ${range.start}-${range.end} is inside the YAML`);
      assert.equal(doc.lines.positionAt(range.start).line, 2);
      assert.deepEqual(texts(doc.bullets), ['Built X for 3 teams.']);
    });

    it('reports front matter that is not a mapping', () => {
      const doc = parseResume('---\n- a\n- b\n---\n\n# Priya\n');
      assert.match(doc.frontMatter.error?.message ?? '', /mapping/);
    });
  });

  describe('input shapes', () => {
    it('handles CRLF line endings with the same ranges', () => {
      const lf = '## Experience\n\n### Engineer, Acme — Jan 2023 – Present\n\n- Built a billing API for 40 clients.\n- Cut build time by 35%.\n';
      const crlf = lf.replace(/\n/g, '\r\n');
      const doc = parseResume(crlf);
      assert.deepEqual(texts(doc.bullets), ['Built a billing API for 40 clients.', 'Cut build time by 35%.']);
      for (const b of doc.bullets) assert.equal(slice(doc, b.range), b.text);
      assert.equal(doc.sections[1].entries[0].dates?.current, true);
      assert.equal(doc.lines.positionAt(doc.bullets[1].range.start).line, 5);
      assert.equal(doc.lines.lineText(5), '- Cut build time by 35%.');
    });

    it('parses an empty file into a header section and nothing else', () => {
      const doc = parseResume('');
      assert.deepEqual(doc.sections.map((s) => s.kind), ['header']);
      assert.deepEqual(doc.bullets, []);
      assert.deepEqual(doc.frontMatter.data, {});
      assert.equal(doc.lines.lineCount, 1);
    });

    it('collects HTML comments (for inline suppressions) and tags', () => {
      const doc = parseResume('## Experience\n\n<!-- bulletproof-disable-next-line weak-opening -->\n- Helped the team ship v2. <!-- tags: backend, go -->\n');
      assert.ok(doc.comments.some((c) => c.text.includes('bulletproof-disable-next-line')));
      assert.deepEqual(doc.bullets[0].tags, ['backend', 'go']);
    });
  });
});
