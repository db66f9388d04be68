import * as vscode from 'vscode';
import { startOfWeek } from '../core/time/calendar';
import type { KindCatalogue } from '../core/model/kindCatalogue';
import { summariseWeek } from '../core/insights/summary';
import { COMMANDS } from './ids';
import type { LogService } from './logService';
import { affectsSettings, readSettings } from './settings';
import { plainTooltip } from './ui/notifications';
import { plainText } from './ui/plainText';

/**
 * "$(pulse) 4 this week" in the status bar, with the week's breakdown in its tooltip; a
 * click opens the sidebar. Hidden with `growthLog.statusBar.enabled: false`.
 */
export class WeekStatusBarItem implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('growthLog.week', vscode.StatusBarAlignment.Left, 50);
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly logs: LogService,
    private readonly kinds: KindCatalogue,
    private readonly now: () => Date,
  ) {
    this.item.name = vscode.l10n.t('Growth Log: This Week');
    this.item.command = COMMANDS.showWeeklySummary;
    this.subscriptions = [
      logs.onDidChange(() => void this.refresh()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) void this.refresh();
      }),
    ];
  }

  /** What the item says now, and whether it is shown (read by the integration tests). */
  get text(): string {
    return this.item.text;
  }

  get isShown(): boolean {
    return this.shown;
  }

  private shown = false;

  private show(): void {
    this.item.show();
    this.shown = true;
  }

  async refresh(): Promise<void> {
    const loaded = await this.logs.load();
    const settings = readSettings(loaded.location.folder);
    if (!settings.statusBarEnabled) {
      this.item.hide();
      this.shown = false;
      return;
    }
    if (!loaded.ok) {
      this.item.text = `$(warning) ${plainText(vscode.l10n.t('Growth Log'))}`;
      this.item.tooltip = plainText(vscode.l10n.t('Growth Log cannot read the log: {0}', loaded.error.message));
      this.show();
      return;
    }
    const now = this.now();
    const week = summariseWeek(
      this.logs.timelineOf(loaded.log),
      startOfWeek(now, settings.weekStartsOn),
      now,
      this.kinds,
    );
    this.item.text = `$(pulse) ${plainText(vscode.l10n.t('{0} this week', week.total))}`;
    const logged = week.byKind.filter((entry) => entry.count > 0);
    const lines =
      logged.length === 0
        ? [vscode.l10n.t('Nothing logged yet this week.')]
        : logged.map((entry) => `${entry.label}: ${entry.count}`);
    this.item.tooltip = plainTooltip(
      vscode.l10n.t('Growth Log: this week'),
      lines,
      vscode.l10n.t('Click to open the weekly summary.'),
    );
    this.item.accessibilityInformation = {
      label: vscode.l10n.t('Growth Log: {0} moments logged this week', week.total),
      role: 'button',
    };
    this.show();
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
    this.item.dispose();
  }
}
