import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withRulesTable } from '../../scripts/rules-table';

describe('README', () => {
  const readme = readFileSync('README.md', 'utf8');

  it('has the two quick-start commands', () => {
    assert.match(readme, /npm ci && npm run demo/);
    assert.match(readme, /npm ci && npm test/);
  });

  it('lists every rule (run `npm run docs` after adding one)', () => {
    assert.equal(withRulesTable(readme), readme);
  });

  it('.ci/run runs the README test command', () => {
    assert.match(readFileSync('.ci/run', 'utf8'), /^npm test$/m);
  });
});
