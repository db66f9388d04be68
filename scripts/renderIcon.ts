/**
 * `npm run icon`: renders media/icon.svg to the 128×128 PNG the Marketplace and the
 * Extensions view show (they do not accept SVG icons), with Debian's Chromium.
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { launchBrowser } from './lib/browser';
import { REPO_ROOT } from './lib/repoRoot';

async function main(): Promise<void> {
  const svg = readFileSync(path.join(REPO_ROOT, 'media', 'icon.svg'), 'utf8');
  const browser = await launchBrowser();
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await page.setViewportSize({ width: 128, height: 128 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
    await page.locator('svg').screenshot({ path: path.join(REPO_ROOT, 'media', 'icon.png'), omitBackground: true });
  } finally {
    await browser.close();
  }
}

void main();
