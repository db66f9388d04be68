import * as vscode from 'vscode';
import { dismissFollowUp as withoutFollowUp } from '../../core/insights/followUps';
import type { Moment } from '../../core/model/schema';
import { flashStatus } from '../ui/notifications';
import type { CommandContext } from './commandContext';
import { dueFollowUpsToPick, findMomentOrPick } from './pickMoment';
import { quoteSummary, saveMomentFields } from './saveChange';

/**
 * Stops asking whether a moment held up (the one with `id`, from the sidebar, or one the
 * user picks among the follow-ups due): its follow-up date is removed, undoably. Resolves
 * to the moment as saved, or undefined if there was nothing to dismiss or it was not saved.
 */
export async function dismissFollowUp(context: CommandContext, id?: string): Promise<Moment | undefined> {
  const moment = await findMomentOrPick(context, id, vscode.l10n.t('Dismiss a Follow-Up'), dueFollowUpsToPick(context));
  // Already answered or dismissed (in another window, say): nothing is left to stop.
  if (moment?.followUpAt === undefined) return undefined;
  // As the log holds it now: answered in another window meanwhile, there is nothing to dismiss.
  const dismissed = await saveMomentFields(
    context,
    moment.id,
    ['followUpAt'],
    (current) => (current.followUpAt === undefined ? current : withoutFollowUp(current)),
    vscode.l10n.t('dismissal of the follow-up on {0}', quoteSummary(moment)),
  );
  if (!dismissed) return undefined;
  flashStatus('close', vscode.l10n.t('Growth Log: will not ask again about {0}', quoteSummary(moment)));
  return dismissed;
}
