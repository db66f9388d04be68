import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { SETTINGS_SECTION } from '../ids';
import { showWarning } from '../ui/notifications';
import type { Output } from '../ui/output';
import { type LadderChoice, loadLadderChoice } from './ladderChoice';

/** The settings by which a user chooses to be measured: a ladder file, a level or a target level. */
const LADDER_SETTINGS = ['ladder', 'level', 'targetLevel'] as const;

const textSetting = z.catch(z.string(), '');

/**
 * The ladder level the brag document and the self-review draft measure against, or none
 * when the user has set none of `growthLog.ladder`, `growthLog.level` and
 * `growthLog.targetLevel`: everyone has a track, but only a user who chose a ladder or a
 * level asked to be measured. What of the settings cannot be used (a ladder file that does
 * not read, a level the ladder lacks) is replaced as the readiness view replaces it, and
 * said in a warning, since the document names the level it measures.
 */
export async function documentLadder(
  output: Output,
  folder: vscode.WorkspaceFolder | undefined,
): Promise<LadderChoice | undefined> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder);
  const chosen = LADDER_SETTINGS.some((key) => textSetting.parse(config.get(key)).trim() !== '');
  if (!chosen) return undefined;
  const choice = await loadLadderChoice(output, folder);
  if (choice.problem !== undefined) void showWarning(vscode.l10n.t('Growth Log: {0}', choice.problem));
  return choice;
}
