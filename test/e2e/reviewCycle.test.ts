import * as assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { sampleLog } from '../../scripts/lib/sampleLog';
import { pickQuickItem, runCommand } from '../../scripts/lib/workbench';
import { resolveCyclePeriod, type ReviewCycle } from '../../src/core/insights/reviewCycle';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The company's review cycle as a person meets it: named once in the settings, then
 * offered first wherever a period is chosen, by its name and dates, and written at the
 * head of the brag document. Its own VS Code, so the setting stays out of the other tests.
 */
describe('review cycles in a real VS Code', function () {
  this.timeout(180_000);
  const cycle: ReviewCycle = { startMonth: 4, length: 'half' };
  let workbench: InstalledWorkbench;
  let page: Page;
  /** Spaces as a person reads them: ICU puts thin spaces around a range's dash, Monaco no-break ones. */
  const plain = (text: string | null) => (text ?? '').replace(/\s/gu, ' ');

  before(async () => {
    const workspace = copySampleWorkspace();
    mkdirSync(path.join(workspace, '.vscode'));
    writeFileSync(path.join(workspace, '.vscode', 'growth-log.json'), JSON.stringify(sampleLog(new Date()), null, 2));
    workbench = await openInstalledWorkbench(workspace, { settings: { 'growthLog.reviewCycle': cycle } });
    page = workbench.page;
  });

  screenshotFailures('review-cycle', () => page);
  after(() => workbench?.close());

  it('offers This cycle and Last cycle first, by name and dates, and heads the brag document with the cycle', async () => {
    const english = new DisplayLanguage('en');
    const thisCycle = plain(resolveCyclePeriod('this-cycle', new Date(), cycle, english).label);
    const lastCycle = plain(resolveCyclePeriod('last-cycle', new Date(), cycle, english).label);

    await runCommand(page, 'Growth Log: Export Brag Document…');
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await eventually(async () => {
      const shown = (await rows.allTextContents()).map(plain);
      assert.deepEqual(shown.slice(0, 3), [`This cycle${thisCycle}`, `Last cycle${lastCycle}`, shown[2]]);
      assert.match(shown[2] ?? '', /^This week\d{4}-/);
    });

    await pickQuickItem(page, 'This cycle');
    const editor = page.locator('.editor-instance .view-lines').first();
    await eventually(async () =>
      assert.match(plain(await editor.textContent()), new RegExp(`# Brag document: ${thisCycle}`)),
    );
  });
});
