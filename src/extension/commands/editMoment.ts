import * as vscode from 'vscode';
import { recordOutcome } from '../../core/insights/followUps';
import { applyQuickLogEntry } from '../../core/model/newMoment';
import type { Moment } from '../../core/model/schema';
import type { CommandContext } from './commandContext';
import { initiativesInLog } from './initiativePrompt';
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
  const initiatives = await initiativesInLog(context);
  const title = vscode.l10n.t('Edit {0}', kind.label);
  // A recorded outcome is edited with the rest; one is first recorded with Record an Outcome….
  const hasOutcome = original.outcome !== undefined;
  const details = await askMomentDetails(context.prompts, {
    title,
    kind,
    editing: original,
    stepsBefore: 0,
    stepsAfter: hasOutcome ? 1 : 0,
    now: context.now,
    language: context.language,
    initiatives,
  });
  if (!details) return undefined;
  const outcome = hasOutcome ? await askOutcome(context, title, original) : undefined;
  if (outcome === 'cancelled') return undefined;

  const edited = withEditedOutcome(applyQuickLogEntry(original, details), outcome, context.now());
  const saved = await saveEditedMoment(context, original, edited, vscode.l10n.t('edit of {0}', quoteSummary(edited)));
  if (!saved) return undefined;
  flashStatus('check', vscode.l10n.t('Growth Log: saved {0}', quoteSummary(edited)));
  return edited;
}

/** The outcome step of an edit: the text as recorded, to correct, or to clear (which removes it). */
async function askOutcome(context: CommandContext, title: string, original: Moment): Promise<string | 'cancelled'> {
  const text = await context.prompts.input({
    title,
    step: 4,
    totalSteps: 4,
    prompt: vscode.l10n.t('Outcome: what came of it, weeks later. Clear it to remove it.'),
    value: original.outcome?.text,
  });
  return text ?? 'cancelled';
}

/** `moment` with the outcome text typed in an edit: unchanged text keeps its date, new text is dated now, none removes it. */
function withEditedOutcome(moment: Moment, text: string | undefined, now: Date): Moment {
  if (text === undefined || text.trim() === moment.outcome?.text) return moment;
  const { outcome: _previous, ...rest } = moment;
  return text.trim() === '' ? rest : recordOutcome(moment, text, now);
}
