import assert from 'node:assert/strict';
import { missingContact } from '../../../src/core/rules/missing-contact';
import { regionalEnglish } from '../../../src/core/rules/regional-english';
import { findingsOf } from '../../helpers/rule-tester';

// Rules 23: titles that say "developer" of another trade; a grade classification placed by its scale.
describe('rules 23: software titles and grade classifications', () => {
  const resume = (title: string) =>
    `# Ada Brightwater\n\nada@example.com · linkedin.com/in/ada-brightwater\n\n## Experience\n\n### ${title}, Fernhill Insurance — Jan 2022 – Present\n\n- Maintain 20 Power BI reports for the claims team.\n- Rebuilt the renewals model in DAX, cutting refresh time from 30 to 8 minutes.\n`;
  const github = (title: string) => findingsOf(missingContact, resume(title)).filter((f) => /GitHub/.test(f.message));

  it('a BI, report or business developer is not a software role, so no GitHub link is asked', () => {
    assert.deepEqual(github('Business Intelligence Developer'), []);
    assert.deepEqual(github('Power BI Developer'), []);
    assert.deepEqual(github('Curriculum Developer'), []);
    // a software developer still is
    assert.equal(github('Backend Developer').length, 1);
    assert.equal(github('Software Developer').length, 1);
  });

  it('"Very Good classification" beside a GPA with its scale is placed; alone it is flagged', () => {
    const edu = (line: string) => findingsOf(regionalEnglish, `## Education\n\n### B.Eng. Civil Engineering, Danang Polytechnic — 2019\n\n- ${line}\n`);
    assert.deepEqual(edu('GPA: 8.4/10 (Very Good classification)'), []);
    assert.equal(edu('Graduated with Very Good classification').length, 1);
    // a grade of something else on the line does not gloss it
    assert.equal(edu('Graduated with Very Good classification; thesis graded 9.2/10').length, 1);
  });
});

import { rendersWrongly } from '../../../src/core/rules/renders-wrongly';
import { parseResume } from '../../../src/core';
import { applyEdits } from '../../../src/core/fixes';

describe('rules 23: renders-wrongly in RenderCV YAML', () => {
  const yaml = (highlight: string, details = 'Placed in the top 10 of 80 teams') =>
    `cv:\n  name: Lena Forsberg\n  sections:\n    experience:\n      - company: Quillfeather Labs\n        position: Engineer\n        highlights:\n          - ${highlight}\n          - 'Quoted: fine here'\n          - |\n            A block: with colons # and hashes\n    awards:\n      - label: City Hackathon\n        details: ${details}\n`;
  const found = (text: string) => {
    const doc = parseResume(text, { path: 'cv.yaml' });
    return rendersWrongly.check(doc, {} as never).map((f) => ({ line: doc.lines.positionAt(f.range.start).line + 1, f }));
  };

  it('an unquoted ": " inside a highlight makes it a mapping; the fix quotes it', () => {
    const text = yaml('Cut build time of the mobile app: from 14 to 6 minutes');
    const hits = found(text);
    assert.deepEqual(hits.map((h) => h.line), [8]);
    assert.match(hits[0].f.message, /mapping/);
    assert.match(applyEdits(text, hits[0].f.fixes![0].edits), /- 'Cut build time of the mobile app: from 14 to 6 minutes'\n/);
  });

  it('" #" in a plain value starts a comment; a "# note" comment line, quoted values and block text are left alone', () => {
    const text = yaml('Shipped the offline mode for 3 clinics', "Ranked #2 of 45 teams, the judges' pick");
    const hits = found(text);
    assert.deepEqual(hits.map((h) => h.line), [14]);
    assert.match(hits[0].f.message, /comment/);
    assert.match(applyEdits(text, hits[0].f.fixes![0].edits), /details: 'Ranked #2 of 45 teams, the judges'' pick'\n/);
    assert.deepEqual(found(yaml('Shipped the offline mode for 3 clinics') + '# a closing note: fine\n'), []);
  });
});

