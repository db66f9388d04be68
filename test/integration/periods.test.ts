import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { resolveCyclePeriod, type ReviewCycle } from '../../src/core/insights/reviewCycle';
import { addDays, formatLocalDate } from '../../src/core/time/calendar';
import { DisplayLanguage } from '../../src/core/time/displayLanguage';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { activateExtension, answerPrompts, logFilePath, removeLogFile } from './helpers';

describe('choice of period in VS Code', () => {
  let api: GrowthLogTestApi;
  const settings = () => vscode.workspace.getConfiguration('growthLog');

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    const moment = { id: 'm1', kind: 'mentoring', at: new Date().toISOString(), summary: 'Coached Ana on on-call' };
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments: [moment] }, null, 2));
  });

  afterEach(async () => {
    await settings().update('reviewCycle', undefined, vscode.ConfigurationTarget.Workspace);
    await vscode.commands.executeCommand('notifications.clearAll');
    while (vscode.window.activeTextEditor)
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await removeLogFile();
  });

  /** Exports with `answer` given to the choice of period; resolves to the choices it offered and the document. */
  async function exportPicking(answer: { pick: string } | 'escape') {
    const answered = answerPrompts(api, [answer]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.exportBragDocument);
    const [shown] = await answered;
    assert.ok(shown, 'the choice of period opened');
    const items = (shown.input as vscode.QuickPick<vscode.QuickPickItem>).items.map((item) => ({
      label: item.label,
      description: item.description,
    }));
    return { items, text: document?.getText() };
  }

  it("offers This cycle and Last cycle first, named by their dates, once growthLog.reviewCycle names the company's cycle", async () => {
    const without = await exportPicking('escape');
    assert.ok(without.items.some((item) => item.label === 'This week'));
    assert.ok(!without.items.some((item) => /cycle/i.test(item.label)), 'no cycle until one is named');

    const cycle: ReviewCycle = { startMonth: 4, length: 'half' };
    await settings().update('reviewCycle', cycle, vscode.ConfigurationTarget.Workspace);
    const language = new DisplayLanguage(vscode.env.language);
    const thisCycle = resolveCyclePeriod('this-cycle', new Date(), cycle, language);
    const lastCycle = resolveCyclePeriod('last-cycle', new Date(), cycle, language);
    assert.match(thisCycle.label, /^H[12] FY\d\d: /);

    const withCycle = await exportPicking({ pick: 'This cycle' });
    assert.deepEqual(withCycle.items.slice(0, 3), [
      { label: 'This cycle', description: thisCycle.label },
      { label: 'Last cycle', description: lastCycle.label },
      { label: 'This week', description: withCycle.items[2]?.description },
    ]);
    assert.ok(withCycle.text?.startsWith(`# Brag document: ${thisCycle.label}\n`), withCycle.text?.slice(0, 80));
    assert.match(withCycle.text ?? '', /Coached Ana on on-call/);

    const named = { ...cycle, name: '{cycle} review {year}' };
    await settings().update('reviewCycle', named, vscode.ConfigurationTarget.Workspace);
    const lastNamed = resolveCyclePeriod('last-cycle', new Date(), named, language);
    const withName = await exportPicking({ pick: 'Last cycle' });
    assert.match(lastNamed.label, /^H[12] review \d{4}: /);
    assert.ok(withName.text?.startsWith(`# Brag document: ${lastNamed.label}\n`), withName.text?.slice(0, 80));
  });

  it('leaves a review cycle that does not fit out, and the calendar periods still work', async () => {
    await settings().update('reviewCycle', { startMonth: 13, length: 'half' }, vscode.ConfigurationTarget.Workspace);
    const chosen = await exportPicking({ pick: 'This year' });
    assert.ok(!chosen.items.some((item) => /cycle/i.test(item.label)));
    assert.match(chosen.text ?? '', new RegExp(`^# Brag document: ${new Date().getFullYear()}\\n`));
  });

  it('offers Since my last export once a brag document was made from the log, from the day after it to today', async () => {
    const before = Date.now();
    await exportPicking({ pick: 'This week' });
    const recorded = api.exports.lastExport(logFilePath());
    assert.ok(recorded && recorded.getTime() >= before && recorded.getTime() <= Date.now(), 'the export is recorded');

    const sameDay = await exportPicking('escape');
    assert.ok(
      !sameDay.items.some((item) => item.label === 'Since my last export'),
      'an export today leaves no day since',
    );

    const today = new Date();
    await api.exports.record(logFilePath(), addDays(today, -8));
    const from = formatLocalDate(addDays(today, -7));
    const since = await exportPicking({ pick: 'Since my last export' });
    assert.deepEqual(
      since.items.find((item) => item.label === 'Since my last export'),
      { label: 'Since my last export', description: `${from} to ${formatLocalDate(today)}` },
    );
    assert.match(since.text ?? '', new RegExp(`^# Brag document: ${from} to ${formatLocalDate(today)}\\n`));
    assert.match(since.text ?? '', /Coached Ana on on-call/);
    // That export is the last one now: the record moved on to it.
    assert.equal(formatLocalDate(api.exports.lastExport(logFilePath()) ?? new Date(0)), formatLocalDate(new Date()));
  });
});
