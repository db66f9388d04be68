import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { latestRatings } from '../../src/core/ladders/selfRatings';
import type { CheckIn, LogFile } from '../../src/core/model/schema';
import { COMPETENCIES } from '../../src/core/model/taxonomy';
import { LogStore } from '../../src/core/storage/logStore';
import { readCheckInOffered } from '../../src/core/storage/reminderRecord';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { eventually } from '../support/eventually';
import { activateExtension, type Answer, answerPrompts, logFilePath, removeLogFile } from './helpers';

const DAY_MS = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY_MS).toISOString();

describe('Check In… in VS Code', function () {
  this.timeout(60_000);
  let api: GrowthLogTestApi;
  const moments = [30, 20, 2].map((days, index) => ({
    id: `c0ffee00-0000-4000-8000-00000000000${index}`,
    kind: 'mentoring',
    at: daysAgo(days),
    summary: `Paired with Sam, ${days} days ago`,
  }));
  const original = `${JSON.stringify({ version: 1, moments }, null, 2)}\n`;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), original);
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('notifications.clearAll');
  });

  /** Runs Check In… with `answers`; with what each prompt highlighted as it opened, before the answer moved it. */
  async function checkIn(
    answers: readonly Answer[],
  ): Promise<{ saved: unknown; shown: vscode.QuickInput[]; highlighted: string[]; checked: number[] }> {
    const highlighted: string[] = [];
    const checked: number[] = [];
    const watching = api.prompts.onDidShow((input) => {
      const pick = input as vscode.QuickPick<vscode.QuickPickItem>;
      highlighted.push(pick.activeItems?.[0]?.label ?? '');
      checked.push(pick.selectedItems?.length ?? 0);
    });
    try {
      const answered = answerPrompts(api, answers);
      const saved = await vscode.commands.executeCommand(COMMANDS.checkIn);
      const shown = await answered;
      return { saved, shown: shown.map((prompt) => prompt.input), highlighted, checked };
    } finally {
      watching.dispose();
    }
  }

  const readLog = async () => JSON.parse(await fs.readFile(logFilePath(), 'utf8')) as LogFile;

  it('rates two competencies, one answer skipped, with a note: the log holds it, undo takes it back', async () => {
    const { saved, shown, highlighted, checked } = await checkIn([
      { check: ['Delegation', 'Ownership'] },
      { pick: '4' },
      { pick: 'Skip' },
      { pick: '3' },
      { pick: '5' },
      { type: 'Delegating feels slow but it is worth it' },
    ]);
    // Every competency is offered, none checked for the user.
    const first = shown[0] as vscode.QuickPick<vscode.QuickPickItem>;
    assert.deepEqual(
      first.items.map((item) => item.label),
      COMPETENCIES.map((competency) => competency.label),
    );
    assert.equal(checked[0], 0, 'none checked for the user');
    // With no earlier answer, Enter skips rather than inventing a rating.
    assert.deepEqual(highlighted.slice(1, 5), ['Skip', 'Skip', 'Skip', 'Skip']);
    assert.equal(first.canSelectMany, true);

    const [written] = (await readLog()).checkIns ?? [];
    assert.ok(written);
    assert.equal(written.id, (saved as CheckIn).id);
    assert.deepEqual(written.ratings, { delegation: { good: 4 }, ownership: { good: 3, enjoy: 5 } });
    assert.equal(written.note, 'Delegating feels slow but it is worth it');
    assert.ok(Math.abs(Date.parse(written.at) - Date.now()) < 60_000);

    const reread = latestRatings((await new LogStore().read(logFilePath())).checkIns);
    assert.deepEqual(reread.get('delegation'), { good: 4, at: written.at });
    assert.deepEqual(reread.get('ownership'), { good: 3, enjoy: 5, at: written.at });

    assert.equal(api.undo.latest()?.description, 'check-in');
    assert.equal(await vscode.commands.executeCommand(COMMANDS.undo), true);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), original, 'the log is as it was before the check-in');
  });

  it('highlights the last answers the next time, so Enter keeps them', async () => {
    await checkIn([{ check: ['Delegation'] }, { pick: '2' }, { pick: '5' }, { type: '' }]);
    const { shown, highlighted } = await checkIn([
      { check: ['Delegation'] },
      { pick: '3' },
      { pick: 'Skip' },
      { type: '' },
    ]);
    assert.deepEqual(highlighted.slice(1, 3), ['2', '5'], 'Enter keeps the last answers');
    const competencies = shown[0] as vscode.QuickPick<vscode.QuickPickItem>;
    const delegation = competencies.items.find((item) => item.label === 'Delegation');
    assert.match(delegation?.description ?? '', /last time: good at 2, enjoy 5/);
    // Each rating opened on the last answer (the test then moved to its own).
    const good = shown[1] as vscode.QuickPick<vscode.QuickPickItem>;
    assert.match(good.items.find((item) => item.label === '2')?.description ?? '', /your last answer/);
    const enjoy = shown[2] as vscode.QuickPick<vscode.QuickPickItem>;
    assert.match(enjoy.items.find((item) => item.label === '5')?.description ?? '', /your last answer/);

    const checkIns = (await readLog()).checkIns ?? [];
    assert.equal(checkIns.length, 2);
    // Skipped now, so the latest enjoy rating is still the earlier one.
    assert.deepEqual(
      [latestRatings(checkIns).get('delegation')?.good, latestRatings(checkIns).get('delegation')?.enjoy],
      [3, 5],
    );
    assert.equal(checkIns[1]?.note, undefined, 'an empty note is left out');
  });

  it('writes nothing when cancelled, at a rating or at the note, or when nothing was answered', async () => {
    await checkIn([{ check: ['Delegation', 'Ownership'] }, { pick: '4' }, 'escape']);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), original);
    await checkIn([{ check: ['Delegation'] }, { pick: '4' }, { pick: '4' }, 'escape']);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), original);
    await checkIn(['escape']);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), original);
    // Nothing to keep: no competency checked, or every answer skipped and no note.
    assert.equal(await checkIn([{ check: [] }]).then(({ saved }) => saved), undefined);
    const skipped = await checkIn([{ check: ['Delegation'] }, { pick: 'Skip' }, { pick: 'Skip' }, { type: ' ' }]);
    assert.equal(skipped.saved, undefined);
    assert.equal(await fs.readFile(logFilePath(), 'utf8'), original);
  });

  it('stays out of the brag document and the self-review draft unless the private sections are on', async () => {
    const note = 'Planning drains me, mentoring does not';
    const made: CheckIn = { id: 'private', at: daysAgo(1), ratings: { delegation: { good: 2, enjoy: 5 } }, note };
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments, checkIns: [made] }));
    const documents = async () => {
      let answered = answerPrompts(api, [{ pick: 'Last 6 months' }]);
      const brag = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.exportBragDocument);
      await answered;
      answered = answerPrompts(api, [{ pick: 'Self-review' }, { pick: 'Last 6 months' }]);
      const draft = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.draftSelfReview);
      await answered;
      assert.ok(brag, 'a brag document was opened');
      assert.ok(draft, 'a draft was opened');
      return { brag: brag.getText(), draft: draft.getText() };
    };
    const config = () => vscode.workspace.getConfiguration('growthLog');
    try {
      const shared = await documents();
      assert.match(shared.brag, /Paired with Sam/);
      for (const text of [shared.brag, shared.draft]) {
        assert.doesNotMatch(text, /Check-in/);
        assert.ok(!text.includes(note));
      }
      await config().update('export.includePrivateSections', true, vscode.ConfigurationTarget.Global);
      const forMe = await documents();
      assert.match(forMe.brag, /## Check-in\n[\s\S]*\| Delegation \| 2 \| 5 \|/);
      assert.ok(forMe.brag.includes(`Note: ${note}`));
      assert.ok(!forMe.draft.includes(note), 'the draft, pasted into a review tool, never holds it');
    } finally {
      await config().update('export.includePrivateSections', undefined, vscode.ConfigurationTarget.Global);
      while (vscode.window.activeTextEditor)
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  describe('offered by the weekly reminder', () => {
    const settings = () => vscode.workspace.getConfiguration('growthLog');
    let record: string | undefined;

    beforeEach(async () => {
      record = await fs.readFile(api.reminder.recordPath, 'utf8').catch(() => undefined);
      await fs.rm(api.reminder.recordPath, { force: true });
    });

    afterEach(async () => {
      if (record === undefined) await fs.rm(api.reminder.recordPath, { force: true });
      else await fs.writeFile(api.reminder.recordPath, record);
      for (const key of ['reminder.enabled', 'reminder.day', 'reminder.time'])
        await settings().update(key, undefined, vscode.ConfigurationTarget.Global);
    });

    it('offers a check-in once a quarter when a few weeks are logged, and not after one was made', async () => {
      const message = await api.reminder.message();
      assert.equal(message.offerCheckIn, true);
      assert.match(message.text, /quarterly check-in/);

      // Shown once: remembered, so next week's reminder does not offer it again.
      const at = new Date(2031, 0, 6, 10, 0); // a Monday in a week no other test claims
      await settings().update('reminder.enabled', true, vscode.ConfigurationTarget.Global);
      await settings().update('reminder.day', 'monday', vscode.ConfigurationTarget.Global);
      await settings().update('reminder.time', '09:00', vscode.ConfigurationTarget.Global);
      assert.equal(await api.reminder.check(at), 'shown');
      await eventually(async () => assert.ok(await readCheckInOffered(api.reminder.recordPath)));
      assert.equal((await api.reminder.message()).offerCheckIn, false);

      // A check-in made recently: not due, whenever it was last offered.
      await fs.rm(api.reminder.recordPath, { force: true });
      const recent: CheckIn = { id: 'recent', at: daysAgo(10), ratings: { delegation: { good: 3 } } };
      await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments, checkIns: [recent] }));
      assert.equal((await api.reminder.message()).offerCheckIn, false);
      const old: CheckIn = { ...recent, at: daysAgo(100) };
      await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments, checkIns: [old] }));
      assert.equal((await api.reminder.message()).offerCheckIn, true);
    });
  });
});
