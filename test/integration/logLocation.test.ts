import * as assert from 'node:assert/strict';
import { promises as fs, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import { LOG_LOCATION_CHOSEN } from '../../scripts/lib/codeServer';
import { eventually } from '../support/eventually';
import { activateExtension, answerPrompts, logFilePath, removeLogFile, settle, workspaceFolder } from './helpers';

const logFileSetting = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);

async function setUserLogFile(value: string | undefined): Promise<void> {
  await logFileSetting().update('logFile', value, vscode.ConfigurationTarget.Global);
}

/** Every prompt that opens while `action` runs, by title. */
async function promptsDuring(api: GrowthLogTestApi, action: () => Thenable<unknown>): Promise<string[]> {
  const titles: string[] = [];
  const subscription = api.prompts.onDidShow((input) => titles.push(input.title ?? ''));
  try {
    await action();
  } finally {
    subscription.dispose();
  }
  return titles;
}

const LOCATION_QUESTION = 'Where should Growth Log keep your log?';

function moment(id: string, summary: string, code?: Record<string, unknown>) {
  return { id, kind: 'code-review', at: new Date().toISOString(), summary, ...(code ? { code } : {}) };
}

describe('where the log lives, in VS Code', function () {
  this.timeout(60_000);
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  after(async () => {
    await setUserLogFile(LOG_LOCATION_CHOSEN['growthLog.logFile'] as string);
  });

  it('asks at the first log; One per workspace keeps today’s log in .vscode, and it is never asked again', async () => {
    await setUserLogFile(undefined);
    await removeLogFile();
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on the retry budget' },
      { type: '' },
      { pick: 'Skip' },
      { pick: 'One per workspace' },
    ]);
    const titles = await promptsDuring(api, () => vscode.commands.executeCommand(COMMANDS.logMentoring));
    const prompts = await answered;
    assert.equal(titles.at(-1), LOCATION_QUESTION, 'the question comes before the moment is written');
    const question = prompts[3]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined;
    const items = question?.items ?? [];
    assert.deepEqual(
      items.map((item) => Boolean(item.detail)),
      [true, true, true],
      'each choice is explained',
    );
    assert.match(items[0]?.label ?? '', /One per workspace$/, 'the default comes first: Enter out of habit keeps it');
    assert.match(question?.placeholder ?? '', /^Asked once/);
    assert.ok(!items.some((item) => item.description?.includes('current')), 'nothing chosen yet to mark');
    const log = JSON.parse(readFileSync(logFilePath(), 'utf8'));
    assert.equal(log.moments[0]?.summary, 'Paired with Sam on the retry budget');
    assert.equal(logFileSetting().inspect('logFile')?.globalValue, undefined, 'the default stays');

    // A new workspace, say: no log there yet, and still no question.
    await removeLogFile();
    const again = answerPrompts(api, [{ type: 'Second moment' }, { type: '' }, { pick: 'Skip' }]);
    const secondTitles = await promptsDuring(api, () => vscode.commands.executeCommand(COMMANDS.logMentoring));
    await again;
    assert.ok(!secondTitles.includes(LOCATION_QUESTION), `asked again: ${secondTitles.join(' | ')}`);
  });

  it('asked again from the palette, says nothing of being asked once and marks the current choice', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'growth-log-picked-'));
    const picked = path.join(outside, 'growth-log.json');
    const questionFor = async (setting: string | undefined) => {
      await setUserLogFile(setting);
      const answered = answerPrompts(api, ['escape']);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.chooseLogLocation), false);
      const [shown] = await answered;
      return shown?.input as vscode.QuickPick<vscode.QuickPickItem>;
    };
    try {
      const perWorkspace = await questionFor(undefined);
      assert.doesNotMatch(perWorkspace.placeholder ?? '', /Asked once/);
      assert.deepEqual(
        perWorkspace.items.map((item) => item.description),
        ['.vscode/growth-log.json · current', '~/growth-log.json', undefined],
      );
      const home = await questionFor('~/growth-log.json');
      assert.deepEqual(
        home.items.map((item) => item.description),
        ['.vscode/growth-log.json', '~/growth-log.json · current', undefined],
      );
      const inFolder = await questionFor(picked);
      assert.deepEqual(
        inFolder.items.map((item) => [item.label.replace(/^\$\([a-z-]+\) /, ''), item.description]),
        [
          ['One per workspace', '.vscode/growth-log.json'],
          ['One log for all my work', '~/growth-log.json'],
          ['One log for all my work, in a folder I pick…', `${picked} · current`],
        ],
      );
    } finally {
      await setUserLogFile(LOG_LOCATION_CHOSEN['growthLog.logFile'] as string);
      await fs.rm(outside, { recursive: true, force: true });
    }
  });

  describe('a log kept outside the repository', () => {
    let outside: string;
    let logPath: string;

    beforeEach(async () => {
      outside = mkdtempSync(path.join(tmpdir(), 'growth-log-one-log-'));
      logPath = path.join(outside, 'growth-log.json');
      await setUserLogFile(logPath);
    });

    afterEach(async () => {
      await setUserLogFile(LOG_LOCATION_CHOSEN['growthLog.logFile'] as string);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await fs.rm(outside, { recursive: true, force: true });
    });

    it('opens a code link in the workspace folder that is its repository', async () => {
      const here = moment('here', 'Reviewed the retry helper', {
        path: 'src/retry.ts',
        startLine: 2,
        endLine: 3,
        repository: { name: path.basename(workspaceFolder()) },
      });
      await fs.writeFile(logPath, JSON.stringify({ version: 1, moments: [here] }));
      const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(
        COMMANDS.openMomentCode,
        'here',
      );
      assert.equal(editor?.document.uri.fsPath, await fs.realpath(path.join(workspaceFolder(), 'src', 'retry.ts')));
      assert.equal(editor?.selection.start.line, 1);
    });

    it('opens nothing for a moment of a repository that is not open', async () => {
      const elsewhere = moment('elsewhere', 'Reviewed the billing service', {
        path: 'src/retry.ts',
        startLine: 1,
        endLine: 1,
        repository: { remote: 'git@github.com:acme/billing.git', name: 'billing' },
      });
      await fs.writeFile(logPath, JSON.stringify({ version: 1, moments: [elsewhere] }));
      const editor = await vscode.commands.executeCommand(COMMANDS.openMomentCode, 'elsewhere');
      assert.equal(editor, undefined);
      assert.equal(vscode.window.activeTextEditor, undefined, 'no file of this workspace was opened in its place');
    });
  });
});

