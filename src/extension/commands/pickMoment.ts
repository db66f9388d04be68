import * as vscode from 'vscode';
import type { LogFile, Moment } from '../../core/model/schema';
import { dueFollowUps } from '../../core/insights/followUps';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { showInformation, showWarning } from '../ui/notifications';

const RECENT = 50;

/** Which moments a command offers to pick from, and what it says when there are none. */
export interface PickAmong {
  readonly moments: (log: LogFile) => readonly Moment[];
  readonly none: string;
}

/**
 * The moment a command should act on: the one with `id` (from the sidebar), or, from the
 * command palette, one the user picks among the most recent (or among `among`).
 */
export async function findMomentOrPick(
  context: CommandContext,
  id: string | undefined,
  title: string,
  among?: PickAmong,
): Promise<Moment | undefined> {
  const loaded = await context.logs.load();
  if (!loaded.ok) {
    void reportLogFileError(loaded.error);
    return undefined;
  }
  if (id !== undefined) {
    const moment = loaded.log.moments.find((candidate) => candidate.id === id);
    if (!moment) void showWarning(vscode.l10n.t('Growth Log: that moment is no longer in the log.'));
    return moment;
  }
  const recent = among ? among.moments(loaded.log) : context.logs.timelineOf(loaded.log).latest(RECENT);
  if (recent.length === 0) {
    void showInformation(among?.none ?? vscode.l10n.t('Growth Log: nothing is logged yet.'));
    return undefined;
  }
  const chosen = await context.prompts.pick(
    recent.map((moment) => {
      const kind = context.kinds.describe(moment.kind);
      return {
        icon: kind.icon,
        label: moment.summary,
        description: context.language.dateFormat({ dateStyle: 'medium' }).format(new Date(moment.at)),
        detail: kind.label,
        moment,
      };
    }),
    { title, placeholder: vscode.l10n.t('Which moment?') },
  );
  return chosen?.moment;
}

/**
 * What Record an Outcome… offers from the palette: the follow-ups due, the longest waiting
 * first, then the other recent moments (an outcome can be recorded for any moment).
 */
export function outcomeCandidatesToPick(context: CommandContext): PickAmong {
  return {
    moments: (log) => {
      const due = dueFollowUps(log.moments, context.now());
      const asked = new Set(due.map((moment) => moment.id));
      const recent = context.logs.timelineOf(log).latest(RECENT);
      return [...due, ...recent.filter((moment) => !asked.has(moment.id))];
    },
    none: vscode.l10n.t('Growth Log: nothing is logged yet.'),
  };
}

/** The moments whose follow-up is due now, the longest waiting first: what the follow-up commands offer from the palette. */
export function dueFollowUpsToPick(context: CommandContext): PickAmong {
  return {
    moments: (log) => dueFollowUps(log.moments, context.now()),
    none: vscode.l10n.t('Growth Log: no follow-up is due; you will be asked when one is.'),
  };
}
