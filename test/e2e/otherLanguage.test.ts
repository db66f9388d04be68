import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { findWebviewFrame, openActivityBarView, pickQuickItem } from '../../scripts/lib/workbench';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { sampleLog } from '../../scripts/lib/sampleLog';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';
import { installPseudoLocale, PSEUDO_LOCALE } from '../support/pseudoLocale';

/**
 * Growth Log in another language, as a person running VS Code in it sees it: the packaged
 * extension, given a pseudo-translation (every text wrapped in «…») the way a translator's
 * files would ship, in a VS Code started in that locale. Texts from every layer must come
 * out wrapped: the manifest's, the extension's, the sidebar's, and those the core words
 * (kind names, days, suggestions, the brag document).
 */
describe('Growth Log in another language, in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;

  before(async () => {
    const workspace = copySampleWorkspace();
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode', 'growth-log.json'), JSON.stringify(sampleLog(new Date()), null, 2));
    workbench = await openInstalledWorkbench(workspace, { locale: PSEUDO_LOCALE, beforeStart: installPseudoLocale });
    page = workbench.page;
  });

  screenshotFailures('other-language', () => page);
  after(() => workbench?.close());

  it('shows the status bar item and the sidebar in the language, the core’s words included', async () => {
    await page.locator('.statusbar-item', { hasText: /«\d+ this week»/ }).waitFor({ timeout: 60_000 });

    await openActivityBarView(page, '«Growth Log»');
    const sidebar = await findWebviewFrame(page, '#app[aria-busy="false"]');
    const text = await eventually(async () => {
      const shown = ((await sidebar.locator('#app').textContent()) ?? '').replace(/\s+/g, ' ');
      assert.match(shown, /«Mentoring»/, 'a kind name, from the core');
      return shown;
    });
    assert.match(text, /«Today»/, 'a day, from the core');
    assert.match(text, /«Export brag document»/, 'a button, sent by the host');
    // The sample's own words (English, as the user wrote them) stay as written.
    assert.match(text, /Paired with Sam on flaky test triage/);
  });

  it('writes the brag document in the language', async () => {
    const sidebar = await findWebviewFrame(page, '#app[aria-busy="false"]');
    await sidebar.getByRole('button', { name: '«Export brag document»' }).click();
    await pickQuickItem(page, '«This year»');
    const editor = page.locator('.editor-instance .view-lines').first();
    await eventually(async () => {
      // Monaco renders spaces as no-break spaces.
      const shown = ((await editor.textContent()) ?? '').replace(/\u00a0/g, ' ');
      assert.match(shown, new RegExp(`# «Brag document: ${new Date().getFullYear()}»`));
      assert.match(shown, /## «At a glance»/);
      // At a glance is written in whole translated sentences, the competencies' names too.
      assert.match(shown, /«Strongest competencies: ««Communication & influence» \(\d+\)»/);
      assert.match(shown, /«Supported \*\*\d+\*\* people: [^«»]+\.»/);
    });
  });
});
