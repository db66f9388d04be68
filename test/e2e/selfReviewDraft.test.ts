import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { pickQuickItem, runCommand } from '../../scripts/lib/workbench';
import { momentRef } from '../../src/core/documents/citation';
import type { Moment } from '../../src/core/model/schema';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The self-review draft as a person meets it: Draft Self-Review… from the palette, a form
 * and a period picked, the draft in the editor with each question's character count and
 * Copy Answer above it, the count following what they type, Copy Answer putting plain
 * text on the clipboard, and a citation opening its moment in the log.
 */

const DELEGATION: Moment = {
  id: '5e1f0c2a-1111-4000-8000-000000000001',
  kind: 'delegation',
  at: new Date().toISOString(),
  summary: 'Handed the release checklist to Priya',
  people: ['Priya'],
  impact: 'Priya ran the release alone',
};
const MENTORING: Moment = {
  id: '7a3b9d4e-2222-4000-8000-000000000002',
  kind: 'mentoring',
  at: new Date().toISOString(),
  summary: 'Paired with Sam on *flaky* test triage',
  people: ['Sam'],
};

describe('Self-review draft in a real VS Code, driven like a person', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;

  before(async () => {
    const workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments: [DELEGATION, MENTORING] }, null, 2));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    await workbench.browser.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: workbench.server.origin,
    });
  });

  screenshotFailures('self-review-draft', () => page);

  after(() => workbench?.close());

  /** The lens above the heading of "How did you help others grow?" (the second question), as the editor draws it. */
  const growingOthersCount = () => page.locator('.codelens-decoration', { hasText: '/ 1,500 characters' }).nth(1);

  it('drafts from the palette, counts each answer as it is typed, and copies it as plain text', async () => {
    await runCommand(page, 'Growth Log: Draft Self-Review…');
    // The form pick, not the palette row that opened it: it lists both built-in forms.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Weekly update' }).waitFor();
    await page
      .locator('.quick-input-list .monaco-list-row', { has: page.getByText('Self-review', { exact: true }) })
      .click();
    await pickQuickItem(page, 'This year');
    const editor = page.locator('.editor-instance .monaco-editor').first();
    await editor.locator('.view-lines', { hasText: 'Self-review draft: Self-review' }).waitFor({ timeout: 30_000 });

    const count = growingOthersCount();
    await count.waitFor({ timeout: 30_000 });
    const shown = (await count.textContent()) ?? '';
    assert.match(shown, /^\d[\d,]* \/ 1,500 characters/);
    const before = Number(shown.replace(/ \/.*$/s, '').replace(/,/g, ''));

    // Typed at the end of the first bullet: the count follows.
    await editor.locator('.view-line', { hasText: 'Handed the release checklist to Priya' }).first().click();
    // End twice: the first stops where a wrapped line wraps, the second at the line's end.
    await page.keyboard.press('End');
    await page.keyboard.press('End');
    await page.keyboard.type(' Well done.');
    await eventually(async () =>
      assert.match((await count.textContent()) ?? '', new RegExp(`^${(before + 11).toLocaleString('en')} / 1,500`)),
    );

    await count.locator('a', { hasText: 'Copy Answer' }).click();
    const copied = await eventually(async () => {
      const text = await page.evaluate<string>('navigator.clipboard.readText()');
      assert.match(text, /^• /);
      return text;
    });
    assert.match(
      copied,
      new RegExp(
        `^• Priya ran the release alone — handed the release checklist to Priya \\(\\d{4}-\\d{2}-\\d{2}, Delegation, ref ${momentRef(DELEGATION.id)}\\) Well done\\.$`,
        'm',
      ),
    );
    assert.match(copied, /^• Paired with Sam on \*flaky\* test triage \(/m, 'the log’s own asterisks are text, kept');
    assert.doesNotMatch(copied, /\\|<!--/, 'no Markdown escape or marker in the plain text');
  });

  it('opens the cited moment in the log when its citation is followed', async () => {
    const citation = page.locator('.view-lines .detected-link', { hasText: `ref ${momentRef(MENTORING.id)}` }).first();
    await citation.waitFor({ timeout: 30_000 });
    await citation.click({ modifiers: [process.platform === 'darwin' ? 'Meta' : 'Control'] });
    await page.locator('.tab.active', { hasText: 'growth-log.json' }).waitFor({ timeout: 15_000 });
    const selected = page.locator(
      '.editor-instance.active .monaco-editor .selected-text, .monaco-editor.focused .selected-text',
    );
    await selected.first().waitFor({ state: 'attached', timeout: 15_000 });
  });
});
