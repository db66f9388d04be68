import * as vscode from 'vscode';
import type { Ladder, LadderLevel } from '../../core/ladders/ladder';
import { TRACKS } from '../../core/model/taxonomy';
import type { TrackId } from '../../shared/enums';
import { SETTINGS_SECTION } from '../ids';
import type { LadderChoice } from '../ladders/ladderChoice';
import { loadLadderFeatures } from '../ladders/loadLadderFeatures';
import { readSettings } from '../settings';
import { showInformation } from '../ui/notifications';
import type { CommandContext } from './commandContext';

const STEPS = 3;

/**
 * Sets `growthLog.track` (for the user, in every workspace) from a pick of the two tracks,
 * each named with roles a person recognises themselves in, then the level the user is at
 * and the one they work towards (`growthLog.level`, `growthLog.targetLevel`) from the
 * ladder they are measured against, and confirms the choice. Escape at a level keeps the
 * track chosen and leaves the levels as they were.
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
      step: 1,
      totalSteps: STEPS,
    },
  );
  if (!chosen) return undefined;
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  await settings.update('track', chosen.track, vscode.ConfigurationTarget.Global);
  // Read after the track is written: without a company ladder, the levels are the new track's.
  // A ladder file named relative to a folder is found from the log's folder, as the sidebar finds it.
  const folder = context.logs.locateAndFollow().folder;
  const levels = await chooseLevels(context, await loadLadderFeatures().loadLadderChoice(context.output, folder));
  if (levels) {
    await settings.update('level', levels.level.name, vscode.ConfigurationTarget.Global);
    await settings.update('targetLevel', levels.target.name, vscode.ConfigurationTarget.Global);
  }
  void showInformation(
    levels
      ? vscode.l10n.t(
          'Growth Log: your track is now {0}, at {1} working towards {2}. Weekly targets, suggestions and readiness follow it; change it any time with Choose Your Track.',
          chosen.trackLabel,
          levels.level.name,
          levels.target.name,
        )
      : vscode.l10n.t(
          'Growth Log: your track is now {0}. Weekly targets and suggestions follow it; change it any time with Choose Your Track.',
          chosen.trackLabel,
        ),
  );
  return chosen.track;
}

/**
 * The level the user is at and the one they work towards, picked from the ladder's levels:
 * the current choice highlighted first, then the level after the chosen one (at the top
 * of the ladder, the top level itself). Undefined if the user pressed Escape at either.
 */
async function chooseLevels(
  context: CommandContext,
  choice: LadderChoice,
): Promise<{ level: LadderLevel; target: LadderLevel } | undefined> {
  const { ladder } = choice;
  // A company's ladder is named, so that the user sees whose levels these are.
  const company = choice.file !== undefined;
  const level = await pickLevel(
    context,
    ladder,
    ladder.levels.indexOf(choice.level ?? (ladder.levels[0] as LadderLevel)),
    {
      title: company
        ? vscode.l10n.t('Growth Log: Your Level on “{0}”', ladder.name)
        : vscode.l10n.t('Growth Log: Your Level'),
      placeholder: vscode.l10n.t('Which level are you at now?'),
      step: 2,
    },
  );
  if (!level) return undefined;
  const at = ladder.levels.indexOf(level);
  const target = await pickLevel(context, ladder, Math.min(at + 1, ladder.levels.length - 1), {
    title: company
      ? vscode.l10n.t('Growth Log: Your Target Level on “{0}”', ladder.name)
      : vscode.l10n.t('Growth Log: Your Target Level'),
    placeholder: vscode.l10n.t('Which level are you working towards? Readiness measures your log against it.'),
    step: 3,
  });
  return target && { level, target };
}

function pickLevel(
  context: CommandContext,
  ladder: Ladder,
  highlighted: number,
  options: { title: string; placeholder: string; step: number },
): Promise<LadderLevel | undefined> {
  const items = ladder.levels.map((level) => ({
    label: level.name,
    description:
      level.expectations.length === 1
        ? vscode.l10n.t('1 expectation')
        : vscode.l10n.t('{0} expectations', level.expectations.length),
    level,
  }));
  return context.prompts
    .pick(items, { ...options, totalSteps: STEPS, active: items[Math.max(0, highlighted)] })
    .then((picked) => picked?.level);
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
