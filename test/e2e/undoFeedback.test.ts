import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { findSidebarFrame, openActivityBarView, pickQuickItem } from '../../scripts/lib/workbench';
import type { Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * An Undo says what it undid, in the status bar where logging says what it logged: from
 * the sidebar's Undo and from a notification's, the moment brought back is named.
 */

const SUMMARY = 'Paired with Sam on flaky test triage';

describe('what an Undo says', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let frame: Frame;

  before(async () => {
    const workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    const moment: Moment = { id: 'paired', kind: 'mentoring', at: new Date().toISOString(), summary: SUMMARY };
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments: [moment] }, null, 2));
    workbench = await openInstalledWorkbench(workspace);
    page = workbench.page;
    await openActivityBarView(page, 'Growth Log');
    frame = await findSidebarFrame(page);
  });

  screenshotFailures('undo-feedback', () => page);

  after(() => workbench?.close());

  const summaryLine = () => frame.locator('.moment .summary', { hasText: SUMMARY });

  async function deleteTheMoment(): Promise<void> {
    await summaryLine().waitFor({ timeout: 15_000 });
    await frame.getByRole('button', { name: `Delete: ${SUMMARY}` }).click();
    await pickQuickItem(page, 'Delete');
    await summaryLine().waitFor({ state: 'detached', timeout: 15_000 });
  }

  /** The status bar's words once the moment is back. */
  async function saysRestored(): Promise<void> {
    await summaryLine().waitFor({ timeout: 15_000 });
    // Every wording the status bar had, for the failure to show: the message is gone after a few seconds.
    const said = new Set<string>();
    await eventually(async () => {
      said.add(((await page.locator('.statusbar').textContent()) ?? '').replace(/\s+/g, ' '));
      assert.ok(
        [...said].some((words) => words.includes(`Growth Log: restored “${SUMMARY}”`)),
        `the status bar said: ${[...said].join(' / ')}`,
      );
    }, 10_000);
  }

  it('names the moment an Undo in the sidebar brought back', async () => {
    await deleteTheMoment();
    await frame.getByRole('button', { name: `Undo the deletion of “${SUMMARY}”` }).click();
    await saysRestored();
  });

  it('names the moment the notification’s Undo brought back', async () => {
    await deleteTheMoment();
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: `Deleted “${SUMMARY}”` });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await saysRestored();
  });
});
