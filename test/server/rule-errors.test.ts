// A rule that throws must not take the server down: the other rules still report, and the error is
// logged once however often the document is linted. Runs the server in-process with an extra,
// deliberately broken rule, over the same JSON-RPC streams an editor would use.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { RULES } from '../../src/core/rules';
import type { Rule } from '../../src/core/types';
import { startServer } from '../../src/server/server';
import { TestClient } from './lsp-client';

const brokenRule: Rule = {
  id: 'always-throws',
  category: 'style',
  defaultSeverity: 'warning',
  description: 'A rule with a bug.',
  docs: { why: '-', bad: '-', good: '-' },
  check() {
    throw new Error('boom in always-throws');
  },
};

describe('language server: a rule that throws', () => {
  let root: string;
  let client: TestClient | undefined;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bulletproof-lsp-'));
  });
  afterEach(async () => {
    await client?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps reporting the other rules and logs the error once', async () => {
    client = await TestClient.start({
      root,
      inProcess: (input, output) => {
        const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
        startServer(connection, { rules: [brokenRule, ...RULES], debounceMs: 10 });
      },
    });
    const c = client;
    const uri = c.open(join(root, 'resume.md'), '# A\n\n## Experience\n\n- Successfully built it.\n');
    const diagnostics = await c.diagnosticsFor(uri);
    assert.ok(diagnostics.some((d) => d.code === 'filler-word'), 'the healthy rules still report');
    for (let i = 0; i < 3; i++) {
      const doc = c.change(uri, [{ range: { start: { line: 4, character: 2 }, end: { line: 4, character: 2 } }, newText: 'Really ' }]);
      await c.diagnosticsFor(uri, doc.version);
    }
    // The server still answers requests.
    const hover = await c.request('textDocument/hover', { textDocument: { uri }, position: { line: 4, character: 4 } });
    assert.ok(hover);
    const errors = c.logs.filter((l) => l.includes('always-throws'));
    assert.equal(errors.length, 1, c.logs.join('\n'));
    assert.match(errors[0], /boom in always-throws/);
  });
});
