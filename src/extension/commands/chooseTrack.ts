import * as vscode from 'vscode';
import { TRACKS } from '../../core/model/taxonomy';
import type { TrackId } from '../../shared/enums';
import { SETTINGS_SECTION } from '../ids';
import { readSettings } from '../settings';
import { showInformation } from '../ui/notifications';
import type { CommandContext } from './commandContext';

/**
 * Sets `growthLog.track` (for the user, in every workspace) from a pick of the two tracks,
 * each named with roles a person recognises themselves in, and confirms the choice.
 */
export async function chooseTrack(context: CommandContext): Promise<TrackId | undefined> {
  const current = readSettings().track;
  const chosen = await context.prompts.pick(
    TRACKS.map((track) => {
      const ladder = track.ladder.join(' → ');
      return {
        label: track.label,
        description: track.id === current ? vscode.l10n.t('{0} (current)', ladder) : ladder,
        detail: `${exampleRoles(track.id)} ${track.description}`,
        track: track.id,
        trackLabel: track.label,
      };
    }),
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
  void showInformation(
    vscode.l10n.t(
      'Growth Log: your track is now {0}. Weekly targets and suggestions follow it; change it any time with Choose Your Track.',
      chosen.trackLabel,
    ),
  );
  return chosen.track;
}

/** The roles of people a track is for, so that someone can tell which one is theirs. */
function exampleRoles(track: TrackId): string {
  switch (track) {
    case 'management':
      return vscode.l10n.t('For example a tech lead, a team lead or an engineering manager.');
    case 'staff-ic':
      return vscode.l10n.t('For example a staff, principal or distinguished engineer, or an architect.');
  }
}
