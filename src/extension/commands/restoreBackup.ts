import * as vscode from 'vscode';
import { BACKUP_DAYS, type BackupContents, type LogBackup, readBackup } from '../../core/storage/logBackups';
import { parseLocalDate } from '../../core/time/calendar';
import { formatLogLocation } from '../logLocation';
import { NotCurrentLogError } from '../logService';
import type { PickItem } from '../prompts';
import { flashStatus, showInformation, showWarning } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import type { CommandContext } from './commandContext';

interface BackupItem extends PickItem {
  readonly backup: LogBackup;
  readonly contents: BackupContents;
}

interface ConfirmItem extends PickItem {
  readonly restore: boolean;
}

/**
 * Puts one of the current log's daily backups back. Lists them with their day and moment
 * count, says what restoring does, and restores through the log's lock after copying the
 * log as it is now — so a restore is itself undone by restoring that copy.
 *
 * A backup that is not a valid log is listed (it is the user's data) but not restored: the
 * store writes nothing it cannot read back, so a log restored from it would refuse every
 * moment until mended by hand. It is opened instead, for the user to copy from.
 */
export async function restoreBackup(context: CommandContext): Promise<boolean> {
  const location = context.logs.locateAndFollow();
  const backups = await context.backups.backups.list(location.filePath);
  const where = formatLogLocation(location);
  if (backups.length === 0) {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: there is no backup of {0} yet. A copy is kept each day the log is used, for {1} days.',
        where,
        BACKUP_DAYS,
      ),
    );
    return false;
  }
  const items = await Promise.all(backups.map((backup) => backupItem(context, backup)));
  const title = vscode.l10n.t('Restore a Backup of {0}', where);
  const chosen = await context.prompts.pick(items, {
    title,
    placeholder: vscode.l10n.t('Pick the copy to put back; the log as it is now is backed up first'),
    step: 1,
    totalSteps: 2,
  });
  if (!chosen) return false;
  if (!chosen.contents.ok) {
    const open = vscode.l10n.t('Open Backup');
    void showWarning(
      vscode.l10n.t(
        'Growth Log: the backup of {0} is not a valid log, so it is not restored (the log would refuse every new moment): {1}. Open it to copy what you need.',
        chosen.label,
        chosen.contents.problem.message,
      ),
      open,
    )
      .then((answer) =>
        answer === open ? vscode.window.showTextDocument(vscode.Uri.file(chosen.backup.filePath)) : undefined,
      )
      .then(undefined, (error: unknown) =>
        logHandledError(context.output, vscode.l10n.t('Opening a backup of the log'), error),
      );
    return false;
  }
  const confirm: ConfirmItem[] = [
    {
      restore: true,
      icon: 'history',
      label: vscode.l10n.t('Restore {0}', chosen.label),
      detail: vscode.l10n.t(
        '{0} becomes this copy ({1}). The log as it is now is backed up first: restore that copy to undo this.',
        where,
        chosen.description ?? '',
      ),
    },
    { restore: false, icon: 'close', label: vscode.l10n.t('Cancel') },
  ];
  const answer = await context.prompts.pick(confirm, { title, step: 2, totalSteps: 2 });
  if (!answer?.restore) return false;

  const sha256 = chosen.contents.sha256;
  let before: LogBackup | undefined;
  try {
    // Only into the log listed, and only the backup as it was listed: either may have changed while the user chose.
    before = await context.logs.replaceFile(
      (filePath) =>
        context.backups.backups.restore(filePath, chosen.backup, sha256, context.backups.today(), context.now()),
      location.filePath,
    );
  } catch (error) {
    if (!(error instanceof NotCurrentLogError)) throw error;
    void showInformation(
      vscode.l10n.t(
        'Growth Log: the log in use is no longer {0}, so nothing was restored. Open a file of its folder and restore again.',
        where,
      ),
    );
    return false;
  }
  flashStatus('history', vscode.l10n.t('Growth Log: restored {0}', chosen.label));
  void showInformation(
    before
      ? vscode.l10n.t(
          'Growth Log: restored the backup of {0}. The log as it was is kept as a backup of today, {1}: Restore a Backup… puts it back.',
          chosen.label,
          before.beforeRestoreAt ?? '',
        )
      : vscode.l10n.t('Growth Log: restored the backup of {0}.', chosen.label),
  );
  return true;
}

async function backupItem(context: CommandContext, backup: LogBackup): Promise<BackupItem> {
  const contents = await readBackup(backup);
  const day = parseLocalDate(backup.day);
  const dayLabel = day
    ? context.language.dateFormat({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(day)
    : backup.day;
  return {
    backup,
    contents,
    icon: contents.ok ? 'history' : 'warning',
    label: backup.beforeRestoreAt
      ? vscode.l10n.t('{0}, {1}, before a restore', dayLabel, backup.beforeRestoreAt)
      : dayLabel,
    description: contents.ok
      ? contents.moments === 1
        ? vscode.l10n.t('1 moment')
        : vscode.l10n.t('{0} moments', contents.moments)
      : vscode.l10n.t('not a valid log: it can be opened, not restored'),
  };
}
