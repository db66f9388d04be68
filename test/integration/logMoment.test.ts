import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import {
  activateExtension,
  answerPrompts,
  logFilePath,
  readLogFileJson,
  removeLogFile,
  settle,
  type Answer,
} from './helpers';

describe('logging a moment in VS Code', () => {
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(removeLogFile);

  it('logs a moment on the day the line names, and refuses a day after today in the prompt', async () => {
    const answered = answerPrompts(api, [
      { type: 'Unblocked @Kim on the flaky build ~yesterday' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    assert.ok(await vscode.commands.executeCommand(COMMANDS.logMentoring));
    await answered;
    const [saved] = (await readLogFileJson()).moments;
    const yesterday = new Date();
    yesterday.setDate(yesterday.getDate() - 1);
    const at = new Date(String(saved?.at));
    assert.deepEqual(
      [at.getFullYear(), at.getMonth(), at.getDate()],
      [yesterday.getFullYear(), yesterday.getMonth(), yesterday.getDate()],
    );
    assert.equal(saved?.summary, 'Unblocked Kim on the flaky build');

    const refused = answerPrompts(api, [{ type: 'Planned ahead ~2999-01-01' }]);
    const logging = vscode.commands.executeCommand(COMMANDS.logMentoring);
    const [prompt] = await refused;
    await settle(400);
    assert.ok(prompt, 'the prompt opened');
    assert.match(String((prompt.input as vscode.InputBox).validationMessage), /after today/);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await logging, undefined);
    assert.equal((await readLogFileJson()).moments.length, 1, 'nothing logged for a day after today');
  });

  it('Log Mentoring Moment saves the quick-log line and impact to the workspace log', async () => {
    const answered = answerPrompts(api, [
      { type: 'Paired with @Sam on flaky tests #testing !' },
      { type: 'Sam now owns the CI dashboard' },
      { pick: 'Energised' },
    ]);
    const moment = await vscode.commands.executeCommand(COMMANDS.logMentoring);
    await answered;
    assert.ok(moment, 'the command resolves to the saved moment');

    const log = await readLogFileJson();
    assert.equal(log.version, 1);
    assert.equal(log.moments.length, 1);
    const saved = log.moments[0]!;
    assert.equal(saved.kind, 'mentoring');
    assert.equal(saved.summary, 'Paired with Sam on flaky tests');
    assert.deepEqual(saved.people, ['Sam']);
    assert.deepEqual(saved.tags, ['testing']);
    assert.equal(saved.starred, true);
    assert.equal(saved.impact, 'Sam now owns the CI dashboard');
    assert.equal(saved.energy, 'energised');
    assert.ok(Math.abs(Date.parse(String(saved.at)) - Date.now()) < 60_000, 'stamped with the current time');
  });

  it('Log Code Review and Log Delegation log their own kinds, impact skippable with Enter', async () => {
    for (const [command, kind] of [
      [COMMANDS.logCodeReview, 'code-review'],
      [COMMANDS.logDelegation, 'delegation'],
    ] as const) {
      const answered = answerPrompts(api, [{ type: `A ${kind} moment` }, { type: '' }, { pick: 'Skip' }]);
      await vscode.commands.executeCommand(command);
      await answered;
    }
    const log = await readLogFileJson();
    assert.deepEqual(
      log.moments.map((m) => m.kind),
      ['code-review', 'delegation'],
    );
    assert.equal(log.moments[0]!.impact, undefined, 'an empty impact is left out of the file');
    assert.equal(log.moments[0]!.energy, undefined, 'a skipped energy is left out of the file');
  });

  it('Log Leadership Moment… asks for the kind first', async () => {
    const answered = answerPrompts(api, [
      { pick: 'Decision' },
      { type: 'Chose Postgres over Mongo for billing' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.logMoment);
    await answered;
    const log = await readLogFileJson();
    assert.equal(log.moments[0]!.kind, 'decision');
  });

  it('asks which competency feedback received was about, and writes it to the moment', async () => {
    const answered = answerPrompts(api, [
      { pick: 'Feedback Received' },
      { pick: 'Delegation' },
      { type: 'Asked @Dana how I hand work off' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.logMoment);
    const prompts = await answered;
    const about = prompts[1]!.input as vscode.QuickPick<vscode.QuickPickItem>;
    assert.match(String(about.placeholder), /^About which competency\? Optional/);
    assert.deepEqual([about.step, about.totalSteps], [2, 5]);
    assert.equal(about.items[0]?.label.includes('Skip'), true, 'Enter skips');
    assert.equal((prompts[2]!.input as vscode.InputBox).step, 3, 'the line comes next');
    const [saved] = (await readLogFileJson()).moments;
    assert.deepEqual(
      [saved?.kind, saved?.competency, saved?.summary],
      ['feedback-received', 'delegation', 'Asked Dana how I hand work off'],
    );

    // Skipped, nothing is written for it; a kind that does not ask goes straight to the line.
    const skipped = answerPrompts(api, [
      { pick: 'Feedback Received' },
      { pick: 'Skip' },
      { type: 'Asked the team what to change in our retros' },
      { type: '' },
      { pick: 'Skip' },
    ]);
    await vscode.commands.executeCommand(COMMANDS.logMoment);
    await skipped;
    const moments = (await readLogFileJson()).moments;
    assert.equal(moments.length, 2);
    assert.equal('competency' in (moments[1] ?? {}), false);
  });

  it('refuses an empty line with a message and keeps the prompt open', async () => {
    const answered = answerPrompts(api, [{ type: '   #only-a-tag' }]);
    const running = vscode.commands.executeCommand(COMMANDS.logMentoring);
    const [prompt] = await answered;
    const box = prompt!.input as vscode.InputBox;
    await settle();
    assert.match(box.validationMessage as string, /Describe the moment/);
    // The same prompt is still open: answer it properly now.
    const rest = answerPrompts(api, [{ type: '' }, { pick: 'Skip' }]);
    box.value = 'Explained the retry policy to @Kim';
    await settle();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await rest;
    await running;
    assert.equal((await readLogFileJson()).moments[0]!.summary, 'Explained the retry policy to Kim');
  });

  const typedSoFar: Answer[] = [{ type: 'Something' }, { type: 'An impact' }];
  for (const step of [0, 1, 2]) {
    it(`Escape at step ${step + 1} cancels with nothing written`, async () => {
      const answered = answerPrompts(api, [...typedSoFar.slice(0, step), 'escape']);
      const result = await vscode.commands.executeCommand(COMMANDS.logMentoring);
      await answered;
      assert.equal(result, undefined);
      await assert.rejects(fs.stat(logFilePath()), /ENOENT/);
    });
  }

  it('never overwrites a log file that does not parse', async () => {
    const broken = '{"version": 1, "moments": [\n  {"id": "a",}\n]}\n';
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), broken);
    const answered = answerPrompts(api, [{ type: 'This must not be written' }, { type: '' }, { pick: 'Skip' }]);
    const result = await vscode.commands.executeCommand(COMMANDS.logMentoring);
    await answered;
    assert.equal(result, undefined);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), broken);
  });
});
