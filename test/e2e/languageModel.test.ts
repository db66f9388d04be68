import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { packageTestModelProvider } from '../../scripts/lib/testModelProvider';
import { openFile } from '../../scripts/lib/workbench';
import { momentRef } from '../../src/core/documents/citation';
import type { Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Draft with a Language Model… as a person meets it, with a chat model provider installed
 * beside Growth Log (the scripted test provider, as a user's Copilot or local model would
 * be): the button in the draft's title bar, the dialog that says what will be sent and what
 * never is — Cancel sends nothing — and, after Send, the checked prose with its marks.
 */

const MENTORING: Moment = {
  id: '3f9a2c1b-0000-4000-8000-000000000001',
  kind: 'mentoring',
  at: '2026-11-23T15:00:00.000Z',
  summary: 'Paired with Sam on flaky test triage',
  impact: 'Sam now owns the CI dashboard',
  people: ['Sam'],
  notes: 'PRIVATE-NOTE about the promotion',
  energy: 'drained',
};
const SAM = `(2026-11-23, Mentoring, ref ${momentRef(MENTORING.id)})`;
const DRAFT = [
  '# Self-review draft: Mid-year',
  '',
  '## Who did you help grow?',
  '',
  '<!-- growth-log:question id="people" limit="600" -->',
  '',
  `- Sam now owns the CI dashboard — paired with Sam on flaky test triage ${SAM}`,
  '',
].join('\n');
const ANSWER = [
  '=== people ===\n',
  `I paired with Sam on flaky test triage, and Sam now owns the CI dashboard ${SAM}. `,
  'I am the best mentor the team has had.\n',
];

describe('Draft with a Language Model in a real VS Code, driven like a person', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  const modelDir = mkdtempSync(path.join(tmpdir(), 'growth-log-test-model-'));
  const requestsFile = path.join(modelDir, 'requests.json');

  before(async () => {
    const workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments: [MENTORING] }, null, 2));
    await fs.writeFile(path.join(workspace, 'self-review.md'), DRAFT);
    await fs.writeFile(path.join(modelDir, 'script.json'), JSON.stringify({ chunks: ANSWER, delayMs: 200, models: 2 }));
    workbench = await openInstalledWorkbench(workspace, {
      installVsix: [packageTestModelProvider()],
      env: { GROWTH_LOG_TEST_MODEL_DIR: modelDir },
    });
    page = workbench.page;
    await openFile(page, 'self-review.md');
  });

  screenshotFailures('language-model', () => page);

  after(() => workbench?.close());

  const titleBarButton = () =>
    page.locator('.editor-actions .action-label[aria-label^="Draft with a Language Model"]').first();
  const dialog = () => page.locator('.monaco-dialog-box');

  const modelRows = () => page.locator('.quick-input-list .monaco-list-row');

  it('lists the models by name and provider, says what will be sent and what never is, and sends nothing on Cancel', async () => {
    await titleBarButton().click({ timeout: 60_000 });
    await modelRows().filter({ hasText: 'Scripted Model 2' }).waitFor({ timeout: 30_000 });
    const rows = await modelRows().allTextContents();
    assert.equal(rows.length, 2, rows.join(' | '));
    assert.match(rows[0] ?? '', /^Scripted Model\s*growth-log-test/);
    assert.match(rows[1] ?? '', /^Scripted Model 2\s*growth-log-test/);
    await modelRows().filter({ hasText: 'Scripted Model 2' }).click();
    await dialog().waitFor({ timeout: 30_000 });
    const said = (await dialog().textContent()) ?? '';
    assert.match(said, /Send the evidence of this draft to Scripted Model 2 \(growth-log-test\)\?/);
    assert.match(said, /What is sent: 1 moment cited under 1 question/);
    assert.match(said, /What is never sent: how a moment felt \(energy\), notes/);
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'hidden' });
    // Long enough for a request to have reached the provider, had one been sent.
    await page.waitForTimeout(1500);
    await assert.rejects(fs.readFile(requestsFile, 'utf8'), /ENOENT/, 'nothing reached the model');
  });

  it('offers the model chosen last first, and after Send streams the answer and marks the sentence citing no moment', async () => {
    await titleBarButton().click();
    await modelRows().first().waitFor();
    assert.match((await modelRows().first().textContent()) ?? '', /Scripted Model 2.*last used/);
    await page.keyboard.press('Enter');
    await dialog().waitFor();
    await dialog().getByRole('button', { name: 'Send' }).click();
    const result = page.locator('.editor-instance .view-lines', { hasText: 'Self-review in prose: Mid-year' });
    await result.waitFor({ timeout: 60_000 });
    await result.locator('.view-line', { hasText: '⚠ 1 — cites no' }).first().waitFor({ timeout: 30_000 });
    await result.locator('.view-line', { hasText: 'To check' }).first().waitFor();

    const requests = await eventually(async () => JSON.parse(await fs.readFile(requestsFile, 'utf8')));
    const sent = JSON.stringify(requests);
    assert.match(sent, /Paired with Sam on flaky test triage/);
    assert.doesNotMatch(sent, /PRIVATE-NOTE|drained/);
  });

  it('stops the answer when Cancel is pressed in the progress notification', async () => {
    const slow = Array.from({ length: 20 }, (_, index) => `I paired with Sam ${SAM}. ${index}\n`);
    await fs.writeFile(path.join(modelDir, 'script.json'), JSON.stringify({ chunks: slow, delayMs: 700, models: 2 }));
    await page.locator('.tab', { hasText: 'self-review.md' }).click();
    await titleBarButton().click();
    await modelRows().first().waitFor();
    await page.keyboard.press('Enter');
    await dialog().getByRole('button', { name: 'Send' }).click();
    const progress = page.locator('.notification-toast', { hasText: 'is writing' });
    await progress.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(2000);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('.notification-toast', { hasText: 'Growth Log: cancelled' }).waitFor({ timeout: 30_000 });
    const requests = await eventually(async () => {
      const recorded = JSON.parse(await fs.readFile(requestsFile, 'utf8')) as { cancelledAfter?: number }[];
      assert.ok(recorded.at(-1)?.cancelledAfter !== undefined, 'the provider saw the cancellation');
      return recorded;
    });
    assert.ok(
      (requests.at(-1)?.cancelledAfter ?? slow.length) < slow.length,
      'it stopped before the end of its script',
    );
  });
});
