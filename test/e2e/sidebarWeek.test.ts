import * as assert from 'node:assert/strict';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import {
  chooseColorTheme,
  findSidebarFrame,
  moveMouseAway,
  openActivityBarView,
  runCommand,
  setSidebarWidth,
} from '../../scripts/lib/workbench';
import type { Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The sidebar on a Friday: a full week at a glance in a narrow side bar. A week of eight
 * moments over several days, with links, people and text no line can hold, is written to
 * the log; the view is then read as a person sees it, at the widths a side bar has.
 */

/** Where the pictures of the view at a usual side-bar width go, to look at after a run. */
const PICTURES = path.join(REPO_ROOT, 'test-results');

const UNBROKEN = `Renamed${'VeryLong'.repeat(30)}Identifier`;
const PULL_REQUEST = 'https://github.com/acme/payments/pull/4242';
const COMMAND_LINK = 'command:workbench.action.quit';

/** A tech lead's week so far, oldest first, spread over the days this week has had. */
function fridayWeek(): Moment[] {
  const now = new Date();
  const daysSinceMonday = (now.getDay() + 6) % 7;
  let counter = 0;
  const moment = (daysAgo: number, fields: Pick<Moment, 'kind' | 'summary'> & Partial<Moment>): Moment => {
    const at = new Date(now);
    at.setDate(at.getDate() - Math.min(daysAgo, daysSinceMonday));
    // Earlier in the day than now, and in the order written.
    at.setHours(0, 10 + counter, 0, 0);
    counter++;
    return { id: `friday-${counter}`, at: at.toISOString(), ...fields };
  };
  return [
    moment(4, {
      kind: 'delegation',
      summary: 'Handed the release checklist to Priya',
      people: ['Priya'],
      impact: 'First release she ran end to end',
      energy: 'energised',
    }),
    moment(4, {
      kind: 'mentoring',
      summary: 'Career chat with Kim about the staff track',
      people: ['Kim'],
      energy: 'energised',
    }),
    moment(3, {
      kind: 'code-review',
      summary: 'Review on the retry helper: explained idempotency keys',
      people: ['Sam'],
      links: [PULL_REQUEST, COMMAND_LINK],
      tags: ['reliability'],
    }),
    moment(3, {
      kind: 'mentoring',
      summary: 'Paired with Sam on flaky test triage',
      people: ['sam'],
      energy: 'energised',
      starred: true,
    }),
    moment(2, {
      kind: 'decision',
      summary: 'Chose Postgres over a document store for billing',
      tags: ['adr'],
      energy: 'neutral',
    }),
    moment(1, {
      kind: 'code-review',
      summary: `Caught ${UNBROKEN} leaking into the public API`,
      people: ['Alexandria-Montgomery-Featherstonehaugh'],
      impact: `${UNBROKEN} ${UNBROKEN}`,
      links: [`https://example.com/${'deep/'.repeat(40)}page`],
      tags: [UNBROKEN],
    }),
    moment(0, {
      kind: 'mentoring',
      summary: 'Unblocked Ana on the flaky deploy',
      people: ['Ana'],
      energy: 'energised',
    }),
    moment(0, { kind: 'communication', summary: 'Presented the migration plan to support', starred: true }),
  ];
}

describe('The sidebar on a Friday', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  let frame: Frame;
  const week = fridayWeek();

  before(async () => {
    workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments: week }, null, 2));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    await openActivityBarView(page, 'Growth Log');
    frame = await findSidebarFrame(page);
    await eventually(async () => assert.equal(await frame.locator('.moment').count(), week.length));
  });

  screenshotFailures('sidebar-week', () => page);

  after(() => workbench?.close());

  /** The view's document: how wide it is, and how wide its content is. */
  const widths = () =>
    frame.evaluate<{ scrollWidth: number; clientWidth: number }>(
      '({ scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth })',
    );

  /** Clicks what `selector` finds, one at a time, until it finds nothing (each click takes one out of it). */
  async function clickEach(selector: string): Promise<void> {
    const found = frame.locator(selector);
    for (let left = await found.count(); left > 0; left--) await found.first().click();
    assert.equal(await found.count(), 0, selector);
  }

  const toggle = (summary: string) => frame.locator('.moment-toggle', { hasText: summary });

  it('shows each moment on one line under its day, and its details on Enter or Space', async () => {
    const days = await frame.locator('.day-heading').allTextContents();
    assert.ok(days.length >= 1 && days.length <= week.length);
    assert.equal(new Set(days).size, days.length, 'one heading per day');
    const fontSize = Number.parseFloat(await frame.evaluate<string>('getComputedStyle(document.body).fontSize'));
    for (const row of await frame.locator('.moment-toggle').all()) {
      const height = (await row.boundingBox())?.height ?? Number.POSITIVE_INFINITY;
      // A line of text with the row's padding; two lines would be over 2.8 font sizes.
      assert.ok(height < fontSize * 2.2, `one line per moment, not ${height}px at ${fontSize}px type`);
    }

    const review = toggle('Review on the retry helper');
    assert.equal(await review.getAttribute('aria-expanded'), 'false');
    const impactOfDelegation = frame.getByText('Impact: First release she ran end to end');
    assert.equal(await impactOfDelegation.isVisible(), false, 'details wait until asked for');
    assert.match((await review.getAttribute('title')) ?? '', /with Sam/, 'hovering shows the details');

    await toggle('Handed the release checklist').focus();
    await page.keyboard.press('Enter');
    await impactOfDelegation.waitFor();
    assert.equal(await toggle('Handed the release checklist').getAttribute('aria-expanded'), 'true');
    const controls = await toggle('Handed the release checklist').getAttribute('aria-controls');
    assert.equal(await frame.locator(`[id="${controls}"]`).getByText('Impact: First release').count(), 1);
    await page.keyboard.press('Space');
    await impactOfDelegation.waitFor({ state: 'hidden' });
  });

  it('shows the links on a moment, opens a web address, and leaves any other link as text', async () => {
    await toggle('Review on the retry helper').click();
    const details = frame.locator('.moment', { hasText: 'Review on the retry helper' }).locator('.moment-details');
    await details.waitFor();
    assert.equal(await details.getByRole('button', { name: COMMAND_LINK }).count(), 0, 'no way to open command:');
    await details.getByText(COMMAND_LINK, { exact: true }).waitFor();

    await details.getByRole('button', { name: PULL_REQUEST }).click();
    // VS Code asks before it opens a website: the address reached it. Nothing is opened here.
    const dialog = page.locator('.monaco-dialog-box', { hasText: 'github.com' });
    await dialog.waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await toggle('Review on the retry helper').click();
  });

  it('lists the people of the week with their moments, and offers Merge People…', async () => {
    const people = frame.locator('#people');
    const sam = people.locator('details.person', { hasText: 'Sam' });
    assert.match((await sam.locator('summary').textContent()) ?? '', /Sam\s*2 moments/, 'Sam and sam are one person');
    await sam.locator('summary').focus();
    await page.keyboard.press('Enter');
    await sam.getByText('Paired with Sam on flaky test triage').waitFor();
    await sam.getByText('Review on the retry helper: explained idempotency keys').waitFor();
    await sam.getByRole('button', { name: 'Merge Sam with another name…' }).waitFor();
    await people.getByRole('button', { name: 'Merge People…' }).waitFor();
    await page.keyboard.press('Enter');
    await sam.getByText('Paired with Sam on flaky test triage').waitFor({ state: 'hidden' });

    // The button asks the extension to run Merge People… for Sam: its first step shows,
    // or, where that command is missing, the failure to run it does (never silence).
    await sam.locator('summary').click();
    await sam.getByRole('button', { name: 'Merge Sam with another name…' }).click();
    const merging = page.locator(
      '.quick-input-widget:visible, .notifications-toasts .notification-toast:has-text("growthLog.mergePeople")',
    );
    await merging.first().waitFor({ timeout: 15_000 });
    await page.keyboard.press('Escape');
    await runCommand(page, 'Notifications: Clear All Notifications');
    await sam.locator('summary').click();
  });

  it('names a kind of work as energising only from three rated moments, and says from how many', async () => {
    const energy = (await frame.locator('#energy').textContent()) ?? '';
    assert.match(energy, /Energises you: Mentoring \(based on 3 moments\)/);
    assert.doesNotMatch(energy, /Delegation/, 'one rated delegation is not a pattern');
  });

  it("names the month on the trend's axis where it starts and where it changes", async () => {
    const ticks = await frame.locator('.trend-chart text').allTextContents();
    assert.equal(ticks.length, 8);
    assert.match(ticks[0] ?? '', /^[A-Z][a-z]{2} \d{1,2}$/, 'the first week names its month');
    // Eight weeks span two or three months: each later month is named once, at its first
    // week (which starts on day 1 to 7), and every other week is its day alone.
    const named = ticks.slice(1).filter((tick) => /\D/.test(tick));
    assert.ok(named.length >= 1 && named.length <= 2, ticks.join(', '));
    for (const tick of named) assert.match(tick, /^[A-Z][a-z]{2} [1-7]$/, ticks.join(', '));
    for (const tick of ticks.slice(1).filter((tick) => !named.includes(tick))) assert.match(tick, /^\d{1,2}$/);
  });

  it('never scrolls sideways, from 200 px to a wide side bar, with text no line can hold', async () => {
    // Every moment open, so its long details are laid out too.
    await clickEach('.moment-toggle[aria-expanded="false"]');
    await clickEach('details.person:not([open]) summary');
    for (const target of [200, 300, 640]) {
      const width = await setSidebarWidth(page, target);
      assert.ok(Math.abs(width - target) <= 2, `the side bar is ${width}px, not ${target}px`);
      await eventually(async () => {
        const { scrollWidth, clientWidth } = await widths();
        assert.ok(clientWidth > target - 60 && clientWidth <= target, `the view is ${clientWidth}px at ${target}px`);
        assert.ok(scrollWidth <= clientWidth, `${scrollWidth}px of content in ${clientWidth}px at ${target}px`);
      });
    }
  });

  it('fits 300 px in the light, dark and high-contrast themes (pictures in test-results)', async () => {
    await clickEach('.moment-toggle[aria-expanded="true"]');
    await clickEach('details.person[open] summary');
    await toggle('Review on the retry helper').click();
    await setSidebarWidth(page, 300);
    mkdirSync(PICTURES, { recursive: true });
    try {
      for (const [theme, name] of [
        ['Light Modern', 'light'],
        ['Dark High Contrast', 'high-contrast'],
        ['Dark Modern', 'dark'],
      ] as const) {
        await chooseColorTheme(page, theme);
        await moveMouseAway(page);
        const { scrollWidth, clientWidth } = await widths();
        assert.ok(scrollWidth <= clientWidth, `${theme}: ${scrollWidth}px of content in ${clientWidth}px`);
        await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, `sidebar-${name}.png`) });
        // And the rest of the view: the people, the trend, the gaps and the energy.
        await frame.locator('#people').scrollIntoViewIfNeeded();
        await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, `sidebar-${name}-people.png`) });
        await frame.locator('.actions').scrollIntoViewIfNeeded();
        await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, `sidebar-${name}-end.png`) });
        await frame.locator('#week-title').scrollIntoViewIfNeeded();
      }
    } finally {
      await chooseColorTheme(page, 'Dark Modern');
    }
  });
});
