// Chromium and pdftotext for tests that print a real PDF: skip with a reason on a developer machine
// without them; in CI (env CI set) they must be there, so the tests run instead of skipping.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { findBrowser } from '../../src/node/pdf';

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The browser path, or a skip (fail in CI) when Chromium or pdftotext is missing. */
export function requireTools(ctx: Mocha.Context): string {
  const browser = findBrowser();
  const missing = [!browser.path && 'a Chromium-family browser', !hasPdftotext() && 'pdftotext (poppler-utils)'].filter(Boolean);
  if (missing.length) {
    if (process.env.CI) assert.fail(`CI must provide ${missing.join(' and ')} (apt-get install -y chromium poppler-utils).`);
    console.log(`      skipped: no ${missing.join(' and ')} on this machine (apt-get install -y chromium poppler-utils).`);
    ctx.skip();
  }
  return browser.path!;
}

/** The text of a PDF in reading order, as an ATS would extract it. */
export const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
