import * as assert from 'node:assert/strict';
import { parse } from 'jsonc-parser';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/extension/ids';
import { activateExtension } from './helpers';

interface DefaultKeybinding {
  readonly key: string;
  readonly command: string;
  readonly when?: string;
}

describe('the quick-log keybinding in VS Code', () => {
  before(async () => {
    await activateExtension();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it("is Ctrl+K G, bound to nothing else among VS Code's defaults and the installed extensions", async () => {
    // VS Code's own list of every default binding on this platform, extensions' included.
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    const document = vscode.window.activeTextEditor?.document;
    assert.ok(document, 'the default keybindings are open');
    const bindings = parse(document.getText()) as DefaultKeybinding[];
    assert.ok(bindings.length > 500, `read ${bindings.length} default bindings`);
    const ours = bindings.filter((binding) => binding.key === 'ctrl+k g');
    assert.deepEqual(
      ours.map((binding) => binding.command),
      [COMMANDS.logMoment],
    );
    // Nor does it sit under a single-key binding that would swallow the chord.
    // (A binding whose `when` is the literal `false` never applies.)
    assert.deepEqual(
      bindings.filter((binding) => binding.key === 'ctrl+k' && binding.when !== 'false'),
      [],
    );
  });
});
