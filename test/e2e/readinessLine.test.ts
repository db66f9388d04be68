import * as assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { sampleLog } from '../../scripts/lib/sampleLog';
import { chooseColorTheme, findSidebarFrame, moveMouseAway, openActivityBarView } from '../../scripts/lib/workbench';
import { Timeline } from '../../src/core/insights/timeline';
import { builtInLadder } from '../../src/core/ladders/builtInLadders';
import { KindCatalogue } from '../../src/core/model/kindCatalogue';
import { peopleOf } from '../../src/core/model/people';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { readinessLine } from '../../src/viewModel/readinessLine';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The sidebar's readiness line for the sample log: what a person reads under the week's
 * targets, reached with Tab and run with Enter, in the light, dark and high-contrast themes.
 */

const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');
/** Growth Log: Show Readiness…, which the line runs. */

describe('the readiness line in the sidebar', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let sidebar: Frame;
  let workspace: string;
  const now = new Date();
  const log = sampleLog(now);

  before(async () => {
    workspace = copySampleWorkspace();
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(path.join(workspace, '.vscode', 'growth-log.json'), JSON.stringify(log, null, 2));
    mkdirSync(PICTURES, { recursive: true });
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    await openActivityBarView(page, 'Growth Log');
    sidebar = await findSidebarFrame(page);
  });

  screenshotFailures('readiness-line', () => page);

  after(() => workbench?.close());

  const line = () => sidebar.locator('button.readiness-line');

  it('shows the target level’s expectations with evidence from the last six months', async () => {
    // The default track's built-in ladder, from its first level to the next: Team Lead.
    const ladder = builtInLadder('management');
    const target = ladder.levels[1];
    assert.equal(target?.name, 'Team Lead');
    const expected = readinessLine({
      ladder,
      target,
      timeline: Timeline.build(log.moments),
      now,
      weekStartsOn: 'monday',
      kinds: new KindCatalogue(),
      people: peopleOf(log),
      language: new DisplayLanguage('en'),
    });
    await line().waitFor({ timeout: 30_000 });
    assert.match(expected.text, /^Team Lead: [1-9]\d* of \d+ expectations with evidence, \d+ strong$/);
    assert.equal((await line().textContent())?.trim(), expected.text);
    assert.equal(await line().getAttribute('aria-label'), expected.label);
    // Below the week's targets, as one line.
    const order = (await sidebar.evaluate(
      "[...document.querySelectorAll('#targets, #readiness, #moments')].map((node) => node.id)",
    )) as string[];
    assert.deepEqual(order.slice(0, 2), ['targets', 'readiness']);
    assert.equal(await sidebar.locator('.ladder-problem').count(), 0, 'the built-in ladder has no problem to tell');
  });

  it('follows the light, dark and high-contrast themes', async () => {
    // The window opened in the dark theme, and ends in it.
    for (const [theme, file] of [
      ['Light Modern', 'sidebar-readiness-light.png'],
      ['Dark High Contrast', 'sidebar-readiness-high-contrast.png'],
      ['Dark Modern', 'sidebar-readiness-dark.png'],
    ] as const) {
      await chooseColorTheme(page, theme);
      sidebar = await findSidebarFrame(page);
      await line().waitFor();
      await moveMouseAway(page);
      // The line is drawn in the theme's link colour.
      const [colour, link] = (await sidebar.evaluate(`[
        getComputedStyle(document.querySelector('button.readiness-line')).color,
        (() => { const probe = document.createElement('span'); probe.style.color = 'var(--vscode-textLink-foreground)';
          document.body.append(probe); const value = getComputedStyle(probe).color; probe.remove(); return value; })(),
      ]`)) as [string, string];
      assert.equal(colour, link, `${theme}: the line has the link colour`);
      await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, file) });
    }
  });

  it('is reached with Tab and runs Show Readiness on Enter', async () => {
    await line().waitFor();
    // From the first control of the view, Tab by Tab, as a keyboard user goes.
    await sidebar.locator('[data-focus-key="previous-week"]').focus();
    const focusedKey = async () =>
      String(await sidebar.evaluate('document.activeElement?.getAttribute("data-focus-key") ?? ""'));
    for (let presses = 0; presses < 30 && (await focusedKey()) !== 'readiness-line'; presses++)
      await page.keyboard.press('Tab');
    assert.equal(await focusedKey(), 'readiness-line', 'the line is in the Tab order');
    await page.keyboard.press('Enter');
    await page
      .locator('.tabs-container .tab', { hasText: /Readiness/ })
      .first()
      .waitFor();
  });

  it('says once that the ladder file cannot be used, and its line opens the file at the line at fault', async () => {
    copyFileSync(
      path.join(REPO_ROOT, 'test', 'fixtures', 'ladders', 'malformed', 'unclosed-quote.csv'),
      path.join(workspace, '.vscode', 'company-ladder.csv'),
    );
    // As a person sets it: the workspace's settings file, which VS Code picks up as it is saved.
    writeFileSync(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({ 'growthLog.ladder': '.vscode/company-ladder.csv' }, null, 2),
    );
    const problem = sidebar.locator('button.ladder-problem');
    await problem.waitFor({ timeout: 30_000 });
    assert.equal((await problem.textContent())?.trim(), 'Your ladder file cannot be used: the built-in ladder is used');
    const toasts = page.locator('.notifications-toasts .notification-toast', { hasText: 'company-ladder.csv' });
    await toasts.first().waitFor({ timeout: 15_000 });
    assert.match((await toasts.first().textContent()) ?? '', /line 3: the file ends inside a quoted cell/);
    await moveMouseAway(page);
    await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, 'sidebar-ladder-problem-dark.png') });

    // A refresh of the view (a moment logged elsewhere) says it no more.
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    writeFileSync(logFile, JSON.stringify({ ...log, moments: [...log.moments].reverse() }, null, 2));
    await page.waitForTimeout(2_000);
    assert.equal(await toasts.count(), 1, 'the problem is said once');

    await problem.focus();
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: 'company-ladder.csv' }).waitFor({ timeout: 15_000 });
    // At the line the problem names ("line 3"), selected: the status bar shows where the cursor is.
    await page.getByText(/^Ln 3, Col \d+ \(\d+ selected\)$/).waitFor({ timeout: 15_000 });
  });
});
