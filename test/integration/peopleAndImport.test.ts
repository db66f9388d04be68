import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

describe('Merge People and Import Log in VS Code', () => {
  let api: GrowthLogTestApi;
  let otherFolder: string;
  const now = () => new Date().toISOString();
  const moment = (id: string, summary: string, people: string[]) => ({
    id: `9a1b2c3d-0000-4000-8000-00000000000${id}`,
    kind: 'mentoring',
    at: now(),
    summary,
    people,
  });

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    otherFolder = await fs.mkdtemp(path.join(os.tmpdir(), 'growth-log-import-'));
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
    await removeLogFile();
    await fs.rm(otherFolder, { recursive: true, force: true });
  });

  it('Import Log merges another log: its moments appear, the other file stays as it was, and a second import adds nothing', async () => {
    const source = path.join(otherFolder, 'growth-log.json');
    const text = `${JSON.stringify(
      {
        version: 1,
        moments: [
          moment('1', 'Walked Priya through the deploy', ['Priya']),
          moment('2', 'Reviewed the cache design', []),
        ],
        people: [{ id: 'p-priya', name: 'Priya Shah', aliases: ['Priya'] }],
      },
      null,
      '\t',
    )}\n`;
    await fs.writeFile(source, text);

    const shown = nextSnapshot(api, (snapshot) => snapshot.week.moments.length === 2);
    const report = await vscode.commands.executeCommand(COMMANDS.importLog, vscode.Uri.file(source));
    assert.deepEqual(report, { added: 2, alreadyHere: 0, conflicts: [], peopleAdded: 1, kindsAdded: 0 });
    const log = await readLogFileJson();
    assert.deepEqual(
      log.moments.map((entry) => entry.summary),
      ['Walked Priya through the deploy', 'Reviewed the cache design'],
    );
    assert.deepEqual(log.people, [{ id: 'p-priya', name: 'Priya Shah', aliases: ['Priya'] }]);
    await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    await api.sidebar.showWeek(0);
    const snapshot = await shown;
    assert.ok(snapshot.week.moments.some((entry) => entry.summary === 'Reviewed the cache design'));
    assert.equal(await fs.readFile(source, 'utf8'), text, 'the imported log is left as it was');

    const again = await vscode.commands.executeCommand(COMMANDS.importLog, vscode.Uri.file(source));
    assert.deepEqual(again, { added: 0, alreadyHere: 2, conflicts: [], peopleAdded: 0, kindsAdded: 0 });
    assert.equal((await readLogFileJson()).moments.length, 2);
  });

  it('Import Log refuses a log that does not validate and writes nothing', async () => {
    const source = path.join(otherFolder, 'broken.json');
    await fs.writeFile(source, JSON.stringify({ version: 1, moments: [], people: [{ id: 'p1' }] }));
    const report = await vscode.commands.executeCommand(COMMANDS.importLog, vscode.Uri.file(source));
    assert.equal(report, undefined);
    await assert.rejects(fs.stat(logFilePath()), 'no log was started');
  });

  it('Merge People, started from a person, records the other name as an alias; moments keep their names', async () => {
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    const moments = [
      moment('3', 'Paired on the flaky test', ['Sam']),
      moment('4', 'Reviewed the retry change', ['Sam Lee']),
      moment('5', 'Planned the offsite', ['Ana']),
    ];
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));

    const answered = answerPrompts(api, [{ check: ['Sam Lee'] }, { pick: 'Sam Lee' }, { pick: 'Merge' }]);
    const merged = await vscode.commands.executeCommand(COMMANDS.mergePeople, { name: 'sam' });
    const prompts = await answered;
    const firstStep = prompts[0]?.input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.deepEqual(
      firstStep.items.map((item) => [item.label, item.description]),
      [
        ['Ana', '1 moment'],
        ['Sam Lee', '1 moment'],
      ],
      'the people to merge with Sam, with their moment counts',
    );
    const log = await readLogFileJson();
    assert.deepEqual(
      log.people?.map(({ name, aliases }) => ({ name, aliases })),
      [{ name: 'Sam Lee', aliases: ['Sam'] }],
    );
    assert.deepEqual(merged, log.people?.[0]);
    assert.deepEqual(log.moments, moments, 'moments keep the names as written');

    const shown = nextSnapshot(api, (snapshot) =>
      snapshot.week.moments.some((entry) => entry.summary === 'Paired on the flaky test'),
    );
    await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    await api.sidebar.showWeek(0);
    const snapshot = await shown;
    assert.deepEqual(snapshot.week.moments.find((entry) => entry.summary === 'Paired on the flaky test')?.people, [
      'Sam Lee',
    ]);
  });

  it('Merge People starts from a person named as the sidebar shows them, even when moments use only another name', async () => {
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    const people = [{ id: 'p-sam', name: 'Sam Lee', aliases: ['Sam'] }];
    await fs.writeFile(
      logFilePath(),
      JSON.stringify({
        version: 1,
        moments: [moment('6', 'Paired', ['Sam']), moment('7', 'Reviewed', ['S. Lee'])],
        people,
      }),
    );
    const answered = answerPrompts(api, [{ check: ['S. Lee'] }, { pick: 'Sam Lee' }, { pick: 'Merge' }]);
    await vscode.commands.executeCommand(COMMANDS.mergePeople, { name: 'Sam Lee' });
    const prompts = await answered;
    assert.match(
      (prompts[0]?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.placeholder ?? '',
      /Who else is Sam Lee\?/,
    );
    assert.deepEqual((await readLogFileJson()).people, [{ id: 'p-sam', name: 'Sam Lee', aliases: ['S. Lee', 'Sam'] }]);
  });
});
