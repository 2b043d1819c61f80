// Prints HTML to PDF with a Chromium-family browser already on the machine (nothing is downloaded).
// Shared by the CLI and the extension. The browser is looked up in this order: an explicit path (the
// CLI's --browser, the extension's bulletproof.browserPath setting), BULLETPROOF_BROWSER, then
// chromium, chromium-browser, google-chrome(-stable), microsoft-edge(-stable) on PATH, then the usual
// install locations on macOS and Windows.

import { execFile } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

const WELL_KNOWN = [
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
  'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
];

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    if (process.platform !== 'win32') accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export interface BrowserLookup {
  path?: string;
  /** Where the answer came from, for messages: "--browser", "BULLETPROOF_BROWSER", "PATH"… */
  source?: string;
  /** An explicit setting that points nowhere. */
  error?: string;
}

/** @param explicitSource how the caller names `explicit` in messages (a flag or a setting). */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env, explicitSource = '--browser'): BrowserLookup {
  for (const [value, source] of [
    [explicit, explicitSource],
    [env.BULLETPROOF_BROWSER, 'BULLETPROOF_BROWSER'],
  ] as const) {
    if (!value) continue;
    const path = value.includes('/') || value.includes('\\') ? value : searchPath(value, env);
    if (path && isExecutable(path)) return { path, source };
    return { error: `${source} is set to "${value}", which is not an executable file.` };
  }
  for (const name of PATH_NAMES) {
    const path = searchPath(name, env);
    if (path) return { path, source: 'PATH' };
  }
  const known = WELL_KNOWN.find(isExecutable);
  return known ? { path: known, source: 'install location' } : {};
}

function searchPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (isExecutable(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The command-line flags used to print; exported so tests and docs show exactly what runs. */
export function printArgs(htmlPath: string, pdfPath: string, profileDir: string): string[] {
  return [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-extensions',
    '--disable-default-apps',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdfPath}`,
    '--no-pdf-header-footer',
    pathToFileURL(htmlPath).href,
  ];
}

export async function printToPdf(browser: string, htmlPath: string, pdfPath: string, timeoutMs = 60_000): Promise<void> {
  const profileDir = mkdtempSync(join(tmpdir(), 'bulletproof-browser-'));
  try {
    await new Promise<void>((resolve, reject) => {
      execFile(browser, printArgs(htmlPath, pdfPath, profileDir), { timeout: timeoutMs, windowsHide: true }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`${browser} failed to print: ${error.message}${stderr ? `\n${String(stderr).trim().slice(-600)}` : ''}`));
        else resolve();
      });
    });
    if (!isNonEmptyFile(pdfPath)) throw new Error(`${browser} exited without writing ${pdfPath}.`);
  } finally {
    rmSync(profileDir, { recursive: true, force: true });
  }
}

function isNonEmptyFile(path: string): boolean {
  try {
    return statSync(path).size > 0;
  } catch {
    return false;
  }
}
