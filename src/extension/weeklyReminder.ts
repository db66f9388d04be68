import * as path from 'node:path';
import * as vscode from 'vscode';
import { reminderState } from '../core/time/reminder';
import { claimWeek, readLastShownWeek } from '../core/storage/reminderRecord';
import { COMMANDS, SETTINGS_SECTION } from './ids';
import { readSettings } from './settings';
import { showInformation } from './ui/notifications';

/** What one check did, for the tests. */
export type ReminderOutcome = 'off' | 'not-due' | 'shown' | 'shown-elsewhere';

const SNOOZE_MS = 60 * 60_000;
/** Timers never wait longer than this before checking again, so sleep and clock changes cannot make one miss. */
const LONGEST_WAIT_MS = 60 * 60_000;

/**
 * The opt-in weekly reminder (`growthLog.reminder.*`). Checks shortly after start-up (so a
 * reminder missed while VS Code was closed still comes, once) and then at the chosen time.
 * The clock is injected so tests can move it.
 */
export class WeeklyReminder implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private snoozeTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    globalStorage: vscode.Uri,
    private readonly now: () => Date,
    readonly recordPath = path.join(globalStorage.fsPath, 'reminder.json'),
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (
          event.affectsConfiguration(`${SETTINGS_SECTION}.reminder`) ||
          event.affectsConfiguration(`${SETTINGS_SECTION}.weekStartsOn`)
        )
          this.schedule(0);
      }),
    );
  }

  /** Starts the first check after `delayMs`, off the start-up path. */
  start(delayMs: number): void {
    this.schedule(delayMs);
  }

  /** Shows the reminder if it is due at `at` and no window has shown it this week. */
  async check(at = this.now()): Promise<ReminderOutcome> {
    const { reminder, weekStartsOn } = readSettings();
    if (!reminder.enabled) return 'off';
    const state = reminderState(at, reminder, weekStartsOn, await readLastShownWeek(this.recordPath));
    if (!state.due) {
      this.schedule(state.next.getTime() - at.getTime());
      return 'not-due';
    }
    const claimed = await claimWeek(this.recordPath, state.week);
    this.schedule(LONGEST_WAIT_MS);
    if (!claimed) return 'shown-elsewhere';
    void this.ask();
    return 'shown';
  }

  private async ask(): Promise<void> {
    const log = vscode.l10n.t('Log');
    const summary = vscode.l10n.t('Open Summary');
    const snooze = vscode.l10n.t('Snooze 1 Hour');
    const turnOff = vscode.l10n.t('Turn Off');
    const choice = await showInformation(
      vscode.l10n.t("Growth Log: log this week's leadership moments?"),
      log,
      summary,
      snooze,
      turnOff,
    );
    if (choice === log) await vscode.commands.executeCommand(COMMANDS.logMoment);
    else if (choice === summary) await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    else if (choice === snooze) this.snoozeTimer = setTimeout(() => void this.ask(), SNOOZE_MS);
    else if (choice === turnOff) {
      await vscode.workspace
        .getConfiguration(SETTINGS_SECTION)
        .update('reminder.enabled', false, vscode.ConfigurationTarget.Global);
    }
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), Math.max(0, Math.min(delayMs, LONGEST_WAIT_MS)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    clearTimeout(this.snoozeTimer);
    for (const subscription of this.subscriptions) subscription.dispose();
  }
}
