// Taxonomy names of round 15 (each asked by two or more unseen postings, each a named standard, method
// or credential) and the "comfortable with" cue for an ambiguous capitalised name. All examples invented.

import { strict as assert } from 'node:assert';
import { findSkills } from '../../src/core/skills';

const names = (text: string) => findSkills(text).map((m) => m.canonical);

describe('skills taxonomy (round 15)', () => {
  it('reads drawing, tolerancing and quality-method names', () => {
    assert.deepEqual(names('Able to read engineering drawings and apply GD&T on the shop floor'), ['engineering drawings', 'GD&T']);
    assert.ok(names('Green Belt in Six Sigma, or lean manufacturing training').includes('Six Sigma'));
    assert.ok(names('Green Belt in Six Sigma, or lean manufacturing training').includes('Lean'));
  });

  it('reads microcontroller fundamentals and schematics', () => {
    const got = names('Know your way around interrupts, timers and GPIO; comfortable reading schematics');
    for (const want of ['interrupts', 'hardware timers', 'schematics']) assert.ok(got.includes(want), got.join(', '));
    assert.deepEqual(names('The kitchen timers went off twice.'), []);
  });

  it('reads bare "regression" as regression analysis only among other skills, not a bug in prose', () => {
    assert.ok(names('Coursework in statistics: regression and hypothesis testing').includes('regression analysis'));
    assert.ok(!names('We found a regression in last week\'s build.').includes('regression analysis'));
    assert.ok(!names('Catch performance regressions before release.').includes('regression analysis'));
    assert.deepEqual(names('Write regression tests for the billing service'), ['regression testing']);
  });

  it('reads XLOOKUP as Excel and the supply-chain credentials', () => {
    assert.deepEqual(names('Spreadsheet skills: XLOOKUP and charts'), ['Excel']);
    const got = names('Working toward the APICS CSCP or CPIM designation');
    assert.ok(got.includes('CSCP') && got.includes('CPIM'), got.join(', '));
  });

  it('reads an ambiguous capitalised name after "comfortable with"', () => {
    assert.ok(names('Comfortable with Excel for charting daily output').includes('Excel'));
    assert.ok(!names('We excel at charting daily output').includes('Excel'));
  });
});
