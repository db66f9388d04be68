import * as vscode from 'vscode';
import { dateFormat } from '../../core/displayLanguage';
import { Timeline } from '../../core/timeline';
import type { Moment } from '../../core/schema';
import { describeKind } from '../../core/taxonomy';
import { reportLogFileError } from '../logFileErrors';
import type { CommandContext } from './commandContext';
import { showInformation, showWarning } from '../ui/notifications';

const RECENT = 50;

/**
 * The moment a command should act on: the one with `id` (from the sidebar), or, from the
 * command palette, one the user picks among the most recent.
 */
export async function findMomentOrPick(context: CommandContext, id: string | undefined, title: string): Promise<Moment | undefined> {
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
  const recent = Timeline.of(loaded.log.moments).latest(RECENT);
  if (recent.length === 0) {
    void showInformation(vscode.l10n.t('Growth Log: nothing is logged yet.'));
    return undefined;
  }
  const chosen = await context.prompts.pick(
    recent.map((moment) => ({
      icon: describeKind(moment.kind).icon,
      label: moment.summary,
      description: dateFormat({ dateStyle: 'medium' }).format(new Date(moment.at)),
      detail: describeKind(moment.kind).label,
      moment,
    })),
    { title, placeholder: vscode.l10n.t('Which moment?') },
  );
  return chosen?.moment;
}
