import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';

/** Where end-to-end tests leave a picture of each failure (the README's pictures come from `npm run screenshots`). */
export const FAILURE_SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'screenshots');

/**
 * After each test of the enclosing suite that fails, saves what the page showed as
 * test-results/screenshots/failed-<prefix>-<test title>.png, to see why without running it again.
 */
export function screenshotFailures(prefix: string, page: () => Page | undefined): void {
  afterEach(async function () {
    const test = this.currentTest;
    const shown = page();
    if (test?.state !== 'failed' || !shown) return;
    const name = `failed-${prefix}-${test.title.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}.png`;
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    try {
      await shown.screenshot({ path: path.join(FAILURE_SCREENSHOTS, name) });
      console.log(`      screenshot of the failure: ${path.join(FAILURE_SCREENSHOTS, name)}`);
    } catch (error) {
      // The page may be what failed (a crashed browser); the test's own error says more.
      console.warn(`      no screenshot of the failure: ${String(error)}`);
    }
  });
}
