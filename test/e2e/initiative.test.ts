import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { findSidebarFrame, openActivityBarView, runCommand } from '../../scripts/lib/workbench';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Filing a moment under an initiative as a person does it: `+payments` typed in the quick
 * log, named back by the live preview, and shown as a label on the moment in the sidebar.
 */

const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');
const HOSTILE_NAME = '<img src=x onerror=alert(1)>';

describe('filing a moment under an initiative in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  const logFile = () => path.join(workspace, '.vscode', 'growth-log.json');
  const quickInput = () => page.locator('.quick-input-widget');

  before(async () => {
    workspace = copySampleWorkspace();
    const earlier = new Date();
    earlier.setHours(0, 5, 0, 0);
    const existing: Moment[] = [
      {
        id: 'earlier-payments',
        kind: 'code-review',
        at: earlier.toISOString(),
        summary: 'Reviewed the refund retry design',
        initiative: 'payments',
      },
      {
        id: 'hostile',
        kind: 'decision',
        at: earlier.toISOString(),
        summary: 'Picked a queue',
        initiative: HOSTILE_NAME,
      },
    ];
    await fs.mkdir(path.dirname(logFile()), { recursive: true });
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: existing }, null, 2));
    await fs.mkdir(PICTURES, { recursive: true });
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('initiative', () => page);

  after(() => workbench?.close());

  it('names the initiative typed with +payments in the preview, and labels the moment with it in the sidebar', async () => {
    await runCommand(page, 'Growth Log: Log Mentoring Moment');
    await quickInput().filter({ hasText: 'Pairing, teaching' }).waitFor({ state: 'visible' });
    const input = quickInput().locator('input');
    await input.pressSequentially('Unblocked Sam on the retry queue +payments @Sam', { delay: 5 });
    const message = quickInput().locator('.quick-input-message');
    await eventually(async () => {
      const shown = ((await message.textContent()) ?? '').replace(/\s+/g, ' ');
      assert.match(shown, /Understood: Mentoring, today · initiative payments · with Sam/);
    });
    await page.screenshot({
      path: path.join(PICTURES, 'quick-log-initiative.png'),
      clip: { x: 0, y: 0, width: 1280, height: 220 },
    });

    // The line named the initiative, so the next question is the impact, then the energy.
    await page.keyboard.press('Enter');
    await quickInput().getByText('What changed because of it?').waitFor();
    await page.keyboard.press('Enter');
    await quickInput().getByText('No energy recorded').waitFor();
    await page.keyboard.press('Enter');
    await eventually(async () => {
      const log = JSON.parse(await fs.readFile(logFile(), 'utf8')) as LogFile;
      const logged = log.moments.find((moment) => moment.kind === 'mentoring');
      assert.equal(logged?.initiative, 'payments');
    });

    await openActivityBarView(page, 'Growth Log');
    const frame = await findSidebarFrame(page);
    const row = frame.locator('.moment-toggle', { hasText: 'Unblocked Sam on the retry queue' });
    await eventually(async () => assert.equal(await row.locator('.initiative').count(), 1));
    const label = row.locator('.initiative');
    assert.equal(await label.locator('[aria-hidden="true"]').textContent(), 'payments');
    assert.ok(await label.isVisible());
    assert.match((await row.getAttribute('title')) ?? '', /Initiative: payments/);

    // A name from the log is text, whatever it holds.
    const hostile = frame.locator('.moment-toggle', { hasText: 'Picked a queue' }).locator('.initiative');
    assert.equal(await hostile.locator('[aria-hidden="true"]').textContent(), HOSTILE_NAME);
    assert.equal(await frame.locator('.moment img').count(), 0);

    const sidebar = page.locator('.part.sidebar');
    await sidebar.screenshot({ path: path.join(PICTURES, 'sidebar-initiative.png') });
  });
});
