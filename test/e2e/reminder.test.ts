import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The weekly reminder as a person meets it: turned on for today at midnight, so it fell
 * due while VS Code was closed and is asked at the next start. Its own VS Code, so the
 * notification does not cross the other end-to-end tests.
 */
describe('the weekly reminder in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;

  before(async () => {
    const today = new Date().toLocaleDateString('en-US', { weekday: 'long' }).toLowerCase();
    workbench = await openInstalledWorkbench(copySampleWorkspace(), {
      settings: {
        'growthLog.reminder.enabled': true,
        'growthLog.reminder.day': today,
        'growthLog.reminder.time': '00:00',
      },
    });
    page = workbench.page;
  });

  screenshotFailures('reminder', () => page);
  after(() => workbench?.close());

  it('asks at the next start after it fell due, with Log, Open Summary, Snooze and Turn Off; Turn Off turns it off', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: "log this week's leadership moments?",
    });
    await toast.waitFor({ timeout: 60_000 });
    for (const button of ['Log', 'Open Summary', 'Snooze 1 Hour'])
      assert.equal(await toast.getByRole('button', { name: button }).count(), 1, button);
    await toast.getByRole('button', { name: 'Turn Off' }).click();
    const settingsFile = path.join(workbench.server.runDir, 'user', 'User', 'settings.json');
    await eventually(async () =>
      assert.equal(JSON.parse(await fs.readFile(settingsFile, 'utf8'))['growthLog.reminder.enabled'], false),
    );
  });
});
