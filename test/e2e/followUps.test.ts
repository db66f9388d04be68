import * as assert from 'node:assert/strict';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { chooseColorTheme, findSidebarFrame, openActivityBarView } from '../../scripts/lib/workbench';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * "Did it hold up?" as a person meets it: a delegation logged weeks ago comes back in the
 * sidebar; they answer it with the keyboard alone and dismiss the other, and the section
 * is gone.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');
const HANDED_OFF = 'Handed the release checklist to Priya';
const DECIDED = 'Chose Postgres over a document store for billing';
const OUTCOME = 'Priya has run the last three releases alone';

function daysAgo(days: number): string {
  return new Date(Date.now() - days * DAY_MS).toISOString();
}

describe('Did it hold up? in the sidebar', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let frame: Frame;
  let logFile: string;
  const moments: Moment[] = [
    { id: 'f0110w-up-delegation', kind: 'delegation', at: daysAgo(20), summary: HANDED_OFF, followUpAt: daysAgo(6) },
    { id: 'f0110w-up-decision', kind: 'decision', at: daysAgo(16), summary: DECIDED, followUpAt: daysAgo(2) },
    { id: 'this-week', kind: 'mentoring', at: new Date().toISOString(), summary: 'Paired with Sam on flaky tests' },
  ];

  before(async () => {
    const workspace = copySampleWorkspace();
    logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments }, null, 2));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    await openActivityBarView(page, 'Growth Log');
    frame = await findSidebarFrame(page);
  });

  screenshotFailures('follow-ups', () => page);

  after(() => workbench?.close());

  const section = () => frame.locator('section#follow-ups');
  const saved = async (id: string) =>
    (JSON.parse(await fs.readFile(logFile, 'utf8')) as LogFile).moments.find((moment) => moment.id === id);

  it('asks about the due delegation and decision, the longest waiting first, above the week', async () => {
    await frame.getByRole('heading', { name: 'Did it hold up?' }).waitFor({ timeout: 30_000 });
    assert.deepEqual(await section().locator('.follow-up-summary').allTextContents(), [HANDED_OFF, DECIDED]);
    const order = await frame.locator('main > section').evaluateAll((nodes) => nodes.map((node) => node.id));
    assert.ok(order.indexOf('follow-ups') < order.indexOf('targets'), `follow-ups before the week: ${order}`);
  });

  it('follows the light and high-contrast themes (pictures in test-results/screenshots)', async () => {
    mkdirSync(PICTURES, { recursive: true });
    for (const [theme, name] of [
      ['Light Modern', 'light'],
      ['Dark High Contrast', 'high-contrast'],
      ['Dark Modern', 'dark'],
    ] as const) {
      await chooseColorTheme(page, theme);
      await section().screenshot({ path: path.join(PICTURES, `follow-ups-${name}.png`) });
    }
  });

  it('records an answer typed with the keyboard alone as the moment’s outcome', async () => {
    await frame.getByRole('button', { name: `Answer: did “${HANDED_OFF}” hold up?` }).focus();
    await page.keyboard.press('Enter');
    const box = page.locator('.quick-input-widget', { hasText: 'What came of it?' });
    await box.waitFor({ state: 'visible' });
    await page.keyboard.type(OUTCOME);
    await page.keyboard.press('Enter');

    await eventually(async () => assert.equal((await saved(moments[0]!.id))?.outcome?.text, OUTCOME), 15_000);
    assert.equal((await saved(moments[0]!.id))?.followUpAt, undefined);
    await eventually(async () =>
      assert.deepEqual(await section().locator('.follow-up-summary').allTextContents(), [DECIDED]),
    );
    // The keyboard is where it was: on the next question's Answer.
    await eventually(async () =>
      assert.equal(
        await frame.evaluate('document.activeElement.getAttribute("aria-label")'),
        `Answer: did “${DECIDED}” hold up?`,
      ),
    );
  });

  it('dismisses the other with the keyboard, and the section is gone', async () => {
    await page.keyboard.press('Tab');
    assert.equal(
      await frame.evaluate('document.activeElement.getAttribute("aria-label")'),
      `Dismiss: stop asking about “${DECIDED}”`,
    );
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal(await section().count(), 0), 15_000);
    const decision = await saved(moments[1]!.id);
    assert.equal(decision?.followUpAt, undefined);
    assert.equal(decision?.outcome, undefined, 'dismissed, not answered');
    assert.equal(await frame.getByRole('heading', { name: 'Did it hold up?' }).count(), 0);
  });
});
