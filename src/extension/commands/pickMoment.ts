import * as vscode from 'vscode';
import type { Moment } from '../../core/model/schema';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { showInformation, showWarning } from '../ui/notifications';

const RECENT = 50;

/**
 * The moment a command should act on: the one with `id` (from the sidebar), or, from the
 * command palette, one the user picks among the most recent.
 */
export async function findMomentOrPick(
  context: CommandContext,
  id: string | undefined,
  title: string,
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
  const recent = context.logs.timelineOf(loaded.log).latest(RECENT);
  if (recent.length === 0) {
    void showInformation(vscode.l10n.t('Growth Log: nothing is logged yet.'));
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
