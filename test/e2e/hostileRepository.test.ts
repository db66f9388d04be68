import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, promises as fs, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { copySampleWorkspace } from '../../scripts/lib/codeServer';
import {
  findWebviewFrame,
  logMentoringMoment,
  openActivityBarView,
  pickQuickItem,
  runCommand,
} from '../../scripts/lib/workbench';
import { openInstalledWorkbench, type InstalledWorkbench } from '../../scripts/lib/installedWorkbench';
import { eventually } from '../support/eventually';
import { screenshotFailures } from '../support/failureScreenshots';
import { LOCK_WORKER } from '../support/workers';

/**
 * A repository cloned from someone else, opened without trusting it: Growth Log must
 * still work (Restricted Mode is declared where VS Code reads it), must ignore the
 * workspace's own settings that name files or let git run, must run no git, and must
 * show whatever the repository's log and settings hold as plain text — no link, no icon,
 * no markup — in notifications, quick picks, the status bar's tooltip and the brag
 * document's preview. Every link below would toggle the panel if it became one; each
 * test checks the DOM has no such link and that clicking the text toggled nothing.
 */

const COMMAND_LINK = 'command:workbench.action.togglePanel';
const HOSTILE_SUMMARY = `$(zap) [Panel](${COMMAND_LINK})`;
const HOSTILE_KIND_LABEL = '[Quit](command:workbench.action.quit)';
const HOSTILE_ID = `[Repair log file](${COMMAND_LINK})`;

/** What a person reads: VS Code's no-break spaces as spaces, and without the invisible joiners that keep text plain. */
async function readable(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\u00a0/g, ' ').replace(/\u2060/g, '');
}

/** Every link in `locator` that is not a web link: there must be none. (Toolbar buttons are anchors without an address, and no links.) */
async function foreignLinks(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((elements) =>
    elements.flatMap((element) =>
      [...element.querySelectorAll('a[href], [data-href], a.monaco-link')]
        .map((link) => link.getAttribute('href') ?? link.getAttribute('data-href') ?? '(a link without an address)')
        .filter((href) => !/^https?:/i.test(href)),
    ),
  );
}

function hostileLog(now: Date) {
  const at = now.toISOString();
  return {
    version: 1,
    moments: [
      { id: 'kind', kind: 'hostile', at, summary: 'A moment of a kind the repository named' },
      {
        id: 'summary',
        kind: 'mentoring',
        at,
        summary: HOSTILE_SUMMARY,
        people: ['[Sam](vscode://growth-log.growth-log/x)'],
      },
      {
        id: 'code',
        kind: 'code-review',
        at,
        summary: 'Reviewed <img src=x onerror=alert(1)> [js](javascript:alert(1)) [file](file:///etc/passwd)',
        impact: `[Open the review](${COMMAND_LINK})\r# Heading from a carriage return`,
        links: ['javascript:alert(1)', 'https://example.com/pull/1'],
        code: {
          path: 'src/a`</code><img src=x onerror=alert(2)>[Run](command:workbench.action.togglePanel).ts',
          startLine: 1,
          endLine: 2,
          commit: '`<img src=y>`',
        },
      },
    ],
  };
}

/** A `git` first on the PATH that records every call, then runs the real one. */
function recordingGit(): { folder: string; calls: () => string } {
  const folder = mkdtempSync(path.join(tmpdir(), 'growth-log-git-recorder-'));
  const record = path.join(folder, 'calls.log');
  writeFileSync(record, '');
  const realGit = execFileSync('sh', ['-c', 'command -v git'], { encoding: 'utf8' }).trim();
  writeFileSync(path.join(folder, 'git'), `#!/bin/sh\necho "$PWD: $*" >> '${record}'\nexec '${realGit}' "$@"\n`);
  chmodSync(path.join(folder, 'git'), 0o755);
  return { folder, calls: () => readFileSync(record, 'utf8') };
}

