import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { LOG_LOCATION_CHOSEN, startCodeServer, type CodeServerOptions, type RunningCodeServer } from './codeServer';
import { REPO_ROOT } from './repoRoot';
import { waitForWorkbench } from './workbench';

const VSIX = path.join(REPO_ROOT, 'growth-log.vsix');

export interface InstalledWorkbench {
  readonly server: RunningCodeServer;
  readonly browser: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

/**
 * The packaged extension as a user has it: growth-log.vsix installed into a fresh
 * code-server (with any other extension of `options.installVsix` beside it), its
 * workbench open on `folder` in Chromium and ready for input.
 */
export async function openInstalledWorkbench(
  folder: string,
  options: CodeServerOptions = {},
): Promise<InstalledWorkbench> {
  assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
  const server = await startCodeServer({
    ...options,
    settings: { ...LOG_LOCATION_CHOSEN, ...options.settings },
    installVsix: [VSIX, ...(options.installVsix ?? [])],
  });
  const browser = await launchBrowser();
  const page = browser.pages()[0] ?? (await browser.newPage());
  await page.goto(`${server.origin}/?folder=${encodeURIComponent(folder)}`);
  await waitForWorkbench(page);
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
