// Runs the integration suite inside a real VS Code: code-server (VS Code's server with the real Node
// extension host) opened by headless Chromium through playwright-core. VS Code's own test payload
// (extensionDevelopmentPath / extensionTestsPath) makes the workbench run the mocha suite; its exit
// code comes back through window.codeAutomationExit.
//
// Two runs:
//   dev   the extension from this checkout (extensionDevelopmentPath = repo root), full suite
//   vsix  the packaged .vsix installed with `code-server --install-extension`, a probe extension as
//         the test host, suite checking that the installed copy activates and lints
//   web   the extension from this checkout pinned to the "web" kind (remote.extensionKind), so the
//         workbench runs its browser entry (dist/web/extension.js) in the web-worker extension host,
//         as vscode.dev and github.dev do; the browser suite (suite/web.test.ts) runs there
//
// Usage: node test/integration/run-code-server.js [--only dev|vsix|web] [--screenshot <png>]
//   --screenshot also stages and captures the README image (docs/images/vscode-diagnostics.png)
// Env: CODE_SERVER (entry.js of code-server, required), CHROMIUM (default /usr/bin/chromium),
//      VSIX (default .vscode-test/bulletproof.vsix), RUN_TIMEOUT_MS (default 600000: a loaded machine), VERBOSE=1.
'use strict';
const { spawn, execFile } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const util = require('node:util');

const { bundleSuite, ROOT } = require('./bundle-suite');
const WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const PROBE = path.join(__dirname, 'probe');
const CODE_SERVER = process.env.CODE_SERVER;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const VSIX = path.resolve(ROOT, process.env.VSIX || '.vscode-test/bulletproof.vsix');
const RUN_TIMEOUT_MS = +(process.env.RUN_TIMEOUT_MS || 600000);
const HOST = '127.0.0.1';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

const args = process.argv.slice(2);
const only = valueOf('--only');
const screenshot = valueOf('--screenshot') && path.resolve(valueOf('--screenshot'));

function valueOf(flag) {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}
/** Workbench chatter that says nothing about the suite (shown with VERBOSE=1). */
const NOISE = /open-vsx\.org|^\s+at |Creating a socket|connection token|Service Worker|ChatSessionStore|additional builtin extensions|workbench contribution|Long running operations during shutdown|^\s*$/;

