import * as path from 'node:path';
import * as vscode from 'vscode';
import { reminderState } from '../core/time/reminder';
import { dueFollowUps } from '../core/insights/followUps';
import type { LogService } from './logService';
import { checkInOfferDue } from '../core/ladders/checkIns';
import { claimWeek, readCheckInOffered, readLastShownWeek, recordCheckInOffer } from '../core/storage/reminderRecord';
import { COMMANDS, SETTINGS_SECTION } from './ids';
import { readSettings } from './settings';
import { showInformation } from './ui/notifications';

/** What the reminder says, and what it offers beside logging. */
export interface ReminderMessage {
  readonly text: string;
  readonly followUpsDue: number;
  readonly offerCheckIn: boolean;
}

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
    /** How many follow-ups are due now ("Did it hold up?"), for the reminder to mention them. */
    private readonly followUpsDue: () => Promise<number> = async () => 0,
    /** Whether a check-in is due, given when one was last offered (`checkInOfferDue`): the reminder then offers one. */
    private readonly checkInDue: (lastOffered: Date | undefined) => Promise<boolean> = async () => false,
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

  /**
   * What the reminder says: the week's question, the follow-ups waiting for an answer if any
   * are, and a check-in when one is due (`offeredAlready`: this reminder offered it before
   * being snoozed, so it still does).
   */
  async message(offeredAlready = false): Promise<ReminderMessage> {
    const due = await this.followUpsDue();
    const offerCheckIn = offeredAlready || (await this.checkInDue(await readCheckInOffered(this.recordPath)));
    const lines = [vscode.l10n.t("Growth Log: log this week's leadership moments?")];
    if (due === 1) lines.push(vscode.l10n.t('And one earlier moment waits to hear whether it held up.'));
    else if (due > 1) lines.push(vscode.l10n.t('And {0} earlier moments wait to hear whether they held up.', due));
    if (offerCheckIn)
      lines.push(
        vscode.l10n.t('It is also time for your quarterly check-in: what are you good at, what do you enjoy?'),
      );
    return { text: lines.join(' '), followUpsDue: due, offerCheckIn };
  }

  private async ask(offeredAlready = false): Promise<void> {
    const log = vscode.l10n.t('Log');
    const summary = vscode.l10n.t('Open Summary');
    const answer = vscode.l10n.t('Did It Hold Up?');
    const checkIn = vscode.l10n.t('Check In');
    const snooze = vscode.l10n.t('Snooze 1 Hour');
    const turnOff = vscode.l10n.t('Turn Off');
    const { text, followUpsDue, offerCheckIn } = await this.message(offeredAlready);
    // Remembered as soon as it is shown: once a quarter, whatever the answer.
    if (offerCheckIn && !offeredAlready) await recordCheckInOffer(this.recordPath, this.now());
    const choice = await showInformation(
      text,
      log,
      summary,
      ...(followUpsDue > 0 ? [answer] : []),
      ...(offerCheckIn ? [checkIn] : []),
      snooze,
      turnOff,
    );
    if (choice === log) await vscode.commands.executeCommand(COMMANDS.logMoment);
    else if (choice === answer) await vscode.commands.executeCommand(COMMANDS.answerFollowUp);
    else if (choice === checkIn) await vscode.commands.executeCommand(COMMANDS.checkIn);
    else if (choice === summary) await vscode.commands.executeCommand(COMMANDS.showWeeklySummary);
    else if (choice === snooze) this.snoozeTimer = setTimeout(() => void this.ask(offerCheckIn), SNOOZE_MS);
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

/** How many follow-ups the log in use has due at `now`; none when it cannot be read (the sidebar says why). */
export async function countDueFollowUps(logs: LogService, now: Date): Promise<number> {
  const loaded = await logs.load();
  const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
  return log ? dueFollowUps(log.moments, now).length : 0;
}

/** Whether the log in use is due a check-in at `now` (see `checkInOfferDue`); not when it cannot be read (the sidebar says why). */
export async function isCheckInDue(logs: LogService, now: Date, lastOffered: Date | undefined): Promise<boolean> {
  const loaded = await logs.load();
  const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
  return log ? checkInOfferDue(now, log, lastOffered) : false;
}
