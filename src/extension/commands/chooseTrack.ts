import * as vscode from 'vscode';
import type { LadderLevel } from '../../core/ladders/ladder';
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
  // A ladder file named relative to a folder is found from the log's folder, as the sidebar finds it.
  const folder = context.logs.locateAndFollow().folder;
  const { loadLadderChoice } = loadLadderFeatures();
  // With a company ladder the levels are its own whichever track is chosen: said at the first step.
  const before = await loadLadderChoice(context.output, folder);
  const company = before.file === undefined ? undefined : before.ladder.name;
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
      placeholder:
        company === undefined
          ? vscode.l10n.t(
              'Which path are you growing on? It sets default targets and the wording of suggestions; it never hides data.',
            )
          : vscode.l10n.t(
              'Which path are you growing on? Your levels come from the company ladder “{0}”; the track words suggestions and default targets. It never hides data.',
              company,
            ),
      step: 1,
      totalSteps: STEPS,
    },
  );
  if (!chosen) return undefined;
  const settings = vscode.workspace.getConfiguration(SETTINGS_SECTION);
  await settings.update('track', chosen.track, vscode.ConfigurationTarget.Global);
  // Without a company ladder the levels are the new track's: read again after the track is written.
  const levels = await chooseLevels(
    context,
    company === undefined ? await loadLadderChoice(context.output, folder) : before,
  );
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
 * the current level from all of them, the current choice highlighted; the target from the
 * levels above it only, the next one highlighted (at the top of the ladder, the top level
 * itself: the level held is the one to keep evidence for). Undefined if the user pressed
 * Escape at either.
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
    ladder.levels,
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
  const above = ladder.levels.slice(ladder.levels.indexOf(level) + 1);
  const target = await pickLevel(context, above.length > 0 ? above : [level], 0, {
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
  levels: readonly LadderLevel[],
  highlighted: number,
  options: { title: string; placeholder: string; step: number },
): Promise<LadderLevel | undefined> {
  const items = levels.map((level) => ({
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
