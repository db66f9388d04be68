import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { findSidebarFrame, pickQuickItem, runCommand } from '../../scripts/lib/workbench';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { FAILURE_SCREENSHOTS, screenshotFailures } from '../support/failureScreenshots';

/**
 * Merge People as a person meets it: "Sam Lee" (from a git trailer) and "@sam" (typed)
 * shown as two people, merged from the command palette, then shown as one.
 */
describe('Merge People and Import Log in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  const logFile = () => path.join(workspace, '.vscode', 'growth-log.json');

  const moment = (summary: string, people: string[]): Moment => ({
    id: randomUUID(),
    kind: 'mentoring',
    at: new Date().toISOString(),
    summary,
    people,
  });

  before(async () => {
    workspace = copySampleWorkspace();
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('people-and-import', () => page);
  after(() => workbench?.close());

  it('imports another log picked in the file dialog: its moments appear in the sidebar, and it says what it added', async () => {
    await fs.rm(logFile(), { force: true });
    const other = path.join(workspace, 'other-repo-log.json');
    const imported = [moment('Walked Priya through the deploy', ['Priya']), moment('Reviewed the cache design', [])];
    await fs.writeFile(other, JSON.stringify({ version: 1, moments: imported }, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame = await findSidebarFrame(page);

    await runCommand(page, 'Growth Log: Import Log…');
    const dialog = page.locator('.quick-input-widget', { hasText: 'Import Log' });
    await dialog.waitFor({ state: 'visible' });
    // VS Code's own file dialog, as a person uses it: a click on the file picks it.
    await dialog.locator('.monaco-list-row', { hasText: path.basename(other) }).click();

    await page
      .locator('.notifications-toasts .notification-toast', { hasText: 'Imported 2 moments from' })
      .waitFor({ timeout: 30_000 });
    await eventually(async () =>
      assert.deepEqual(await frame.locator('.moment .summary').allTextContents(), [
        'Reviewed the cache design',
        'Walked Priya through the deploy',
      ]),
    );
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'import-log.png') });
    await fs.rm(other);
  });

  it('merges two names into one person from the palette, and the sidebar shows that person', async () => {
    const moments = [
      moment('Reviewed the retry change', ['Sam Lee']),
      moment('Unblocked the deploy', ['sam']),
      moment('Planned the offsite', ['Ana']),
    ];
    await fs.mkdir(path.dirname(logFile()), { recursive: true });
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments }, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame = await findSidebarFrame(page);
    const peopleShown = () => frame.locator('.moment .people').allTextContents();
    await eventually(async () =>
      assert.deepEqual((await peopleShown()).sort(), ['with Ana', 'with Sam Lee', 'with sam']),
    );

    await runCommand(page, 'Growth Log: Merge People…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    const row = (name: string) => rows.filter({ has: page.getByText(name, { exact: true }) });
    assert.match((await row('Sam Lee').textContent()) ?? '', /1 moment/, 'each person with their moment count');
    await row('Sam Lee').click();
    await row('sam').click();
    await page.locator('.quick-input-widget', { hasText: 'Merge People (1/3)' }).waitFor();
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'merge-people-pick.png') });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget', { hasText: 'Merge People (2/3)' }).waitFor();
    assert.deepEqual(await rows.locator('.label-name').allTextContents(), ['Sam Lee', 'sam'], 'the fullest name first');
    await pickQuickItem(page, 'Sam Lee');
    await page.locator('.quick-input-widget', { hasText: 'Merge People (3/3)' }).waitFor();
    assert.equal(
      await page.locator('.quick-input-widget input').getAttribute('placeholder'),
      'Merge Sam Lee, sam into Sam Lee?',
    );
    await pickQuickItem(page, 'Merge');

    await eventually(async () =>
      assert.deepEqual((await peopleShown()).sort(), ['with Ana', 'with Sam Lee', 'with Sam Lee']),
    );
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'merge-people-sidebar.png') });
    const log = JSON.parse(await fs.readFile(logFile(), 'utf8')) as LogFile;
    assert.deepEqual(
      log.people?.map(({ name, aliases }) => ({ name, aliases })),
      [{ name: 'Sam Lee', aliases: ['sam'] }],
    );
    assert.deepEqual(log.moments, moments, 'moments keep the names as written');
  });
});
