// Privacy: a resume never leaves the machine. Linting, fixing, tailoring, rendering and drafting — the
// core entry points, the CLI commands run in-process, and the language server — run with every network
// entry point (and process spawning) replaced by a recording tripwire, and must not touch it once.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { parseResume } from '../../src/core/document/parse';
import { parseJobPosting } from '../../src/core/job';
import { fixAll, lint, lintDocument } from '../../src/core/lint';
import { draftReferralFromDocuments } from '../../src/core/referral';
import { renderHtml } from '../../src/core/render';
import { tailorResume } from '../../src/core/tailor';
import { startServer } from '../../src/server/server';
import { runCli } from '../helpers/cli';
import { installTripwire, NetworkUseError, type Tripwire } from '../helpers/network-tripwire';
import { TestClient } from '../server/lsp-client';

const ROOT = resolve(__dirname, '../..');
const RESUME = readFileSync(join(ROOT, 'examples/resume.md'), 'utf8');
const JOB = readFileSync(join(ROOT, 'examples/jobs/amazon-sde-intern.md'), 'utf8');

describe('privacy: the network tripwire', () => {
  let wire: Tripwire | undefined;
  afterEach(() => wire?.uninstall());

  it('catches every kind of network call, including through ES module imports and raw sockets', async () => {
    wire = installTripwire();
    const attempts: [string, () => unknown][] = [
      ['http.request', () => require('node:http').request('http://192.0.2.1/')],
      ['http.get', () => require('node:http').get('http://192.0.2.1/')],
      ['https.request', () => require('node:https').request('https://192.0.2.1/')],
      ['https.get', () => require('node:https').get('https://192.0.2.1/')],
      ['net.connect', () => require('node:net').connect(9, '192.0.2.1')],
      ['net.createConnection', () => require('node:net').createConnection(9, '192.0.2.1')],
      ['net.Socket.prototype.connect', () => new (require('node:net').Socket)().connect(9, '192.0.2.1')],
      ['tls.connect', () => require('node:tls').connect(443, '192.0.2.1')],
      ['dgram.createSocket', () => require('node:dgram').createSocket('udp4')],
      ['dns.lookup', () => require('node:dns').lookup('example.com', () => {})],
      ['dns.promises.lookup', () => require('node:dns').promises.lookup('example.com')],
      ['globalThis.fetch', () => fetch('http://192.0.2.1/')],
      ['child_process.spawn', () => require('node:child_process').spawn('curl', ['http://192.0.2.1/'])],
    ];
    for (const [label, attempt] of attempts) {
      assert.throws(attempt, NetworkUseError, label);
      assert.ok(wire.calls.some((c) => c.startsWith(label)), `${label} not recorded: ${wire.calls.join(', ')}`);
    }
    // An ES module's named import of a built-in is a live binding to the stub.
    const source = 'import { request } from "node:http"; export const call = () => request("http://192.0.2.1/");';
    const esm: { call: () => unknown } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    assert.throws(() => esm.call(), NetworkUseError);
  });

  it('puts every original back', () => {
    const http = require('node:http');
    const original = http.request;
    const originalFetch = globalThis.fetch;
    installTripwire().uninstall();
    assert.equal(http.request, original);
    assert.equal(globalThis.fetch, originalFetch);
  });
});

describe('privacy: no feature makes a network request', function () {
  this.timeout(60_000);
  let wire: Tripwire;
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bp-privacy-'));
    cpSync(join(ROOT, 'examples/resume.md'), join(dir, 'resume.md'));
    mkdirSync(join(dir, 'jobs'));
    cpSync(join(ROOT, 'examples/jobs/amazon-sde-intern.md'), join(dir, 'jobs', 'amazon.md'));
    wire = installTripwire();
  });
  afterEach(() => {
    wire.uninstall();
    rmSync(dir, { recursive: true, force: true });
  });

  const assertOffline = () => assert.deepEqual(wire.calls, [], `network use: ${wire.calls.join('; ')}`);

  it('core: lint, fix-all, tailor, render and referral drafts', () => {
    const doc = parseResume(RESUME);
    const result = lintDocument(doc);
    assert.ok(result.findings.length > 0, 'the example resume has findings, so the rules really ran');
    assert.ok(lint(RESUME).length > 0);
    assert.notEqual(fixAll(RESUME).text, '');
    const job = parseJobPosting(JOB);
    const tailored = tailorResume(doc, job);
    assert.ok(tailored.report.score > 0);
    assert.match(renderHtml(tailored.markdown), /<main class="resume">/);
    const drafts = draftReferralFromDocuments(doc, job, { today: '2026-01-10', findings: result.findings, report: tailored.report });
    assert.ok(drafts.connectionNote.text.length > 0);
    assertOffline();
  });

  it('CLI: lint in every output format', async () => {
    for (const format of ['stylish', 'json', 'sarif']) {
      const { stdout, stderr } = await runCli(['lint', 'resume.md', '--format', format], dir);
      assert.ok(stdout.length > 0, `${format}: ${stderr}`);
    }
    assertOffline();
  });

  it('CLI: tailor --format md,html', async () => {
    const { code, stderr } = await runCli(['tailor', 'resume.md', '--job', 'jobs/amazon.md', '--format', 'md,html'], dir);
    assert.equal(code, 0, stderr);
    assertOffline();
  });

  it('CLI: referral, human and JSON', async () => {
    for (const extra of [[], ['--json']]) {
      const { code, stdout, stderr } = await runCli(['referral', 'resume.md', '--job', 'jobs/amazon.md', '--today', '2026-01-10', ...extra], dir);
      assert.equal(code, 0, stderr);
      assert.ok(stdout.length > 0);
    }
    assertOffline();
  });

  it('language server: open, lint, hover, quick fixes and fix-all', async () => {
    const client = await TestClient.start({
      root: dir,
      inProcess: (input, output) => {
        startServer(createConnection(new StreamMessageReader(input), new StreamMessageWriter(output)), { debounceMs: 10 });
      },
    });
    try {
      const uri = client.open(join(dir, 'resume.md'), RESUME);
      const diagnostics = await client.diagnosticsFor(uri);
      assert.ok(diagnostics.length > 0);
      const first = diagnostics[0];
      await client.request('textDocument/hover', { textDocument: { uri }, position: first.range.start });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [first] } });
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: first.range, context: { diagnostics: [], only: ['source.fixAll.bulletproof'] } });
    } finally {
      await client.stop();
    }
    assertOffline();
  });
});
