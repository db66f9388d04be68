import * as vscode from 'vscode';
import { mergeMoments, removeMoments } from '../../core/storage/logStore';
import type { Moment } from '../../core/model/schema';
import { COMMANDS } from '../ids';
import type { CommandContext } from './commandContext';
import { findMomentOrPick } from './pickMoment';
import { quoteSummary, saveChange } from './saveChange';
import { showInformation } from '../ui/notifications';

/**
 * Deletes a moment after the user confirms, then offers Undo. Resolves to the deleted
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

  const saved = await saveChange(context, (log) => removeMoments(log, [moment.id]), {
    description: vscode.l10n.t('deletion of {0}', quoteSummary(moment)),
    revert: (log) => mergeMoments(log, [moment]),
  });
  if (!saved) return undefined;
  const undo = vscode.l10n.t('Undo');
  void showInformation(vscode.l10n.t('Deleted {0}.', quoteSummary(moment)), undo).then((choice) => {
    if (choice === undo) void vscode.commands.executeCommand(COMMANDS.undo);
  });
  return moment;
}
