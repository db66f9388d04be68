/**
 * `npm run screenshots`: takes the pictures the README shows, into media/screenshots/, by
 * driving the packaged extension in a real VS Code (code-server and Chromium) the way
 * the end-to-end tests do, on a fresh sample project (the one `npm start` opens). The tests check
 * these scenes; this only photographs them, so a test run never changes the README.
 */
import { mkdirSync, mkdtempSync, promises as fs, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { renderBragDocument } from '../src/core/documents/bragDocument';
import { renderHtmlDocument } from '../src/core/documents/html/htmlDocument';
import { resolvePeriod } from '../src/core/insights/period';
import { Timeline } from '../src/core/insights/timeline';
import { KindCatalogue } from '../src/core/model/kindCatalogue';
import { decodeLogFile } from '../src/core/model/logFileCodec';
import type { LogFile } from '../src/core/model/schema';
import { DisplayLanguage } from '../src/core/time/displayLanguage';
import { type CodeServerOptions, copySampleWorkspace } from './lib/codeServer';
import { packageTestModelProvider } from './lib/testModelProvider';
import { type ProseRequest, proseRequest } from '../src/core/documents/prose/proseRequest';
import { renderSelfReviewDraft } from '../src/core/documents/selfReview/draftDocument';
import { BUILT_IN_FORMS } from '../src/core/documents/selfReview/forms';
import { pdfFirstPageAsPng, printToPdf } from './lib/printedPdf';
import { openInstalledWorkbench } from './lib/installedWorkbench';
import { REPO_ROOT } from './lib/repoRoot';
import { sampleLog } from './lib/sampleLog';
import { freshSampleWorkspace } from './lib/sampleProject';
import type { Page } from 'playwright-core';
import {
  answerQuickInput,
  chooseColorTheme,
  closeEditorsWithoutSaving,
  findSidebarFrame,
  findWebviewFrame,
  moveMouseAway,
  openActivityBarView,
  pickQuickItem,
  runCommand,
  saveBragDocumentAndPreview,
} from './lib/workbench';

const OUT = path.join(REPO_ROOT, 'media', 'screenshots');
const picture = (name: string) => path.join(OUT, name);

/**
 * The sidebar on a first start, logging from the palette, the sidebar in three themes (the
 * walkthrough shows the one of the user's theme), the brag preview, the walkthrough in
 * light and dark, and its progress.
 */
async function sidebarScenes(): Promise<void> {
  // Named like a real project, since the sidebar shows the folder the log is in.
  const sample = await freshSampleWorkspace();
  const workspace = sample.folder;
  const logFile = path.join(workspace, '.vscode', 'growth-log.json');
  // A profile that never chose where the log lives, with a home of its own: the first log asks.
  const home = mkdtempSync(path.join(tmpdir(), 'growth-log-screenshots-home-'));
  const workbench = await openInstalledWorkbench(workspace, {
    settings: { 'workbench.colorTheme': 'Default Dark Modern', 'growthLog.logFile': undefined },
    env: { HOME: home },
  });
  const { page } = workbench;
  try {
    await openActivityBarView(page, 'Growth Log');
    let sidebar = await findSidebarFrame(page);
    await sidebar.getByRole('heading', { name: 'Start your growth log' }).waitFor();
    await moveMouseAway(page);
    await page.locator('.part.sidebar').screenshot({ path: picture('sidebar-empty-dark.png') });
    // As on a first start: the walkthrough offered, opened, put aside. VS Code follows its
    // steps' completion from then on, which the picture of its progress below shows.
    const offer = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'A two-minute walkthrough shows how',
    });
    await offer.getByRole('button', { name: 'Open Walkthrough' }).click({ timeout: 30_000 });
    await page
      .locator('.gettingStartedContainer')
      .getByText('Get Started with Growth Log')
      .first()
      .waitFor({ timeout: 30_000 });
    await closeEditorsWithoutSaving(page);

    await runCommand(page, 'Growth Log: Log Mentoring Moment');
    const quickLog = page.locator('.quick-input-widget', { hasText: 'Pairing, teaching' });
    await quickLog.waitFor({ state: 'visible' });
    // Logged a day late, as on a reflective Friday: the preview says which day it understood.
    await quickLog.locator('input').pressSequentially('Paired with @Sam on flaky test triage #testing ! ~yesterday');
    // The preview takes the prompt's place under the input.
    await page.locator('.quick-input-widget .quick-input-message', { hasText: 'Understood:' }).waitFor();
    await page.screenshot({ path: picture('quick-log-dark.png'), clip: { x: 0, y: 0, width: 1280, height: 260 } });
    await page.keyboard.press('Enter');
    await answerQuickInput(page, 'What changed because of it?', 'Sam now owns the CI dashboard');
    await answerQuickInput(page, 'No energy recorded', '');
    const question = page.locator('.quick-input-widget', { hasText: 'Where should Growth Log keep your log?' });
    await question.waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(300); // the list settles
    await page.screenshot({ path: picture('log-location-dark.png'), clip: { x: 0, y: 0, width: 1280, height: 300 } });
    await pickQuickItem(page, 'One per workspace');
    // Shown in the sidebar once saved: only then may the file be replaced without the two writes crossing.
    await sidebar
      .locator('.moment .summary', { hasText: 'Paired with Sam on flaky test triage' })
      .waitFor({ timeout: 15_000 });

    // A few believable weeks, so targets, trend, gaps and energy all have something to show.
    await fs.writeFile(logFile, JSON.stringify(sampleLog(new Date()), null, 2));
    sidebar = await findSidebarFrame(page);
    await sidebar.locator('#trend').waitFor({ timeout: 15_000 });
    for (const [theme, name] of [
      ['Light Modern', 'sidebar-light.png'],
      ['Dark High Contrast', 'sidebar-high-contrast.png'],
      ['Dark Modern', 'sidebar-dark.png'],
    ] as const) {
      await chooseColorTheme(page, theme);
      await page.locator('.part.sidebar').screenshot({ path: picture(name) });
    }
    await walkthroughScenes(page);

    await sidebar.getByRole('button', { name: 'Export brag document' }).click();
    await pickQuickItem(page, 'This year');
    await saveBragDocumentAndPreview(page, `brag-${new Date().getFullYear()}.md`);
    await page.waitForTimeout(500);
    await page
      .locator('.editor-group-container')
      .last()
      .screenshot({ path: picture('brag-preview-dark.png') });
    await closeEditorsWithoutSaving(page);

    // Five of the walkthrough's six steps done: a track and the log's place chosen, moments logged, the week seen, a document exported.
    await runCommand(page, 'Growth Log: Choose Your Track…');
    await pickQuickItem(page, 'Staff / Principal IC');
    await runCommand(page, 'Growth Log: Open Walkthrough');
    const walkthrough = page.locator('.gettingStartedContainer');
    for (const done of [
      'Choose your track',
      'Choose where the log lives',
      'Log your first moment',
      'See your week',
      'Export a brag document',
    ]) {
      await walkthrough
        .locator('.getting-started-step', { hasText: done })
        .locator('[role="checkbox"][aria-checked="true"]')
        .waitFor({ state: 'attached', timeout: 30_000 });
    }
    await page.waitForTimeout(500);
    await page.locator('.part.editor').screenshot({ path: picture('walkthrough-progress-dark.png') });
  } finally {
    await workbench.close();
    sample.dispose();
    await fs.rm(home, { recursive: true, force: true });
  }
}

