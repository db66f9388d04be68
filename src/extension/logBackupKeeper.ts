import * as path from 'node:path';
import * as vscode from 'vscode';
import { LogBackups } from '../core/storage/logBackups';
import { formatLocalDate } from '../core/time/calendar';
import { logHandledError, type Output } from './ui/output';

/**
 * Keeps the day's backup of each log the extension uses, in its global storage (which
 * outlives the repository and is never in git). Started, never awaited: a backup that
 * fails is a line in the output channel, and never stands in the way of a log.
 */
export class LogBackupKeeper {
  readonly backups: LogBackups;

  constructor(
    globalStorage: vscode.Uri,
    private readonly output: Output,
    private readonly now: () => Date,
  ) {
    this.backups = new LogBackups(path.join(globalStorage.fsPath, 'backups'));
  }

  /** The local day, as backups are named by it. */
  today(): string {
    return formatLocalDate(this.now());
  }

  keepDailyCopy(logPath: string): void {
    this.backups.keepDailyCopy(logPath, this.today()).then(
      (made) => {
        if (made) this.output.info(vscode.l10n.t('Backed up {0} as {1}', logPath, made));
      },
      (error: unknown) =>
        logHandledError(this.output, vscode.l10n.t('Keeping the daily backup of {0}', logPath), error),
    );
  }
}
