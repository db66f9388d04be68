import * as vscode from 'vscode';
import { parseCustomKinds } from '../core/customKinds';
import { useCustomKinds } from '../core/taxonomy';
import { SETTINGS_SECTION } from './ids';

const SETTING = `${SETTINGS_SECTION}.kinds`;

/**
 * Keeps the taxonomy in step with `growthLog.kinds`. Created before the services that
 * draw kinds, so its listener runs first when the setting changes. Entries that do not
 * fit are named in a warning, once per distinct set of problems.
 */
export class CustomKindsSetting implements vscode.Disposable {
  private shownProblems = '';
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.apply();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTING)) this.apply();
    });
  }

  /** The problems of the current setting, as last reported. */
  get problems(): readonly string[] {
    return this.shownProblems ? this.shownProblems.split('\n') : [];
  }

  private apply(): void {
    const { kinds, problems } = parseCustomKinds(vscode.workspace.getConfiguration(SETTINGS_SECTION).get('kinds'), SETTING);
    useCustomKinds(kinds);
    const key = problems.join('\n');
    if (key && key !== this.shownProblems) void this.warn(problems);
    this.shownProblems = key;
  }

  private async warn(problems: readonly string[]): Promise<void> {
    const openSettings = 'Open Settings';
    const left = problems.length === 1 ? 'One of your own kinds is' : `${problems.length} of your own kinds are`;
    const choice = await vscode.window.showWarningMessage(`Growth Log: ${left} left out. ${problems.join('; ')}.`, openSettings);
    if (choice === openSettings) await vscode.commands.executeCommand('workbench.action.openSettings', SETTING);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
