import * as vscode from 'vscode';
import type { LadderFileCache } from '../../core/ladders/ladderFileCache';
import type { SidebarLine } from '../../protocol';
import { clipEnd, clipMiddle, QUOTED_PATH_LENGTH } from '../../shared/clipText';
import { type ReadinessLineInput, readinessLine } from '../../viewModel/readinessLine';
import { homeRelative } from '../logLocation';
import type { Output } from '../ui/output';
import { type LadderChoice, loadLadderChoice } from './ladderChoice';

export interface SidebarReadinessInput extends Omit<ReadinessLineInput, 'ladder' | 'target'> {
  readonly output: Output;
  readonly folder?: vscode.WorkspaceFolder;
  /** The sidebar's cache of the ladder file, read again only when it changes. */
  readonly ladderFiles?: LadderFileCache;
}

export interface SidebarReadiness {
  readonly choice: LadderChoice;
  readonly line: SidebarLine;
  /** When the ladder or a level the settings name cannot be used: the short line that says so. */
  readonly problem?: SidebarLine;
}

/** The sidebar's readiness line from the ladder the settings choose, and the line about its problem if it has one. */
export async function sidebarReadiness(input: SidebarReadinessInput): Promise<SidebarReadiness> {
  const choice = await loadLadderChoice(input.output, input.folder, input.ladderFiles);
  const line = readinessLine({ ...input, ladder: choice.ladder, target: choice.target });
  const problem = problemLine(choice);
  return { choice, line, ...(problem === undefined ? {} : { problem }) };
}

/** The sidebar's words for a ladder's problem: short, since the notification and the output channel give the detail. */
function problemLine(choice: LadderChoice): SidebarLine | undefined {
  const source = choice.problemSource;
  if (source === undefined) return undefined;
  if (source.setting === 'ladder') {
    // Whether the file could not be read or was read and does not hold a ladder: it cannot be used.
    const text = vscode.l10n.t('Your ladder file cannot be used: the built-in ladder is used');
    return {
      text,
      label: vscode.l10n.t('{0}. Open {1}', text, clipMiddle(homeRelative(source.file ?? ''), QUOTED_PATH_LENGTH)),
    };
  }
  const ladderName = clipEnd(choice.ladder.name);
  const targetName = clipEnd(choice.target.name);
  const text =
    source.setting === 'level'
      ? vscode.l10n.t('Your level is not on the ladder “{0}”: {1} is measured', ladderName, targetName)
      : vscode.l10n.t('Your target level is not on the ladder “{0}”: {1} is measured', ladderName, targetName);
  return { text, label: vscode.l10n.t('{0}. Open the setting growthLog.{1}', text, source.setting) };
}
