import * as vscode from 'vscode';
import { mergeMoments, removeMoments } from '../../core/logStore';
import type { Moment } from '../../core/schema';
import { COMMANDS } from '../ids';
import type { CommandContext } from './commandContext';
import { findMomentOrPick } from './pickMoment';
import { quoteSummary, saveChange } from './saveChange';

/**
 * Deletes a moment after the user confirms, then offers Undo. Resolves to the deleted
 * moment, or undefined if nothing was deleted.
 */
export async function deleteMoment(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const moment = await findMomentOrPick(context, id, 'Delete a Moment');
  if (!moment) return undefined;
  const confirmed = await context.prompts.pick(
    [
      { label: '$(trash) Delete', detail: `Remove ${quoteSummary(moment)} from the log`, confirm: true },
      { label: 'Keep it', confirm: false },
    ],
    { title: `Delete ${quoteSummary(moment)}?`, placeholder: 'You can undo this afterwards.' },
  );
  if (!confirmed?.confirm) return undefined;

  const saved = await saveChange(context, (log) => removeMoments(log, [moment.id]), {
    description: `deletion of ${quoteSummary(moment)}`,
    revert: (log) => mergeMoments(log, [moment]),
  });
  if (!saved) return undefined;
  void vscode.window.showInformationMessage(`Deleted ${quoteSummary(moment)}.`, 'Undo').then((choice) => {
    if (choice === 'Undo') void vscode.commands.executeCommand(COMMANDS.undo);
  });
  return moment;
}
