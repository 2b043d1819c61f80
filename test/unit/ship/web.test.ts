// The browser build (scripts/build-web.mjs → dist/web/server.js) in headless Chromium: the language
// server runs in a web worker, is driven by LSP messages over postMessage, and publishes the same
// diagnostics for examples/resume.md as the Node server (dist/server.js) over stdio.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ClientCapabilities, Diagnostic } from 'vscode-languageserver-protocol';
import { chromium } from 'playwright-core';
import { TestClient } from '../../server/lsp-client';

const ROOT = resolve(__dirname, '../../..');
const WEB_SERVER = join(ROOT, 'dist/web/server.js');
const BROWSER = process.env.BULLETPROOF_BROWSER || '/usr/bin/chromium';
const CAPABILITIES: ClientCapabilities = { textDocument: { publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } } } } as ClientCapabilities;

/**
 * Runs in the page (plain JavaScript: a string, so the TypeScript loader adds no helpers): starts the
 * worker, initializes, opens the resume, resolves with its first diagnostics.
 */
const LSP_IN_WORKER = `(args) => new Promise((resolvePage, rejectPage) => {
  const worker = new Worker('/server.js');
  const errors = [];
  worker.onerror = (e) => errors.push(String(e.message));
  const send = (message) => worker.postMessage({ jsonrpc: '2.0', ...message });
  worker.onmessage = ({ data }) => {
    if (data.id === 1 && 'result' in data) {
      send({ method: 'initialized', params: {} });
      for (const message of args.before || []) send(message);
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri: args.uri, languageId: 'markdown', version: 1, text: args.text } } });
    } else if (data.method === 'window/logMessage' && data.params.type === 1) {
      errors.push(data.params.message);
    } else if (data.method === 'textDocument/publishDiagnostics' && data.params.uri === args.uri) {
      resolvePage({ diagnostics: data.params.diagnostics, errors });
    } else if (data.id !== undefined && data.method) {
      send({ id: data.id, result: null }); // requests from the server (registrations, configuration)
    }
  };
  send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, workspaceFolders: args.workspaceFolders || null, capabilities: args.capabilities } });
  setTimeout(() => rejectPage(new Error('no diagnostics from the worker; errors: ' + errors.join(' | '))), 30000);
})`;

const key = (d: Diagnostic) => JSON.stringify([d.range, d.code, d.severity, d.message, d.source, d.codeDescription, d.tags]);

describe('ship: browser build in headless Chromium', function () {
  this.timeout(180_000);
  const text = readFileSync(join(ROOT, 'examples/resume.md'), 'utf8');

  before(function () {
    if (!existsSync(BROWSER)) {
      console.log(`      SKIPPED: no Chromium at ${BROWSER} (apt-get install chromium, or set BULLETPROOF_BROWSER)`);
      this.skip();
    }
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-web.mjs')], { cwd: ROOT, stdio: 'pipe' });
  });

  /** Starts dist/web/server.js in a worker of a fresh page and returns the first diagnostics for `args.uri`. */
  async function inWorker(args: Record<string, unknown>): Promise<{ diagnostics: Diagnostic[]; errors: string[] }> {
    const browser = await chromium.launch({ executablePath: BROWSER });
    try {
      const page = await browser.newPage();
      // A made-up origin: workers cannot start from file: pages.
      await page.route('http://bulletproof.test/**', (route) => {
        const path = new URL(route.request().url()).pathname;
        if (path === '/server.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync(WEB_SERVER, 'utf8') });
        return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Bulletproof web worker</title>' });
      });
      await page.goto('http://bulletproof.test/');
      return await page.evaluate(`(${LSP_IN_WORKER})(${JSON.stringify({ capabilities: CAPABILITIES, ...args })})`);
    } finally {
      await browser.close();
    }
  }

  it('publishes the same diagnostics for the example resume as the Node server', async () => {
    console.log(`      dist/web/server.js: ${statSync(WEB_SERVER).size} bytes`);
    // Where vscode.dev keeps a file: a non-file URI, as the web extension host gives the server.
    const inBrowser = await inWorker({ text, uri: 'vscode-test-web://mount/resume.md' });
    assert.deepEqual(inBrowser.errors, []);

    const dir = mkdtempSync(join(tmpdir(), 'bp-web-'));
    const node = await TestClient.start({ capabilities: CAPABILITIES });
    try {
      const uri = node.open(join(dir, 'resume.md'), text);
      const fromNode = await node.diagnosticsFor(uri);
      assert.ok(fromNode.length > 5, 'the example resume has findings');
      assert.deepEqual(inBrowser.diagnostics.map(key).sort(), fromNode.map(key).sort());
    } finally {
      await node.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads .bulletproof.json from what its client sends (no file system in a worker)', async () => {
    const folder = 'vscode-test-web://mount/cv';
    const config = { uri: `${folder}/.bulletproof.json`, text: '{ "rules": { "filler-word": "error" }, "files": ["drafts/*.md"] }' };
    // Named unlike a resume: only the config's `files` glob (relative to its folder) makes it one.
    const { diagnostics, errors } = await inWorker({
      text,
      uri: `${folder}/drafts/fall-2026.md`,
      workspaceFolders: [{ uri: folder, name: 'cv' }],
      before: [{ method: 'bulletproof/configFile', params: config }],
    });
    assert.deepEqual(errors, []);
    const fillers = diagnostics.filter((d) => d.code === 'filler-word' || (d.code as unknown as { value?: string })?.value === 'filler-word');
    assert.ok(fillers.length > 0, `filler-word findings among ${diagnostics.map((d) => JSON.stringify(d.code)).join(', ')}`);
    assert.ok(fillers.every((d) => d.severity === 1), 'the config file made them errors');
  });
});
