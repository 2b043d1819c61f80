// The O*NET-generated taxonomy group (scripts/build-onet-skills.ts → src/core/skills/data/onet.ts):
// its names are found, and the filters that keep it small and precise hold. Sentences invented.

import { strict as assert } from 'node:assert';
import { findSkills, lookupSkill, SKILL_GROUPS } from '../../src/core/skills';
import { ONET_GROUPS } from '../../src/core/skills/data/onet';

const names = (text: string) => findSkills(text).map((m) => m.canonical);
const onetEntries = ONET_GROUPS.flatMap((g) => g.entries);
const onetNames = new Set(onetEntries.map((e) => e.split('|')[0].replace(/^[~!?^]+/, '')));

describe('O*NET skills', () => {
  it('is wired after the other sources and stays compact', () => {
    for (const g of ONET_GROUPS) assert.ok(SKILL_GROUPS.includes(g));
    assert.ok(onetEntries.length > 300, `${onetEntries.length} entries`);
    assert.ok(onetEntries.length < 2500, `${onetEntries.length} entries`);
    assert.ok(JSON.stringify(onetEntries).length < 120_000);
  });

  it('finds CAD and lab names that software lists lack', () => {
    assert.ok(names('Modelled the bracket in Creo Parametric and checked it in Mastercam.').includes('Creo Parametric'));
    assert.ok(names('Measured the rail with a multimeter and an oscilloscope.').includes('multimeters'));
    assert.ok(names('Calibrated the centrifuges and the oscilloscope in the lab.').includes('centrifuges'));
  });

  it('reads a coined product word after a company of English words as the name people write', () => {
    // O*NET lists the scanner under its vendor; postings name the product alone.
    assert.ok(names('Run vulnerability scans with Nessus and triage the findings.').includes('Nessus'));
    assert.ok(names('Run vulnerability scans with Tenable Nessus.').includes('Nessus'));
    // A word a dictionary has is no coined name: "Markov" stays inside "Isograph Markov" only.
    assert.ok(!onetNames.has('Markov'));
  });

  it('needs a technical context for a one-word tool', () => {
    assert.ok(!names('She walked past the multimeters on the shelf.').includes('multimeters'));
  });

  it('has no one-word entry that is an everyday English word', () => {
    for (const word of ['templates', 'routers', 'scrapers', 'extractors', 'profile', 'outlook', 'shears', 'joiners', 'encoders']) {
      assert.ok(!onetNames.has(word) && !onetNames.has(word[0].toUpperCase() + word.slice(1)), word);
    }
  });

  it('has no short acronym alone and nothing the other sources already know', () => {
    for (const n of onetNames) assert.ok(!/^[A-Z]{2,4}$/.test(n), n);
    // A vendor's name before a known skill is that skill, not a new one.
    assert.equal(lookupSkill('Microsoft Visual Studio')?.name ?? 'Visual Studio', 'Visual Studio');
    assert.ok(!onetNames.has('Microsoft .NET Framework'));
  });
});
