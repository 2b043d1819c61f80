// Shapes from word-processor exports: a bold title too long for the short-title rule with its dates on
// the next line, a dated activity bullet under a degree, and a name with a preferred name in brackets.
// Invented resumes only.
import assert from 'node:assert/strict';
import { parseResume } from '../../src/core/document/parse';

describe('parseResume: round 15 shapes', () => {
  it('reads a long bold title line as the entry when its dates stand alone on the next line', () => {
    const doc = parseResume(
      [
        '**Mira Osei**', '', '**RESEARCH EXPERIENCE**', '',
        '**Graduate Research Assistant**, Coastal Systems Laboratory, Northern Plains State University — Fargo, ND  ',
        '*Jan 2026 – Present*',
        '1. Built a tide model that cut forecast error by 18%',
        '2. Ran 300 simulations on a 12-node cluster',
        '',
      ].join('\n'),
    );
    const research = doc.sections.find((s) => s.kind === 'research')!;
    assert.equal(research.entries.length, 1);
    assert.match(research.entries[0].title ?? research.entries[0].heading.text, /Graduate Research Assistant/);
    assert.equal(research.entries[0].dates?.raw, 'Jan 2026 – Present');
    assert.deepEqual(doc.bullets.map((b) => b.text.slice(0, 12)), ['Built a tide', 'Ran 300 simu']);
  });

  it('keeps "- Teaching Assistant, Course (Fall 2026): hold office hours…" a bullet of the degree above', () => {
    const doc = parseResume(
      [
        '# Mira Osei', '', '## Education', '',
        '**Northern Plains State University** — M.S. in Computer Science · *Aug 2025 – May 2027*',
        '- GPA 3.9/4.0',
        '- Teaching Assistant, Operating Systems (Fall 2026): hold weekly office hours for 120 students',
        '',
      ].join('\n'),
    );
    const education = doc.sections.find((s) => s.kind === 'education')!;
    assert.equal(education.entries.length, 1);
    assert.ok(education.entries[0].bullets.some((b) => b.text.startsWith('Teaching Assistant')));
  });

  it('reads a name with a preferred name in brackets or quotes, not a bracketed note', () => {
    assert.equal(parseResume('**Yiling (Ivy) Chen**  \nivy@example.com\n').profile.name, 'Yiling (Ivy) Chen');
    assert.equal(parseResume('# Oluwaseun "Seun" Adebayo\n\nseun@example.com\n').profile.name, 'Oluwaseun "Seun" Adebayo');
    assert.notEqual(parseResume('# Versi Bahasa (English Version)\n\n## Education\n').profile.name, 'Versi Bahasa (English Version)');
  });
});

describe('profile: graduation of the degree read', () => {
  it("does not give an undated master's the bachelor's graduation year below it", () => {
    const doc = parseResume(
      [
        '# Ada Obi', '', '## Education', '',
        '**Harbourview University**, Halifax, NS  ', 'MSc Mechanical Engineering — expected graduation', '',
        '**Riverside Polytechnic**, Accra  ', 'BEng Mechanical Engineering — 2016 – 2021', '',
      ].join('\n'),
    );
    assert.equal(doc.profile.school, 'Harbourview University');
    assert.equal(doc.profile.graduation, undefined);
  });

  it('still reads the graduation of a dated degree', () => {
    const doc = parseResume(['# Ada Obi', '', '## Education', '', '### Harbourview University — MSc Mechanical Engineering', '', 'Sep 2025 – May 2027', ''].join('\n'));
    assert.equal(doc.profile.graduation, 'May 2027');
  });
});
