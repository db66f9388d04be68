import * as vscode from 'vscode';
import { parseCustomKinds } from '../core/model/customKinds';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import { SETTINGS_SECTION } from './ids';
import { showWarning } from './ui/notifications';

const SETTING = `${SETTINGS_SECTION}.kinds`;

/**
 * Keeps the extension's kind catalogue in step with `growthLog.kinds`. Created before the
 * services that draw kinds, so its listener runs first when the setting changes. Entries that do not
 * fit are named in a warning, once per distinct set of problems.
 */
export class CustomKindsSetting implements vscode.Disposable {
  private shownProblems = '';
  private readonly subscription: vscode.Disposable;

  constructor(private readonly kinds: KindCatalogue) {
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
    const { kinds, problems } = parseCustomKinds(
      vscode.workspace.getConfiguration(SETTINGS_SECTION).get('kinds'),
      SETTING,
    );
    this.kinds.replaceCustomKinds(kinds);
    const key = problems.join('\n');
    if (key && key !== this.shownProblems) void this.warn(problems);
    this.shownProblems = key;
  }

  private async warn(problems: readonly string[]): Promise<void> {
    const openSettings = vscode.l10n.t('Open Settings');
    const message =
      problems.length === 1
        ? vscode.l10n.t('Growth Log: one of your own kinds is left out. {0}.', problems.join('; '))
        : vscode.l10n.t('Growth Log: {0} of your own kinds are left out. {1}.', problems.length, problems.join('; '));
    const choice = await showWarning(message, openSettings);
    if (choice === openSettings) await vscode.commands.executeCommand('workbench.action.openSettings', SETTING);
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
