import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { WeeklyReminder } from '../../src/extension/weeklyReminder';
import { activateExtension } from './helpers';

describe('the weekly reminder in VS Code, on an injected clock', () => {
  let api: GrowthLogTestApi;
  const settings = () => vscode.workspace.getConfiguration('growthLog');
  // Friday 2026-11-20 and the Friday after, local time.
  const friday = (day: number, hours: number, minutes = 0) => new Date(2026, 10, day, hours, minutes);

  before(async () => {
    api = await activateExtension();
  });

  afterEach(async () => {
    for (const key of ['reminder.enabled', 'reminder.day', 'reminder.time'])
      await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  it('stays quiet until turned on, then asks once a week from the chosen time', async () => {
    assert.equal(await api.reminder.check(friday(20, 16, 1)), 'off', 'opt-in: off by default');
    await settings().update('reminder.enabled', true, vscode.ConfigurationTarget.Global);
    await settings().update('reminder.day', 'friday', vscode.ConfigurationTarget.Global);
    await settings().update('reminder.time', '16:00', vscode.ConfigurationTarget.Global);

    assert.equal(await api.reminder.check(friday(20, 15, 59)), 'not-due');
    assert.equal(await api.reminder.check(friday(20, 16, 0)), 'shown');
    assert.equal(await api.reminder.check(friday(20, 17, 0)), 'not-due', 'once a week');
    assert.equal(await api.reminder.check(friday(22, 20, 0)), 'not-due', 'still the same week on Sunday');
    // A week later, and VS Code only started on Saturday: the missed reminder comes then.
    assert.equal(await api.reminder.check(friday(28, 9, 0)), 'shown');
  });

  it('is shown by one window only when several check at once', async () => {
    await settings().update('reminder.enabled', true, vscode.ConfigurationTarget.Global);
    await settings().update('reminder.day', 'monday', vscode.ConfigurationTarget.Global);
    await settings().update('reminder.time', '09:30', vscode.ConfigurationTarget.Global);
    const at = new Date(2026, 11, 7, 9, 45);
    // Other windows: their own reminders over the same record in the user's storage.
    const storage = vscode.Uri.file(path.dirname(api.reminder.recordPath));
    const windows = [
      api.reminder,
      new WeeklyReminder(storage, () => at, api.reminder.recordPath),
      new WeeklyReminder(storage, () => at, api.reminder.recordPath),
    ];
    try {
      const outcomes = await Promise.all(windows.map((reminder) => reminder.check(at)));
      assert.deepEqual(
        outcomes.filter((outcome) => outcome === 'shown'),
        ['shown'],
      );
      assert.equal(outcomes.filter((outcome) => outcome === 'shown-elsewhere').length, 2);
    } finally {
      for (const other of windows.slice(1)) other.dispose();
    }
  });
});
