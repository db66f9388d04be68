import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { eventually } from '../support/eventually';
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

    const answered = answerPrompts(api, [{ pick: 'Hiring' }, { type: 'Ran the debrief for the platform role with @Ana' }, { type: '' }, { pick: 'Skip' }]);
    await vscode.commands.executeCommand(COMMANDS.logMoment);
    await answered;
    const [moment] = (await readLogFileJson()).moments;
    assert.equal(moment?.kind, 'hiring');

    const snapshot = await new Promise<Parameters<Parameters<typeof api.sidebar.onDidPostSnapshot>[0]>[0]>((resolve) => {
      const subscription = api.sidebar.onDidPostSnapshot((posted) => {
        if (posted.week.moments.some((shown) => shown.kind === 'hiring')) {
          subscription.dispose();
          resolve(posted);
        }
      });
      void vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
      void api.sidebar.showWeek(0);
    });
    const shown = snapshot.week.moments.find((view) => view.kind === 'hiring');
    assert.equal(shown?.kindLabel, 'Hiring');
    assert.equal(shown?.icon, 'person-add');
  });
});
