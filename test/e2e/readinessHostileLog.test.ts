import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { findWebviewFrame, runCommand } from '../../scripts/lib/workbench';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The readiness view of a log written to hurt it (thousands of links, a summary of 25,000
 * characters, an id too long to send back) against a level name of 25,000 characters: it
 * draws, with the newest moments and how many earlier ones there are.
 */

const GROWS = 'team-lead.grows-each-person';

describe('the readiness view of a hostile log', function () {
  this.timeout(240_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let view: Frame;

  before(async () => {
    const workspace = copySampleWorkspace();
    const logFile = path.join(workspace, '.vscode', 'growth-log.json');
    // A minute apart, the one of the long id newest.
    const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const moments = Array.from({ length: 30 }, (_, index) => ({
      id: `7d3c1a52-0000-4000-8000-0000000f${String(index).padStart(4, '0')}`,
      kind: 'mentoring',
      at: minutesAgo(40 - index),
      summary: index === 0 ? 's'.repeat(25_000) : `Mentoring ${index}`,
      links: Array.from({ length: 2000 }, (_, link) => `https://example.com/pr/${index}/${link}`),
    }));
    moments.push({
      id: 'm'.repeat(10_001),
      kind: 'mentoring',
      at: minutesAgo(1),
      summary: 'A moment of a very long id',
      links: [],
    });
    await fs.mkdir(path.dirname(logFile), { recursive: true });
    await fs.writeFile(logFile, JSON.stringify({ version: 1, moments }));
    workbench = await openInstalledWorkbench(workspace, {
      settings: { 'workbench.colorTheme': 'Default Dark Modern', 'growthLog.level': 'L'.repeat(25_000) },
    });
    page = workbench.page;
  });

  screenshotFailures('readiness-hostile', () => page);

  after(() => workbench?.close());

  it('draws the newest moments of an expectation, says how many are earlier, and offers no action it cannot send', async () => {
    await runCommand(page, 'Growth Log: Show Readiness…');
    view = await findWebviewFrame(page, '#app[aria-busy="false"] h1.headline');
    const expectation = view.locator(`.expectation[data-id="${GROWS}"]`);
    await expectation.locator('button.disclosure').click();
    await expectation.locator('.earlier-moments').waitFor({ state: 'visible' });
    assert.equal(await expectation.locator('.earlier-moments').textContent(), 'and 11 earlier moments');
    assert.equal(await expectation.locator('.evidence-moment').count(), 20);
    const longId = expectation.locator('.evidence-moment', { hasText: 'A moment of a very long id' });
    assert.equal(await longId.count(), 1, 'the newest moment is shown');
    assert.equal(await longId.locator('button').count(), 0, 'without Confirm, which would need its id');
    assert.ok((await expectation.locator('.evidence-moment').first().locator('.web-link').count()) <= 10);
  });
});