/** The walkthrough's quick-log step in light and dark, and its week step showing the sidebar picture of the theme. */
async function walkthroughScenes(page: Page): Promise<void> {
  // Narrower, VS Code shows the steps without their media.
  const { width, height } = page.viewportSize() ?? { width: 1280, height: 1000 };
  await page.setViewportSize({ width: 1600, height: 900 });
  await runCommand(page, 'Notifications: Clear All Notifications');
  for (const [theme, variant] of [
    ['Light Modern', 'light'],
    ['Dark Modern', 'dark'],
  ] as const) {
    await chooseColorTheme(page, theme);
    await runCommand(page, 'Growth Log: Open Walkthrough');
    const walkthrough = page.locator('.gettingStartedContainer');
    for (const [step, name] of [
      ['Log your first moment', `walkthrough-log-${variant}.png`],
      ['See your week', `walkthrough-week-${variant}.png`],
    ] as const) {
      await walkthrough.locator('.getting-started-step', { hasText: step }).first().click();
      await page.waitForTimeout(1_000); // the step's media fades in
      await page.locator('.part.editor').screenshot({ path: picture(name) });
    }
    await closeEditorsWithoutSaving(page);
  }
  await page.setViewportSize({ width, height });
}

/** The weekly reminder, asked at a start after it fell due: its own VS Code, set up to be due. */
async function reminderScene(): Promise<void> {
  const today = new Date().toLocaleDateString('en-US', { weekday: 'long' }).toLowerCase();
  const workbench = await openInstalledWorkbench(copySampleWorkspace(), {
    settings: {
      'growthLog.reminder.enabled': true,
      'growthLog.reminder.day': today,
      'growthLog.reminder.time': '00:00',
    },
  });
  const { page } = workbench;
  try {
    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: "log this week's leadership moments?",
    });
    await toast.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500); // the toast slides in
    await page.screenshot({ path: picture('reminder.png'), clip: { x: 800, y: 780, width: 480, height: 220 } });
  } finally {
    await workbench.close();
  }
}

