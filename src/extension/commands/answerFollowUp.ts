import * as vscode from 'vscode';
import { recordOutcome } from '../../core/insights/followUps';
import type { Moment } from '../../core/model/schema';
import { flashStatus } from '../ui/notifications';
import type { CommandContext } from './commandContext';
import { findMomentOrPick, outcomeCandidatesToPick } from './pickMoment';
import { quoteSummary, saveMomentFields } from './saveChange';

/**
 * "Did it hold up?": asks what came of a moment (the one with `id`, from the sidebar, or
 * one the user picks, the follow-ups due first) and records it as the moment's outcome,
 * undoably; the question is then no longer asked. Resolves to the moment as saved, or
 * undefined if the user cancelled or it was not saved.
 */
export async function answerFollowUp(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const moment = await findMomentOrPick(
    context,
    id,
    vscode.l10n.t('Record an Outcome'),
    outcomeCandidatesToPick(context),
  );
  if (!moment) return undefined;
  const text = await context.prompts.input({
    title: vscode.l10n.t('Did it hold up? {0}', quoteSummary(moment)),
    prompt: vscode.l10n.t('What came of it? Your brag document leads with this outcome.'),
    placeholder: vscode.l10n.t('e.g. Sam has run the last three releases alone'),
    value: moment.outcome?.text,
    validate: (typed) =>
      typed.trim() === '' ? vscode.l10n.t('Say in a sentence what came of it, or press Escape.') : undefined,
  });
  if (text === undefined) return undefined;
  const now = context.now();
  const answered = await saveMomentFields(
    context,
    moment.id,
    ['outcome', 'followUpAt'],
    (current) => recordOutcome(current, text, now),
    vscode.l10n.t('outcome of {0}', quoteSummary(moment)),
  );
  if (!answered) return undefined;
  flashStatus('check', vscode.l10n.t('Growth Log: recorded what came of {0}', quoteSummary(moment)));
  return answered;
}