describe('rules 23: renders-wrongly in Pandoc Markdown and footnotes', () => {
  const lines = (text: string) => {
    const doc = parseResume(text, { path: 'cv.md' });
    return rendersWrongly.check(doc, {} as never).map((f) => `${doc.lines.positionAt(f.range.start).line + 1}:${text.slice(f.range.start, f.range.end)}`);
  };
  const pandoc = (top: string, heading = '## Analyst, Tallow & Pike {-}') =>
    `---\ntitle: "Ines Varga"\n---\n\n${top}\n\n# Experience {.unnumbered}\n\n${heading}\n\n::: {.entry}\n*Lisbon* \\hfill *2021 -- 2024*\n:::\n\n- Built 12 cost models for the retail desk.\n`;

  it('Markdown inside a raw \\begin{…} environment prints as typed; the same line outside is fine', () => {
    const hits = lines(pandoc('\\begin{center}\nLisbon · [ines.example](https://ines.example) · **open to relocation**\n\\end{center}'));
    assert.deepEqual(hits, ['6:[ines.example](https://ines.example)', '6:**open to relocation**']);
    assert.deepEqual(lines(pandoc('Lisbon · [ines.example](https://ines.example)')), []);
  });

  it('a heading attribute with text after it prints; at the end of the line it is read', () => {
    assert.deepEqual(lines(pandoc('Lisbon', '## Analyst, Tallow & Pike {-} \\hfill 2021 -- 2024')), ['9:{-}']);
  });

  it('an undefined footnote prints as typed; a defined one does not', () => {
    const md = (body: string) => `# Ines Varga\n\nines@example.com\n\n## Experience\n\n- Built 12 cost models for the retail desk${body}\n`;
    assert.deepEqual(lines(md('.[^desk]')), ['7:[^desk]']);
    assert.deepEqual(lines(md('.[^desk]\n\n[^desk]: The desk covered 40 stores.')), []);
  });
});

describe('rules 23: a header line without the break its neighbours have', () => {
  const lines = (text: string) => {
    const doc = parseResume(text, { path: 'cv.md' });
    return rendersWrongly.check(doc, {} as never).map((f) => doc.lines.positionAt(f.range.start).line + 1);
  };
  const header = (last: string) => `# Omar Lindqvist\n**Data Engineer** <br>\nMalmö, Sweden · omar@example.com <br>\n[GitHub](https://github.com/omar-l) · [Site](https://omar.example)\n${last}\n\n## Experience\n\n- Built 9 ingestion jobs.\n`;

  it('an inline-tag line (<sub>, <small>) continues the paragraph and runs onto the link line', () => {
    assert.deepEqual(lines(header('<sub>Open to relocation within the EU</sub>')), [5]);
    assert.deepEqual(lines(header('<small>Open to relocation within the EU</small>')), [5]);
  });

  it('a block-level tag starts its own block; a break on the link line fixes the run', () => {
    assert.deepEqual(lines(header('<div>Open to relocation within the EU</div>')), []);
    assert.deepEqual(lines(header('<sub>Open to relocation</sub>').replace('(https://omar.example)\n', '(https://omar.example) <br>\n')), []);
  });
});

describe('rules 23: a CV title set by a field', () => {
  const titles = (text: string, path: string) => {
    const doc = parseResume(text, { path });
    return regionalEnglish.check(doc, {} as never).filter((f) => /titles the page/.test(f.message)).map((f) => text.slice(f.range.start, f.range.end));
  };
  const body = '\n# Sven Aalto\n\nsven@example.com\n\n## Experience\n\n- Built 4 dashboards.\n';

  it('front matter "title:" naming the page a Curriculum Vitae, and LaTeX \\title{…}', () => {
    assert.deepEqual(titles(`---\ntitle: "Curriculum Vitae - Sven Aalto"\n---\n${body}`, 'cv.md'), ['Curriculum Vitae']);
    assert.deepEqual(
      titles('\\documentclass{moderncv}\n\\name{Sven}{Aalto}\n\\title{Curriculum Vitae}\n\\begin{document}\n\\makecvtitle\n\\section{Experience}\n\\cvitem{}{Built 4 dashboards.}\n\\end{document}\n', 'cv.tex'),
      ['Curriculum Vitae'],
    );
  });

  it('a site page titled "CV" and a plain name title are left alone', () => {
    assert.deepEqual(titles(`---\nlayout: archive\ntitle: "CV"\n---\n${body}`, 'cv.md'), []);
    assert.deepEqual(titles(`---\ntitle: "Sven Aalto"\n---\n${body}`, 'cv.md'), []);
  });
});

import { personalDetails } from '../../../src/core/rules/personal-details';

