// The same integration suite in desktop VS Code (Electron) through @vscode/test-electron, for machines
// that can download VS Code (it fetches a build from the vendor's update servers into .vscode-test/).
// CI here uses run-code-server.js instead, since these machines cannot reach that server.
//
// Usage: npm run test:electron [-- --only dev|vsix]   Env: VSCODE_VERSION (default 1.100.3), VSIX.
'use strict';
const cp = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } = require('@vscode/test-electron');
const { bundleSuite, ROOT } = require('./bundle-suite');

const VERSION = process.env.VSCODE_VERSION || '1.100.3';
const VSIX = path.resolve(ROOT, process.env.VSIX || '.vscode-test/bulletproof.vsix');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** Fresh user data, extensions folder and copy of the fixture workspace for one run. */
function sandbox(name) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `bulletproof-electron-${name}-`));
  const workspace = path.join(dir, 'workspace');
  fs.cpSync(path.join(ROOT, 'test/fixtures/workspace'), workspace, { recursive: true });
  return { dir, workspace, args: ['--user-data-dir', path.join(dir, 'data'), '--extensions-dir', path.join(dir, 'exts'), '--disable-workspace-trust'] };
}

async function main() {
  const suites = await bundleSuite();
  const vscodeExecutablePath = await downloadAndUnzipVSCode(VERSION);
  const failures = [];
  if (!only || only === 'dev') {
    const s = sandbox('dev');
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: suites.dev,
      launchArgs: [s.workspace, ...s.args],
    }).catch(() => 1);
    if (code !== 0) failures.push('dev');
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
  if (!only || only === 'vsix') {
    if (!fs.existsSync(VSIX)) cp.execFileSync('npx', ['--no-install', 'vsce', 'package', '--no-dependencies', '--out', VSIX], { cwd: ROOT, stdio: 'inherit' });
    const s = sandbox('vsix');
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(vscodeExecutablePath);
    cp.execFileSync(cli, [...cliArgs, ...s.args.slice(0, 4), '--install-extension', VSIX], { stdio: 'inherit', shell: process.platform === 'win32' });
    const code = await runTests({
      vscodeExecutablePath,
      extensionDevelopmentPath: path.join(__dirname, 'probe'),
      extensionTestsPath: suites.vsix,
      launchArgs: [s.workspace, ...s.args],
    }).catch(() => 1);
    if (code !== 0) failures.push('vsix');
    fs.rmSync(s.dir, { recursive: true, force: true });
  }
  if (failures.length) throw new Error(`failed: ${failures.join(', ')}`);
}

main().catch((e) => {
  console.error(e.message || e);
  process.exit(1);
});
