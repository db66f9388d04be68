import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import { nextSnapshot } from '../support/nextSnapshot';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

describe('each Undo undoes its own change', () => {
  let api: GrowthLogTestApi;
  const b = {
    id: '7d3c1a52-0000-4000-8000-0000000000b0',
    kind: 'delegation',
    at: new Date().toISOString(),
    summary: 'B: handed the release checklist to Priya',
  };

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [b] }, null, 2));
  });

  async function logMentoring(summary: string): Promise<void> {
    const answered = answerPrompts(api, [{ type: summary }, { type: '' }, { pick: 'Skip' }]);
    await vscode.commands.executeCommand(COMMANDS.logMentoring);
    await answered;
  }

  async function deleteB(): Promise<string> {
    const confirmed = answerPrompts(api, [{ pick: 'Delete' }]);
    await vscode.commands.executeCommand(COMMANDS.deleteMoment, b.id);
    await confirmed;
    const deletion = api.undo.latest();
    assert.equal(deletion?.action, 'deletion');
    return deletion.id;
  }

  const summaries = async () => (await readLogFileJson()).moments.map((moment) => moment.summary);

  it('log A, delete B, log C: the stale deletion’s Undo brings B back and keeps C; a second click does nothing', async () => {
    await logMentoring('A: paired with Sam');
    const deletion = await deleteB();
    await logMentoring('C: reviewed the retry design');
    assert.deepEqual(await summaries(), ['A: paired with Sam', 'C: reviewed the retry design']);

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), true);
    assert.deepEqual(await summaries(), ['A: paired with Sam', 'C: reviewed the retry design', b.summary]);

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), false, 'already undone');
    assert.deepEqual(await summaries(), ['A: paired with Sam', 'C: reviewed the retry design', b.summary]);

    // Undo Last Change still takes back the latest change: the log of C.
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.deepEqual(await summaries(), ['A: paired with Sam', b.summary]);
  });

  it('refuses to undo a deletion once the moment was written again elsewhere, and says so once', async () => {
    const deletion = await deleteB();
    const log = await readLogFileJson();
    const rewritten = { ...b, summary: 'B, written again in another window' };
    await fs.writeFile(logFilePath(), JSON.stringify({ ...log, moments: [...log.moments, rewritten] }));

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), false);
    assert.deepEqual(await summaries(), [rewritten.summary], 'the later version is kept');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), false);
  });

  it('undoes a change only in the log it was made in: never into the log in use after a move', async () => {
    const deletion = await deleteB();
    const outside = await fs.mkdtemp(path.join(tmpdir(), 'growth-log-other-log-'));
    const otherLog = path.join(outside, 'growth-log.json');
    const otherText = `${JSON.stringify({ version: 1, moments: [{ ...b, id: 'other-1', summary: 'Another log’s moment' }] }, null, 2)}\n`;
    await fs.writeFile(otherLog, otherText);
    const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    const chosen = settings.inspect('logFile')?.globalValue;
    try {
      await settings.update('logFile', otherLog, vscode.ConfigurationTarget.Global);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), false, 'not in another log');
      assert.equal(await fs.readFile(otherLog, 'utf8'), otherText, 'the log in use is left as it was');
      assert.deepEqual(await summaries(), [], 'nor is the deletion undone behind the user’s back');
    } finally {
      await settings.update('logFile', chosen, vscode.ConfigurationTarget.Global);
      await fs.rm(outside, { recursive: true, force: true });
    }
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), true, 'back in its own log: undone');
    assert.deepEqual(await summaries(), [b.summary]);
  });

  it('offers the deletion’s Undo in the sidebar until it is used or a newer change replaces it', async () => {
    await vscode.commands.executeCommand('growthLog.thisWeek.focus');
    const offered = nextSnapshot(api, (snapshot) => snapshot.undoOffer !== undefined);
    const deletion = await deleteB();
    const { undoOffer } = await offered;
    assert.equal(undoOffer?.changeId, deletion);
    assert.match(undoOffer?.label ?? '', /^Undo the deletion of “B: handed/);

    const replaced = nextSnapshot(api, (snapshot) => snapshot.undoOffer === undefined);
    await logMentoring('A newer change');
    await replaced;

    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true, 'the newer change');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo, deletion), true, 'B is back');
    // Ids grow: an offer with a later id than the first deletion's is the new deletion's.
    const offeredAgain = nextSnapshot(api, (snapshot) => Number(snapshot.undoOffer?.changeId) > Number(deletion));
    const again = await deleteB();
    assert.equal((await offeredAgain).undoOffer?.changeId, again);
    const used = nextSnapshot(api, (snapshot) => snapshot.undoOffer === undefined && snapshot.week.total === 1);
    await api.sidebar.receive({ type: 'undo', changeId: again });
    await used;
    assert.deepEqual(await summaries(), [b.summary]);
  });
});
