import * as assert from 'node:assert/strict';
import type { Frame, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { chooseColorTheme, runCommand } from '../../scripts/lib/workbench';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';

/**
 * The walkthrough as a newcomer reads it, in a window just wide enough for VS Code to show
 * a step's media beside the steps, with the side bar open as VS Code opens it:
 * every example whole, without a scrollbar to find the end of a line, and the picture of
 * the week in the colours of the theme in use. Its own VS Code, so the theme it switches
 * does not reach the other end-to-end tests.
 */
describe('the walkthrough in a real VS Code', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;

  before(async () => {
    workbench = await openInstalledWorkbench(copySampleWorkspace(), {
      settings: { 'workbench.colorTheme': 'Default Dark Modern' },
    });
    page = workbench.page;
    // Narrower than this, VS Code shows no media at all; as tall as the other tests, so
    // the theme picker lists every theme it is asked for.
    await page.setViewportSize({ width: 1600, height: 1000 });
  });

  screenshotFailures('walkthrough', () => page);

  after(() => workbench?.close());

  /** Opens the walkthrough on `step`; the step's Markdown is drawn in a webview of its own. */
  async function openStep(step: string): Promise<void> {
    await runCommand(page, 'Growth Log: Open Walkthrough');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.locator('.getting-started-step', { hasText: step }).first().click();
  }

  /** The webview frame showing the Markdown whose heading is `heading`. */
  function markdownFrame(heading: string): Promise<Frame> {
    return eventually(async () => {
      for (const frame of page.frames()) {
        const found = await frame
          .locator('h1', { hasText: heading })
          .count()
          .catch(() => 0);
        if (found > 0) return frame;
      }
      throw new Error(`no frame shows "${heading}"`);
    }, 30_000);
  }

  for (const [step, heading, examples] of [
    ['Log your first moment', 'One line is enough', 1],
    ['Set weekly targets', 'Targets are prompts, not quotas', 1],
    ['Export a brag document', 'Ready before the review', 0],
    ['Choose your track', 'Two paths, both leadership', 0],
  ] as const) {
    it(`shows every example of "${step}" whole, with no sideways scrolling`, async () => {
      await openStep(step);
      const frame = await markdownFrame(heading);
      // Measured only where it is drawn: a hidden element is 0 wide and would pass anything.
      await eventually(async () => {
        const shown = await frame.evaluate(
          `[...document.querySelectorAll('pre')].filter((pre) => pre.clientWidth > 0).length`,
        );
        assert.equal(shown, examples, 'the examples are shown');
        assert.ok(((await frame.evaluate('document.body.clientWidth')) as number) > 200, 'the step is drawn');
      });
      // A string, run in the page: the tests compile without the DOM's types.
      const overflowing = (await frame.evaluate(`[document.documentElement, document.body,
        ...document.querySelectorAll('pre, code, p, kbd, strong')]
        .filter((element) => element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0)
        .map((element) => element.tagName + ' ' + element.scrollWidth + '>' + element.clientWidth + ': ' + element.textContent)`)) as string[];
      assert.deepEqual(overflowing, [], 'nothing is wider than the walkthrough');
    });
  }

  it('shows the week in the colours of the theme in use, fitted to the walkthrough', async () => {
    for (const [theme, picture] of [
      ['Dark Modern', 'sidebar-dark.png'],
      ['Light Modern', 'sidebar-light.png'],
      ['Dark High Contrast', 'sidebar-high-contrast.png'],
    ] as const) {
      await chooseColorTheme(page, theme);
      await openStep('See your week');
      const image = page.locator('.getting-started-media img');
      await eventually(async () =>
        assert.match(
          decodeURIComponent((await image.getAttribute('srcset')) ?? ''),
          new RegExp(`/screenshots/${picture}\\b`),
        ),
      );
      const [shown, media] = await Promise.all([
        image.boundingBox(),
        page.locator('.getting-started-media').boundingBox(),
      ]);
      assert.ok(
        shown && media && shown.width <= media.width + 1,
        `the picture fits: ${shown?.width} ≤ ${media?.width}`,
      );
      // Put away, so its focus cannot close the next theme picker.
      await runCommand(page, 'View: Close Editor');
    }
  });
});
