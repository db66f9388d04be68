import * as vscode from 'vscode';
import { reportWriteFailure } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { flashStatus, showInformation } from '../ui/notifications';

/** Takes back the last log, edit or deletion made in this window. Resolves to whether it did. */
export async function undoLastChange(context: CommandContext): Promise<boolean> {
  const change = context.undo.takeLast();
  if (!change) {
    void showInformation(vscode.l10n.t('Growth Log: there is nothing to undo.'));
    return false;
  }
  try {
    await context.logs.update(change.revert);
  } catch (error) {
    context.undo.restore(change);
    void reportWriteFailure(context.output, error);
    return false;
  }
  flashStatus('discard', vscode.l10n.t('Growth Log: undid the {0}', change.description));
  return true;
}
