import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, promises as fs, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { type InstalledWorkbench, openInstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { createSampleProject } from '../../scripts/lib/sampleProject';
import { answerQuickInput, pickQuickItem, runCommand } from '../../scripts/lib/workbench';
import type { LogFile } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { FAILURE_SCREENSHOTS, screenshotFailures } from '../support/failureScreenshots';
import { buildLargeHistory } from '../support/largeGitHistory';

/**
 * A maintainer's months, as they meet Suggest Moments from Git History: hundreds of merges
 * arrive as a list of weeks that fits the screen, a week opens on its merges, the whole week
 * is logged as one moment, and the last step offers an impact for it.
 */
describe('git suggestions on a maintainer’s history, driven like a person', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;

  before(async () => {
    workspace = copySampleWorkspace();
    await fs.rm(path.join(workspace, '.git'), { recursive: true, force: true });
    await buildLargeHistory(workspace, { merges: 400, people: 110, weeks: 26 });
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('git-suggestions', () => page);

  after(() => workbench?.close());

  it('groups 400 merges per week, opens a week, logs it as one moment with an impact', async () => {
    await runCommand(page, 'Growth Log: Suggest Moments from Git History…');
    await pickQuickItem(page, 'Last 6 months');
    const input = page.locator('.quick-input-widget input');
    await eventually(async () => assert.match((await input.getAttribute('placeholder')) ?? '', /^400 suggestions as/));
    const placeholder = (await input.getAttribute('placeholder')) ?? '';
    const groups = Number(/in (\d+) groups/.exec(placeholder)?.[1]);
    assert.ok(groups >= 20 && groups <= 40, `${placeholder}: a list that fits a screen or two`);
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'git-suggestions-grouped.png') });

    await pickQuickItem(page, 'Week of');
    const whole = page.locator('.quick-input-list .monaco-list-row', { hasText: 'as one moment' }).first();
    await whole.waitFor({ state: 'visible' });
    await whole.click();
    await page.keyboard.press('Enter');
    await pickQuickItem(page, 'Log the 1 moment picked');
    await pickQuickItem(page, 'add an impact');
    // The impact's own input, once it has replaced the list (typing sooner would filter the list).
    await answerQuickInput(page, 'Impact of:', 'Every contributor had a review within a day');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Every contributor' }).waitFor();
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'git-suggestions-impacts.png') });
    await pickQuickItem(page, 'Log 1 moment');

    const log = await eventually(
      async () => JSON.parse(await fs.readFile(path.join(workspace, '.vscode', 'growth-log.json'), 'utf8')) as LogFile,
    );
    const [moment] = log.moments;
    assert.equal(log.moments.length, 1);
    assert.equal(moment?.kind, 'code-review');
    assert.match(moment?.summary ?? '', /^Reviewed \d+ changes from Person\d+/);
    assert.equal(moment?.impact, 'Every contributor had a review within a day');
    assert.ok((moment?.links?.length ?? 0) >= 1);
    assert.ok(moment?.links?.every((link) => link.startsWith('https://github.com/acme/sample/commit/')));
  });
});

/**
 * A newcomer on the sample project: OK before checking anything, then the merged pull
 * request #42 logged, which says so in the status bar and links the pull request.
 */
describe('git suggestions on the sample project, driven like a newcomer', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let parent: string;
  let project: string;

  before(async () => {
    parent = mkdtempSync(path.join(tmpdir(), 'growth-log-e2e-suggest-'));
    project = await createSampleProject(parent);
    workbench = await openInstalledWorkbench(project, {
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('git-suggestions-sample', () => page);

  after(async () => {
    await workbench?.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('keeps the list open on OK with nothing checked, then logs the pull request, linked, and says so', async () => {
    await runCommand(page, 'Growth Log: Suggest Moments from Git History…');
    await pickQuickItem(page, 'Last 6 months');
    const input = page.locator('.quick-input-widget input');
    await eventually(async () => assert.match((await input.getAttribute('placeholder')) ?? '', /^Check the moments/));
    await page.keyboard.press('Enter');
    await eventually(async () =>
      assert.match((await input.getAttribute('placeholder')) ?? '', /^Nothing picked: check the moments to log/),
    );
    const pullRequest = page.locator('.quick-input-list .monaco-list-row', { hasText: '(#42)' });
    assert.match(
      (await pullRequest.textContent()) ?? '',
      /Paired with Ana to invalidate cached invoices by key \(#42\)/,
      'the pull request is named by its number',
    );
    mkdirSync(FAILURE_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'git-suggestions-nothing-picked.png') });

    await pullRequest.click();
    await page.keyboard.press('Enter');
    await pickQuickItem(page, 'Log 1 moment');
    const flash = page.locator('.statusbar-item', { hasText: 'Growth Log: logged 1 moment from git history' });
    await flash.waitFor({ state: 'visible', timeout: 10_000 });
    await page.screenshot({ path: path.join(FAILURE_SCREENSHOTS, 'git-suggestions-logged.png') });

    const log = await eventually(
      async () => JSON.parse(await fs.readFile(path.join(project, '.vscode', 'growth-log.json'), 'utf8')) as LogFile,
    );
    const [moment] = log.moments;
    assert.equal(moment?.summary, 'Paired with Ana to invalidate cached invoices by key (#42)');
    assert.equal(moment?.links?.[0], 'https://github.com/acme/billing-service/pull/42');
    assert.equal(moment?.links?.length, 3, 'the pull request and its two commits');
  });
});
