import { builtInLadder } from '../core/ladders/builtInLadders';
import { readCsvRecords } from '../core/ladders/csvRecords';
import { chooseLevels, type Ladder, type LadderLevel } from '../core/ladders/ladder';
import { readLadderFile } from '../core/ladders/ladderFile';
import type { TrackId } from '../shared/enums';
import { UsageError } from './cliError';
import { exists, onFile, parseTrack } from './commands';

/**
 * The ladder options `readiness`, `export` and `draft` share: --ladder FILE (a company's
 * ladder, JSON or CSV; the track's built-in one without it), --track, --level and --target.
 */

export interface LadderArguments {
  /** A ladder file, JSON or CSV, as typed, so a problem names it as the user knows it (`ladder.csv: line 7, …`). */
  readonly ladder?: string;
  /** With the built-in ladders: which one. */
  readonly track?: TrackId;
  readonly level?: string;
  readonly target?: string;
}

/** The ladder and the levels on it a command measures against. */
export interface ChosenLadder {
  readonly ladder: Ladder;
  readonly level: LadderLevel | undefined;
  readonly target: LadderLevel;
}

/** The ladder options of the parsed command line. */
export function ladderArguments(values: {
  ladder?: string;
  track?: string;
  level?: string;
  target?: string;
}): LadderArguments {
  return {
    ladder: values.ladder,
    track: values.track === undefined ? undefined : parseTrack(values.track),
    level: values.level,
    target: values.target,
  };
}

/**
 * Whether the options ask for a ladder at all. --track alone does not: it also words the
 * brag document's suggestions, and a user who names a track has not asked to be measured.
 */
export function asksForLadder(options: LadderArguments): boolean {
  return options.ladder !== undefined || options.level !== undefined || options.target !== undefined;
}

/**
 * The ladder and levels the options name. `trackWithFile`: whether --track may go with
 * --ladder FILE (where it still words what the command writes) or is refused there, since
 * it would choose nothing.
 */
export async function chooseLadder(
  options: LadderArguments,
  defaultTrack: TrackId,
  trackWithFile: 'refused' | 'allowed' = 'refused',
): Promise<ChosenLadder> {
  const ladder = await ladderOf(options, defaultTrack, trackWithFile);
  return { ladder, ...levelsOf(ladder, options.level, options.target) };
}

async function ladderOf(
  options: LadderArguments,
  defaultTrack: TrackId,
  trackWithFile: 'refused' | 'allowed',
): Promise<Ladder> {
  if (options.ladder === undefined) return builtInLadder(options.track ?? defaultTrack);
  if (options.track !== undefined && trackWithFile === 'refused')
    throw new UsageError('--track chooses a built-in ladder; with --ladder FILE the file is the ladder: give one');
  const file = options.ladder;
  if (!(await exists(file)))
    throw new UsageError(`--ladder ${file}: no such file; give a ladder as JSON or as CSV exported from a spreadsheet`);
  // What the file holds is worded by the reader (a LadderFileError); what the system refuses, by onFile.
  return onFile(file, () =>
    // The command line bundles the CSV parser; the extension loads it only when a CSV ladder is read.
    readLadderFile(file, async () => readCsvRecords),
  );
}

function levelsOf(ladder: Ladder, levelName: string | undefined, targetName: string | undefined) {
  const choice = chooseLevels(ladder, levelName, targetName);
  if (choice.ok) return { level: choice.level, target: choice.target };
  const levels = ladder.levels.map((level) => `"${level.name}"`).join(', ');
  switch (choice.problem) {
    case 'unknown-level':
      throw new UsageError(
        `--level ${choice.name}: the ladder "${ladder.name}" has no such level; its levels are ${levels}`,
      );
    case 'unknown-target':
      throw new UsageError(
        `--target ${choice.name}: the ladder "${ladder.name}" has no such level; its levels are ${levels}`,
      );
    case 'top-level':
      throw new UsageError(
        `${choice.name} is the top level of "${ladder.name}"; name the level to measure with --target`,
      );
  }
}
