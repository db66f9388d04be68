import * as vscode from 'vscode';
import { TRACKS, type TrackId } from '../../core/taxonomy';
import { SETTINGS_SECTION } from '../ids';
import { readSettings } from '../settings';
import type { CommandContext } from './commandContext';

/** Sets `growthLog.track` (for the user, in every workspace) from a pick of the two tracks. */
export async function chooseTrack(context: CommandContext): Promise<TrackId | undefined> {
  const current = readSettings().track;
  const chosen = await context.prompts.pick(
    TRACKS.map((track) => ({
      label: track.label,
      description: `${track.ladder.join(' → ')}${track.id === current ? ' (current)' : ''}`,
      detail: track.description,
      track: track.id,
    })),
    {
      title: 'Growth Log: Choose Your Track',
      placeholder: 'Which path are you growing on? It sets default targets and the wording of suggestions; it never hides data.',
    },
  );
  if (!chosen) return undefined;
  await vscode.workspace.getConfiguration(SETTINGS_SECTION).update('track', chosen.track, vscode.ConfigurationTarget.Global);
  return chosen.track;
}
