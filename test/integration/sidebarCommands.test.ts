import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, VIEWS } from '../../src/extension/ids';
import { eventually } from '../support/eventually';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

describe('editing, deleting, undoing and week navigation in VS Code', () => {
  let api: GrowthLogTestApi;
  const original = {
    id: '7d3c1a52-0000-4000-8000-000000000001',
    kind: 'mentoring',
    at: new Date().toISOString(),
    summary: 'Paired with Sam on flaky tests',
    people: ['Sam'],
    tags: ['testing'],
    notes: 'A note typed by hand',
    code: { path: 'src/retry.ts', startLine: 2, endLine: 9 },
    custom: 'a field this version does not know',
  };

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [original] }, null, 2));
  });

  it('Edit fills the prompts with the moment, and saves only what changed', async () => {
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam and @Kim on flaky tests #testing #ci !' },
      { type: 'Kim runs triage now' },
      { pick: 'Energised' },
    ]);
    const edited = await vscode.commands.executeCommand(COMMANDS.editMoment, original.id);
    const prompts = await answered;
    assert.ok(edited);
    assert.equal(
      prompts[0]?.initialValue,
      'Paired with @Sam on flaky tests #testing',
      'the quick-log line is pre-filled',
    );

    const saved = (await readLogFileJson()).moments;
    assert.equal(saved.length, 1);
    assert.deepEqual(saved[0], {
      ...original,
      summary: 'Paired with Sam and Kim on flaky tests',
      people: ['Sam', 'Kim'],
      tags: ['testing', 'ci'],
      starred: true,
      impact: 'Kim runs triage now',
      energy: 'energised',
    });
  });

  it('Edit keeps links of any scheme and tags the line cannot carry, and works on an id of any length', async () => {
    const unusual = {
      ...original,
      id: `imported-${'x'.repeat(300)}`,
      tags: ['testing', 'two words'],
      links: ['https://example.com/pull/12', 'mailto:sam@example.com', 'ftp://files.example.com/notes.txt'],
    };
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [unusual] }, null, 2));
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on flaky tests, again' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.editMoment, unusual.id));
    await answered;
    const [saved] = (await readLogFileJson()).moments;
    assert.equal(saved?.summary, 'Paired with Sam on flaky tests, again');
    assert.deepEqual(
      saved?.links,
      ['mailto:sam@example.com', 'ftp://files.example.com/notes.txt'],
      'the web link was removed from the line; the others were kept',
    );
    assert.deepEqual(saved?.tags, ['two words']);

    const confirmed = answerPrompts(api, [{ pick: 'Delete' }]);
    await vscode.commands.executeCommand(COMMANDS.deleteMoment, unusual.id);
    await confirmed;
    assert.deepEqual((await readLogFileJson()).moments, []);
  });

  it('opens a moment’s code only inside the workspace folder', async () => {
    const outside = ['../outside.txt', '/etc/hostname', 'src/../../outside.txt'].map((codePath, index) => ({
      ...original,
      id: `outside-${index}`,
      code: { path: codePath, startLine: 1, endLine: 1 },
    }));
    await fs.writeFile(
      path.join(path.dirname(logFilePath()), '..', '..', 'outside.txt'),
      'not for Growth Log to open\n',
    );
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [original, ...outside] }, null, 2));
    for (const moment of outside) {
      assert.equal(
        await vscode.commands.executeCommand(COMMANDS.openMomentCode, moment.id),
        undefined,
        moment.code.path,
      );
      assert.ok(
        !vscode.window.activeTextEditor?.document.uri.fsPath.endsWith('outside.txt'),
        `${moment.code.path} was not opened`,
      );
    }
    const opened = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(
      COMMANDS.openMomentCode,
      original.id,
    );
    assert.ok(opened?.document.uri.fsPath.endsWith(path.join('src', 'retry.ts')), 'a path inside the folder opens');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Delete asks first, then Undo brings the moment back exactly', async () => {
    const kept = answerPrompts(api, [{ pick: 'Keep it' }]);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.deleteMoment, original.id), undefined);
    await kept;
    assert.equal((await readLogFileJson()).moments.length, 1, 'Keep it deletes nothing');

    const confirmed = answerPrompts(api, [{ pick: 'Delete' }]);
    await vscode.commands.executeCommand(COMMANDS.deleteMoment, original.id);
    await confirmed;
    assert.deepEqual((await readLogFileJson()).moments, []);

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual((await readLogFileJson()).moments, [original]);
  });

  it('Undo takes back a log without touching moments written since by someone else', async () => {
    const answered = answerPrompts(api, [{ type: 'Logged by mistake' }, { type: '' }, { pick: 'Skip' }]);
    await vscode.commands.executeCommand(COMMANDS.logMentoring);
    await answered;
    // Another window adds a moment meanwhile.
    const log = await readLogFileJson();
    const theirs = { ...original, id: 'written-elsewhere', summary: 'From another window' };
    await fs.writeFile(logFilePath(), JSON.stringify({ ...log, moments: [...log.moments, theirs] }));

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual(
      (await readLogFileJson()).moments.map((m) => m.summary),
      [original.summary, 'From another window'],
    );
  });

  it('navigates weeks through the commands, never into the future', async () => {
    await vscode.commands.executeCommand(`${VIEWS.thisWeek}.focus`);
    const shown = (offset: number) => nextSnapshot(api, (snapshot) => snapshot.week.offset === offset);

    let snapshot = shown(-1);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showPreviousWeek), -1);
    assert.equal((await snapshot).week.title, 'Last week');

    snapshot = shown(-2);
    await vscode.commands.executeCommand(COMMANDS.showPreviousWeek);
    assert.match((await snapshot).week.title, /^Week of /);

    snapshot = shown(0);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.showThisWeek), 0);
    const current = await snapshot;
    assert.equal(current.week.title, 'This week');
    assert.deepEqual(
      current.week.moments.map((m) => m.summary),
      [original.summary],
    );

    assert.equal(await vscode.commands.executeCommand(COMMANDS.showNextWeek), 0, 'no week after this one');
  });

  it('takes weekly targets from the settings, ignoring bad entries', async () => {
    await vscode.commands.executeCommand(COMMANDS.showThisWeek);
    const config = vscode.workspace.getConfiguration('growthLog');
    const snapshot = nextSnapshot(api, (s) =>
      s.week.targets.some((row) => row.kind === 'delegation' && row.target === 5),
    );
    await config.update(
      'weeklyTargets',
      { delegation: 5, mentoring: -1, 'Not A Kind': 2, learning: 'many' },
      vscode.ConfigurationTarget.Workspace,
    );
    try {
      const targets = new Map((await snapshot).week.targets.map((row) => [row.kind, row.target]));
      assert.equal(targets.get('delegation'), 5);
      assert.equal(targets.get('mentoring'), 1, 'a bad value falls back to the track default');
      assert.equal(targets.get('learning'), undefined);
      assert.equal(targets.has('Not A Kind'), false);

      const staff = nextSnapshot(api, (s) => s.track === 'staff-ic');
      await config.update('track', 'staff-ic', vscode.ConfigurationTarget.Workspace);
      const staffTargets = new Map((await staff).week.targets.map((row) => [row.kind, row.target]));
      assert.equal(staffTargets.get('code-review'), 3, 'the staff-ic default');
      assert.equal(staffTargets.get('delegation'), 5, 'the user setting still wins');
    } finally {
      await config.update('weeklyTargets', undefined, vscode.ConfigurationTarget.Workspace);
      await config.update('track', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('ignores malformed messages from the webview and keeps working', async () => {
    await vscode.commands.executeCommand(COMMANDS.showThisWeek);
    for (const bad of [
      undefined,
      null,
      'showWeek',
      { type: 'showWeek', offset: 3 },
      { type: 'showWeek', offset: '-1' },
      { type: 'eval', code: 'x' },
      // Only a web address is opened from the view: these never reach the browser or VS Code.
      { type: 'openLink', url: 'command:workbench.action.closeWindow' },
      { type: 'openLink', url: 'javascript:alert(1)' },
      { type: 'mergePeople', name: '' },
    ]) {
      await api.sidebar.receive(bad);
      assert.equal(api.sidebar.weekOffset, 0, JSON.stringify(bad));
    }
    const snapshot = nextSnapshot(api, (s) => s.week.offset === -2);
    await api.sidebar.receive({ type: 'showWeek', offset: -2 });
    assert.equal((await snapshot).week.offset, -2);
    await vscode.commands.executeCommand(COMMANDS.showThisWeek);
  });

  it('keeps the status bar count of this week up to date, and hides it when asked', async () => {
    await eventually(() => assert.equal(api.statusBar.text, '$(pulse) 1 this week'));
    const answered = answerPrompts(api, [{ type: 'One more' }, { type: '' }, { pick: 'Skip' }]);
    await vscode.commands.executeCommand(COMMANDS.logDelegation);
    await answered;
    await eventually(() => assert.equal(api.statusBar.text, '$(pulse) 2 this week'));
    assert.equal(api.statusBar.isShown, true);

    const config = vscode.workspace.getConfiguration('growthLog');
    await config.update('statusBar.enabled', false, vscode.ConfigurationTarget.Workspace);
    try {
      await eventually(() => assert.equal(api.statusBar.isShown, false));
    } finally {
      await config.update('statusBar.enabled', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await eventually(() => assert.equal(api.statusBar.isShown, true));
  });
});
