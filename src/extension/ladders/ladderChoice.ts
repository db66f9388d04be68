import { homedir } from 'node:os';
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { builtInLadder } from '../../core/ladders/builtInLadders';
import type { CsvRecordReader } from '../../core/ladders/csvRecords';
import { chooseLevels, type Ladder, type LadderLevel, type LevelChoice } from '../../core/ladders/ladder';
import { readLadderFile } from '../../core/ladders/ladderFile';
import { LadderFileError } from '../../core/ladders/ladderFileError';
import type { LadderFileCache } from '../../core/ladders/ladderFileCache';
import { levelNames } from '../../core/ladders/levelNames';
import { TRACKS } from '../../core/model/taxonomy';
import { resolveLogFilePath } from '../../core/storage/logFileTarget';
import { clipEnd, clipMiddle, QUOTED_PATH_LENGTH } from '../../shared/clipText';
import type { TrackId } from '../../shared/enums';
import { SETTINGS_SECTION } from '../ids';
import { loadLazyBundle } from '../lazyBundle';
import { homeRelative } from '../logLocation';
import { readSettings } from '../settings';
import { logHandledError, type Output } from '../ui/output';

/**
 * The ladder the user measures their log against and the levels on it, from the settings:
 * `growthLog.ladder` (a company's ladder file; the track's built-in ladder when empty),
 * `growthLog.level` and `growthLog.targetLevel`. Whatever of those cannot be used is
 * replaced by what can (the built-in ladder, the ladder's first levels) and said in
 * `problem`, so the readiness view, the sidebar and the documents always have a ladder and
 * say why it is not the one configured.
 */
export interface LadderChoice {
  readonly ladder: Ladder;
  /** The user's current level; none when the target is the ladder's first level. */
  readonly level: LadderLevel | undefined;
  readonly target: LadderLevel;
  /** The track whose built-in ladder is used, or whose voice a company's ladder is read in. */
  readonly track: TrackId;
  /** The company ladder's file, when that is the ladder used. */
  readonly file?: string;
  /** Why the ladder or the levels are not the ones configured, in a sentence for the user; none when they are. */
  readonly problem?: string;
  /** With a problem a setting can mend: that setting and, when it is the ladder's, the file it names. */
  readonly problemSource?: LadderProblemSource;
}

/** The setting a ladder's problem lies in, and the file it names when that file cannot be used. */
export interface LadderProblemSource {
  readonly setting: 'ladder' | 'level' | 'targetLevel';
  readonly file?: string;
  /** The line of that file the problem names (from 1), when it names one. */
  readonly line?: number;
}

const textSetting = z.catch(z.string(), '');

/** `ladderFiles`, when given, keeps the ladder read from a file until the file changes. */
export async function loadLadderChoice(
  output: Output,
  folder?: vscode.WorkspaceFolder,
  ladderFiles?: LadderFileCache,
): Promise<LadderChoice> {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder);
  const track = readSettings(folder).track;
  const configured = textSetting.parse(config.get('ladder')).trim();
  const { ladder, file, problem, unusableFile, line } =
    configured === ''
      ? { ladder: builtInLadder(track), file: undefined, problem: undefined, unusableFile: undefined, line: undefined }
      : await companyLadder(configured, track, output, folder, ladderFiles);
  const levels = levelsOf(
    ladder,
    textSetting.parse(config.get('level')).trim(),
    textSetting.parse(config.get('targetLevel')).trim(),
  );
  const problems = [problem, levels.problem].filter((text): text is string => text !== undefined);
  // The file first: a ladder that cannot be read is what to mend before its level names.
  const problemSource: LadderProblemSource | undefined =
    unusableFile !== undefined
      ? { setting: 'ladder', file: unusableFile, ...(line === undefined ? {} : { line }) }
      : levels.setting && { setting: levels.setting };
  return {
    ladder,
    level: levels.level,
    target: levels.target,
    track,
    ...(file === undefined ? {} : { file }),
    ...(problems.length > 0 ? { problem: problems.join(' ') } : {}),
    ...(problemSource === undefined ? {} : { problemSource }),
  };
}

