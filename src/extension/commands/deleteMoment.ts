import * as vscode from 'vscode';
import { mergeMoments, removeMoments } from '../../core/storage/logStore';
import type { Moment } from '../../core/model/schema';
import type { CommandContext } from './commandContext';
import { findMomentOrPick } from './pickMoment';
import { quoteSummary, saveChange } from './saveChange';
import { offerUndo } from './undo';

/**
 * Deletes a moment after the user confirms, then offers Undo (in a notification and in
 * the sidebar). Resolves to the deleted
 * moment, or undefined if nothing was deleted.
 */
export async function deleteMoment(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const moment = await findMomentOrPick(context, id, vscode.l10n.t('Delete a Moment'));
  if (!moment) return undefined;
  const confirmed = await context.prompts.pick(
    [
      {
        icon: 'trash',
        label: vscode.l10n.t('Delete'),
        detail: vscode.l10n.t('Remove {0} from the log', quoteSummary(moment)),
        confirm: true,
      },
      { label: vscode.l10n.t('Keep it'), confirm: false },
    ],
    {
      title: vscode.l10n.t('Delete {0}?', quoteSummary(moment)),
      placeholder: vscode.l10n.t('You can undo this afterwards.'),
    },
  );
  if (!confirmed?.confirm) return undefined;

  const changeId = await saveChange(context, (log) => removeMoments(log, [moment.id]), {
    description: vscode.l10n.t('deletion of {0}', quoteSummary(moment)),
    action: 'deletion',
    revert: (log) => mergeMoments(log, [moment]),
    touches: [moment.id],
  });
  if (!changeId) return undefined;
  // Its Undo takes back this deletion, and only this one, however late it is clicked.
  offerUndo(vscode.l10n.t('Deleted {0}.', quoteSummary(moment)), changeId);
  return moment;
}
