import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import {
  closeEditorsWithoutSaving,
  findSidebarFrame,
  logMentoringMoment,
  pickQuickItem,
  runCommand,
  waitForWorkbench,
} from '../../scripts/lib/workbench';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

const QUESTION = 'Where should Growth Log keep your log?';

/**
 * Where the log lives, as a new user meets it: asked at the first log in a profile that
 * never chose, with each answer explained. "One log for all my work" writes the user's
 * setting, the moment lands in the home folder (a home of the test's own), and a second
 * repository opened later shows the same moments — without asking again.
 */
describe('one log for all my work, chosen at the first log', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let home: string;
  let firstRepository: string;
  let secondRepository: string;
  const homeLog = () => path.join(home, 'growth-log.json');
  const settingsFile = () => path.join(workbench.server.runDir, 'user', 'User', 'settings.json');
  const question = () => page.locator('.quick-input-widget', { hasText: QUESTION });

  async function momentsInHomeLog(): Promise<string[]> {
    const log = JSON.parse(await fs.readFile(homeLog(), 'utf8')) as { moments: { summary: string }[] };
    return log.moments.map((moment) => moment.summary);
  }

  before(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'growth-log-home-'));
    firstRepository = copySampleWorkspace();
    workbench = await openInstalledWorkbench(firstRepository, {
      // A profile that never chose: no growthLog.logFile anywhere.
      settings: { 'growthLog.logFile': undefined },
      env: { HOME: home },
    });
    page = workbench.page;
  });

  screenshotFailures('log-location', () => page);

  after(async () => {
    await workbench?.close();
    await fs.rm(home, { recursive: true, force: true });
  });

  it('asks at the first log, explaining each choice, and keeps the moment in the home folder', async () => {
    await logMentoringMoment(page, 'Paired with @Sam on the retry budget');
    await question().waitFor({ timeout: 30_000 });
    for (const text of [
      'One log for all my work',
      'One file in your home folder, shared by every repository you open.',
      'in a folder I pick',
      'One per workspace',
      'Each workspace keeps its own log in its .vscode folder',
    ]) {
      assert.ok(await question().getByText(text).first().isVisible(), text);
    }
    if (process.env.GROWTH_LOG_SCREENSHOT_DIR) {
      await page.screenshot({ path: path.join(process.env.GROWTH_LOG_SCREENSHOT_DIR, 'log-location-question.png') });
    }
    await pickQuickItem(page, 'One log for all my work');

    await eventually(async () => assert.deepEqual(await momentsInHomeLog(), ['Paired with Sam on the retry budget']));
    assert.equal(
      JSON.parse(await fs.readFile(settingsFile(), 'utf8'))['growthLog.logFile'],
      '~/growth-log.json',
      'written to the user settings',
    );
    assert.ok(!existsSync(path.join(firstRepository, '.vscode', 'growth-log.json')), 'no log in the repository');
  });

  it('shows the same moments in another repository, and logs there without asking again', async () => {
    secondRepository = copySampleWorkspace();
    await page.goto(`${workbench.server.origin}/?folder=${encodeURIComponent(secondRepository)}`);
    await waitForWorkbench(page);
    await page.locator('.statusbar-item', { hasText: '1 this week' }).waitFor({ timeout: 60_000 });

    await logMentoringMoment(page, 'Walked @Priya through the on-call runbook');
    await eventually(async () =>
      assert.deepEqual(await momentsInHomeLog(), [
        'Paired with Sam on the retry budget',
        'Walked Priya through the on-call runbook',
      ]),
    );
    assert.equal(await question().count(), 0, 'not asked twice');
    await page.locator('.statusbar-item', { hasText: '2 this week' }).waitFor({ timeout: 30_000 });
    assert.ok(!existsSync(path.join(secondRepository, '.vscode', 'growth-log.json')));
  });

  it('opens a code link from the one log in the folder that is its repository, and names a repository that is not open', async () => {
    const at = new Date().toISOString();
    const codeMoment = (id: string, summary: string, code: Record<string, unknown>) => ({
      id,
      kind: 'code-review',
      at,
      summary,
      code,
    });
    const log = JSON.parse(await fs.readFile(homeLog(), 'utf8'));
    log.moments.push(
      codeMoment('here', 'Reviewed the retry helper', {
        path: 'src/retry.ts',
        startLine: 2,
        endLine: 3,
        repository: { name: path.basename(secondRepository) },
      }),
      codeMoment('billing', 'Reviewed the invoice rounding', {
        path: 'src/invoices.ts',
        startLine: 7,
        endLine: 9,
        repository: { remote: 'git@github.com:acme/billing.git', name: 'billing' },
      }),
    );
    await fs.writeFile(homeLog(), JSON.stringify(log, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame = await findSidebarFrame(page);

    // A code link is among a moment's details: open them from its line first.
    await frame.locator('.moment-toggle', { hasText: 'Reviewed the retry helper' }).click({ timeout: 15_000 });
    await frame.getByRole('button', { name: 'src/retry.ts:2-3' }).click();
    await page.locator('.tab.active', { hasText: 'retry.ts' }).waitFor({ timeout: 15_000 });

    await frame.locator('.moment-toggle', { hasText: 'Reviewed the invoice rounding' }).click();
    await frame.getByRole('button', { name: 'src/invoices.ts:7-9' }).click();
    await page
      .locator('.notifications-toasts .notification-toast', {
        hasText:
          'src/invoices.ts is in the repository billing (git@github.com:acme/billing.git), which is not open. Open that folder to see the code.',
      })
      .waitFor({ timeout: 15_000 });
    await closeEditorsWithoutSaving(page);
  });

  it('changes back to one log per workspace from the palette, and brings the moments along when asked', async () => {
    await runCommand(page, 'Growth Log: Choose Where the Log Lives…');
    await question().waitFor({ timeout: 30_000 });
    assert.equal(await question().getByText('Asked once').count(), 0, 'asked on demand, not once');
    const rows = question().locator('.quick-input-list .monaco-list-row');
    await rows.first().waitFor();
    assert.match((await rows.first().textContent()) ?? '', /One per workspace/, 'the default comes first');
    assert.match(
      (await rows.filter({ hasText: 'One log for all my work' }).first().textContent()) ?? '',
      /~\/growth-log\.json · current/,
    );
    await pickQuickItem(page, 'One per workspace');
    await eventually(async () =>
      assert.equal(JSON.parse(await fs.readFile(settingsFile(), 'utf8'))['growthLog.logFile'], undefined),
    );
    await page.locator('.statusbar-item', { hasText: /^\S*\s*0 this week/ }).waitFor({ timeout: 30_000 });
    const notice = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'The moments logged before stay in ~/growth-log.json',
    });
    await notice.waitFor({ timeout: 15_000 });
    if (process.env.GROWTH_LOG_SCREENSHOT_DIR) {
      await page.screenshot({
        path: path.join(process.env.GROWTH_LOG_SCREENSHOT_DIR, 'log-location-import-offer.png'),
      });
    }
    const homeLogBefore = await fs.readFile(homeLog(), 'utf8');
    await notice.getByRole('button', { name: 'Import 4 moments from ~/growth-log.json' }).click();
    await page.locator('.statusbar-item', { hasText: /^\S*\s*4 this week/ }).waitFor({ timeout: 30_000 });
    const repositoryLog = JSON.parse(
      await fs.readFile(path.join(secondRepository, '.vscode', 'growth-log.json'), 'utf8'),
    ) as { moments: { summary: string }[] };
    assert.equal(repositoryLog.moments.length, 4, 'the old moments are in the new log');
    assert.equal(await fs.readFile(homeLog(), 'utf8'), homeLogBefore, 'the old log is left as it was');
  });
});