function log(...a) {
  console.log('[runner]', ...a);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, HOST, () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Isolated homes for one code-server: user data, extensions, XDG dirs, TMPDIR, and a copy of the fixture workspace (tests write files there). */
function makeSandbox(name, userSettings) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bulletproof-${name}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(WORKSPACE, workspace, { recursive: true });
  if (userSettings) {
    fs.mkdirSync(path.join(dir, 'data', 'User'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data', 'User', 'settings.json'), JSON.stringify(userSettings, null, 2));
  }
  const env = {
    ...process.env,
    TMPDIR: dir,
    XDG_DATA_HOME: path.join(dir, 'xdg-data'),
    XDG_CONFIG_HOME: path.join(dir, 'xdg-config'),
    XDG_CACHE_HOME: path.join(dir, 'xdg-cache'),
  };
  const common = ['--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'exts')];
  return { dir, env, common, workspace };
}

function installVsix(sandbox) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [CODE_SERVER, ...sandbox.common, '--install-extension', VSIX], { env: sandbox.env, timeout: 120000 }, (error, stdout, stderr) => {
      if (process.env.VERBOSE) process.stdout.write(stdout + stderr);
      if (error) reject(new Error(`installing ${VSIX} failed: ${error.message}\n${stdout}${stderr}`));
      else if (!/was successfully installed/.test(stdout + stderr)) reject(new Error(`unexpected install output:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

/**
 * One code-server + one page running one suite. Resolves with the suite's exit code
 * (0 passed, 1 failed, 2 timeout, 3 harness error).
 */
async function runSuite(browser, { name, extensionDevelopmentPath, extensionTestsPath, sandbox, env = {}, relayConsole = false }) {
  const port = await freePort();
  const started = Date.now();
  log(`${name}: starting code-server on ${HOST}:${port}`);
  const server = spawn(process.execPath, [CODE_SERVER, '--bind-addr', `${HOST}:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--config', path.join(sandbox.dir, 'config.yaml'), ...sandbox.common],
  { stdio: ['ignore', 'pipe', 'pipe'], env: { ...sandbox.env, ...env }, detached: true });

  let context;
  const result = await new Promise((resolve) => {
    let done = false;
    const finish = (code, why) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      if (why) log(`${name}: ${why}`);
      resolve(code);
    };
    const timer = setTimeout(() => finish(2, `TIMEOUT after ${RUN_TIMEOUT_MS} ms`), RUN_TIMEOUT_MS);
    server.once('exit', (c) => finish(3, `code-server exited early (${c})`));
    const onData = (d) => {
      const s = d.toString();
      if (process.env.VERBOSE) process.stdout.write(`[code-server] ${s}`);
      if (s.includes('HTTP server listening')) void openWorkbench().catch((e) => finish(3, `harness error: ${e.stack || e}`));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);

    async function openWorkbench() {
      context = await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: screenshot ? 1.5 : 1 });
      const page = await context.newPage();
      const shots = screenshot ? new Screenshots(page, screenshot) : undefined;
      await page.exposeFunction('codeAutomationLog', (type, logArgs) => {
        let line;
        try {
          line = util.format(...logArgs);
        } catch {
          line = String(logArgs);
        }
        if (process.env.VERBOSE || !NOISE.test(line)) console.log(`[vscode] ${line}`);
        if (shots) void shots.onLog(line);
      });
      await page.exposeFunction('codeAutomationExit', (code) => finish(code === 0 ? 0 : 1, `suite exit code ${code}`));
      // The web-worker extension host's console reaches the page's console, not codeAutomationLog.
      if (process.env.VERBOSE || relayConsole) {
        page.on('console', (m) => {
          const line = m.text();
          if (process.env.VERBOSE || !NOISE.test(line)) console.log('[browser]', m.type(), line);
        });
      }
      page.on('pageerror', (e) => console.log('[pageerror]', e.message));
      const authority = `${HOST}:${port}`;
      const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`],
        ['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`],
      ];
      const url = `http://${authority}/?folder=${encodeURIComponent(sandbox.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      // A loaded machine can take long to serve the workbench: the suite's own timeout governs.
      await page.goto(url, { timeout: RUN_TIMEOUT_MS });
    }
  });

  try {
    if (context) await context.close();
  } catch {
    // the page may already be gone
  }
  await stopProcessGroup(server);
  log(`${name}: finished with code ${result} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** code-server and its helpers (file watcher, extension host, our language server) share a process group. */
async function stopProcessGroup(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  await new Promise((r) => {
    child.once('exit', r);
    setTimeout(r, 5000);
  });
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

/**
 * The suite's screenshot scenario logs "BULLETPROOF_SCREENSHOT ready" once the editor shows the
 * squiggles, the Problems view, a hover and the quick fix menu, then waits for <png>.done.
 */
class Screenshots {
  constructor(page, target) {
    this.page = page;
    this.target = target;
  }

  async onLog(line) {
    if (!/BULLETPROOF_SCREENSHOT ready/.test(line)) return;
    try {
      await this.page.waitForTimeout(600); // let widgets finish fading in
      await this.page.screenshot({ path: this.target });
      log(`screenshot written: ${path.relative(ROOT, this.target)}`);
    } catch (e) {
      log(`screenshot failed: ${e.message}`);
    }
    fs.writeFileSync(`${this.target}.done`, '');
  }
}

async function main() {
  if (!CODE_SERVER || !fs.existsSync(CODE_SERVER)) throw new Error('CODE_SERVER must point at code-server/out/node/entry.js (scripts/test-integration.sh sets it)');
  const suites = await bundleSuite();
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  const sandboxes = [];
  const results = {};
  try {
    if (!only || only === 'dev') {
      const sandbox = makeSandbox('dev');
      sandboxes.push(sandbox);
      const env = screenshot ? { BULLETPROOF_SCREENSHOT: screenshot } : {};
      results.dev = await runSuite(browser, { name: 'dev', extensionDevelopmentPath: ROOT, extensionTestsPath: suites.dev, sandbox, env });
    }
    if (!only || only === 'vsix') {
      if (!fs.existsSync(VSIX)) throw new Error(`${VSIX} missing: run "npm run package -- --out ${path.relative(ROOT, VSIX)}"`);
      const sandbox = makeSandbox('vsix');
      sandboxes.push(sandbox);
      log(`vsix: installing ${path.relative(ROOT, VSIX)}`);
      await installVsix(sandbox);
      results.vsix = await runSuite(browser, { name: 'vsix', extensionDevelopmentPath: PROBE, extensionTestsPath: suites.vsix, sandbox });
    }
    if (!only || only === 'web') {
      // "web" kind only: the workbench must run the browser entry in its web-worker host.
      const sandbox = makeSandbox('web', { 'remote.extensionKind': { 'bulletproof.bulletproof': ['web'] } });
      sandboxes.push(sandbox);
      results.web = await runSuite(browser, { name: 'web', extensionDevelopmentPath: ROOT, extensionTestsPath: suites.web, sandbox, relayConsole: true });
    }
  } finally {
    await browser.close().catch(() => undefined);
    for (const s of sandboxes) fs.rmSync(s.dir, { recursive: true, force: true });
  }
  const failed = Object.entries(results).filter(([, code]) => code !== 0);
  log('results', JSON.stringify(results));
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error('[runner] error', e);
    process.exit(3);
  },
);
