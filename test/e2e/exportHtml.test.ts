import * as assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { runGit } from '../../src/core/git/gitRepository';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { type InstalledWorkbench, openInstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { pickQuickItem, runCommand } from '../../scripts/lib/workbench';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * Export as HTML… as a person uses it in the packaged extension: a period, the save dialog
 * offering `brag-<period>.html` beside the log, and a notification once the page is
 * written and kept out of git — which proves the renderer's own bundle ships in the .vsix and loads on demand.
 */
describe('Export as HTML in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  const vscodeFolder = () => path.join(workspace, '.vscode');

  before(async () => {
    workspace = copySampleWorkspace();
    // A repository, so the page written beside the log is seen kept out of git as the log is.
    await runGit(workspace, ['init', '--quiet']);
    await fs.mkdir(vscodeFolder(), { recursive: true });
    const moment = {
      id: randomUUID(),
      kind: 'mentoring',
      at: new Date().toISOString(),
      summary: 'Paired with Sam on <flaky> test triage',
      people: ['Sam'],
      impact: 'Sam now owns the CI dashboard',
      links: ['https://github.com/acme/billing/pull/482'],
    };
    await fs.writeFile(path.join(vscodeFolder(), 'growth-log.json'), JSON.stringify({ version: 1, moments: [moment] }));
    workbench = await openInstalledWorkbench(workspace);
    page = workbench.page;
  });

  screenshotFailures('export-html', () => page);

  after(() => workbench?.close());

  it('asks for a period and where to save, writes the page beside the log and offers to open it', async () => {
    await runCommand(page, 'Growth Log: Export as HTML…');
    await pickQuickItem(page, 'This year');
    const year = new Date().getFullYear();
    // VS Code's own save dialog (in a browser, its simple one: a path in an input box).
    const input = page.locator('.quick-input-widget input');
    await eventually(async () =>
      assert.match(await input.inputValue(), new RegExp(`\\.vscode/brag-${year}\\.html$`), 'the file beside the log'),
    );
    await page.keyboard.press('Enter');

    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: `Brag document saved as brag-${year}.html.`,
    });
    await toast.waitFor({ timeout: 30_000 });
    for (const action of ['Open in Browser', 'Reveal File'])
      await toast.getByRole('button', { name: action }).waitFor();

    const html = await fs.readFile(path.join(vscodeFolder(), `brag-${year}.html`), 'utf8');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.match(html, new RegExp(`<title>Brag document: ${year}</title>`));
    // The lead starts with the impact, so the summary follows in lower case.
    assert.match(html, /paired with Sam on &lt;flaky&gt; test triage/);
    assert.match(html, /<a href="https:\/\/github.com\/acme\/billing\/pull\/482" class="address">/);

    // It names colleagues, so it stays out of commits: one anchored line, and git agrees.
    const exclude = await fs.readFile(path.join(workspace, '.git', 'info', 'exclude'), 'utf8');
    assert.match(exclude, new RegExp(`^/\\.vscode/brag-${year}\\.html$`, 'm'));
    await runGit(workspace, ['check-ignore', '--quiet', '--no-index', '--', `.vscode/brag-${year}.html`]);
  });
});
