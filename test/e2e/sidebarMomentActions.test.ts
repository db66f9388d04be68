import * as assert from 'node:assert/strict';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { chooseColorTheme, findSidebarFrame, openActivityBarView, setSidebarWidth } from '../../scripts/lib/workbench';
import type { Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * A moment's edit and delete buttons next to its line in the This Week view: on a row
 * pointed at or opened, at the narrowest side bar and a usual one, they never cover the
 * summary, and the keyboard still reaches them.
 */

const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');
const LONG_WORD = 'supercalifragilisticexpialidocious';
const HANDED_OFF = 'Handed the release checklist to Priya';

function moment(id: string, summary: string, kind: string): Moment {
  return { id, kind, at: new Date().toISOString(), summary };
}

/** What of the row's summary the buttons cover, measured in the webview: `[]` when nothing. */
function coveredSummary(frame: Frame, id: string): Promise<string[]> {
  // A string, run in the page: the tests compile without the DOM's types.
  return frame.evaluate(`(() => {
    const row = document.querySelector('.moment[data-id="${id}"]');
    const summary = row.querySelector('.summary').getBoundingClientRect();
    const buttons = [...row.querySelectorAll('.moment-actions button')];
    const shown = buttons.map((button) => button.getBoundingClientRect()).filter((box) => box.width > 0);
    if (shown.length !== 2) return ['only ' + shown.length + ' of the 2 buttons are shown'];
    return shown
      .filter((box) => box.left < summary.right && summary.left < box.right && box.top < summary.bottom && summary.top < box.bottom)
      .map((box) => 'a button at ' + Math.round(box.left) + '..' + Math.round(box.right) + ' over the summary at '
        + Math.round(summary.left) + '..' + Math.round(summary.right));
  })()`) as Promise<string[]>;
}

describe('the edit and delete buttons of a moment', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let frame: Frame;
  const moments = [moment('long-word', LONG_WORD, 'mentoring'), moment('handed-off', HANDED_OFF, 'delegation')];

  before(async () => {
    const workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments }, null, 2));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    await openActivityBarView(page, 'Growth Log');
    frame = await findSidebarFrame(page);
    await eventually(async () => assert.equal(await frame.locator('.moment').count(), moments.length));
    mkdirSync(PICTURES, { recursive: true });
  });

  screenshotFailures('sidebar-moment-actions', () => page);

  after(() => workbench?.close());

  const toggle = (id: string) => frame.locator(`.moment[data-id="${id}"] .moment-toggle`);

  for (const width of [200, 300]) {
    it(`leave the summary uncovered at ${width} px, pointed at and opened`, async () => {
      await setSidebarWidth(page, width);
      for (const { id } of moments) {
        await toggle(id).hover();
        await eventually(async () => assert.deepEqual(await coveredSummary(frame, id), [], `${id}, pointed at`));
        await toggle(id).click();
        assert.equal(await toggle(id).getAttribute('aria-expanded'), 'true');
        await eventually(async () => assert.deepEqual(await coveredSummary(frame, id), [], `${id}, opened`));
        await page
          .locator('.part.sidebar')
          .screenshot({ path: path.join(PICTURES, `moment-actions-${width}-${id}.png`) });
        await toggle(id).click();
      }
    });
  }

  it('are reached by Tab from the line, and back by Shift+Tab from the next line', async () => {
    const rows = frame.locator('.moment');
    const first = (await rows.nth(0).locator('.summary').textContent()) ?? '';
    const focused = () => frame.evaluate('document.activeElement.getAttribute("aria-label")');
    await rows.nth(0).locator('.moment-toggle').focus();
    await page.keyboard.press('Tab');
    assert.equal(await focused(), `Edit: ${first}`);
    await rows.nth(1).locator('.moment-toggle').focus();
    await page.keyboard.press('Shift+Tab');
    assert.equal(await focused(), `Delete: ${first}`);
  });

  it('look right in the light and dark themes at 300 px (pictures in test-results/screenshots)', async () => {
    await setSidebarWidth(page, 300);
    for (const [theme, name] of [
      ['Light Modern', 'light'],
      ['Dark Modern', 'dark'],
    ] as const) {
      await chooseColorTheme(page, theme);
      await toggle('handed-off').hover();
      await eventually(async () => assert.deepEqual(await coveredSummary(frame, 'handed-off'), []));
      await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, `moment-actions-hover-${name}.png`) });
    }
  });
});
