import * as vscode from 'vscode';
import { revertChange, type RecordedChange, type UndoRefusal } from '../../core/storage/undoHistory';
import { COMMANDS } from '../ids';
import type { LogFile } from '../../core/model/schema';
import { homeRelative } from '../logLocation';
import { NotCurrentLogError } from '../logService';
import { reportWriteFailure } from '../ui/problemReports';
import { quoteSummary } from './saveChange';
import type { CommandContext } from './commandContext';
import { flashStatus, showInformation } from '../ui/notifications';

/** Thrown inside the log's update when the change's moments were changed since, so nothing is written. */
class ChangedSince extends Error {}

/**
 * Takes back the change `changeId` — what an Undo button passes — or, with none (Undo Last
 * Change in the palette), the last change made in this window. When it no longer can, the
 * user is told why. Resolves to whether it did.
 *
 * A change is undone only in the log it was made in, and only while that is the log in
 * use: in another folder of a multi-root workspace, or after the log was moved, Undo says
 * which log the change belongs to and keeps it for later. Writing to a log the user is not
 * looking at would change a file the sidebar does not show (and, in a workspace not
 * trusted, one whose path was only checked when the change was made); applying it to the
 * current log instead would put one log's moments into another.
 */
export async function undoChange(context: CommandContext, changeId?: string): Promise<boolean> {
  const taken = context.undo.take(changeId);
  if (!taken.ok) {
    void showInformation(refusalMessage(taken));
    return false;
  }
  const change = taken.change;
  let after: LogFile | undefined;
  try {
    await context.logs.write((log) => {
      const reverted = revertChange(log, change);
      if (!reverted.ok) throw new ChangedSince();
      after = reverted.log;
      return reverted.log;
    }, change.logPath);
  } catch (error) {
    if (error instanceof NotCurrentLogError) {
      context.undo.restore(change);
      void showInformation(
        vscode.l10n.t(
          'Growth Log: the {0} was made in {1}, which is not the log in use now, so it is not undone here. Open a file of that log’s folder (or move the log back) to undo it.',
          change.description,
          homeRelative(change.logPath),
        ),
      );
    } else if (error instanceof ChangedSince) {
      context.undo.refuse(change);
      void showInformation(refusalMessage({ reason: 'changed-since', description: change.description }));
    } else {
      context.undo.restore(change);
      void reportWriteFailure(context.output, error);
    }
    return false;
  }
  flashStatus('discard', undoneMessage(change, after));
  return true;
}

/**
 * What the status bar says once `change` is taken back, as logging says what it logged: a
 * deletion undone names the moment that is back; any other change, the change undone.
 */
function undoneMessage(change: RecordedChange, after: LogFile | undefined): string {
  const [restored, ...more] =
    change.action === 'deletion' ? (after?.moments.filter((moment) => change.left.has(moment.id)) ?? []) : [];
  return restored && more.length === 0
    ? vscode.l10n.t('Growth Log: restored {0}', quoteSummary(restored))
    : vscode.l10n.t('Growth Log: undid the {0}', change.description);
}

/** Offers Undo on a notification of `message`; the button undoes the change `changeId`, and only that one. */
export function offerUndo(message: string, changeId: string): void {
  const undo = vscode.l10n.t('Undo');
  void showInformation(message, undo).then((choice) => {
    if (choice === undo) void vscode.commands.executeCommand(COMMANDS.undo, changeId);
  });
}

/** The Undo button the sidebar shows for `change`, as its label. */
export function undoOfferLabel(change: RecordedChange): string {
  return vscode.l10n.t('Undo the {0}', change.description);
}

function refusalMessage(refusal: UndoRefusal): string {
  switch (refusal.reason) {
    case 'empty':
      return vscode.l10n.t('Growth Log: there is nothing to undo.');
    case 'unknown':
      return vscode.l10n.t('Growth Log: that change can no longer be undone.');
    case 'undone':
      return vscode.l10n.t('Growth Log: the {0} was already undone.', refusal.description);
    case 'changed-since':
      return vscode.l10n.t(
        'Growth Log: the {0} can no longer be undone: the moment was changed since.',
        refusal.description,
      );
  }
}
