import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import {
  answerQuickInput,
  chooseTrack,
  findSidebarFrame,
  logMentoringMoment,
  pickQuickItem,
  runCommand,
} from '../../scripts/lib/workbench';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Capturing a moment as a person does it, in the packaged extension in code-server: what
 * the quick log shows while the line is typed, the example each kind gives, the wording
 * of the energy step and the track picker, and the sidebar's Undo after a deletion.
 */

/** Where the pictures a person looks at to judge these screens are saved. */
const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');

function moment(summary: string, kind = 'mentoring'): Moment {
  return { id: randomUUID(), kind, at: new Date().toISOString(), summary };
}

describe('capturing a moment in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  const logFile = () => path.join(workspace, '.vscode', 'growth-log.json');
  const readLogFile = async () => JSON.parse(await fs.readFile(logFile(), 'utf8')) as LogFile;
  const quickInput = () => page.locator('.quick-input-widget');

  before(async () => {
    workspace = copySampleWorkspace();
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Light Modern' },
    });
    page = workbench.page;
    await fs.mkdir(path.join(workspace, '.vscode'), { recursive: true });
    await fs.mkdir(PICTURES, { recursive: true });
  });

  screenshotFailures('capture', () => page);

  after(() => workbench?.close());

  afterEach(async () => {
    // Leave no prompt open for the next test.
    if (await quickInput().isVisible()) await page.keyboard.press('Escape');
  });

  /** What the open quick input says under its text box: its prompt, or the problem with the text. */
  const shownText = async () => {
    const message = quickInput().locator('.quick-input-message');
    assert.ok(await message.isVisible(), 'the message under the input is visible');
    return ((await message.textContent()) ?? '').replace(/\s+/g, ' ');
  };

  it('shows what the quick log understood on every keystroke, a day it cannot read, and names as text', async () => {
    await fs.rm(logFile(), { force: true });
    await runCommand(page, 'Growth Log: Log Mentoring Moment');
    // The palette's own input is in the same widget: wait for the quick log's prompt before typing.
    await quickInput().filter({ hasText: 'Pairing, teaching' }).waitFor({ state: 'visible' });
    const input = quickInput().locator('input');
    const threeDaysAgo = new Date();
    threeDaysAgo.setDate(threeDaysAgo.getDate() - 3);
    const isoDay = [
      threeDaysAgo.getFullYear(),
      String(threeDaysAgo.getMonth() + 1).padStart(2, '0'),
      String(threeDaysAgo.getDate()).padStart(2, '0'),
    ].join('-');
    const dayInWords = new Intl.DateTimeFormat('en', { weekday: 'short', day: 'numeric', month: 'short' }).format(
      threeDaysAgo,
    );

    await input.pressSequentially(`Paired with @Sam and @Priya_Shah on flaky tests #testing ~${isoDay} !`, {
      delay: 5,
    });
    await eventually(async () => {
      const shown = await shownText();
      assert.match(shown, /Understood: Mentoring, /);
      for (const part of [dayInWords, 'with Sam and Priya Shah', '#testing', '★ starred']) {
        assert.ok(shown.includes(part), `"${part}" in: ${shown}`);
      }
    });
    await page.screenshot({
      path: path.join(PICTURES, 'quick-log-preview.png'),
      clip: { x: 0, y: 0, width: 1280, height: 220 },
    });

    // A typo in the day is seen before Enter, in the words Enter would use.
    await input.fill('1:1 with @Sam ~tuesdy');
    await eventually(async () => assert.match(await shownText(), /"tuesdy" is not a day/));
    await page.screenshot({
      path: path.join(PICTURES, 'quick-log-preview-problem.png'),
      clip: { x: 0, y: 0, width: 1280, height: 220 },
    });

    // A name that would be a link elsewhere reads as the characters typed.
    await input.fill('Talked with @[x](command:growthLog.deleteMoment) about it');
    await eventually(async () => assert.match(await shownText(), /@\[x\].?\(command:growthLog\.deleteMoment\)/));
    assert.equal(await quickInput().locator('.quick-input-message a').count(), 0, 'no link in what it understood');

    // Back to a line that logs: Enter, Enter past the impact, and the energy step reads as what skipping does.
    await input.fill('Paired with @Sam on flaky tests');
    await page.keyboard.press('Enter');
    await quickInput().getByText('What changed because of it?').waitFor();
    await page.keyboard.press('Enter');
    const skip = page.locator('.quick-input-list .monaco-list-row').first();
    await eventually(async () =>
      assert.match((await skip.textContent()) ?? '', /Skip\s*No energy recorded for this moment/),
    );
    assert.match(
      (await quickInput().locator('input').getAttribute('placeholder')) ?? '',
      /Energy is private: it never appears in the brag document/,
    );
    await page.keyboard.press('Enter');
    await eventually(async () => assert.deepEqual((await readLogFile()).moments[0]?.energy, undefined));
    assert.equal((await readLogFile()).moments[0]?.summary, 'Paired with Sam on flaky tests');
  });

  it('gives the placeholder example of the kind chosen', async () => {
    await runCommand(page, 'Growth Log: Log Leadership Moment…');
    await pickQuickItem(page, 'Decision');
    const input = quickInput().locator('input');
    await eventually(async () => assert.match((await input.getAttribute('placeholder')) ?? '', /ADR-12 with @Alex/));
    await page.keyboard.press('Escape');
    await runCommand(page, 'Growth Log: Log Code Review');
    await eventually(async () =>
      assert.match((await input.getAttribute('placeholder')) ?? '', /Reviewed @Priya’s retry design/),
    );
  });

  it('asks which competency feedback received was about, and the sidebar stops naming it a gap', async () => {
    const sidebar = async () => {
      await page.keyboard.press('Escape');
      await runCommand(page, 'Growth Log: Show Weekly Summary');
      return findSidebarFrame(page);
    };
    const gapsShown = async () => (await sidebar()).locator('ul.gaps li strong').allTextContents();
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: [moment('Paired with Sam')] }, null, 2));
    await eventually(async () => assert.ok((await gapsShown()).includes('Delegation'), 'no delegation yet'));

    await runCommand(page, 'Growth Log: Log Leadership Moment…');
    const input = quickInput().locator('input');
    // Below the fold of the kinds: found by typing, as a person would.
    await input.fill('Feedback');
    await pickQuickItem(page, 'Feedback Received');
    await eventually(async () =>
      assert.match((await input.getAttribute('placeholder')) ?? '', /^About which competency\? Optional/),
    );
    const rows = quickInput().locator('.quick-input-list .monaco-list-row');
    await eventually(async () => assert.match((await rows.first().textContent()) ?? '', /^\s*Skip/));
    await page.screenshot({ path: path.join(PICTURES, 'feedback-received-competency-light.png') });
    await input.fill('Delegation');
    await page.keyboard.press('Enter');
    await answerQuickInput(page, 'Feedback you asked for', 'Asked @Dana how I hand work off');
    await answerQuickInput(page, 'What changed because of it?', '');
    await answerQuickInput(page, 'No energy recorded', '');

    await eventually(async () => {
      const logged = (await readLogFile()).moments.find((entry) => entry.kind === 'feedback-received');
      assert.equal(logged?.competency, 'delegation');
    });
    await eventually(async () => {
      const gaps = await gapsShown();
      assert.ok(!gaps.includes('Delegation'), gaps.join(', '));
      assert.ok(gaps.includes('Technical depth'), gaps.join(', '));
    });
  });

  /** Filters the open quick pick by `label` (the other track's detail mentions management too) and accepts. */
  async function chooseByLabel(label: string): Promise<void> {
    await quickInput().locator('input').fill(label);
    await page.keyboard.press('Enter');
  }

  it('names example roles in the track picker and confirms the track chosen', async () => {
    await runCommand(page, 'Growth Log: Choose Your Track…');
    const rows = page.locator('.quick-input-list .monaco-list-row');
    await eventually(async () => {
      const text = (await rows.allInnerTexts()).join(' ');
      assert.match(text, /Management[\s\S]*tech lead[\s\S]*engineering manager/);
      assert.match(text, /Staff \/ Principal IC[\s\S]*staff, principal or distinguished engineer/);
    });
    await chooseByLabel('Staff / Principal IC');
    // Then the level, typed; and the target, by Enter alone: the next level is the one highlighted.
    await quickInput().filter({ hasText: 'Growth Log: Your Level' }).waitFor();
    await quickInput().locator('.monaco-list-row', { hasText: 'Principal' }).first().waitFor();
    await chooseByLabel('Staff');
    await quickInput().filter({ hasText: 'Growth Log: Your Target Level' }).waitFor();
    await page.keyboard.press('Enter');
    await page
      .locator('.notifications-toasts .notification-toast', {
        hasText: 'your track is now Staff / Principal IC, at Staff working towards Principal',
      })
      .waitFor({ timeout: 15_000 });
    await chooseTrack(page, 'Management', { level: 'Technical Expert' });
    await page
      .locator('.notifications-toasts .notification-toast', {
        hasText: 'your track is now Management, at Technical Expert working towards Team Lead',
      })
      .waitFor({ timeout: 15_000 });
  });

  it('offers Undo in the sidebar after a deletion, by keyboard, until it is used', async () => {
    const kept = moment('Paired with Sam on flaky test triage');
    const deleted = moment('Handed the release checklist to Priya', 'delegation');
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: [kept, deleted] }, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame: Frame = await findSidebarFrame(page);
    await frame.locator('.moment .summary', { hasText: deleted.summary }).waitFor({ timeout: 15_000 });

    await frame.getByRole('button', { name: `Delete: ${deleted.summary}` }).click();
    await pickQuickItem(page, 'Delete');
    await frame
      .locator('.moment .summary', { hasText: deleted.summary })
      .waitFor({ state: 'detached', timeout: 15_000 });
    const undo = frame.getByRole('button', { name: `Undo the deletion of “${deleted.summary}”` });
    await undo.waitFor({ timeout: 15_000 });
    await page.locator('.part.sidebar').screenshot({ path: path.join(PICTURES, 'sidebar-undo-offer.png') });

    await undo.focus();
    await page.keyboard.press('Enter');
    await frame.locator('.moment .summary', { hasText: deleted.summary }).waitFor({ timeout: 15_000 });
    await undo.waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(
      (await readLogFile()).moments.find((each) => each.id === deleted.id),
      deleted,
      'the same moment is back',
    );
  });

  it('a stale “Deleted …” notification’s Undo brings back its moment and leaves a later log alone', async () => {
    const deleted = moment('B: handed the release checklist to Priya', 'delegation');
    await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments: [deleted] }, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame: Frame = await findSidebarFrame(page);
    await frame.locator('.moment .summary', { hasText: deleted.summary }).waitFor({ timeout: 15_000 });

    await logMentoringMoment(page, 'A: paired with Sam');
    await frame.getByRole('button', { name: `Delete: ${deleted.summary}` }).click();
    await pickQuickItem(page, 'Delete');
    await page.locator('.notifications-toasts .notification-toast', { hasText: 'Deleted' }).waitFor();
    await logMentoringMoment(page, 'C: reviewed the retry design');
    await frame.locator('.moment .summary', { hasText: 'C: reviewed the retry design' }).waitFor({ timeout: 15_000 });

    // The toast may have gone by now; the notification centre keeps it, as a person would find it.
    await runCommand(page, 'Notifications: Show Notifications');
    const notification = page.locator('.notifications-center .monaco-list-row', {
      hasText: `Deleted “${deleted.summary}”`,
    });
    await notification.hover();
    await notification.getByRole('button', { name: 'Undo' }).click();
    await frame.locator('.moment .summary', { hasText: deleted.summary }).waitFor({ timeout: 15_000 });
    const summaries = (await readLogFile()).moments.map((each) => each.summary).sort();
    assert.deepEqual(summaries, ['A: paired with Sam', deleted.summary, 'C: reviewed the retry design']);
  });
});
