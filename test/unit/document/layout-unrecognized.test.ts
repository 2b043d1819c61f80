// layout-unrecognized: one information finding when a resume reads as no section or no work bullet.
import assert from 'node:assert/strict';
import { parseResume } from '../../../src/core/document/parse';
import { layoutUnrecognized } from '../../../src/core/rules/layout-unrecognized';
import { lint } from '../../../src/core/lint';
import { DEFAULT_LEXICON } from '../../../src/core/lexicon';

const check = (text: string) => layoutUnrecognized.check(parseResume(text), { lexicon: DEFAULT_LEXICON, options: {} });

describe('layout-unrecognized', () => {
  it('reports a file with no section once, saying what was expected and where the layouts are documented', () => {
    const text = '# Ana Silva\n\nI worked at Acme from 2021 and built the billing system there.\n\nThen at Initech.\n';
    const found = check(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /No resume section found/);
    assert.match(found[0].message, /## Experience/);
    assert.match(found[0].message, /docs\/layouts\.md/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), 'Ana Silva');
  });

  it('reports work sections without a single bullet, at the first of them', () => {
    const text = '# Ana Silva\n\n## Experience\n\n| | |\n|-|-|\n| Acme | 2021 |\n\n## Education\n\nBSc, 2020\n';
    const found = check(text);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /No bullet found under "Experience"/);
    assert.equal(text.slice(found[0].range.start, found[0].range.end), '## Experience');
  });

  it('stays quiet on a readable resume, an empty file and a resume without work sections', () => {
    assert.deepEqual(check('# Ana\n\n## Experience\n\n- Cut build time by 40%.\n'), []);
    assert.deepEqual(check(''), []);
    assert.deepEqual(check('# Ana\n\n## Education\n\nBSc Physics, 2020\n'), []);
  });

  it('is an information diagnostic of the lint run, with its docs link', () => {
    const findings = lint('# Ana Silva\n\nJust a paragraph about me.\n').filter((f) => f.ruleId === 'layout-unrecognized');
    assert.equal(findings.length, 1);
    assert.equal(findings[0].severity, 'info');
    assert.match(findings[0].url ?? '', /layout-unrecognized/);
  });
});