describe('rules 23: a LaTeX photo macro', () => {
  const photos = (line: string) => {
    const text = `\\documentclass{moderncv}\n\\name{Sven}{Aalto}\n${line}\n\\begin{document}\n\\makecvtitle\n\\section{Experience}\n\\cvitem{}{Built 4 dashboards.}\n\\end{document}\n`;
    const doc = parseResume(text, { path: 'cv.tex' });
    return personalDetails.check(doc, {} as never).filter((f) => /photo/i.test(f.message)).map((f) => text.slice(f.range.start, f.range.end));
  };
  it('\\photo with its options is a photo; commented out it is not', () => {
    assert.deepEqual(photos('\\photo[64pt][0.4pt]{sven_portrait}'), ['\\photo[64pt][0.4pt]{sven_portrait}']);
    assert.deepEqual(photos('% \\photo[64pt]{sven_portrait}'), []);
  });
});

describe('rules 23: regional-english number separators and calques', () => {
  const found = (line: string) => findingsOf(regionalEnglish, `## Experience\n\n### Engineer, Brindle Works — Jan 2022 – Present\n\n- ${line}\n`).map((f) => f.message);

  it('one digit and a group of three before a plural of counted things is a thousands separator', () => {
    assert.equal(found('Labelled 2.400 photos of welded seams for a defect classifier.').length, 1);
    assert.equal(found('Surveyed 3.200 customers about delivery windows.').length, 1);
    // a measure may be precise, and a version is no count
    assert.deepEqual(found('Held the shaft runout to 1.250 millimeters.'), []);
    assert.deepEqual(found('Upgraded the firmware to 2.100 last spring.'), []);
  });

  it('"by my own" at the end of its phrase is a calque; before its noun it is English', () => {
    assert.match(found('Learned Rust by my own, then ported the parser.')[0], /on my own/);
    assert.deepEqual(found('Rewrote the scheduler by my own initiative.'), []);
  });
});

import { impossibleDates } from '../../../src/core/rules/impossible-dates';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';

describe('rules 23: a stale "expected" date in an education line', () => {
  const found = (line: string) => {
    const text = `## Education\n\n### M.S. Statistics, Lakeshore University — 2024 – 2026\n\n- ${line}\n`;
    const doc = parseResume(text, { path: 'cv.md' });
    return impossibleDates.check(doc, { options: {}, today: '2026-12-03', lexicon: DEFAULT_LEXICON } as never).map((f) => text.slice(f.range.start, f.range.end));
  };
  it('flags a passed "Expected graduation: <date>" in a line; a future one and a past plain date are fine', () => {
    assert.deepEqual(found('GPA 3.9/4.0. Expected graduation: May 2026'), ['May 2026']);
    assert.deepEqual(found('GPA 3.9/4.0. Expected graduation: May 2027'), []);
    assert.deepEqual(found('Thesis defended in May 2026'), []);
  });
});

import { spelling } from '../../../src/core/rules/spelling';

describe('rules 23: spelling reads the -able/-ible slip', () => {
  const found = (b: string) => findingsOf(spelling, `## Experience\n\n### Engineer, Brindle Works — Jan 2022 – Present\n\n- ${b}\n`).map((f) => f.message);
  it('"-able" for "-ible" (and the reverse) is flagged even where a derived reading exists', () => {
    assert.match(found('Responsable for the weekly parts audit.')[0], /"Responsible"/);
    assert.match(found('Made the booking form accessable to screen readers.')[0], /"accessible"/);
    assert.deepEqual(found('Built a reusable and extensible rules engine.'), []);
  });
});

import { reverseChronological } from '../../../src/core/rules/reverse-chronological';

describe('rules 23: reverse-chronological in RenderCV sits on the entry name', () => {
  it('reports the out-of-order entry on its "- name:" line, not on its date field', () => {
    const text = `cv:\n  name: Lena Forsberg\n  sections:\n    projects:\n      - name: Tide tables app\n        date: 2025-03\n        highlights:\n          - Built 3 screens.\n      - name: Ferry tracker\n        date: 2025-11\n        highlights:\n          - Built 2 services.\n`;
    const doc = parseResume(text, { path: 'cv.yaml' });
    const found = reverseChronological.check(doc, {} as never);
    assert.deepEqual(found.map((f) => text.slice(f.range.start, f.range.end)), ['- name: Ferry tracker']);
  });
});
