import * as assert from 'node:assert/strict';
import { existsSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { REPO_ROOT, copySampleWorkspace, startCodeServer, type RunningCodeServer } from '../support/codeServer';
import { eventually } from '../support/eventually';
import { waitForWorkbench } from '../support/workbench';

const VSIX = path.join(REPO_ROOT, 'growth-log.vsix');

/**
 * The weekly reminder as a person meets it: turned on for today at midnight, so it fell
 * due while VS Code was closed and is asked at the next start. Its own VS Code, so the
 * notification does not cross the other end-to-end tests.
 */
describe('the weekly reminder in a real VS Code', function () {
  this.timeout(180_000);
  let server: RunningCodeServer;
  let browser: BrowserContext;
  let page: Page;

  before(async () => {
    assert.ok(existsSync(VSIX), `${VSIX} is missing: run npm run package first`);
    const today = new Date().toLocaleDateString('en-US', { weekday: 'long' }).toLowerCase();
    server = await startCodeServer({
      installVsix: [VSIX],
      settings: { 'growthLog.reminder.enabled': true, 'growthLog.reminder.day': today, 'growthLog.reminder.time': '00:00' },
    });
    browser = await launchBrowser();
    page = browser.pages()[0] ?? (await browser.newPage());
    await page.goto(`${server.origin}/?folder=${encodeURIComponent(copySampleWorkspace())}`);
    await waitForWorkbench(page);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('asks at the next start after it fell due, with Log, Open Summary, Snooze and Turn Off; Turn Off turns it off', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: "log this week's leadership moments?" });
    await toast.waitFor({ timeout: 60_000 });
    for (const button of ['Log', 'Open Summary', 'Snooze 1 Hour']) assert.equal(await toast.getByRole('button', { name: button }).count(), 1, button);
    await page.waitForTimeout(500); // the toast slides in
    await page.screenshot({ path: path.join(REPO_ROOT, 'test-results', 'screenshots', 'reminder.png'), clip: { x: 800, y: 780, width: 480, height: 220 } });
    await toast.getByRole('button', { name: 'Turn Off' }).click();
    const settingsFile = path.join(server.runDir, 'user', 'User', 'settings.json');
    await eventually(async () => assert.equal(JSON.parse(await fs.readFile(settingsFile, 'utf8'))['growthLog.reminder.enabled'], false));
  });
});
