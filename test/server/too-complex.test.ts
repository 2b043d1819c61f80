import assert from 'node:assert/strict';
import { lintText } from '../../src/server/linting';
import { MAX_INLINE_DELIMITERS } from '../../src/core/limits';

describe('server: pathological Markdown', () => {
  it('skips text whose delimiter runs would stall the parser, and lints a normal resume', () => {
    const hostile = '# Me\n\n' + '**[('.repeat(Math.ceil(MAX_INLINE_DELIMITERS / 3) + 10);
    const started = Date.now();
    const outcome = lintText(hostile, {});
    assert.equal(outcome.kind, 'too-complex');
    assert.ok(Date.now() - started < 1000, 'answered without parsing');
    assert.equal(lintText('## Experience\n\n- Built **3** tools.\n', {}).kind, 'linted');
  });
});
