import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS, SETTINGS_SECTION } from '../../src/extension/ids';
import { activateExtension, answerPrompts, logFilePath, removeLogFile, type ShownPrompt } from './helpers';

/**
 * The documents against a ladder level in VS Code: the brag document's "Against the …
 * expectations" and the promotion case, only once the user has chosen a level.
 */

const settings = () => vscode.workspace.getConfiguration(SETTINGS_SECTION);

async function setLadderSettings(values: { track?: string; targetLevel?: string }): Promise<void> {
  await settings().update('track', values.track, vscode.ConfigurationTarget.Workspace);
  await settings().update('targetLevel', values.targetLevel, vscode.ConfigurationTarget.Workspace);
}

function itemLabels(prompt: ShownPrompt | undefined): string[] {
  return ((prompt?.input as vscode.QuickPick<vscode.QuickPickItem> | undefined)?.items ?? []).map((item) => item.label);
}

describe('documents against a ladder level in VS Code', () => {
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    const today = new Date().toISOString();
    const moments = [
      { id: 'l1', kind: 'mentoring', at: today, summary: 'Paired with Sam on the retry design', people: ['Sam'] },
      {
        id: 'l2',
        kind: 'decision',
        at: today,
        summary: 'Recorded the queue decision as an ADR',
        expectations: ['staff.closes-hard-decisions'],
      },
    ];
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));
    while (vscode.window.activeTextEditor) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  afterEach(async () => {
    await setLadderSettings({});
  });

  async function exportBrag(): Promise<string> {
    const answered = answerPrompts(api, [{ pick: 'This year' }]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.exportBragDocument);
    await answered;
    assert.ok(document, 'a document was opened');
    return document.getText();
  }

  it('leaves the brag document without a ladder section when no level is chosen', async () => {
    await setLadderSettings({ track: 'staff-ic' });
    const text = await exportBrag();
    assert.match(text, /Paired with Sam on the retry design/);
    assert.doesNotMatch(text, /Against the|expectations/);
  });

  it('measures the brag document against growthLog.targetLevel', async () => {
    await setLadderSettings({ track: 'staff-ic', targetLevel: 'Staff' });
    const text = await exportBrag();
    assert.match(text, /\n## Against the Staff expectations\n/);
    assert.match(
      text,
      /- \*\*Drives hard trade-offs to a decision and records it, in an ADR or the like, so others can follow\.\*\*\\\n {2}_Thin evidence · 1 moment_\n {2}- Recorded the queue decision as an ADR \([A-Z][a-z]{2} \d{1,2}\)\n/,
    );
    // Written once, in the body; the section names it as the body shows it, with no ref the reader cannot follow.
    assert.equal(text.match(/^- Recorded the queue decision as an ADR \(/gm)?.length, 1, 'the moment is written once');
    assert.doesNotMatch(text, /ref l2/);
  });

  it('measures against the ladder’s first levels when growthLog.targetLevel names no level of it', async () => {
    await setLadderSettings({ track: 'staff-ic', targetLevel: 'Chief Wizard' });
    const text = await exportBrag();
    // Senior to Staff, as the readiness view falls back; a warning says why.
    assert.match(text, /\n## Against the Staff expectations\n/);
  });

  it('offers the promotion case in Draft Self-Review… only once a level is chosen', async () => {
    let answered = answerPrompts(api, ['escape']);
    await vscode.commands.executeCommand(COMMANDS.draftSelfReview);
    const [withoutLevel] = await answered;
    assert.ok(!itemLabels(withoutLevel).some((label) => label.startsWith('Promotion case')));

    await setLadderSettings({ track: 'staff-ic', targetLevel: 'Staff' });
    answered = answerPrompts(api, [{ pick: 'Promotion case: Staff' }, { pick: 'This year' }]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.draftSelfReview);
    await answered;
    const text = document?.getText() ?? '';
    assert.match(text, /^# Self-review draft: Promotion case: Staff\n/);
    // The linked decision answers its expectation.
    assert.match(
      text,
      /## Drives hard trade-offs[^\n]*\n\n<!-- growth-log:question id="staff-closes-hard-decisions" limit="none" -->\n\n- Recorded the queue decision as an ADR/,
    );
  });
});