describe('Restore a Backup…, in VS Code', function () {
  this.timeout(60_000);
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  const at = new Date().toISOString();
  const logWith = (count: number) =>
    `${JSON.stringify({ version: 1, moments: Array.from({ length: count }, (_, index) => ({ ...moment(`m${index}`, `Moment ${index}`), at })) }, null, 2)}\n`;

  /** Answers the backup list by what its description starts with (the moment count, exactly), then the confirmation. */
  function answerRestore(description: string, confirm: string | undefined): Promise<string[]> {
    const shown: string[] = [];
    return new Promise((resolve, reject) => {
      const subscription = api.prompts.onDidShow(async (input) => {
        const quickPick = input as vscode.QuickPick<vscode.QuickPickItem>;
        const list = quickPick.items.map((item) => `${item.label} — ${item.description ?? ''}`).join('\n');
        shown.push(list);
        const first = shown.length === 1;
        const item = quickPick.items.find((candidate) =>
          first ? candidate.description?.startsWith(description) : candidate.label.includes(confirm ?? ''),
        );
        if (!item) {
          subscription.dispose();
          await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
          reject(new Error(`no item for ${first ? description : confirm} in\n${list}`));
          return;
        }
        await settle();
        quickPick.activeItems = [item];
        await settle();
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        if (shown.length === 2 || !confirm) {
          subscription.dispose();
          resolve(shown);
        }
      });
    });
  }

  it('keeps a copy of the log the day it is used, lists it with its moments, and puts it back', async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), logWith(2));
    const folder = await api.backups.backups.folderOf(logFilePath());
    // Today's copy may exist from an earlier test; one of another day holds what this test knows.
    await fs.mkdir(folder, { recursive: true });
    const earlier = path.join(folder, '2020-01-06.json');
    await fs.writeFile(earlier, logWith(7));
    await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    await eventually(async () => {
      const today = (await api.backups.backups.list(logFilePath())).find(
        (backup) => backup.day === api.backups.today(),
      );
      assert.ok(today, 'a copy of today');
    });

    await fs.writeFile(logFilePath(), logWith(3));
    const answered = answerRestore('7 moments', 'Restore');
    // "17 moments" would not do: the description is matched from its start.
    const restored = await vscode.commands.executeCommand(COMMANDS.restoreBackup);
    const [list, confirmation] = await answered;
    assert.equal(restored, true, `${list}\n---\n${confirmation}`);
    assert.match(list ?? '', /7 moments/);
    assert.deepEqual(readFileSync(logFilePath()), readFileSync(earlier), 'the log is the copy, byte for byte');

    const beforeRestore = (await api.backups.backups.list(logFilePath())).find((backup) => backup.beforeRestoreAt);
    assert.ok(beforeRestore, 'the log as it was is backed up first');
    assert.equal(readFileSync(beforeRestore.filePath, 'utf8'), logWith(3));
  });

  it('lists a backup that is not a log but does not restore it', async () => {
    await fs.writeFile(logFilePath(), logWith(1));
    const folder = await api.backups.backups.folderOf(logFilePath());
    await fs.writeFile(path.join(folder, '2020-01-07.json'), '{ "version": 1, "moments": [ half');
    const answered = answerRestore('not a valid log', undefined);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.restoreBackup), false);
    await answered;
    assert.equal(readFileSync(logFilePath(), 'utf8'), logWith(1));
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