/**
 * The first printed page of the brag document's web page (Export as HTML…): the quarter of
 * the brag fixture, as its golden file has it, printed to A4 by Chromium and drawn by poppler.
 */
async function printScene(): Promise<void> {
  const fixture = path.join(REPO_ROOT, 'test', 'fixtures', 'brag', 'log.json');
  const log = decodeLogFile(readFileSync(fixture, 'utf8'), fixture);
  const quarter = resolvePeriod('this-quarter', new Date(2026, 10, 23), 'monday', new DisplayLanguage('en'));
  const markdown = renderBragDocument(Timeline.build(log.moments), quarter, {
    weekStartsOn: 'monday',
    track: 'management',
    includePrivateSections: false,
    kinds: KindCatalogue.ofLog(log),
  });
  const folder = mkdtempSync(path.join(tmpdir(), 'growth-log-print-'));
  try {
    const html = path.join(folder, `brag-${quarter.slug}.html`);
    writeFileSync(html, renderHtmlDocument(markdown, { title: `Brag document: ${quarter.label}`, language: 'en' }));
    await printToPdf(html, path.join(folder, 'brag.pdf'), 'A4');
    pdfFirstPageAsPng(path.join(folder, 'brag.pdf'), picture('brag-print.png'), 72);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The sample project with the sample log, open in the dark theme, for `action` to
 * photograph. Named like a real project, as in the other sidebar pictures.
 */
async function withSampleWorkbench(
  action: (page: Page) => Promise<void>,
  { log = sampleLog(new Date()), ...options }: Omit<CodeServerOptions, 'settings'> & { readonly log?: LogFile } = {},
): Promise<void> {
  const sample = await freshSampleWorkspace();
  await fs.mkdir(path.join(sample.folder, '.vscode'), { recursive: true });
  await fs.writeFile(path.join(sample.folder, '.vscode', 'growth-log.json'), JSON.stringify(log, null, 2));
  const workbench = await openInstalledWorkbench(sample.folder, {
    ...options,
    settings: { 'workbench.colorTheme': 'Default Dark Modern' },
  });
  try {
    await action(workbench.page);
  } finally {
    await workbench.close();
    sample.dispose();
  }
}

/** "Did it hold up?" above the week: the sample log's decision of three weeks ago, due for its follow-up. */
async function followUpScene(): Promise<void> {
  await withSampleWorkbench(async (page) => {
    await openActivityBarView(page, 'Growth Log');
    const sidebar = await findSidebarFrame(page);
    await sidebar.getByRole('heading', { name: 'Did it hold up?' }).waitFor({ timeout: 30_000 });
    await moveMouseAway(page);
    await page.locator('.part.sidebar').screenshot({ path: picture('sidebar-follow-up-dark.png') });
  });
}

/** A self-review draft of the sample log, with each question's character count and Copy Answer above it. */
async function selfReviewDraftScene(): Promise<void> {
  await withSampleWorkbench(async (page) => {
    await runCommand(page, 'Growth Log: Draft Self-Review…');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Weekly update' }).waitFor();
    await page
      .locator('.quick-input-list .monaco-list-row', { has: page.getByText('Self-review', { exact: true }) })
      .click();
    await pickQuickItem(page, 'Last 6 months');
    await page.locator('.codelens-decoration', { hasText: 'Copy Answer' }).first().waitFor({ timeout: 30_000 });
    await moveMouseAway(page);
    await page.locator('.part.editor').screenshot({ path: picture('self-review-draft-dark.png') });
  });
}

/**
 * The readiness view of the sample log in dark, light and high-contrast themes, an
 * expectation opened onto its moments; and, further down, the ratings of a check-in beside
 * the evidence and both tracks side by side.
 */
async function readinessScenes(): Promise<void> {
  const now = new Date();
  const log: LogFile = {
    ...sampleLog(now),
    checkIns: [
      {
        id: 'sample-check-in',
        at: new Date(now.getTime() - 20 * 86_400_000).toISOString(),
        ratings: {
          'team-development': { good: 4, enjoy: 5 },
          delegation: { good: 3, enjoy: 3 },
          'strategic-vision': { good: 4, enjoy: 2 },
          'technical-leadership': { good: 4, enjoy: 4 },
          'emotional-intelligence': { good: 2, enjoy: 2 },
        },
      },
    ],
  };
  await withSampleWorkbench(
    async (page) => {
      await runCommand(page, 'Growth Log: Show Readiness…');
      const view = await findWebviewFrame(page, '#app[aria-busy="false"] h1.headline');
      await view.locator('.expectation[data-id="team-lead.grows-each-person"] button.disclosure').click();
      await view.locator('.evidence-moment').first().waitFor();
      // The side bar closed: the view is what the pictures are of.
      await runCommand(page, 'View: Close Primary Side Bar');
      await moveMouseAway(page);
      for (const [theme, name] of [
        ['Light Modern', 'readiness-light.png'],
        ['Dark High Contrast', 'readiness-high-contrast.png'],
        ['Dark Modern', 'readiness-dark.png'],
      ] as const) {
        await chooseColorTheme(page, theme);
        await moveMouseAway(page);
        await page.locator('.part.editor').screenshot({ path: picture(name) });
      }
      // The ratings' heading at the top: the picture holds them and the tracks below.
      await view.evaluate("document.getElementById('ratings-title').scrollIntoView({ block: 'start' })");
      await moveMouseAway(page);
      await page.locator('.part.editor').screenshot({ path: picture('readiness-ratings-dark.png') });
    },
    { log },
  );
}

/**
 * Draft with a Language Model… on the sample log's self-review draft, answered by the
 * scripted test provider (installed beside Growth Log) with prose citing the draft's
 * moments and one sentence that cites none: the result with that sentence marked.
 */
async function languageModelScene(): Promise<void> {
  const now = new Date();
  const log = sampleLog(now);
  const kinds = new KindCatalogue().withKindsOf(log);
  const period = resolvePeriod('last-6-months', now, 'monday', new DisplayLanguage('en'));
  const form = BUILT_IN_FORMS.find((candidate) => candidate.id === 'self-review');
  if (!form) throw new Error('the built-in self-review form is missing');
  const draft = renderSelfReviewDraft(Timeline.build(log.moments), period, form, { kinds });
  const request = proseRequest(draft, log.moments, kinds);
  const modelDir = mkdtempSync(path.join(tmpdir(), 'growth-log-test-model-'));
  writeFileSync(path.join(modelDir, 'script.json'), JSON.stringify({ chunks: scriptedProse(request), delayMs: 60 }));
  await withSampleWorkbench(
    async (page) => {
      await runCommand(page, 'Growth Log: Draft Self-Review…');
      await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Weekly update' }).waitFor();
      await page
        .locator('.quick-input-list .monaco-list-row', { has: page.getByText('Self-review', { exact: true }) })
        .click();
      await pickQuickItem(page, 'Last 6 months');
      await page.locator('.codelens-decoration', { hasText: 'Copy Answer' }).first().waitFor({ timeout: 30_000 });
      await page.locator('.editor-actions .action-label[aria-label^="Draft with a Language Model"]').first().click();
      await page.locator('.monaco-dialog-box').getByRole('button', { name: 'Send' }).click();
      await page.locator('.view-line', { hasText: 'To check' }).first().waitFor({ timeout: 60_000 });
      await page.keyboard.press('Control+Home');
      await moveMouseAway(page);
      await page.locator('.part.editor').screenshot({ path: picture('language-model-prose-dark.png') });
    },
    // The log the script was written for: the sample log's ids are new each time it is made.
    { log, installVsix: [packageTestModelProvider()], env: { GROWTH_LOG_TEST_MODEL_DIR: modelDir } },
  );
  rmSync(modelDir, { recursive: true, force: true });
}

/** What a model might write for `request`: a sentence per cited moment (two per answer at most), and one citing nothing. */
function scriptedProse(request: ProseRequest): string[] {
  const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return request.questions.flatMap((question, index) => {
    const sentences = question.refs.slice(0, 2).flatMap((ref) => {
      const moment = request.moments.find((candidate) => candidate.ref === ref);
      if (!moment) return [];
      const result = moment.outcome ?? moment.impact;
      return [`I ${lower(moment.summary)}${result ? `; ${result}` : ''} ${request.citations.get(ref) ?? ''}. `];
    });
    if (index === 0) sentences.push('It was the most productive half I have had. ');
    return [`=== ${question.id} ===\n`, ...sentences, '\n'];
  });
}

/** Every scene, or only those named on the command line (`npm run screenshots -- print follow-up`). */
const SCENES: Readonly<Record<string, () => Promise<void>>> = {
  sidebar: sidebarScenes,
  reminder: reminderScene,
  print: printScene,
  'follow-up': followUpScene,
  'self-review-draft': selfReviewDraftScene,
  readiness: readinessScenes,
  'language-model': languageModelScene,
};

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const named = process.argv.slice(2);
  for (const [name, scene] of Object.entries(SCENES)) if (named.length === 0 || named.includes(name)) await scene();
  console.log(`Screenshots written to ${path.relative(REPO_ROOT, OUT)}/`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