/**
 * Restricted Mode: a cloned repository's own `growthLog.logFile` is ignored, `~` or not,
 * while the user's own one log for all their work is theirs and is used.
 */
describe('one log for all my work, in a repository opened in Restricted Mode', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let home: string;
  let repository: string;

  before(async () => {
    home = mkdtempSync(path.join(tmpdir(), 'growth-log-home-'));
    repository = copySampleWorkspace();
    await fs.mkdir(path.join(repository, '.vscode'), { recursive: true });
    await fs.writeFile(
      path.join(repository, '.vscode', 'settings.json'),
      JSON.stringify({ 'growthLog.logFile': '~/.ssh/hijacked.json' }),
    );
    workbench = await openInstalledWorkbench(repository, {
      untrusted: true,
      settings: { 'growthLog.logFile': '~/growth-log.json' },
      env: { HOME: home },
    });
    page = workbench.page;
  });

  screenshotFailures('log-location-restricted', () => page);

  after(async () => {
    await workbench?.close();
    await fs.rm(home, { recursive: true, force: true });
  });

  it('logs into the user’s own log, and never where the repository’s setting points', async () => {
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
    await logMentoringMoment(page, 'Reviewed a contributor’s first patch');
    await eventually(async () => {
      const log = JSON.parse(await fs.readFile(path.join(home, 'growth-log.json'), 'utf8'));
      assert.equal(log.moments[0]?.summary, 'Reviewed a contributor’s first patch');
    });
    assert.ok(!existsSync(path.join(home, '.ssh')), 'the repository’s ~ path is ignored');
    assert.ok(!existsSync(path.join(repository, '.vscode', 'growth-log.json')));
  });
});
