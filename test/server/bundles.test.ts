// Lean bundles (issue 15): the extension's activation and the language server's main thread load no
// engine. The rules and the judge's model are in the bundles loaded on first use (the tailor/referral
// commands) and in the lint worker; every bundle is minified, with its source map beside it (kept out
// of the .vsix: test/unit/ship/manifest.test.ts). Needs `npm run build`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const DIST = join(__dirname, '../../dist');
/** Strings only the engine has: a rule id (rules/index.ts) and a key of the judge's model.json. */
const ENGINE_MARKERS = ['repeated-opening-verb', 'charNgrams'];
const read = (name: string) => readFileSync(join(DIST, name), 'utf8');
const hasEngine = (code: string) => ENGINE_MARKERS.every((m) => code.includes(m));

describe('bundles: the engine loads on first use, off the main threads', () => {
  before(function () {
    if (!existsSync(join(DIST, 'extension.js'))) this.skip();
  });

  it('dist/extension.js and dist/server.js hold no engine; the command bundle and the lint worker do', () => {
    assert.ok(!hasEngine(read('extension.js')), 'extension.js');
    assert.ok(!hasEngine(read('server.js')), 'server.js');
    assert.ok(hasEngine(read('feature-commands.js')), 'feature-commands.js');
    assert.ok(hasEngine(read('lint-worker.js')), 'lint-worker.js');
  });

  it('the extension requires the command bundle at run time, not at load', () => {
    const code = read('extension.js');
    assert.ok(code.includes('require("./feature-commands.js")'), 'a run-time require of ./feature-commands.js');
  });

  it('every bundle is minified, with a linked source map beside it', () => {
    for (const name of ['extension.js', 'server.js', 'lint-worker.js', 'feature-commands.js', 'core.js', 'cli.js']) {
      const code = read(name);
      assert.ok(existsSync(join(DIST, `${name}.map`)), `${name}.map`);
      assert.match(code, new RegExp(`//# sourceMappingURL=${name.replace('.', '\\.')}\\.map\\s*$`), name);
      const lines = code.split('\n').length;
      assert.ok(code.length / lines > 1000, `${name}: ${lines} lines for ${code.length} characters is not minified`);
    }
  });
});
