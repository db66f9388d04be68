import type { Frame, Page } from 'playwright-core';

/**
 * Drives the VS Code workbench in a browser the way a person does: the command palette,
 * the quick input, the activity bar, and the frames webviews live in.
 */

export async function waitForWorkbench(page: Page): Promise<void> {
  await page.waitForSelector('.monaco-workbench', { timeout: 90_000 });
  // The status bar appears once the window has restored; the palette is usable after it.
  await page.waitForSelector('.statusbar', { timeout: 60_000 });
}

/**
 * F1, the command's title, Enter. Right after start-up the palette may not list an
 * extension's commands yet, and a view taking focus as it opens (the walkthrough) closes
 * the palette again, so it reopens the palette until the command shows up, rather than
 * sleeping for a fixed time.
 */
export async function runCommand(page: Page, title: string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  const row = page
    .locator('.quick-input-list .monaco-list-row', { has: page.getByText(title, { exact: true }) })
    .first();
  for (;;) {
    await page.keyboard.press('F1');
    try {
      await input.fill(`>${title}`, { timeout: 5_000 });
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      // Click the row itself: the highlighted first row may be another fuzzy match.
      await row.click();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Opens a workspace file by name through Quick Open: the palette with its `>` removed
 * searches files, in the same widget, so nothing can close between two prompts.
 */
export async function openFile(page: Page, fileName: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  for (;;) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(fileName);
    try {
      await row.click({ timeout: 5_000 });
      await page.locator('.tab.active', { hasText: fileName }).waitFor({ timeout: 5_000 });
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/**
 * Waits for the quick input to show `expectedText` (its title or prompt: how a person
 * knows the next step has come), types `text` over what is there, and presses Enter.
 */
export async function answerQuickInput(page: Page, expectedText: string, text: string): Promise<void> {
  const widget = page.locator('.quick-input-widget', { hasText: expectedText });
  await widget.waitFor({ state: 'visible' });
  await widget.locator('input').fill(text);
  await page.keyboard.press('Enter');
}

/** Picks the quick-pick row whose label contains `label`. */
export async function pickQuickItem(page: Page, label: string): Promise<void> {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible' });
  await row.click();
}

/**
 * Growth Log: Choose Your Track… as a person goes through it: the track by its label, then
 * at the level steps either Escape (the levels stay as they were) or the level typed to
 * filter the pick and Enter, and the target likewise, or Enter alone on the one the pick
 * highlights (the next level).
 */
export async function chooseTrack(
  page: Page,
  track: string,
  levels?: { readonly level: string; readonly target?: string },
): Promise<void> {
  await runCommand(page, 'Growth Log: Choose Your Track…');
  await pickQuickItem(page, track);
  const levelStep = page.locator('.quick-input-widget', { hasText: 'Your Level' });
  await levelStep.waitFor({ state: 'visible' });
  if (levels) {
    await levelStep.locator('input').fill(levels.level);
    await page.keyboard.press('Enter');
    const targetStep = page.locator('.quick-input-widget', { hasText: 'Your Target Level' });
    await targetStep.waitFor({ state: 'visible' });
    if (levels.target !== undefined) await targetStep.locator('input').fill(levels.target);
  }
  await page.keyboard.press(levels ? 'Enter' : 'Escape');
  // The confirmation comes once the settings are written: a settings file edited after it keeps its edit.
  await page
    .locator('.notifications-toasts .notification-toast', { hasText: `your track is now ${track}` })
    .first()
    .waitFor({ timeout: 15_000 });
}

/** The frame of the webview that contains `selector`, once it has loaded. */
export async function findWebviewFrame(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        if ((await frame.$(selector)) !== null) return frame;
      } catch {
        // A frame navigating away mid-check.
      }
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no webview frame with ${selector} within ${timeoutMs} ms`);
}

export async function openActivityBarView(page: Page, title: string): Promise<void> {
  await page.locator(`.activitybar [aria-label^="${title}"]`).first().click();
}

/** Logs a mentoring moment from the command palette: the quick-log line, then Enter past the impact and the energy. */
export async function logMentoringMoment(page: Page, line: string): Promise<void> {
  await runCommand(page, 'Growth Log: Log Mentoring Moment');
  await answerQuickInput(page, 'Pairing, teaching', line);
  await answerQuickInput(page, 'What changed because of it?', '');
  await answerQuickInput(page, 'No energy recorded', '');
}

/** The This Week sidebar's webview frame, once it has drawn what the host sent (it clears aria-busy then). */
export function findSidebarFrame(page: Page): Promise<Frame> {
  return findWebviewFrame(page, '#app[aria-busy="false"]');
}

/** Switches VS Code's colour theme through Preferences: Color Theme, and lets the views repaint. */
export async function chooseColorTheme(page: Page, theme: string): Promise<void> {
  await runCommand(page, 'Preferences: Color Theme');
  await answerQuickInput(page, theme, theme);
  await page.waitForTimeout(500);
}

/** Moves the mouse off the activity bar and waits for its hover tooltip to fade, so a picture shows only the view. */
export async function moveMouseAway(page: Page): Promise<void> {
  await page.mouse.move(700, 500);
  await page.locator('.monaco-hover').first().waitFor({ state: 'hidden' });
  await page.waitForTimeout(500);
}

/**
 * Saves the brag document just exported next to the log, from its notification, and
 * opens VS Code's Markdown preview of it beside the editor: the document as a reviewer
 * reads it. Returns the preview's frame.
 */
export async function saveBragDocumentAndPreview(page: Page, savedName: string): Promise<Frame> {
  const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Brag document ready' });
  await toast.getByRole('button', { name: 'Save Next to Log' }).click();
  await page.locator('.tab', { hasText: savedName }).first().waitFor({ timeout: 15_000 });
  await runCommand(page, 'Markdown: Open Preview to the Side');
  return findWebviewFrame(page, 'h2[id="at-a-glance"], h2[data-line]');
}

/**
 * Closes every editor, discarding unsaved changes: an exported brag document is an
 * untitled editor, which Close All would stop at with a "save?" dialog.
 */
export async function closeEditorsWithoutSaving(page: Page): Promise<void> {
  const tabs = page.locator('.tabs-container .tab');
  for (let open = await tabs.count(); open > 0; open = await tabs.count()) {
    await runCommand(page, 'View: Revert and Close Editor');
    // One tab fewer: the last position is gone.
    await tabs.nth(open - 1).waitFor({ state: 'detached' });
  }
}

/**
 * Drags the sash at the primary side bar's edge so the side bar is `width` pixels wide
 * (VS Code keeps it at 170 at least), as a person would; returns the width it has then.
 */
export async function setSidebarWidth(page: Page, width: number): Promise<number> {
  const sidebar = page.locator('.part.sidebar');
  const box = async () => {
    const found = await sidebar.boundingBox();
    if (!found) throw new Error('the side bar is not shown');
    return found;
  };
  const before = await box();
  const edge = before.x + before.width;
  await page.mouse.move(edge, before.y + before.height / 2);
  await page.mouse.down();
  // In steps, so the sash sees a drag rather than a jump.
  await page.mouse.move(before.x + width, before.y + before.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(300);
  return (await box()).width;
}
