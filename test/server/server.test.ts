// The language server driven over stdio (`node dist/server.js --stdio`) by a JSON-RPC client, as an
// editor drives it. Needs dist/server.js (`npm test` builds first).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeAction, CompletionItem, Diagnostic, Hover, MarkupContent, Range, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll } from '../../src/core/lint';
import { SERVER_JS, TestClient, type StartOptions } from './lsp-client';

const RESUME = readFileSync(resolve(__dirname, '../fixtures/workspace/resume.md'), 'utf8');

/** The LSP range of the `nth` occurrence of `needle` in `text`. */
function rangeOf(text: string, needle: string, nth = 0): Range {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} not in text`);
  }
  const doc = TextDocument.create('x', 'markdown', 0, text);
  return { start: doc.positionAt(at), end: doc.positionAt(at + needle.length) };
}

function byCode(diagnostics: Diagnostic[], code: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

function applyEdit(text: string, edit: WorkspaceEdit | undefined): string {
  assert.ok(edit?.changes, 'code action has an edit');
  const [edits] = Object.values(edit.changes);
  return TextDocument.applyEdits(TextDocument.create('x', 'markdown', 0, text), edits);
}

describe('language server over stdio', function () {
  this.timeout(20000);
  let root: string;
  let client: TestClient | undefined;

  before(() => assert.ok(existsSync(SERVER_JS), `${SERVER_JS} missing: run "npm run build" first`));
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bulletproof-lsp-'));
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(root, { recursive: true, force: true });
  });

  async function start(options: StartOptions = {}): Promise<TestClient> {
    client = await TestClient.start({ root, ...options });
    return client;
  }

  async function openResume(c: TestClient, text = RESUME, name = 'resume.md') {
    const path = join(root, name);
    writeFileSync(path, text);
    const uri = c.open(path, text);
    return { uri, path, diagnostics: await c.diagnosticsFor(uri) };
  }

  it('announces quick fixes, fix-all, hover and completion', async () => {
    const c = await start();
    const caps = c.initializeResult.capabilities;
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix', 'source.fixAll.bulletproof']);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.completionProvider?.triggerCharacters, [' ']);
    assert.equal(c.initializeResult.serverInfo?.name, 'bulletproof');
    // It asks to be told when .bulletproof.json changes.
    await c.until(() => c.registrations.some((r) => r.method === 'workspace/didChangeWatchedFiles'), 'watcher registration');
    const watch = c.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles')!;
    assert.deepEqual(watch.registerOptions.watchers, [{ globPattern: '**/.bulletproof.json' }]);
  });

  it('publishes diagnostics on open with rule codes, exact ranges, docs links and the unnecessary tag', async () => {
    const c = await start();
    const { diagnostics } = await openResume(c);
    const fillers = byCode(diagnostics, 'filler-word');
    assert.deepEqual(fillers.map((d) => d.range), [rangeOf(RESUME, 'Successfully'), rangeOf(RESUME, 'very')]);
    for (const d of fillers) {
      assert.equal(d.source, 'bulletproof');
      assert.equal(d.severity, 3, 'filler-word is information by default');
      assert.deepEqual(d.tags, [1], 'filler words are marked unnecessary (faded)');
      assert.match(d.codeDescription!.href, /docs\/rules\/filler-word\.md$/);
      assert.match(d.message, /filler/i);
    }
    assert.ok(diagnostics.every((d) => d.source === 'bulletproof' && typeof d.code === 'string'));
  });

  it('ignores Markdown files that are not resumes until asked to lint one as a resume', async () => {
    const c = await start({ initializationOptions: { summaryNotifications: true } });
    // A filler (style) and a weak opening (vague) in one bullet.
    const text = '# Notes\n\n## Experience\n\n- Successfully helped the team book the room.\n';
    const path = join(root, 'notes.md');
    writeFileSync(path, text);
    const uri = c.open(path, text);
    assert.deepEqual(await c.diagnosticsFor(uri), []);
    const summary = await c.request<{ bullets: number; vague: number; problems: number } | null>('bulletproof/lintAsResume', { uri });
    assert.equal(summary?.bullets, 1);
    assert.equal(summary?.vague, 1);
    const diagnostics = c.diagnostics.get(uri)!.diagnostics;
    assert.deepEqual(byCode(diagnostics, 'filler-word').map((d) => d.range), [rangeOf(text, 'Successfully')]);
  });

  it('lints a file whose front matter says resume: true', async () => {
    const c = await start();
    const text = '---\nresume: true\n---\n\n## Experience\n\n- Built it really fast.\n';
    const { diagnostics } = await openResume(c, text, 'me.md');
    assert.deepEqual(byCode(diagnostics, 'filler-word').map((d) => d.range), [rangeOf(text, 'really')]);
  });

  it('offers the finding’s fix as the preferred quick fix, and it applies', async () => {
    const c = await start();
    const { uri, diagnostics } = await openResume(c);
    const diagnostic = byCode(diagnostics, 'filler-word')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: diagnostic.range,
      context: { diagnostics: [diagnostic] },
    });
    const fix = actions[0];
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true);
    assert.match(fix.title, /Delete "Successfully"/i);
    assert.equal(fix.diagnostics?.[0].code, 'filler-word');
    const fixed = applyEdit(RESUME, fix.edit);
    assert.ok(fixed.includes('- Reduced nightly batch time from 6 hours to 50 minutes.'), fixed);
    // The server agrees: after the edit, that finding is gone and the other one stays.
    const after = await c.diagnosticsFor(uri, c.applyWorkspaceEdit(fix.edit!).version);
    assert.deepEqual(byCode(after, 'filler-word').map((d) => d.range), [rangeOf(fixed, 'very')]);
  });

  it('offers "Disable <rule> for this line" that inserts an indented comment above the bullet', async () => {
    const c = await start();
    const text = '# A\n\n## Experience\n\n### Dev, Acme\n\n*2020 – 2021*\n\n- Built tools.\n- Very quickly shipped a very small fix.\n';
    const { uri, diagnostics } = await openResume(c, text);
    const diagnostic = byCode(diagnostics, 'filler-word')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const disable = actions.find((a) => a.title === 'Disable filler-word for this line');
    assert.ok(disable, actions.map((a) => a.title).join(', '));
    const fixed = applyEdit(text, disable.edit);
    assert.ok(fixed.includes('- Built tools.\n  <!-- bulletproof-disable-next-line filler-word -->\n- Very quickly'), fixed);
    const after = await c.diagnosticsFor(uri, c.applyWorkspaceEdit(disable.edit!).version);
    assert.deepEqual(byCode(after, 'filler-word'), [], 'both fillers on that line are suppressed');
    assert.deepEqual(after.filter((d) => /^MD\d+/.test(String(d.code))), [], 'the Markdown stays clean: the list is not split');
  });

  it('offers "Disable <rule> for this file" that inserts a comment after the front matter', async () => {
    const c = await start();
    const text = '---\nname: A\nresume: true\n---\n# A\n\n## Experience\n\n- Really built tools.\n- Built a very small fix.\n';
    const { uri, diagnostics } = await openResume(c, text, 'mine.md');
    const diagnostic = byCode(diagnostics, 'filler-word')[0];
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    const disable = actions.find((a) => a.title === 'Disable filler-word for this file')!;
    const fixed = applyEdit(text, disable.edit);
    assert.ok(fixed.startsWith('---\nname: A\nresume: true\n---\n<!-- bulletproof-disable filler-word -->\n# A\n'), fixed);
    const after = await c.diagnosticsFor(uri, c.applyWorkspaceEdit(disable.edit!).version);
    assert.deepEqual(byCode(after, 'filler-word'), []);
  });

  it('fixes all auto-fixable problems with source.fixAll.bulletproof', async () => {
    const c = await start();
    const { uri } = await openResume(c);
    const actions = await c.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.bulletproof');
    const fixed = applyEdit(RESUME, actions[0].edit);
    // The engine's own fix-all (run to a fixed point) is the oracle: the editor gets exactly that text.
    assert.equal(fixed, fixAll(RESUME).text);
    assert.ok(!/successfully|\bvery\b/i.test(fixed), fixed);
    assert.ok(fixed.includes(' a fast CSV importer'), fixed);
    // One edit covering only what changed, so the cursor and undo stay sensible.
    const [edits] = Object.values(actions[0].edit!.changes!);
    assert.equal(edits.length, 1);
    assert.equal(edits[0].range.start.line, rangeOf(RESUME, 'Successfully').start.line);
    const after = await c.diagnosticsFor(uri, c.applyWorkspaceEdit(actions[0].edit!).version);
    assert.deepEqual(byCode(after, 'filler-word'), []);
    // The same edit through the extension's request.
    const viaRequest = await c.request<WorkspaceEdit | null>('bulletproof/fixAll', { uri });
    assert.equal(viaRequest, null, 'nothing left to fix');
  });

  it('explains a flagged range on hover with the rule, why, a bad and a good example', async () => {
    const c = await start();
    const { uri } = await openResume(c);
    const at = rangeOf(RESUME, 'Successfully');
    const hover = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: at.start.line, character: at.start.character + 3 } });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /\*\*filler-word\*\*/);
    assert.match(value, /Bad:/);
    assert.match(value, /Good:/);
    assert.match(value, /\(https:\/\/[^)]+filler-word\.md\)/);
    assert.deepEqual(hover.range, at);
    const nothing = await c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 2 } });
    assert.equal(nothing, null);
  });

  it('completes strong verbs at the start of a bullet: present tense for a current role, past otherwise', async () => {
    const c = await start();
    const text = [
      '---',
      'bulletproof:',
      '  words:',
      '    strongVerbs: [orchestrate]',
      '---',
      '# A',
      '',
      '## Experience',
      '',
      '### Engineer, Acme',
      '',
      '*Jan 2024 – Present*',
      '',
      '- ',
      '',
      '### Intern, Beta',
      '',
      '*May 2022 – Aug 2022*',
      '',
      '- Or',
      '',
      '## Education',
      '',
      '- ',
      '',
    ].join('\n');
    const { uri } = await openResume(c, text);
    const complete = (line: number, character: number) =>
      c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line, character } });
    const current = await complete(13, 2);
    const labels = current.map((i) => i.label);
    assert.ok(labels.includes('Lead') && labels.includes('Build') && labels.includes('Orchestrate'), labels.join(', '));
    assert.ok(!labels.includes('Led'));
    const past = await complete(19, 4);
    const pastLabels = past.map((i) => i.label);
    assert.ok(pastLabels.includes('Led') && pastLabels.includes('Built') && pastLabels.includes('Orchestrated'), pastLabels.join(', '));
    const orchestrated = past.find((i) => i.label === 'Orchestrated')!;
    assert.deepEqual((orchestrated.textEdit as { range: Range }).range, { start: { line: 19, character: 2 }, end: { line: 19, character: 4 } });
    assert.deepEqual(await complete(23, 2), [], 'no verbs in Education');
    assert.deepEqual(await complete(11, 3), [], 'no verbs outside a bullet start');
  });

  it('re-lints after an incremental change (debounced)', async () => {
    const c = await start();
    const { uri } = await openResume(c);
    const before = byCode(await c.diagnosticsFor(uri), 'filler-word').length;
    const at = rangeOf(RESUME, 'Wrote integration').start;
    const started = Date.now();
    const doc = c.change(uri, [{ range: { start: at, end: at }, newText: 'Really ' }]);
    const after = await c.diagnosticsFor(uri, doc.version);
    const elapsed = Date.now() - started;
    assert.equal(byCode(after, 'filler-word').length, before + 1);
    assert.deepEqual(byCode(after, 'filler-word').at(-1)!.range, rangeOf(doc.getText(), 'Really'));
    assert.ok(elapsed < 2000, `re-lint took ${elapsed} ms`);
  });

  it('collapses a burst of changes into one lint', async () => {
    const c = await start();
    const { uri } = await openResume(c);
    const published = c.publishCount.get(uri)!;
    let doc;
    for (const ch of 'Really ') {
      const at = rangeOf(c.text(uri), 'Wrote integration').start;
      doc = c.change(uri, [{ range: { start: at, end: at }, newText: ch }]);
    }
    await c.diagnosticsFor(uri, doc!.version);
    assert.equal(c.publishCount.get(uri)! - published, 1);
  });

  it('applies editor settings, and re-lints when they change', async () => {
    const c = await start({ settings: { rules: { 'filler-word': 'warning' } } });
    const { uri, diagnostics } = await openResume(c);
    assert.deepEqual(byCode(diagnostics, 'filler-word').map((d) => d.severity), [2, 2]);
    assert.ok(c.configurationRequests.length > 0, 'settings come from workspace/configuration');
    c.settings = { rules: { 'filler-word': 'off' } };
    const after = await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.deepEqual(byCode(after, 'filler-word'), []);
    c.settings = { enable: false };
    assert.deepEqual(await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeConfiguration', { settings: null })), []);
  });

  it('reads .bulletproof.json, re-lints when it changes, and reports its errors on the file', async () => {
    const configPath = join(root, '.bulletproof.json');
    writeFileSync(configPath, '{ "rules": { "filler-word": "error" } }');
    const c = await start();
    const { uri, diagnostics } = await openResume(c);
    assert.deepEqual(byCode(diagnostics, 'filler-word').map((d) => d.severity), [1, 1]);

    // Editor settings sit above the file.
    c.settings = { rules: { 'filler-word': 'hint' } };
    const hinted = await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));
    assert.deepEqual(byCode(hinted, 'filler-word').map((d) => d.severity), [4, 4]);
    c.settings = {};
    await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeConfiguration', { settings: null }));

    const broken = '{\n  "rules": { "filler-word": "error" },\n  "colour": "red"\n}\n';
    writeFileSync(configPath, broken);
    const configUri = pathToFileURL(configPath).href;
    const relinted = await c.nextDiagnostics(uri, () =>
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] }),
    );
    assert.deepEqual(byCode(relinted, 'filler-word').map((d) => d.severity), [1, 1], 'valid parts still apply');
    await c.until(() => !!c.diagnostics.get(configUri), 'config diagnostics');
    const [configError] = c.diagnostics.get(configUri)!.diagnostics;
    assert.match(configError.message, /Unknown setting "colour"/);
    assert.deepEqual(configError.range, rangeOf(broken, '"colour"'));

    rmSync(configPath);
    const defaults = await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 3 }] }));
    assert.deepEqual(byCode(defaults, 'filler-word').map((d) => d.severity), [3, 3]);
    await c.until(() => c.diagnostics.get(configUri)!.diagnostics.length === 0, 'config diagnostics cleared');
  });

  it('lints files matched by the configured globs', async () => {
    const c = await start({ settings: { files: ['**/*.md'] } });
    const text = '# Notes\n\n## Projects\n\n- Successfully built a thing.\n';
    const { diagnostics } = await openResume(c, text, 'notes.md');
    assert.equal(byCode(diagnostics, 'filler-word').length, 1);
  });

  it('reports "too large to lint" instead of linting a file over maxFileSize', async () => {
    const c = await start({ settings: { maxFileSize: 200 } });
    const { diagnostics } = await openResume(c);
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'file-too-large');
    assert.equal(diagnostics[0].severity, 3);
    assert.match(diagnostics[0].message, /too large to lint/);
  });

  it('sends a summary for the status bar and answers summary requests', async () => {
    const c = await start({ initializationOptions: { summaryNotifications: true } });
    const { uri } = await openResume(c);
    await c.until(() => c.notifications.some((n) => n.method === 'bulletproof/summary' && n.params.uri === uri), 'summary notification');
    const pushed = c.notifications.find((n) => n.method === 'bulletproof/summary')!.params.summary;
    assert.equal(pushed.bullets, 4, 'four work bullets; coursework and skills lines are not work');
    // "Vague" counts work bullets with at least one finding of the vague category.
    const lines = RESUME.split('\n');
    const [from, to] = [lines.indexOf('## Experience'), lines.indexOf('## Education')];
    const workBulletLines = lines.flatMap((line, i) => (i > from && i < to && line.startsWith('- ') ? [i] : []));
    assert.equal(workBulletLines.length, 4);
    const diagnostics = c.diagnostics.get(uri)!.diagnostics;
    const vagueLines = new Set(diagnostics.filter((d) => (d.data as { category: string }).category === 'vague').map((d) => d.range.start.line));
    // Filler words are style findings (issue 12): they no longer count as vague bullets.
    assert.ok(diagnostics.some((d) => (d.data as { category: string }).category === 'style'), 'the filler words are style findings');
    assert.equal(pushed.vague, workBulletLines.filter((l) => vagueLines.has(l)).length);
    assert.equal(pushed.problems, c.diagnostics.get(uri)!.diagnostics.length);
    assert.deepEqual(await c.request('bulletproof/getSummary', { uri }), pushed);
  });

  it('clears diagnostics when a document closes', async () => {
    const c = await start();
    const { uri, diagnostics } = await openResume(c);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual(await c.nextDiagnostics(uri, () => c.close(uri)), []);
  });

  it('lists the rules with their docs links', async () => {
    const c = await start();
    const rules = await c.request<{ id: string; url: string }[]>('bulletproof/rules', {});
    const filler = rules.find((r) => r.id === 'filler-word');
    assert.ok(filler);
    assert.match(filler.url, /filler-word\.md$/);
  });

  it('works for clients without workspace/configuration (settings pushed or in initializationOptions)', async () => {
    const c = await start({
      capabilities: { textDocument: {}, workspace: {} },
      initializationOptions: { settings: { rules: { 'filler-word': 'warning' } } },
    });
    const { uri, diagnostics } = await openResume(c);
    assert.deepEqual(byCode(diagnostics, 'filler-word').map((d) => d.severity), [2, 2]);
    const after = await c.nextDiagnostics(uri, () => c.notify('workspace/didChangeConfiguration', { settings: { bulletproof: { rules: { 'filler-word': 'off' } } } }));
    assert.deepEqual(byCode(after, 'filler-word'), []);
    assert.equal(c.configurationRequests.length, 0);
  });
});
