// Rasterizes images/icon.svg to images/icon.png (256 px, transparent corners) with the Chromium that
// renders PDFs: the Marketplace wants a PNG icon. Run: node scripts/render-icon.mjs
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const svg = readFileSync(new URL('../images/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: process.env.BULLETPROOF_BROWSER || '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 256, height: 256 }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.locator('svg').screenshot({ path: new URL('../images/icon.png', import.meta.url).pathname, omitBackground: true });
} finally {
  await browser.close();
}
