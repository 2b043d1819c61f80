// Large files: above maxFileSize (default 1 MiB, counted in UTF-8 bytes) the server answers at once
// with a single "too large to lint" diagnostic instead of stalling the editor. The big document here is
// the "inline markup" adversarial text, which takes tens of seconds to lint (micromark's parse is
// superlinear on it), so a server that tried would time these tests out. Needs dist/server.js.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_MAX_FILE_SIZE } from '../../src/core/config';
import { ADVERSARIAL_CASES } from '../helpers/adversarial';
import { SERVER_JS, TestClient } from './lsp-client';

const slowToLint = ADVERSARIAL_CASES.find((c) => c.name === 'inline markup')!;
/** Far quicker than linting the text would take (tens of seconds), generous for a busy machine. */
const PROMPT_MS = 4000;

const utf8Bytes = (text: string) => Buffer.byteLength(text, 'utf8');
const position = (line: number) => ({ line, character: 0 });

function assertTooLarge(diagnostics: Diagnostic[], size: number, limit: number): void {
  assert.equal(diagnostics.length, 1, diagnostics.map((d) => d.message).join('\n'));
  const [d] = diagnostics;
  assert.equal(d.code, 'file-too-large');
  assert.equal(d.severity, 3, 'information, not an error');
  assert.deepEqual(d.range.start, position(0));
  assert.equal(d.message, `File too large to lint: ${size} bytes is over the ${limit}-byte limit (setting "maxFileSize").`);
}

describe('language server: files over maxFileSize', function () {
  this.timeout(30_000);
  let root: string;
  let client: TestClient | undefined;

  before(() => assert.ok(existsSync(SERVER_JS), `${SERVER_JS} missing: run "npm run build" first`));
  beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'bulletproof-large-'))));
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function openTimed(c: TestClient, name: string, text: string): Promise<{ uri: string; diagnostics: Diagnostic[]; ms: number }> {
    const path = join(root, name);
    writeFileSync(path, text);
    const started = performance.now();
    const uri = c.open(path, text);
    await c.until(() => !!c.diagnostics.get(uri), `diagnostics for ${name}`, PROMPT_MS);
    return { uri, diagnostics: c.diagnostics.get(uri)!.diagnostics, ms: performance.now() - started };
  }

  it('answers at once with one "too large" diagnostic above the default 1 MiB, and keeps answering', async () => {
    client = await TestClient.start({ root, initializationOptions: { summaryNotifications: true } });
    const c = client;
    const text = slowToLint.make(DEFAULT_MAX_FILE_SIZE + 64 * 1024);
    const { uri, diagnostics, ms } = await openTimed(c, 'resume.md', text);
    assertTooLarge(diagnostics, utf8Bytes(text), DEFAULT_MAX_FILE_SIZE);
    assert.ok(ms < PROMPT_MS, `took ${ms.toFixed(0)} ms`);

    // Typing keeps it at exactly one diagnostic, with the new size; nothing is linted meanwhile.
    let size = utf8Bytes(text);
    for (let i = 0; i < 3; i++) {
      const doc = c.change(uri, [{ range: { start: position(0), end: position(0) }, newText: 'x' }]);
      size += 1;
      assertTooLarge(await c.diagnosticsFor(uri, doc.version), size, DEFAULT_MAX_FILE_SIZE);
    }

    // Requests that would need a lint come back promptly, empty.
    const started = performance.now();
    const range = { start: position(4), end: position(4) };
    assert.equal(await c.request('textDocument/hover', { textDocument: { uri }, position: position(4) }), null);
    assert.deepEqual(await c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }), []);
    assert.deepEqual(await c.request('textDocument/completion', { textDocument: { uri }, position: position(4) }), []);
    assert.equal(await c.request('bulletproof/fixAll', { uri }), null);
    assert.equal(await c.request('bulletproof/getSummary', { uri }), null);
    assert.ok(performance.now() - started < PROMPT_MS);

    // Reported through the diagnostic only: no error messages, no log line per keystroke.
    assert.deepEqual(c.logs, []);
    assert.ok(!c.notifications.some((n) => n.method === 'window/showMessage'));
    // The status bar is told there is nothing to show.
    assert.ok(c.notifications.some((n) => n.method === 'bulletproof/summary' && n.params.uri === uri && n.params.summary === null));
  });

  it('counts UTF-8 bytes, not characters', async () => {
    client = await TestClient.start({ root });
    // 700k characters of two bytes each: under the limit in characters, over it in bytes.
    const text = `# Zoë\n\n## Experience\n\n- ${'é'.repeat(700_000)}\n`;
    assert.ok(text.length < DEFAULT_MAX_FILE_SIZE && utf8Bytes(text) > DEFAULT_MAX_FILE_SIZE);
    const { diagnostics } = await openTimed(client, 'resume.md', text);
    assertTooLarge(diagnostics, utf8Bytes(text), DEFAULT_MAX_FILE_SIZE);
  });

  it('takes the limit from .bulletproof.json, and lints again once the file is back under it', async () => {
    const limit = 2000;
    writeFileSync(join(root, '.bulletproof.json'), JSON.stringify({ maxFileSize: limit }));
    client = await TestClient.start({ root });
    const c = client;
    const resume = '# Ann Lee\n\nann@example.com\n\n## Experience\n\n### Engineer, Acme — 2023 – Present\n\n- Successfully built a billing service.\n';
    const padding = `\n<!-- ${'p'.repeat(limit)} -->\n`;
    const { uri, diagnostics } = await openTimed(c, 'resume.md', resume + padding);
    assertTooLarge(diagnostics, utf8Bytes(resume + padding), limit);

    // Deleting the padding brings the file under the limit: it is linted normally again.
    const doc = c.docs.get(uri)!;
    const start = doc.positionAt(resume.length);
    const end = doc.positionAt(resume.length + padding.length);
    const shrunk = c.change(uri, [{ range: { start, end }, newText: '' }]);
    const after = await c.diagnosticsFor(uri, shrunk.version);
    assert.ok(!after.some((d) => d.code === 'file-too-large'));
    assert.ok(after.some((d) => d.code === 'filler-word'), after.map((d) => d.code).join(', '));
  });
});
