// A server that never blocks: lints run on a worker thread, so requests are answered while a large
// document lints (hover, completion and quick fixes from the last result); a newer version supersedes an older lint; $/cancelRequest is honoured. Behaviour
// only (what is answered before what): the latency figures are in `npm run bench` (bench/server.bench.ts).
// Needs dist/server.js and dist/lint-worker.js.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import { CodeActionKind, type CodeAction, type CompletionItem } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND } from '../../src/server/protocol';
import { HOSTILE_DOCUMENTS } from '../helpers/adversarial';
import { SERVER_JS, TestClient } from './lsp-client';

const SMALL = '# Ada Lovelace\n\n## Experience\n\n### Engineer, Acme — Jan 2020 – Mar 2022\n\n- Built a billing service.\n- \n';
/** About a megabyte of bullets. */
const LARGE = `${SMALL}\n${HOSTILE_DOCUMENTS.find((c) => c.name === '20,000 bullets')!.make(1_000_000)}`;
/**
 * The other hostile documents at a megabyte, opened first: the engine's limits keep each lint well
 * under a second, so the worker gets a queue of them to be surely still busy when LARGE's turn comes.
 */
const QUEUED = HOSTILE_DOCUMENTS.filter((c) => ['control characters', 'raw HTML', '2,000-row tables'].includes(c.name)).map((c) => c.make(1_000_000));
/** The empty bullet "- " of SMALL (line 7), where completion offers verbs. */
const AT_BULLET = { line: 7, character: 2 };

describe('language server: never blocks on a long lint', function () {
  this.timeout(120_000);
  let root: string;
  let client: TestClient;

  before(() => assert.ok(existsSync(join(SERVER_JS, '../lint-worker.js')), 'dist/lint-worker.js missing: run "npm run build" first'));
  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'bulletproof-responsive-'));
    client = await TestClient.start({ root });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  /** Opens SMALL, waits for its diagnostics, opens QUEUED, then replaces SMALL with LARGE (version 2). */
  async function growToLarge(): Promise<string> {
    const uri = client.open(join(root, 'resume.md'), SMALL);
    await client.diagnosticsFor(uri, 1);
    QUEUED.forEach((text, i) => client.open(join(root, `resume-${i}.md`), text));
    const doc = client.docs.get(uri)!;
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(SMALL.length) }, newText: LARGE }]);
    return uri;
  }

  const hasDiagnostics = (uri: string, version: number) => client.published.some((p) => p.uri === uri && p.version === version);
  /** The queued lints and the large one take a few seconds, far more on a loaded machine. */
  const lintOfLarge = (uri: string) => client.until(() => hasDiagnostics(uri, 2), 'diagnostics of the large version', 100_000);

  it('answers completion and hover from the last result while the large document lints', async () => {
    const uri = await growToLarge();
    // Past the debounce, so the lint of version 2 is under way in the worker.
    await new Promise((r) => setTimeout(r, 150));
    const answeredBeforeLint: boolean[] = [];
    for (let i = 0; i < 5; i++) {
      const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: AT_BULLET });
      assert.ok(items.some((item) => item.label === 'Led'), 'verbs for a past role, from the last result');
      answeredBeforeLint.push(!hasDiagnostics(uri, 2));
    }
    await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 6, character: 4 } });
    const hoverBeforeLint = !hasDiagnostics(uri, 2);
    await lintOfLarge(uri);
    assert.ok(answeredBeforeLint[0] && hoverBeforeLint, `answered before the lint of version 2 ended: ${answeredBeforeLint}, hover ${hoverBeforeLint}`);
  });

  it('drops the result of a lint that a newer version superseded', async () => {
    const uri = client.open(join(root, 'resume.md'), LARGE);
    // At once, while version 1 lints: back to the small text (version 2).
    const doc = client.docs.get(uri)!;
    client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: doc.positionAt(LARGE.length) }, newText: SMALL }]);
    await lintOfLarge(uri);
    const diagnostics = client.diagnostics.get(uri)!.diagnostics;
    assert.ok(diagnostics.length > 0);
    // Version 2 was linted after version 1 in the same worker, so a publish of version 1 would have come first.
    assert.deepEqual(client.published.filter((p) => p.uri === uri).map((p) => p.version), [2]);
  });

  it('answers quick fixes from the last result, with their edits mapped to the text as it is now', async () => {
    const text = '# Ada Lovelace\n\n## Experience\n\n### Engineer, Acme — Jan 2020 – Mar 2022\n\n- Wrote Github Actions workflows for 12 teams.\n';
    const uri = client.open(join(root, 'resume.md'), text);
    await client.diagnosticsFor(uri, 1);
    // The worker gets the queued documents first, so version 2 is linted long after the request.
    QUEUED.forEach((queued, i) => client.open(join(root, `resume-${i}.md`), queued));
    const inserted = 'Toronto · ada@example.com\n\n';
    client.change(uri, [{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: inserted }]);
    const now = client.docs.get(uri)!.getText();
    const line = now.split('\n').findIndex((l) => l.includes('Github'));
    assert.equal(line, 8);
    const character = now.split('\n')[line].indexOf('Github') + 2;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line, character }, end: { line, character } },
      context: { diagnostics: [], only: [CodeActionKind.QuickFix] },
    });
    assert.ok(!hasDiagnostics(uri, 2), 'answered before the lint of version 2');
    const fix = actions.find((a) => a.edit?.changes?.[uri]?.some((e) => e.newText === 'GitHub'));
    assert.ok(fix, actions.map((a) => a.title).join('\n'));
    assert.match(TextDocument.applyEdits(client.docs.get(uri)!, fix.edit!.changes![uri]), /- Wrote GitHub Actions workflows/);
    await lintOfLarge(uri);
  });

  it('honours $/cancelRequest on a request waiting for the current lint', async () => {
    const uri = await growToLarge();
    const source = new CancellationTokenSource();
    // Fix-all runs on the text as it is now, so it waits for the lint of version 2.
    const pending = client.connection.sendRequest(
      'textDocument/codeAction',
      { textDocument: { uri }, range: { start: { line: 6, character: 2 }, end: { line: 6, character: 7 } }, context: { diagnostics: [], only: [FIX_ALL_KIND] } },
      source.token,
    );
    setTimeout(() => source.cancel(), 20);
    await assert.rejects(pending, (error: { code?: number }) => error.code === -32800, 'answered with RequestCancelled');
    assert.ok(!hasDiagnostics(uri, 2), 'cancelled before the lint of version 2 ended');
    await lintOfLarge(uri);
  });
});
