import * as vscode from 'vscode';
import { TRACKS } from '../../core/model/taxonomy';
import type { TrackId } from '../../shared/enums';
import { SETTINGS_SECTION } from '../ids';
import { readSettings } from '../settings';
import type { CommandContext } from './commandContext';

/** Sets `growthLog.track` (for the user, in every workspace) from a pick of the two tracks. */
export async function chooseTrack(context: CommandContext): Promise<TrackId | undefined> {
  const current = readSettings().track;
  const chosen = await context.prompts.pick(
    TRACKS.map((track) => ({
      label: track.label,
      description:
        track.id === current ? vscode.l10n.t('{0} (current)', track.ladder.join(' → ')) : track.ladder.join(' → '),
      detail: track.description,
      track: track.id,
    })),
    {
      title: vscode.l10n.t('Growth Log: Choose Your Track'),
      placeholder: vscode.l10n.t(
        'Which path are you growing on? It sets default targets and the wording of suggestions; it never hides data.',
      ),
    },
  );
  if (!chosen) return undefined;
  await vscode.workspace
    .getConfiguration(SETTINGS_SECTION)
    .update('track', chosen.track, vscode.ConfigurationTarget.Global);
  return chosen.track;
}