/** The ladder of the file `configured` names (`~` for the home folder; relative to the workspace folder), or the built-in one and why. */
async function companyLadder(
  configured: string,
  track: TrackId,
  output: Output,
  folder: vscode.WorkspaceFolder | undefined,
  ladderFiles: LadderFileCache | undefined,
): Promise<{ ladder: Ladder; file?: string; problem?: string; unusableFile?: string; line?: number }> {
  const file = resolveLogFilePath(configured, folder?.uri.fsPath ?? homedir(), homedir());
  try {
    const ladder = ladderFiles
      ? await ladderFiles.read(file, loadCsvReader)
      : await readLadderFile(file, loadCsvReader);
    return { ladder, file };
  } catch (error) {
    logHandledError(output, vscode.l10n.t('Reading the ladder'), error);
    return {
      ladder: builtInLadder(track),
      unusableFile: file,
      ...(error instanceof LadderFileError && error.line !== undefined ? { line: error.line } : {}),
      problem: vscode.l10n.t(
        'The ladder of growthLog.ladder ({0}) cannot be used, so the built-in {1} ladder is used meanwhile: {2}',
        clipMiddle(homeRelative(file), QUOTED_PATH_LENGTH),
        TRACKS.find((candidate) => candidate.id === track)?.label ?? track,
        // The system's own messages quote the path whole; the output channel above has it all.
        clipMiddle(error instanceof Error ? error.message : String(error), QUOTED_ERROR_LENGTH),
      ),
    };
  }
}

/** A reader's or the system's message in a problem: a ladder reader's is shorter, a path quoted whole may not be. */
const QUOTED_ERROR_LENGTH = 1000;

/** The CSV parser is a bundle of its own, loaded only when a CSV ladder is read. */
async function loadCsvReader(): Promise<CsvRecordReader> {
  return loadLazyBundle<{ readCsvRecords: CsvRecordReader }>('ladderCsv', ['readCsvRecords']).readCsvRecords;
}

/** The levels named in the settings; when a name is not on the ladder, the ladder's first two, and why. */
function levelsOf(
  ladder: Ladder,
  levelName: string,
  targetName: string,
): { level: LadderLevel | undefined; target: LadderLevel; problem?: string; setting?: 'level' | 'targetLevel' } {
  const choice = chooseLevels(ladder, levelName || undefined, targetName || undefined);
  if (choice.ok) return choice;
  if (choice.problem === 'top-level') {
    // At the top of the ladder there is no next level: the level held is the one to keep evidence for.
    const top = ladder.levels[ladder.levels.length - 1] as LadderLevel;
    return {
      level: top,
      target: top,
      // Said (the readiness view shows it), but nothing to mend: no setting is at fault.
      problem: vscode.l10n.t(
        '{0} is the top level of the ladder “{1}”, so it is measured; set growthLog.targetLevel to measure another.',
        clipEnd(choice.name),
        clipEnd(ladder.name),
      ),
    };
  }
  // A ladder has at least one level (the readers refuse one without), so the first levels are a choice.
  const fallback = chooseLevels(ladder) as Extract<LevelChoice, { ok: true }>;
  const problem = vscode.l10n.t(
    '{0} “{1}” is not a level of the ladder “{2}” (its levels are {3}), so {4} is measured.',
    choice.problem === 'unknown-level' ? 'growthLog.level' : 'growthLog.targetLevel',
    clipEnd(choice.name),
    clipEnd(ladder.name),
    levelNames(ladder),
    clipEnd(fallback.target.name),
  );
  return {
    level: fallback.level,
    target: fallback.target,
    problem,
    setting: choice.problem === 'unknown-level' ? 'level' : 'targetLevel',
  };
}
