import * as vscode from 'vscode';
import { dismissFollowUp as withoutFollowUp } from '../../core/insights/followUps';
import type { Moment } from '../../core/model/schema';
import { flashStatus } from '../ui/notifications';
import type { CommandContext } from './commandContext';
import { dueFollowUpsToPick, findMomentOrPick } from './pickMoment';
import { quoteSummary, saveEditedMoment } from './saveChange';

/**
 * Stops asking whether a moment held up (the one with `id`, from the sidebar, or one the
 * user picks among the follow-ups due): its follow-up date is removed, undoably. Resolves
 * to the moment as saved, or undefined if there was nothing to dismiss or it was not saved.
 */
export async function dismissFollowUp(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const moment = await findMomentOrPick(context, id, vscode.l10n.t('Dismiss a Follow-Up'), dueFollowUpsToPick(context));
  // Already answered or dismissed (in another window, say): nothing is left to stop.
  if (moment?.followUpAt === undefined) return undefined;
  const dismissed = withoutFollowUp(moment);
  const saved = await saveEditedMoment(
    context,
    moment,
    dismissed,
    vscode.l10n.t('dismissal of the follow-up on {0}', quoteSummary(moment)),
  );
  if (!saved) return undefined;
  flashStatus('close', vscode.l10n.t('Growth Log: will not ask again about {0}', quoteSummary(moment)));
  return dismissed;
}
