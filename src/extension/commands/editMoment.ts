import * as vscode from 'vscode';
import { applyQuickLogEntry } from '../../core/model/newMoment';
import type { Moment } from '../../core/model/schema';
import type { CommandContext } from './commandContext';
import { askMomentDetails } from './momentPrompts';
import { findMomentOrPick } from './pickMoment';
import { quoteSummary, saveEditedMoment } from './saveChange';
import { flashStatus } from '../ui/notifications';

/**
 * Edits a moment in the same prompts it was logged with, filled with its current values.
 * Resolves to the saved moment, or undefined if the user cancelled or it was not saved.
 */
export async function editMoment(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const original = await findMomentOrPick(context, id, vscode.l10n.t('Edit a Moment'));
  if (!original) return undefined;
  const kind = context.kinds.describe(original.kind);
  const details = await askMomentDetails(context.prompts, {
    title: vscode.l10n.t('Edit {0}', kind.label),
    kind,
    editing: original,
    stepsBefore: 0,
    now: context.now,
    language: context.language,
  });
  if (!details) return undefined;

  const edited = applyQuickLogEntry(original, details);
  const saved = await saveEditedMoment(context, original, edited, vscode.l10n.t('edit of {0}', quoteSummary(edited)));
  if (!saved) return undefined;
  flashStatus('check', vscode.l10n.t('Growth Log: saved {0}', quoteSummary(edited)));
  return edited;
}
