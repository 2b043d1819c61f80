// Hover and completion answer at once from the last lint result, which is of an older version while
// the lint of what was just typed waits (debounced) or runs. Those answers must be about the text as
// it is now: a bullet typed at the end of a role's bullets gets that role's verbs (the integration
// suite saw Education's "no verbs" instead, as the cursor's offset was read in the old text), and a
// hover finds a flagged word that the edit moved. The server runs in-process with a debounce long
// enough that every request here is answered from the stale result.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompletionItem, Hover } from 'vscode-languageserver';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { startServer } from '../../../src/server/server';
import { TextShift } from '../../../src/server/stale-offsets';
import { TestClient } from '../../server/lsp-client';

// Invented resume: a current role, then a past role whose last bullet is followed by Education.
const RESUME = [
  '# Sam Rivera', //  0
  '', //  1
  '## Experience', //  2
  '', //  3
  '### Platform Engineer, Lakeside Freight', //  4
  '', //  5
  '*Feb 2025 – Present*', //  6
  '', //  7
  '- Run the on-call rotation for 9 payment services.', //  8
  '', //  9
  '### Developer Intern, Orchard Labs', // 10
  '', // 11
  '*Jun 2023 – Sep 2023*', // 12
  '', // 13
  '- Successfully shipped a search index for 2 million records.', // 14
  '- Documented the release process.', // 15
  '', // 16
  '## Education', // 17
  '', // 18
  '### Riverside College — B.Sc. Computing', // 19
  '', // 20
  '- Capstone: a route planner', // 21
  '',
].join('\n');

describe('language server: hover and completion from the last lint after an edit', function () {
  this.timeout(30_000);
  let root: string;
  let client: TestClient;

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'bulletproof-stale-'));
    client = await TestClient.start({
      root,
      inProcess: (input, output) => startServer(createConnection(new StreamMessageReader(input), new StreamMessageWriter(output)), { debounceMs: 60_000 }),
    });
  });
  afterEach(async () => {
    await client.stop();
    rmSync(root, { recursive: true, force: true });
  });

  async function openAndType(line: number, text: string): Promise<string> {
    const uri = client.open(join(root, 'resume.md'), RESUME);
    await client.diagnosticsFor(uri, 1);
    const end = RESUME.split('\n')[line].length;
    client.change(uri, [{ range: { start: { line, character: end }, end: { line, character: end } }, newText: text }]);
    return uri;
  }

  const labels = (items: CompletionItem[]) => items.map((i) => i.label);

  it('offers the past role verbs on a bullet typed after its last bullet, right before the next section', async () => {
    const uri = await openAndType(15, '\n- ');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 16, character: 2 } });
    assert.ok(labels(items).includes('Led') && labels(items).includes('Built'), labels(items).slice(0, 10).join(', '));
    assert.ok(!labels(items).includes('Lead'));
    assert.equal(client.published.filter((p) => p.uri === uri).length, 1, 'answered before the edited version was linted');
  });

  it('offers present-tense verbs on a bullet typed under the current role', async () => {
    const uri = await openAndType(8, '\n- ');
    const items = await client.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 9, character: 2 } });
    assert.ok(labels(items).includes('Lead') && !labels(items).includes('Led'), labels(items).slice(0, 10).join(', '));
  });

  it('hovers a flagged word that an edit above it moved, and not the text that was edited', async () => {
    const uri = await openAndType(8, '\n- Own the deploy pipeline.');
    // "Successfully" is now on line 15.
    const hover = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 15, character: 4 } });
    assert.ok(hover, 'a hover on the moved filler word');
    assert.match(JSON.stringify(hover.contents), /filler-word/);
    assert.deepEqual(hover.range, { start: { line: 15, character: 2 }, end: { line: 15, character: 14 } });
  });
});

describe('TextShift', () => {
  it('maps offsets around one insertion both ways', () => {
    const shift = new TextShift('abc|xyz', 'abc|NEW|xyz');
    assert.equal(shift.toLinted(2), 2);
    assert.equal(shift.toLinted(11), 7);
    assert.equal(shift.toLinted(8), 4, 'the end of the inserted text maps to where the old text resumes');
    assert.equal(shift.toCurrent(5), 9);
    assert.equal(shift.toCurrent(3), 3);
  });

  it('has nothing to map when the texts are equal, and no current offset inside a replaced region', () => {
    assert.equal(new TextShift('same', 'same').unchanged, true);
    assert.equal(new TextShift('same', 'same').toLinted(3), 3);
    const shift = new TextShift('one two three', 'one 2 three');
    assert.equal(shift.toCurrent(5), undefined);
    assert.equal(shift.toCurrent(8), 6);
  });
});