describe('a hostile repository, opened in Restricted Mode', function () {
  this.timeout(180_000);
  let workbench: InstalledWorkbench;
  let page: Page;
  let workspace: string;
  let git: ReturnType<typeof recordingGit>;
  const logFile = () => path.join(workspace, '.vscode', 'growth-log.json');
  const panelVisible = () => page.locator('.part.panel').isVisible();

  before(async () => {
    workspace = copySampleWorkspace();
    execFileSync('git', ['init', '-q'], { cwd: workspace });
    mkdirSync(path.join(workspace, '.vscode'), { recursive: true });
    writeFileSync(
      path.join(workspace, '.vscode', 'settings.json'),
      JSON.stringify({
        // All restricted: a clone must not move the log, turn off keeping it out of git, or have a file of its own read as the ladder.
        'growthLog.logFile': 'custom/hijacked.json',
        'growthLog.keepOutOfGit': false,
        'growthLog.ladder': '.vscode/hijacked.ladder.json',
        'growthLog.kinds': [
          { id: 'hostile', label: HOSTILE_KIND_LABEL, competencies: ['communication'], icon: 'rocket' },
        ],
      }),
    );
    writeFileSync(logFile(), JSON.stringify(hostileLog(new Date()), null, 2));
    writeFileSync(
      path.join(workspace, '.vscode', 'hijacked.ladder.json'),
      JSON.stringify({
        name: 'Hijacked ladder',
        levels: ['Hijacked One', 'Hijacked Two'].map((name) => ({
          name,
          expectations: [{ text: 'Reads files it should not.', competencies: ['communication'] }],
        })),
      }),
    );
    git = recordingGit();
    workbench = await openInstalledWorkbench(workspace, {
      untrusted: true,
      pathPrefix: [git.folder],
      // VS Code's own git support stays out of the record: only Growth Log's calls would be there.
      settings: {
        'git.enabled': false,
        'git.autoRepositoryDetection': false,
        'workbench.colorTheme': 'Default Dark Modern',
      },
    });
    page = workbench.page;
  });

  screenshotFailures('restricted', () => page);

  after(() => workbench?.close());

  it('activates in Restricted Mode and shows the week in the status bar', async () => {
    await page.locator('.statusbar-item', { hasText: 'Restricted Mode' }).first().waitFor({ timeout: 60_000 });
    await page.locator('.statusbar-item', { hasText: /\d+ this week/ }).waitFor({ timeout: 60_000 });
  });

  it('shows the status bar tooltip with the kind the repository named as plain text', async () => {
    const item = page.locator('.statusbar-item', { hasText: /\d+ this week/ });
    await item.hover();
    const hover = page.locator('.monaco-hover, .workbench-hover').filter({ hasText: 'this week' }).first();
    await hover.waitFor({ timeout: 15_000 });
    assert.match(await readable(hover), /\[Quit\]\(command:workbench\.action\.quit\): 1/);
    assert.deepEqual(await foreignLinks(hover), []);
    await page.mouse.move(640, 500);
  });

  it('lists the log’s moments in a pick as plain text: no icon, no link', async () => {
    await runCommand(page, 'Growth Log: Delete a Moment…');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Panel' }).first();
    await row.waitFor({ state: 'visible' });
    assert.match(await readable(row), /\$\(zap\) \[Panel\]\(command:workbench\.action\.togglePanel\)/);
    assert.equal(await row.locator('.codicon-zap').count(), 0, 'no $(zap) icon drawn from the summary');
    assert.deepEqual(await foreignLinks(row), []);
    await row.click();
    await pickQuickItem(page, 'Delete');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Deleted' });
    await toast.waitFor({ timeout: 15_000 });
    assert.match(
      await readable(toast.locator('.notification-list-item-message')),
      /Deleted “\$\(zap\) \[Panel\]\(command:workbench\.action\.togglePanel\)”/,
    );
    assert.deepEqual(await foreignLinks(toast), []);
    assert.equal(await toast.locator('.codicon-zap').count(), 0);
    const before = await panelVisible();
    await toast.locator('.notification-list-item-message').click();
    await page.waitForTimeout(500);
    assert.equal(await panelVisible(), before, 'clicking the message ran nothing');
    // Put it back, for the brag document below.
    await toast.getByRole('button', { name: 'Undo' }).click();
    await eventually(async () => assert.ok((await fs.readFile(logFile(), 'utf8')).includes('"summary"')));
  });

  it('logs into the default log, ignoring the workspace’s logFile, keepOutOfGit and ladder, and runs no git', async () => {
    const excludeBefore = readFileSync(path.join(workspace, '.git', 'info', 'exclude'), 'utf8');
    await logMentoringMoment(page, 'Paired with @Lee on the release in Restricted Mode');
    await eventually(async () =>
      assert.match(await fs.readFile(logFile(), 'utf8'), /Paired with Lee on the release in Restricted Mode/),
    );
    assert.equal(
      existsSync(path.join(workspace, 'custom', 'hijacked.json')),
      false,
      'the workspace’s growthLog.logFile is ignored',
    );
    await page.waitForTimeout(1000);
    assert.equal(
      readFileSync(path.join(workspace, '.git', 'info', 'exclude'), 'utf8'),
      excludeBefore,
      'git was left alone',
    );
    assert.equal(git.calls(), '', 'no git process ran');
    const told = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'In Restricted Mode Growth Log runs no git',
    });
    await told.waitFor({ timeout: 15_000 });
    assert.equal(await told.getByRole('button', { name: 'Manage Workspace Trust' }).count(), 1);
    await told.locator('.codicon-notifications-clear').click();

    await openActivityBarView(page, 'Growth Log');
    const sidebar = await findWebviewFrame(page, '#app[aria-busy="false"]');
    await sidebar.locator('.moment .summary', { hasText: 'Restricted Mode' }).waitFor();
    // Readiness is measured against the track's built-in ladder: the workspace's growthLog.ladder is not read.
    const readiness = sidebar.locator('button.readiness-line');
    await readiness.waitFor();
    assert.match((await readiness.textContent()) ?? '', /^Team Lead: /);
    assert.equal(await sidebar.locator('.ladder-problem').count(), 0);
  });

  it('exports a brag document whose preview holds no image and no link but web links', async () => {
    await runCommand(page, 'Growth Log: Export Brag Document…');
    await pickQuickItem(page, 'This year');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Brag document ready' });
    await toast.waitFor({ timeout: 15_000 });
    await toast.getByRole('button', { name: 'Open Preview' }).click();
    const preview = await findWebviewFrame(page, '.markdown-body, body.vscode-body h1', 30_000);
    const body = preview.locator('body');
    // The summary follows the moment's impact, its leading verb in lower case.
    await eventually(async () => assert.match(await readable(body), /— reviewed/));
    assert.equal(await preview.locator('img').count(), 0, 'no image from the log');
    assert.deepEqual(await foreignLinks(body), []);
    const text = await readable(body);
    assert.match(text, /<img src=x onerror=alert\(1\)>/, 'the summary’s markup is shown as text');
    assert.equal(await preview.locator('h1, h2, h3').filter({ hasText: 'Heading from a carriage return' }).count(), 0);
    // Back to the editor, so the palette opens from the workbench rather than the preview.
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('saves a brag document next to the log without running git', async () => {
    const excludeBefore = readFileSync(path.join(workspace, '.git', 'info', 'exclude'), 'utf8');
    await runCommand(page, 'Growth Log: Export Brag Document…');
    await pickQuickItem(page, 'This year');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'Brag document ready' });
    await toast.waitFor({ timeout: 15_000 });
    await toast.getByRole('button', { name: 'Save Next to Log' }).click();
    const saved = path.join(workspace, '.vscode', `brag-${new Date().getFullYear()}.md`);
    await eventually(() => assert.ok(existsSync(saved), 'the document is saved'));
    await page.waitForTimeout(1000);
    assert.equal(readFileSync(path.join(workspace, '.git', 'info', 'exclude'), 'utf8'), excludeBefore);
    assert.equal(git.calls(), '', 'no git process ran');
    await runCommand(page, 'View: Revert and Close Editor');
  });

  it('tells why a write waited too long for another writer’s lock, and offers to copy the moment', async () => {
    // A real writer holding the lock, paused: alive, so its lock must not be broken.
    const worker = spawn(
      process.execPath,
      [LOCK_WORKER, logFile(), 'Held by a paused writer', '1000', '60000', 'pause-inside-lock'],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const said: string[] = [];
    worker.stdout.on('data', (chunk: Buffer) => said.push(chunk.toString()));
    try {
      await eventually(() => assert.match(said.join(''), /locked/));
      await logMentoringMoment(page, 'Walked @Ana through the on-call runbook');
      const toast = page.locator('.notifications-toasts .notification-toast', {
        hasText: 'stopped waiting for this lock',
      });
      await toast.waitFor({ timeout: 30_000 });
      const message = await readable(toast.locator('.notification-list-item-message'));
      assert.match(message, new RegExp(`process ${worker.pid}`), 'the message names the lock’s owner');
      assert.match(message, /growth-log\.json\.lock/, 'and the lock file');
      assert.equal(await toast.getByRole('button', { name: 'Copy Moment' }).count(), 1);
      assert.equal(await toast.getByRole('button', { name: 'Show Log' }).count(), 1);
    } finally {
      worker.kill('SIGCONT');
    }
    await eventually(() => assert.match(said.join(''), /acknowledged/));
    const saved = await fs.readFile(logFile(), 'utf8');
    assert.match(saved, /Held by a paused writer/, 'the paused writer’s moment is kept');
    assert.doesNotMatch(saved, /Walked Ana through/, 'the refused moment was not written behind its back');
  });

  it('names a broken log’s problem as text and offers to copy the moment that could not be saved', async () => {
    const broken = hostileLog(new Date());
    broken.moments.push({ ...broken.moments[0]!, id: HOSTILE_ID }, { ...broken.moments[0]!, id: HOSTILE_ID });
    await fs.writeFile(logFile(), JSON.stringify(broken, null, 2));
    await logMentoringMoment(page, 'Unblocked @Kim on the flaky build');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'duplicate id' });
    await toast.waitFor({ timeout: 15_000 });
    assert.match(
      await readable(toast.locator('.notification-list-item-message')),
      /\[Repair log file\]\(command:workbench\.action\.togglePanel\)/,
    );
    assert.deepEqual(await foreignLinks(toast), []);
    assert.equal(await toast.getByRole('button', { name: 'Copy Moment' }).count(), 1);
    const before = await panelVisible();
    await toast.locator('.notification-list-item-message').click();
    await page.waitForTimeout(500);
    assert.equal(await panelVisible(), before, 'clicking the message ran nothing');
    assert.equal(
      await fs.readFile(logFile(), 'utf8'),
      JSON.stringify(broken, null, 2),
      'the broken log is left as it was',
    );
  });

  it('does not follow a log that is a link out of the folder: nothing is created outside', async () => {
    const outside = path.join(
      mkdtempSync(path.join(tmpdir(), 'growth-log-outside-')),
      'created',
      'by',
      'the',
      'repository.json',
    );
    await fs.rm(logFile(), { force: true });
    await fs.symlink(outside, logFile());
    await logMentoringMoment(page, 'Typed into a log that leads outside');
    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'keeps to the workspace folder',
    });
    await toast.waitFor({ timeout: 15_000 });
    assert.equal(await toast.getByRole('button', { name: 'Copy Moment' }).count(), 1);
    assert.equal(
      existsSync(path.dirname(outside)),
      false,
      'no folder, file, lock or temporary file was created outside',
    );
  });
});
