import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { activateExtension, answerPrompts, logFilePath, readLogFileJson, removeLogFile } from './helpers';

describe('initiatives in the prompts', () => {
  let api: GrowthLogTestApi;
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
  const moment = (id: string, days: number, fields: Record<string, unknown> = {}) => ({
    id,
    kind: 'mentoring',
    at: daysAgo(days),
    summary: `Moment ${id}`,
    ...fields,
  });
  const edited = moment('edited', 0, { summary: 'Paired with Sam on the retry queue', people: ['Sam'] });

  before(async () => {
    api = await activateExtension();
  });

  async function writeLog(moments: readonly object[]): Promise<void> {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));
  }

  beforeEach(() =>
    writeLog([
      moment('a', 9, { initiative: 'payments' }),
      moment('b', 5, { initiative: 'Payments' }),
      moment('c', 3, { initiative: 'search' }),
      edited,
    ]),
  );

  const savedMoment = async (id: string) => (await readLogFileJson()).moments.find((saved) => saved.id === id);

  it('Edit offers the log’s initiatives, most recent first with their moments, and sets the one picked', async () => {
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on the retry queue' },
      { pick: 'Payments' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.editMoment, edited.id));
    const prompts = await answered;
    const pick = prompts[1]?.input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.deepEqual(
      pick.items.map((item) => [item.label, item.description]),
      [
        ['$(circle-slash) None', undefined],
        ['$(project) search', '1 moment'],
        ['$(project) Payments', '2 moments'],
        ['$(add) New initiative…', undefined],
      ],
      'none first; one initiative whatever its case, spelt as its latest moment',
    );
    assert.equal(pick.step, 2);
    assert.equal(pick.totalSteps, 4);
    assert.equal((await savedMoment(edited.id))?.initiative, 'Payments');
  });

  it('Edit writes the initiative into the line, and clears it when it is taken out and None is kept', async () => {
    await writeLog([moment('c', 3, { initiative: 'search' }), { ...edited, initiative: 'payments' }]);
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on the retry queue' },
      { pick: 'None' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.editMoment, edited.id));
    const prompts = await answered;
    assert.equal(prompts[0]?.initialValue, 'Paired with @Sam on the retry queue +payments');
    const saved = await savedMoment(edited.id);
    assert.ok(saved && !('initiative' in saved), JSON.stringify(saved));
  });

  it('Edit names a new initiative, trimmed and spelt as the log spells it', async () => {
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on the retry queue' },
      { pick: 'New initiative' },
      { type: '  SEARCH ' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.editMoment, edited.id));
    await answered;
    assert.equal((await savedMoment(edited.id))?.initiative, 'search');
  });

  it('a +name in the line answers the question, so logging asks only for the impact and the energy', async () => {
    const answered = answerPrompts(api, [
      { type: 'Unblocked Kim on the ledger +PAYMENTS' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    const logged = await vscode.commands.executeCommand<{ id: string } | undefined>(COMMANDS.logMentoring);
    const prompts = await answered;
    assert.ok(logged);
    assert.equal(prompts.length, 3);
    assert.equal(prompts[1]?.input.step, 3, 'the initiative step was answered by the line');
    const saved = await savedMoment(logged.id);
    assert.equal(saved?.initiative, 'Payments', 'the spelling of the initiative’s latest moment');
    assert.equal(saved?.summary, 'Unblocked Kim on the ledger');
  });
});
