import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { sampleLog } from '../../scripts/lib/sampleLog';
import { findWebviewFrame, runCommand } from '../../scripts/lib/workbench';
import type { Moment } from '../../src/core/model/schema';
import { COMPETENCIES } from '../../src/core/model/taxonomy';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Show Readiness… as a person uses it: opened from the palette, the summary on top, an
 * expectation opened by keyboard, a matched moment confirmed (it becomes linked, in the
 * view and in the file), unlinked again, and linked through Link a Moment….
 */

const GROWS = 'team-lead.grows-each-person';
const UNBLOCKED = 'Unblocked Ana on the flaky deploy';

describe('the readiness view', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let view: Frame;
  let logFile: string;

  before(async () => {
    const workspace = copySampleWorkspace();
    logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify(sampleLog(new Date()), null, 2));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('readiness', () => page);

  after(() => workbench?.close());

  const expectation = () => view.locator(`.expectation[data-id="${GROWS}"]`);
  const unblocked = () => expectation().locator('.evidence-moment', { hasText: UNBLOCKED });
  const linksOfUnblocked = async () => {
    const log = JSON.parse(await fs.readFile(logFile, 'utf8')) as { moments: Moment[] };
    return log.moments.find((moment) => moment.summary === UNBLOCKED)?.expectations;
  };

  it('opens from the palette with the summary line on top', async () => {
    await runCommand(page, 'Growth Log: Show Readiness…');
    view = await findWebviewFrame(page, '#app[aria-busy="false"] h1.headline');
    const headline = await view.locator('h1.headline').textContent();
    assert.match(headline ?? '', /^Team Lead: \d of \d+ expectations with evidence, \d strong — Last 6 months$/);
    assert.equal(await view.locator('#period').inputValue(), 'last-6-months');
  });

  it('opens an expectation by keyboard onto its moments, linked and matched', async () => {
    const toggle = expectation().locator('button.disclosure');
    await view.locator('#period').focus();
    // Tab from the period's select through the controls to the expectation, as a keyboard user does.
    for (let presses = 0; presses < 20; presses++) {
      if (await toggle.evaluate((node) => node === node.ownerDocument.activeElement)) break;
      await page.keyboard.press('Tab');
    }
    assert.equal(await toggle.evaluate((node) => node === node.ownerDocument.activeElement), true, 'reached by Tab');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await unblocked().waitFor({ state: 'visible' });
    assert.equal((await unblocked().locator('.badge').textContent())?.trim(), 'Matched');
    assert.equal(await expectation().locator('[role="meter"]').count(), 1);
  });

  it('shows, set apart below, the ratings per competency and both tracks side by side', async () => {
    await view.getByRole('heading', { name: 'Your ratings' }).waitFor();
    const rows = COMPETENCIES.length;
    assert.equal(await view.locator('.ratings tbody tr').count(), rows, 'one row per competency');
    assert.equal(await view.locator('.ratings [role="meter"]').count(), rows, 'each strength a meter, as above');
    assert.match((await view.locator('.ratings').textContent()) ?? '', /No check-in yet/);
    const tracks = view.locator('.tracks tbody tr');
    assert.equal(await tracks.count(), 2);
    assert.match((await tracks.first().textContent()) ?? '', /^Management: Team Lead \(your track\)/);
    // Each track by what sets it apart from the other, with the user's ratings of that, or how to give them.
    assert.deepEqual(await view.locator('.tracks thead th').allTextContents(), [
      'Track and level',
      'Evidence',
      'How it felt',
      'Good at it',
      'Enjoy it',
    ]);
    const cells = async (row: number) => tracks.nth(row).locator('td').allTextContents();
    const [management, staff] = [await cells(0), await cells(1)];
    assert.match(management[0] ?? '', /^Team development, Emotional intelligence: /);
    assert.match(staff[0] ?? '', /^Communication & influence: /);
    assert.equal(staff[3], 'Communication & influence: no rating yet — Check In… to add one');
  });

  it('Confirm makes a matched moment linked, in the view and in the file', async () => {
    await unblocked()
      .getByRole('button', { name: /^Confirm/ })
      .click();
    await eventually(async () => assert.equal((await unblocked().locator('.badge').textContent())?.trim(), 'Linked'));
    assert.deepEqual(await linksOfUnblocked(), [GROWS]);
    // The expectation stays open, and the keyboard is on the moment's Unlink.
    assert.equal(await expectation().locator('button.disclosure').getAttribute('aria-expanded'), 'true');
    const focused = await view.evaluate('document.activeElement && document.activeElement.outerHTML');
    assert.match(String(focused), /^<button[^>]*aria-label="Unlink “Unblocked Ana/, 'the keyboard is on Unlink');
  });

  it('Unlink makes it matched by its kind again', async () => {
    await page.keyboard.press('Enter');
    await eventually(async () => assert.equal((await unblocked().locator('.badge').textContent())?.trim(), 'Matched'));
    assert.equal(await linksOfUnblocked(), undefined);
  });

  it('Link a Moment… says which moments count here, links the one picked, and gives the keyboard back', async () => {
    const link = expectation().getByRole('button', { name: /^Link a moment of this period to/ });
    await link.focus();
    await page.keyboard.press('Enter');
    const picker = page.locator('.quick-input-widget', { hasText: 'Link a Moment to' });
    await picker.waitFor({ state: 'visible' });
    await picker.locator('input').fill(UNBLOCKED);
    await eventually(async () => assert.match((await picker.textContent()) ?? '', /Counts here already/));
    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual(await linksOfUnblocked(), [GROWS]));
    await eventually(async () =>
      assert.equal(
        await link.evaluate((node) => node === node.ownerDocument.activeElement),
        true,
        'the keyboard is back on Link a Moment…',
      ),
    );
  });
});
