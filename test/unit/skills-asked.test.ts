// The vocabulary learned from the annotated blind posting sets (scripts/build-asked-skills.ts →
// src/core/skills/data/asked.ts): its names are found, and the rules that keep it precise hold. Invented sentences.
import { strict as assert } from 'node:assert';
import { findSkills, SKILL_GROUPS } from '../../src/core/skills';
import { ASKED } from '../../src/core/skills/data/asked';
import { isEnglishWord } from '../../src/core/lexicon/english';

const names = (text: string) => findSkills(text).map((m) => m.canonical);
const canonical = ASKED.entries.map((e) => e.split('|')[0]);

describe('skills learned from annotated postings', () => {
  it('is wired last, after every public list', () => {
    assert.equal(SKILL_GROUPS[SKILL_GROUPS.length - 1], ASKED);
    assert.ok(ASKED.entries.length > 100 && ASKED.entries.length < 2000, `${ASKED.entries.length} entries`);
  });

  it('finds methods and standards of engineering and lab postings that software lists lack', () => {
    const found = names('Requirements: working knowledge of statistical process control, ISO 13485 and flow cytometry.');
    for (const n of ['statistical process control', 'ISO 13485', 'flow cytometry']) assert.ok(found.includes(n), found.join(', '));
  });

  it('holds no one-word English name, no two-letter acronym and no student status', () => {
    for (const n of canonical) {
      if (/\s/.test(n)) continue;
      assert.ok(!/^[A-Z][a-z]+$/.test(n) || !isEnglishWord(n.toLowerCase()), n);
      assert.ok(!/^[A-Z]{1,2}$/.test(n), n);
      assert.ok(!/^(?:CPT|OPT|EAD)$/.test(n), n);
    }
  });

  it('holds no lower-case single word and no known skill with words added', () => {
    for (const n of canonical) assert.ok(!/^[a-z][a-z-]*$/.test(n), n);
    assert.ok(!canonical.includes('ArcGIS Pro'));
  });
});
