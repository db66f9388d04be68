import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

const DAY_MS = 24 * 60 * 60 * 1000;

describe('outcomes, followed up, in VS Code', () => {
  let api: GrowthLogTestApi;
  const due = {
    id: '5f0e4c1a-0000-4000-8000-0000000000d1',
    kind: 'delegation',
    at: new Date(Date.now() - 20 * DAY_MS).toISOString(),
    summary: 'Handed the release checklist to Priya',
    followUpAt: new Date(Date.now() - 6 * DAY_MS).toISOString(),
  };
  const settings = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [due] }, null, 2));
  });

  afterEach(async () => {
    await settings().update('followUp.days', undefined, vscode.ConfigurationTarget.Global);
    await settings().update('followUp.kinds', undefined, vscode.ConfigurationTarget.Global);
  });

  async function logByHand(command: string, line: string): Promise<Record<string, unknown>> {
    const answered = answerPrompts(api, [{ type: line }, { type: '' }, { pick: 'Skip' }]);
    await vscode.commands.executeCommand(command);
    await answered;
    const moments = (await readLogFileJson()).moments;
    const logged = moments.at(-1);
    assert.ok(logged && logged.id !== due.id, 'a moment was logged');
    return logged;
  }

  it('gives a delegation logged by hand a follow-up date; not another kind, a backdated one, or with follow-ups off', async () => {
    const delegation = await logByHand(COMMANDS.logDelegation, 'Handed the on-call rota to @Kim');
    assert.equal(
      Date.parse(String(delegation.followUpAt)) - Date.parse(String(delegation.at)),
      14 * DAY_MS,
      'asked two weeks after it happened',
    );

    const mentoring = await logByHand(COMMANDS.logMentoring, 'Paired with @Sam on flaky tests');
    assert.equal(mentoring.followUpAt, undefined, 'mentoring is not followed up by default');

    const monthAgo = new Date(Date.now() - 30 * DAY_MS);
    const day = `${monthAgo.getFullYear()}-${String(monthAgo.getMonth() + 1).padStart(2, '0')}-${String(monthAgo.getDate()).padStart(2, '0')}`;
    const backdated = await logByHand(COMMANDS.logDelegation, `Handed the release notes to @Ana ~${day}`);
    assert.ok(Date.parse(String(backdated.at)) < Date.now() - 20 * DAY_MS, 'logged for its own day');
    assert.equal(backdated.followUpAt, undefined, 'logged long after: never asked');

    await settings().update('followUp.days', 0, vscode.ConfigurationTarget.Global);
    const off = await logByHand(COMMANDS.logDelegation, 'Handed the demo to @Kim');
    assert.equal(off.followUpAt, undefined, '0 days turns follow-ups off');

    await settings().update('followUp.days', 7, vscode.ConfigurationTarget.Global);
    await settings().update('followUp.kinds', ['mentoring'], vscode.ConfigurationTarget.Global);
    const mentoringFollowed = await logByHand(COMMANDS.logMentoring, 'Coached @Sam through the design review');
    assert.equal(
      Date.parse(String(mentoringFollowed.followUpAt)) - Date.parse(String(mentoringFollowed.at)),
      7 * DAY_MS,
    );
  });

  it('records the answer from the sidebar as the outcome, and Undo puts the question back', async () => {
    const answered = answerPrompts(api, [{ type: 'Priya has run the last three releases alone' }]);
    await api.sidebar.receive({ type: 'answerFollowUp', id: due.id });
    const [prompt] = await answered;
    assert.ok(prompt?.input.title?.includes(due.summary), 'the prompt names the moment');

    const [saved] = (await readLogFileJson()).moments;
    const outcome = saved?.outcome as { text: string; at: string } | undefined;
    assert.equal(outcome?.text, 'Priya has run the last three releases alone');
    assert.ok(Math.abs(Date.parse(outcome?.at ?? '') - Date.now()) < 60_000, 'dated today');
    assert.equal(saved?.followUpAt, undefined, 'no longer asked');

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual((await readLogFileJson()).moments, [due], 'the moment as it was');
  });

  it('keeps what another window changed while the question was open, and brings back no moment deleted meanwhile', async () => {
    const writeLog = (moments: object[]) =>
      fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));
    const changedElsewhere = { ...due, summary: 'Handed the release checklist to Priya and Kim', people: ['Kim'] };
    let answered = answerPrompts(api, [{ type: 'It held', meanwhile: () => writeLog([changedElsewhere]) }]);
    await api.sidebar.receive({ type: 'answerFollowUp', id: due.id });
    await answered;
    const [saved] = (await readLogFileJson()).moments;
    assert.equal(saved?.summary, changedElsewhere.summary, 'the other window’s summary kept');
    assert.deepEqual(saved?.people, ['Kim'], 'the other window’s people kept');
    assert.equal((saved?.outcome as { text: string } | undefined)?.text, 'It held');
    // Undo takes back the outcome only, not the other window's change.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual((await readLogFileJson()).moments, [changedElsewhere]);

    answered = answerPrompts(api, [{ type: 'It held', meanwhile: () => writeLog([]) }]);
    await api.sidebar.receive({ type: 'answerFollowUp', id: due.id });
    await answered;
    assert.deepEqual((await readLogFileJson()).moments, [], 'the deleted moment stays deleted');
  });

  it('dismisses a follow-up from the sidebar, undoably, and ignores a malformed message', async () => {
    await api.sidebar.receive({ type: 'dismissFollowUp', id: 42 });
    await api.sidebar.receive({ type: 'dismissFollowUp' });
    assert.deepEqual((await readLogFileJson()).moments, [due], 'nothing written for a malformed message');

    await api.sidebar.receive({ type: 'dismissFollowUp', id: due.id });
    const { followUpAt: _dismissed, ...withoutFollowUp } = due;
    assert.deepEqual((await readLogFileJson()).moments, [withoutFollowUp]);

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual((await readLogFileJson()).moments, [due]);
  });

  it('keeps an outcome editable with the rest of the moment', async () => {
    const withOutcome = { ...due, followUpAt: undefined, outcome: { text: 'Priya ran one release', at: due.at } };
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [withOutcome] }, null, 2));
    const answered = answerPrompts(api, [
      { type: 'Handed the release checklist to @Priya' },
      { type: '' },
      { pick: 'Skip' },
      { type: 'Priya has run three releases alone' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.editMoment, due.id);
    const prompts = await answered;
    assert.equal(prompts[3]?.initialValue, 'Priya ran one release', 'the outcome step is filled in');
    const [saved] = (await readLogFileJson()).moments;
    assert.equal((saved?.outcome as { text: string } | undefined)?.text, 'Priya has run three releases alone');
  });

  it('mentions the follow-ups due in the weekly reminder', async () => {
    assert.match((await api.reminder.message()).text, /one earlier moment waits to hear whether it held up/);
    await fs.writeFile(
      logFilePath(),
      JSON.stringify({ version: 1, moments: [due, { ...due, id: 'second', summary: 'Chose Postgres' }] }, null, 2),
    );
    const message = await api.reminder.message();
    assert.equal(message.followUpsDue, 2);
    assert.match(message.text, /2 earlier moments wait to hear whether they held up/);
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [] }, null, 2));
    assert.equal((await api.reminder.message()).followUpsDue, 0);
  });
});
