import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { GrowthLogTestApi } from '../../src/extension/extension';
import { COMMANDS } from '../../src/extension/ids';
import { activateExtension, answerPrompts, logFilePath, removeLogFile } from './helpers';

describe('brag document and log file in VS Code', () => {
  let api: GrowthLogTestApi;

  before(async () => {
    api = await activateExtension();
  });

  beforeEach(async () => {
    await removeLogFile();
    // Close what earlier tests opened without the "save changes?" dialog an untitled
    // brag document would raise.
    while (vscode.window.activeTextEditor) {
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  async function writeLog(moments: object[]): Promise<void> {
    await fs.mkdir(path.dirname(logFilePath()), { recursive: true });
    await fs.writeFile(logFilePath(), JSON.stringify({ version: 1, moments }, null, 2));
  }

  it('Export Brag Document… opens Markdown for the chosen period', async () => {
    const now = new Date();
    await writeLog([
      {
        id: 'm1',
        kind: 'mentoring',
        at: now.toISOString(),
        summary: 'Coached Ana through her first on-call',
        people: ['Ana'],
        starred: true,
      },
      {
        id: 'm2',
        kind: 'decision',
        at: new Date(now.getFullYear() - 1, 5, 1).toISOString(),
        summary: 'Last year, not in this one',
      },
    ]);
    const answered = answerPrompts(api, [{ pick: 'This year' }]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.exportBragDocument);
    await answered;
    assert.ok(document, 'a document was opened');
    assert.equal(document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'it is shown in the editor');
    const text = document.getText();
    assert.match(text, new RegExp(`^# Brag document: ${now.getFullYear()}`));
    // The highlight first in its competency's section, once, dated in VS Code's display language.
    assert.match(
      text,
      /## Team development\n\n- ★ Coached Ana through her first on-call \([A-Z][a-z]{2} \d{1,2}\)\\?\n/,
    );
    assert.equal(text.split('Coached Ana through her first on-call').length, 2, 'each moment once');
    assert.doesNotMatch(text, /Last year/);
  });

  it('Export Brag Document… takes custom dates, and Escape cancels', async () => {
    await writeLog([
      { id: 'm1', kind: 'strategy', at: '2026-03-10T12:00:00.000Z', summary: 'Tied the Q2 roadmap to churn' },
    ]);
    const answered = answerPrompts(api, [{ pick: 'Custom dates' }, { type: '2026-03-01' }, { type: '2026-03-31' }]);
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(COMMANDS.exportBragDocument);
    await answered;
    assert.match(
      document?.getText() ?? '',
      /# Brag document: 2026-03-01 to 2026-03-31[\s\S]*Tied the Q2 roadmap to churn/,
    );

    const cancelled = answerPrompts(api, ['escape']);
    assert.equal(await vscode.commands.executeCommand(COMMANDS.exportBragDocument), undefined);
    await cancelled;
  });

  it('Open Log File creates an empty log when there is none, and opens it', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>(COMMANDS.openLogFile);
    assert.equal(editor?.document.uri.fsPath, logFilePath());
    assert.deepEqual(JSON.parse(await fs.readFile(logFilePath(), 'utf8')), { version: 1, moments: [] });
  });
});
