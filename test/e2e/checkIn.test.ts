import * as assert from 'node:assert/strict';
import { mkdirSync, promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { REPO_ROOT } from '../../scripts/lib/repoRoot';
import { runCommand } from '../../scripts/lib/workbench';
import type { LogFile } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Check In… as a person meets it: the weekly reminder offers it (a few weeks are logged and
 * there has been no check-in), and from the palette two competencies are rated by keyboard,
 * one answer skipped, a note added; a notification confirms and the log holds it.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const PICTURES = path.join(REPO_ROOT, 'test-results', 'screenshots');
const NOTE = 'Delegating feels slow, and it is worth it';

describe('Check In… in a real VS Code', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let logFile: string;

  before(async () => {
    const workspace = copySampleWorkspace();
    logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    const moments = [40, 25, 3].map((days, index) => ({
      id: `c4ec1a00-0000-4000-8000-00000000000${index}`,
      kind: 'mentoring',
      at: new Date(Date.now() - days * DAY_MS).toISOString(),
      summary: `Paired with Sam, ${days} days ago`,
    }));
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments }, null, 2));
    const today = new Date().toLocaleDateString('en-US', { weekday: 'long' }).toLowerCase();
    workbench = await openInstalledWorkbench(workspace, {
      settings: {
        'workbench.colorTheme': 'Default Dark Modern',
        // Due since midnight, so it is asked at start: with the check-in, as none was made yet.
        'growthLog.reminder.enabled': true,
        'growthLog.reminder.day': today,
        'growthLog.reminder.time': '00:00',
      },
    });
    page = workbench.page;
  });

  screenshotFailures('check-in', () => page);
  after(() => workbench?.close());

  const quickInput = (text: string) => page.locator('.quick-input-widget', { hasText: text });
  const saved = async () => (JSON.parse(await fs.readFile(logFile, 'utf8')) as LogFile).checkIns ?? [];

  it('the weekly reminder offers Check In; choosing it starts the check-in, and Escape leaves the log alone', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'quarterly check-in' });
    await toast.waitFor({ timeout: 60_000 });
    await toast.getByRole('button', { name: 'Check In' }).click();
    await quickInput('Which competencies do you want to rate now?').waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await quickInput('Which competencies').waitFor({ state: 'hidden' });
    assert.deepEqual(await saved(), []);
  });

  it('rates two competencies by keyboard from the palette, skips one answer, adds a note, and says so', async () => {
    await runCommand(page, 'Growth Log: Check In…');
    const competencies = quickInput('Which competencies do you want to rate now?');
    await competencies.waitFor({ state: 'visible' });
    for (const name of ['Delegation', 'Ownership']) {
      await competencies.locator('input.input').fill(name);
      const row = competencies.locator('.monaco-list-row', { hasText: name }).first();
      // Down to the list, Space to check the competency the filter left.
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Space');
      await eventually(async () => assert.equal(await row.getByRole('checkbox').isChecked(), true, name));
    }
    await competencies.locator('input.input').fill('');
    await page.keyboard.press('Enter');

    // Each question: type the rating (or "skip") and Enter, as a person in a hurry does.
    const rate = async (question: string, answer: string, picture?: string) => {
      const widget = quickInput(question);
      await widget.waitFor({ state: 'visible' });
      if (picture) {
        mkdirSync(PICTURES, { recursive: true });
        await widget.screenshot({ path: path.join(PICTURES, picture) });
      }
      await widget.locator('input.input').fill(answer);
      await widget.locator('.monaco-list-row.focused', { hasText: answer === 'skip' ? 'Skip' : answer }).waitFor();
      await page.keyboard.press('Enter');
      await widget.waitFor({ state: 'hidden' }).catch(() => undefined);
    };
    await rate('how good are you at Delegation?', '4', 'check-in-rating-dark.png');
    await rate('how much do you enjoy Delegation?', 'skip');
    await rate('how good are you at Ownership?', '3');
    await rate('how much do you enjoy Ownership?', '5');
    const note = quickInput('A note to self');
    await note.waitFor({ state: 'visible' });
    await note.locator('input.input').fill(NOTE);
    await page.keyboard.press('Enter');

    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'Checked in on 2 competencies.',
    });
    await toast.waitFor({ timeout: 15_000 });
    assert.equal(await toast.getByRole('button', { name: 'Undo' }).count(), 1);
    await eventually(async () => {
      const [checkIn, ...others] = await saved();
      assert.equal(others.length, 0);
      assert.deepEqual(checkIn?.ratings, { delegation: { good: 4 }, ownership: { good: 3, enjoy: 5 } });
      assert.equal(checkIn?.note, NOTE);
    }, 15_000);
  });
});
