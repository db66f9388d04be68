import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { eventually } from '../support/eventually';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, readLogFileJson, removeLogFile } from './helpers';

describe('kinds of your own (growthLog.kinds) in VS Code', () => {
  let api: GrowthLogTestApi;
  const settings = () => vscode.workspace.getConfiguration('growthLog');

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(removeLogFile);

  afterEach(async () => {
    await settings().update('kinds', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('notifications.clearAll');
    await removeLogFile();
  });

  it('offers a custom kind when logging, labels it in the sidebar, and names a bad entry', async () => {
    await settings().update(
      'kinds',
      [
        { id: 'hiring', label: 'Hiring', competencies: ['team-development'], icon: 'person-add' },
        { id: 'Oncall', label: 'On-call' },
      ],
      vscode.ConfigurationTarget.Workspace,
    );
    await eventually(() => assert.deepEqual(api.customKinds.problems.length, 1));
    assert.match(api.customKinds.problems[0] ?? '', /^growthLog\.kinds\[1\]\.id: a kind id is lower-case/);

    const answered = answerPrompts(api, [
      { pick: 'Hiring' },
      { type: 'Ran the debrief for the platform role with @Ana' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.logMoment);
    await answered;
    const written = await readLogFileJson();
    assert.equal(written.moments[0]?.kind, 'hiring');
    assert.deepEqual(
      written.kinds,
      [{ id: 'hiring', label: 'Hiring', competencies: ['team-development'], icon: 'person-add' }],
      'the kind is recorded in the log with the moment, so the command line reads it too',
    );

    const showsHiring = nextSnapshot(api, (posted) => posted.week.moments.some((shown) => shown.kind === 'hiring'));
    await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    await api.sidebar.showWeek(0);
    const snapshot = await showsHiring;
    const shown = snapshot.week.moments.find((view) => view.kind === 'hiring');
    assert.equal(shown?.kindLabel, 'Hiring');
    assert.equal(shown?.icon, 'person-add');
  });
});
