import * as assert from 'node:assert/strict';
import { loggedFields } from '../support/moments';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { recordFigure } from '../../scripts/lib/performanceRecord';
import {
  answerQuickInput,
  chooseColorTheme,
  chooseTrack,
  closeEditorsWithoutSaving,
  findSidebarFrame,
  logMentoringMoment,
  openActivityBarView,
  openFile,
  pickQuickItem,
  runCommand,
  saveBragDocumentAndPreview,
} from '../../scripts/lib/workbench';
import type { LogFile, Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Growth Log as a person meets it: the packaged .vsix installed into a real VS Code
 * (code-server), driven in Chromium through the command palette and the sidebar.
 *
 * One VS Code serves the file (starting one costs most of a minute). The first two tests
 * are about the very first start, so they run first, on the fresh workbench with no log.
 * Every later test starts by writing the log it needs with `startFrom`, and leaves the
 * settings it changes as it found them, so each can run alone (`--grep`) or in any order.
 */

/** The moment the palette test logs, as the log file holds it. */
function pairedWithSam(): Moment {
  return {
    id: randomUUID(),
    kind: 'mentoring',
    at: new Date().toISOString(),
    summary: 'Paired with Sam on flaky test triage',
    people: ['Sam'],
    tags: ['testing'],
    starred: true,
    impact: 'Sam now owns the CI dashboard',
  };
}

function handedOffRelease(): Moment {
  return {
    id: randomUUID(),
    kind: 'delegation',
    at: new Date().toISOString(),
    summary: 'Handed the release checklist to Priya',
    people: ['Priya'],
  };
}

describe('Growth Log in a real VS Code, driven like a person', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  const logFile = () => path.join(workspace, '.vscode', 'growth-log.json');
  const readLogFile = async () => JSON.parse(await fs.readFile(logFile(), 'utf8')) as LogFile;

  before(async () => {
    workspace = copySampleWorkspace();
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
  });

  screenshotFailures('growth-log', () => page);

  after(() => workbench?.close());

  /**
   * Puts the workspace log in the state a test starts from: `moments` (all of this week,
   * oldest first), or no log file at all for none; and no brag document saved beside it.
   * Returns the sidebar once it shows exactly those moments, so nothing a previous test
   * left on screen can be mistaken for this test's state.
   */
  async function startFrom(moments: readonly Moment[]): Promise<Frame> {
    await fs.mkdir(path.dirname(logFile()), { recursive: true });
    for (const name of await fs.readdir(path.dirname(logFile()))) {
      if (/^brag-.*\.md$/.test(name)) await fs.rm(path.join(path.dirname(logFile()), name));
    }
    if (moments.length === 0) await fs.rm(logFile(), { force: true });
    else await fs.writeFile(logFile(), JSON.stringify({ version: 1, moments }, null, 2));
    await runCommand(page, 'Growth Log: Show Weekly Summary');
    const frame = await findSidebarFrame(page);
    const newestFirst = moments.map((moment) => moment.summary).reverse();
    await eventually(async () =>
      assert.deepEqual(await frame.locator('.moment .summary').allTextContents(), newestFirst),
    );
    return frame;
  }

  it('greets a new user with an empty state that offers the first log', async () => {
    const opening = performance.now();
    await openActivityBarView(page, 'Growth Log');
    const frame = await findSidebarFrame(page);
    await frame.getByRole('heading', { name: 'Start your growth log' }).waitFor();
    recordFigure({
      name: 'sidebar, first opening: click on the activity bar to first render (workbench, webview and extension all starting)',
      value: performance.now() - opening,
      unit: 'ms',
    });
    const inWebview = await frame.evaluate<number | undefined>(
      "performance.getEntriesByName('growth-log-first-render')[0]?.startTime",
    );
    assert.ok(inWebview !== undefined, 'the view marks its first render');
    recordFigure({
      name: 'sidebar, first opening: webview document start to first render (script, ready, log read, snapshot, drawing)',
      value: inWebview,
      unit: 'ms',
    });
    assert.equal(await frame.getByRole('button', { name: 'Log your first moment' }).count(), 1);
  });

  it('offers the walkthrough once on the first start, and it opens on its six steps', async () => {
    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'A two-minute walkthrough shows how',
    });
    await toast.waitFor({ timeout: 30_000 });
    await toast.getByRole('button', { name: 'Open Walkthrough' }).click();
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByText('Get Started with Growth Log').first().waitFor({ timeout: 30_000 });
    for (const step of [
      'Choose your track',
      'Choose where the log lives',
      'Log your first moment',
      'See your week',
      'Set weekly targets',
      'Export a brag document',
    ]) {
      await walkthrough.getByText(step, { exact: true }).first().waitFor();
    }
    await runCommand(page, 'View: Close Editor');
  });

  it('logs a mentoring moment from the command palette into the workspace log file', async () => {
    await startFrom([]);
    await runCommand(page, 'Growth Log: Log Mentoring Moment');
    const quickLog = page.locator('.quick-input-widget', { hasText: 'Pairing, teaching' });
    await quickLog.waitFor({ state: 'visible' });
    await quickLog.locator('input').fill('Paired with @Sam on flaky test triage #testing !');
    await page.keyboard.press('Enter');
    await answerQuickInput(page, 'What changed because of it?', 'Sam now owns the CI dashboard');
    await answerQuickInput(page, 'No energy recorded', '');
    const log = await eventually(readLogFile);
    assert.equal(log.moments.length, 1);
    const [moment] = log.moments;
    assert.deepEqual(loggedFields(moment), {
      kind: 'mentoring',
      summary: 'Paired with Sam on flaky test triage',
      people: ['Sam'],
      tags: ['testing'],
      starred: true,
      impact: 'Sam now owns the CI dashboard',
    });
  });

  it('shows a moment in the This Week sidebar, counted against its target', async () => {
    const frame = await startFrom([pairedWithSam()]);
    assert.equal(await frame.locator('li[data-kind="mentoring"] .count').textContent(), '1 / 1');
    assert.equal(
      await frame.locator('.moment .people').count(),
      0,
      'Sam is named in the summary: no "with Sam" after it',
    );
  });

  it('refreshes the sidebar when the log file changes on disk', async () => {
    const frame = await startFrom([pairedWithSam()]);
    const log = await readLogFile();
    log.moments.push({ ...handedOffRelease(), id: 'edited-by-hand' });
    await fs.writeFile(logFile(), JSON.stringify(log, null, 2));
    await frame
      .locator('.moment .summary', { hasText: 'Handed the release checklist to Priya' })
      .waitFor({ timeout: 15_000 });
    assert.equal(await frame.locator('li[data-kind="delegation"] .count').textContent(), '1 / 2');
  });

  it('shows text that looks like HTML as text, and runs none of it', async () => {
    const frame = await startFrom([]);
    const payload = '<img src=x onerror="document.title=`pwned`"> </script><script>document.title=`pwned`</script>';
    await runCommand(page, 'Growth Log: Log Code Review');
    await answerQuickInput(page, 'A review that taught', `Review ${payload}`);
    await answerQuickInput(page, 'What changed because of it?', '');
    await answerQuickInput(page, 'No energy recorded', '');
    const summary = frame.locator('.moment .summary', { hasText: 'Review <img' });
    await summary.waitFor({ timeout: 15_000 });
    assert.equal(await summary.textContent(), `Review ${payload}`);
    assert.equal(await frame.locator('#app img, #app script').count(), 0, 'no element was made from user text');
    assert.notEqual(await frame.evaluate('document.title'), 'pwned');
  });

  it('exports a brag document from the sidebar button, saves it next to the log, and previews it', async () => {
    const frame = await startFrom([pairedWithSam()]);
    await frame.getByRole('button', { name: 'Export brag document' }).click();
    await pickQuickItem(page, 'This year');
    const editor = page.locator('.editor-instance .view-lines').first();
    await editor.waitFor({ timeout: 15_000 });
    await eventually(async () => {
      // Monaco renders spaces as no-break spaces.
      const text = ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
      assert.match(text, /Brag document/);
      // Outcome first: the impact leads, the summary follows.
      assert.match(text, /\*\*Sam now owns the CI dashboard\*\* — paired with Sam on flaky test triage/);
    });

    const savedName = `brag-${new Date().getFullYear()}.md`;
    const preview = await saveBragDocumentAndPreview(page, savedName);
    const markdown = await eventually(() => fs.readFile(path.join(path.dirname(logFile()), savedName), 'utf8'));
    assert.match(markdown, /^# Brag document: \d{4}\n/);
    assert.match(markdown, /\*\*Sam now owns the CI dashboard\*\* — paired with Sam on flaky test triage/);
    assert.match((await preview.locator('h1').first().textContent()) ?? '', /Brag document: \d{4}/);
    // The saved file took the untitled editor's place: nothing is left unsaved, and
    // closing everything asks nothing.
    const tabs = page.locator('.tabs-container .tab');
    await eventually(async () => {
      assert.deepEqual(
        (await tabs.allTextContents()).filter((title) => /Untitled/.test(title)),
        [],
        'no untitled editor is left',
      );
      assert.equal(await page.locator('.tabs-container .tab.dirty').count(), 0, 'no editor has unsaved changes');
    });
    await runCommand(page, 'View: Close All Editors');
    await tabs.first().waitFor({ state: 'detached', timeout: 10_000 });
    assert.equal(await page.locator('.monaco-dialog-box').count(), 0, 'no "save changes?" dialog');
  });

  it('logs a code review from the editor context menu, and opens that code from the sidebar', async () => {
    const frame = await startFrom([]);
    await openFile(page, 'retry.ts');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-line', { hasText: 'export async function retry' }).click();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+End');
    await editor.locator('.view-line', { hasText: 'let lastError' }).click({ button: 'right' });
    const menuItem = page.locator('.context-view .action-item', { hasText: 'Log Code Review Here' });
    await menuItem.hover();
    await menuItem.click();
    // A click that lands while the menu is still settling after the right-click is lost;
    // the item is highlighted by then, so Enter chooses it as a person's second try would.
    const prompt = page.locator('.quick-input-widget', { hasText: 'Log Code Review: src/retry.ts:2-4' });
    await prompt.waitFor({ timeout: 5_000 }).catch(async () => {
      if (await menuItem.isVisible()) await page.keyboard.press('Enter');
    });
    await answerQuickInput(page, 'Log Code Review: src/retry.ts:2-4', 'Asked for a cap on retry attempts');
    await answerQuickInput(page, 'What changed because of it?', '');
    await answerQuickInput(page, 'No energy recorded', '');

    // The code link is among the moment's details: open them from its line first.
    await frame.locator('.moment-toggle', { hasText: 'Asked for a cap on retry attempts' }).click({ timeout: 15_000 });
    const link = frame.getByRole('button', { name: 'src/retry.ts:2-4' });
    await link.waitFor({ timeout: 15_000 });
    // Clear the selection, then let the link select the reviewed lines again.
    await editor.locator('.view-line', { hasText: 'throw lastError' }).click();
    const selectionStatus = page.locator('.statusbar-item', { hasText: /selected/ });
    await selectionStatus.waitFor({ state: 'detached' });
    await link.click();
    await page.locator('.tab.active', { hasText: 'retry.ts' }).waitFor();
    await selectionStatus.waitFor();
    assert.match((await page.locator('.statusbar-item', { hasText: /Ln \d+, Col/ }).textContent()) ?? '', /Ln 4,/);
    await closeEditorsWithoutSaving(page);
  });

  it('moves between weeks with the buttons in the view, by mouse and by keyboard', async () => {
    const frame = await startFrom([pairedWithSam()]);
    const title = frame.locator('#week-title');
    await frame.getByRole('button', { name: 'Previous week' }).click();
    await title.filter({ hasText: 'Last week' }).waitFor();
    await frame.getByRole('button', { name: 'This week' }).click();
    await title.filter({ hasText: 'This week' }).waitFor();

    // Keyboard only: Tab from the top of the view reaches the week buttons, Enter presses them.
    await title.click();
    await page.keyboard.press('Tab');
    assert.equal(await frame.evaluate('document.activeElement?.getAttribute("aria-label")'), 'Previous week');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: 'Last week' }).waitFor();
    assert.equal(
      await frame.evaluate('document.activeElement?.getAttribute("aria-label")'),
      'Previous week',
      'focus survives the redraw',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await title.filter({ hasText: 'This week' }).waitFor();
  });

  it('keeps the chosen week when the view is hidden and shown again', async () => {
    let frame = await startFrom([pairedWithSam()]);
    await frame.getByRole('button', { name: 'Previous week' }).click();
    await frame.locator('#week-title', { hasText: 'Last week' }).waitFor();
    await openActivityBarView(page, 'Explorer');
    await page.locator('.explorer-folders-view, .explorer-viewlet').first().waitFor();
    await openActivityBarView(page, 'Growth Log');
    frame = await findSidebarFrame(page);
    await frame.locator('#week-title', { hasText: 'Last week' }).waitFor();
    await frame.getByRole('button', { name: 'This week' }).click();
    await frame.locator('#week-title', { hasText: 'This week' }).waitFor();
  });

  it('edits a moment from its pencil button, in the prompts it was logged with', async () => {
    const frame = await startFrom([pairedWithSam()]);
    await frame.getByRole('button', { name: 'Edit: Paired with Sam on flaky test triage' }).click();
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-widget', { hasText: 'Edit Mentoring' }).waitFor();
    assert.equal(await input.inputValue(), 'Paired with @Sam on flaky test triage #testing !');
    await answerQuickInput(page, 'Edit Mentoring', 'Paired with @Sam and @Kim on flaky test triage #testing !');
    await answerQuickInput(page, 'What changed because of it?', 'Sam and Kim own the CI dashboard');
    await answerQuickInput(page, 'No energy recorded', '');
    await frame
      .locator('.moment .summary', { hasText: 'Paired with Sam and Kim on flaky test triage' })
      .waitFor({ timeout: 15_000 });
    const [edited] = (await readLogFile()).moments;
    assert.deepEqual(edited?.people, ['Sam', 'Kim']);
    assert.equal(edited?.impact, 'Sam and Kim own the CI dashboard');
  });

  it('deletes a moment from its trash button after confirming, and Undo brings it back', async () => {
    // In the order they happened, as the log holds them: the sidebar shows the newest first.
    const paired = pairedWithSam();
    const delegation = handedOffRelease();
    const frame = await startFrom([paired, delegation]);
    await frame.getByRole('button', { name: `Delete: ${delegation.summary}` }).click();
    await pickQuickItem(page, 'Delete');
    await frame
      .locator('.moment .summary', { hasText: delegation.summary })
      .waitFor({ state: 'detached', timeout: 15_000 });
    assert.deepEqual(
      (await readLogFile()).moments.map((moment) => moment.summary),
      ['Paired with Sam on flaky test triage'],
    );
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Deleted' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await frame.locator('.moment .summary', { hasText: delegation.summary }).waitFor({ timeout: 15_000 });
    assert.deepEqual(
      (await readLogFile()).moments.find((moment) => moment.id === delegation.id),
      delegation,
      'the same moment is back',
    );
  });

  it('ticks off the walkthrough steps as they really happen: track, first moment, the week, the brag document', async () => {
    await startFrom([pairedWithSam()]);
    await runCommand(page, 'Growth Log: Export Brag Document…');
    await pickQuickItem(page, 'This year');
    await page
      .locator('.notifications-toasts .notification-toast', { hasText: 'Brag document ready' })
      .waitFor({ timeout: 15_000 });
    await closeEditorsWithoutSaving(page);
    await chooseTrack(page, 'Staff / Principal IC');
    try {
      await runCommand(page, 'Growth Log: Open Walkthrough');
      const walkthrough = page.locator('.gettingStartedContainer');
      await walkthrough.getByText('Get Started with Growth Log').first().waitFor({ timeout: 30_000 });
      const step = (title: string) => walkthrough.locator('.getting-started-step', { hasText: title });
      const checked = async (title: string) => step(title).getByRole('checkbox').getAttribute('aria-checked');
      for (const done of ['Choose your track', 'Log your first moment', 'See your week', 'Export a brag document']) {
        await eventually(async () => assert.equal(await checked(done), 'true', done));
      }
      assert.equal(await checked('Set weekly targets'), 'false', 'targets were never set');
      await runCommand(page, 'View: Close Editor');
    } finally {
      // Back to the default track, whose targets the other tests count against.
      await chooseTrack(page, 'Management');
    }
  });

  it('opens the quick log with Ctrl+K G, from wherever the keyboard is', async () => {
    // Once the Growth Log view is in the activity bar, its contributions (the keybinding among them) are loaded.
    await page.locator('.activitybar [aria-label^="Growth Log"]').first().waitFor();
    await page.locator('.part.editor').click();
    await page.keyboard.press('Control+K');
    await page.keyboard.press('g');
    const picker = page.locator('.quick-input-widget', { hasText: 'Log a Leadership Moment' });
    await picker.waitFor({ state: 'visible' });
    await page.keyboard.press('Escape');
    await picker.waitFor({ state: 'hidden' });
  });

  it('follows the light, dark and high-contrast themes', async () => {
    const frame = await startFrom([pairedWithSam(), handedOffRelease()]);
    await frame.locator('#trend').waitFor({ timeout: 15_000 });
    const colours = new Set<string>();
    try {
      for (const theme of ['Light Modern', 'Dark High Contrast', 'Dark Modern']) {
        await chooseColorTheme(page, theme);
        colours.add(await frame.evaluate('getComputedStyle(document.body).color'));
      }
    } finally {
      await chooseColorTheme(page, 'Dark Modern');
    }
    assert.equal(colours.size, 3, 'the view takes its colours from each theme');
  });

  it('shows where a broken log file is broken, and keeps it as it is', async () => {
    const frame = await startFrom([]);
    const broken = '{\n  "version": 1,\n  "moments": [\n    {"id": "a",}\n  ]\n}\n';
    await fs.writeFile(logFile(), broken);
    const problem = frame.locator('.problem-detail');
    await problem.waitFor({ timeout: 15_000 });
    assert.match((await problem.textContent()) ?? '', /growth-log\.json:4:16: invalid JSON/);
    assert.equal(await frame.getByRole('button', { name: 'Open Log File' }).count(), 1);
    assert.equal(await fs.readFile(logFile(), 'utf8'), broken);

    // Logging now is refused with a notification that opens the file at the problem.
    await logMentoringMoment(page, 'Typed while the file was broken');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'growth-log.json:4:16' });
    await toast.waitFor({ timeout: 15_000 });
    assert.equal(await toast.getByRole('button', { name: 'Copy Moment' }).count(), 1, 'what was typed can be kept');
    await toast.getByRole('button', { name: 'Open Log File' }).click();
    await page.locator('.tab.active', { hasText: 'growth-log.json' }).waitFor();
    await page.locator('.statusbar-item', { hasText: 'Ln 4, Col 16' }).waitFor();
    assert.equal(await fs.readFile(logFile(), 'utf8'), broken);
    await closeEditorsWithoutSaving(page);
  });
});
