import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../core/storage/atomicWrite';
import { renderBragDocument } from '../core/documents/bragDocument';
import { formatLocalDate, parseLocalDate, startOfWeek } from '../core/time/calendar';
import { fileProblemCause, toLogFileError } from '../core/storage/fileSystemProblems';
import { DisplayLanguage } from '../core/time/displayLanguage';
import { keepOutOfGit } from '../core/git/gitExclude';
import { KindCatalogue } from '../core/model/kindCatalogue';
import { LogStore } from '../core/storage/logStore';
import type { LogFile } from '../core/model/schema';
import { peopleOf } from '../core/model/people';
import { createMoment } from '../core/model/newMoment';
import { customPeriod, PERIOD_PRESETS, resolvePeriod, type Period, type PeriodPresetId } from '../core/insights/period';
import { parseQuickLog } from '../core/model/quickLog';
import { summariseWeek } from '../core/insights/summary';
import { BUILT_IN_KINDS } from '../core/model/taxonomy';
import { TRACK_IDS, type TrackId, WEEK_START_DAYS, type WeekStartDay } from '../shared/enums';
import { KIND_ID_PATTERN } from '../shared/patterns';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { Timeline } from '../core/insights/timeline';
import { UsageError } from './cliError';
import { isCode } from '../core/storage/fileLock';
import { parseDayWord } from '../core/time/dayWords';

/** What a command prints: to standard output, and notes for standard error. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr?: string;
}

/** The command line speaks English, its dates included. */
const CLI_LANGUAGE = 'en';

export interface CommonOptions {
  readonly file: string;
  readonly now: Date;
}

export async function addCommand(
  kind: string | undefined,
  words: string[],
  options: CommonOptions & { impact?: string; date?: string; keepInGit: boolean },
): Promise<CommandOutput> {
  if (!kind) throw new UsageError('add needs a kind and some text, e.g. growth-log add mentoring "Paired with @Sam"');
  if (!KIND_ID_PATTERN.test(kind))
    throw new UsageError(`"${kind}" is not a kind id (lower-case letters, digits and dashes)`);
  const parsed = parseQuickLog(words.join(' '), options.now);
  if (!parsed.ok) throw new UsageError(parsed.error);
  const date = options.date === undefined ? undefined : parseDayWord(options.date, options.now);
  if (date && !date.ok) throw new UsageError(`--date: ${date.error}`);
  const entry = date ? { ...parsed.entry, day: date.day } : parsed.entry;
  const moment = createMoment({ kind, entry, impact: options.impact, now: options.now });
  const isNewLog = !(await exists(options.file));
  await onFile(options.file, () => new LogStore().append(options.file, moment, { timeoutMs: 30_000 }));
  const notes: string[] = [];
  if (!BUILT_IN_KINDS.some((builtIn) => builtIn.id === kind))
    notes.push(`note: "${kind}" is not one of the built-in kinds; it is logged as a custom kind`);
  // As the extension does: a log we start is personal notes about colleagues, so it stays
  // out of commits. Only when starting it, so an add stays one file write.
  if (isNewLog && !options.keepInGit) notes.push(...(await excludeFromGit(options.file)));
  return { stdout: `${moment.id}\n`, stderr: notes.length > 0 ? `${notes.join('\n')}\n` : undefined };
}

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/** What the user is told about keeping a new log out of git. The moment is saved whatever happens here. */
export async function excludeFromGit(file: string): Promise<string[]> {
  try {
    switch (await keepOutOfGit(file)) {
      case 'excluded':
        return [
          `note: ${file} is kept out of git: it was added to the repository's .git/info/exclude (--keep-in-git to leave it)`,
        ];
      case 'tracked':
        return [`warning: git tracks ${file}, so these notes would be committed; "git rm --cached" on it stops that`];
      default:
        return [];
    }
  } catch (error) {
    return [`warning: ${file} could not be kept out of git: ${fileProblemCause(error) ?? (error as Error).message}`];
  }
}

export async function summaryCommand(
  options: CommonOptions & { week?: string; json: boolean; weekStartsOn: WeekStartDay },
): Promise<CommandOutput> {
  const day = options.week === undefined ? options.now : parseDay(options.week, '--week');
  const weekStart = startOfWeek(day, options.weekStartsOn);
  const log = await readLogFile(options.file);
  const summary = summariseWeek(Timeline.build(log.moments), weekStart, options.now, KindCatalogue.ofLog(log));
  if (options.json) return { stdout: `${JSON.stringify(summary, null, 2)}\n` };

  const lines = [
    `Week ${summary.weekStart} to ${summary.weekEnd}: ${summary.total} ${summary.total === 1 ? 'moment' : 'moments'}`,
  ];
  const width = Math.max(0, ...summary.byKind.map((entry) => entry.label.length));
  for (const entry of summary.byKind.filter((kind) => kind.count > 0)) {
    lines.push(`  ${entry.label.padEnd(width)}  ${entry.count}`);
  }
  const competencies = summary.byCompetency.filter((entry) => entry.count > 0);
  if (competencies.length > 0)
    lines.push(`Competencies: ${competencies.map((entry) => `${entry.label} ${entry.count}`).join(', ')}`);
  const kindWidth = Math.max(0, ...summary.moments.map((moment) => moment.kind.length));
  for (const moment of summary.moments) {
    lines.push(`  ${formatLocalDate(new Date(moment.at))}  ${moment.kind.padEnd(kindWidth)}  ${moment.summary}`);
  }
  return { stdout: `${lines.join('\n')}\n` };
}

export async function exportCommand(
  options: CommonOptions & {
    period?: string;
    from?: string;
    to?: string;
    out?: string;
    includePrivateSections: boolean;
    track: TrackId;
    weekStartsOn: WeekStartDay;
  },
): Promise<CommandOutput> {
  const period = choosePeriod(options);
  const log = await readLogFile(options.file);
  const markdown = renderBragDocument(Timeline.build(log.moments), period, {
    weekStartsOn: options.weekStartsOn,
    track: options.track,
    includePrivateSections: options.includePrivateSections,
    kinds: KindCatalogue.ofLog(log),
    people: peopleOf(log),
  });
  if (!options.out) return { stdout: markdown };
  const out = options.out;
  await onFile(out, () => writeDocument(out, markdown));
  return { stdout: '', stderr: `wrote ${out}\n` };
}

/**
 * Replaces the document atomically, so a full disk or a crash leaves the previous one
 * whole. Its folder must exist already: the atomic write would create it, and a mistyped
 * folder should be an error, not a new folder somewhere.
 */
async function writeDocument(out: string, markdown: string): Promise<void> {
  // A trailing separator makes the OS accept only a folder: a missing one fails with ENOENT, a file with ENOTDIR.
  await fs.stat(`${path.dirname(out)}${path.sep}`);
  // The rename that replaces a document would replace a link, a device or a pipe too
  // (`--out /dev/null` would leave a file where the device was): those are refused. A
  // folder is refused by the rename itself, in the same words as other file problems.
  const existing = await fs.lstat(out).catch((error: unknown) => {
    if (isCode(error, 'ENOENT')) return undefined;
    throw error;
  });
  if (existing && !existing.isFile() && !existing.isDirectory())
    throw new UsageError(`--out ${out} is not a regular file; give a file to write the document to`);
  await writeFileAtomic(out, markdown);
}

/** A command reads the log once, so a store of its own, which remembers nothing from before, is all it needs. */
export function readLogFile(file: string): Promise<LogFile> {
  return onFile(file, () => new LogStore().read(file));
}

/** Runs `operation` on `file`; whatever the OS refuses becomes a LogFileError naming that file (exit code 2). */
async function onFile<T>(file: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toLogFileError(error, file) ?? error;
  }
}

export function choosePeriod(options: {
  now: Date;
  period?: string;
  from?: string;
  to?: string;
  weekStartsOn: WeekStartDay;
}): Period {
  if (options.from !== undefined || options.to !== undefined) {
    if (options.period !== undefined) throw new UsageError('use either --period or --from/--to, not both');
    if (options.from === undefined || options.to === undefined) throw new UsageError('--from and --to go together');
    const from = parseDay(options.from, '--from');
    const to = parseDay(options.to, '--to');
    if (to < from) throw new UsageError('--to must not be before --from');
    return customPeriod(from, to);
  }
  const preset = options.period ?? 'this-quarter';
  if (!PERIOD_PRESETS.some((candidate) => candidate.id === preset)) {
    throw new UsageError(
      `unknown period "${preset}"; use one of ${PERIOD_PRESETS.map((candidate) => candidate.id).join(', ')}`,
    );
  }
  return resolvePeriod(preset as PeriodPresetId, options.now, options.weekStartsOn, new DisplayLanguage(CLI_LANGUAGE));
}

function parseDay(text: string, option: string): Date {
  const day = parseLocalDate(text);
  if (!day) throw new UsageError(`${option} takes a date as YYYY-MM-DD, e.g. 2026-11-20 (got "${text}")`);
  return day;
}

export function parseWeekStart(text: string | undefined): WeekStartDay {
  if (text === undefined) return SETTING_DEFAULTS.weekStartsOn;
  if ((WEEK_START_DAYS as readonly string[]).includes(text)) return text as WeekStartDay;
  throw new UsageError(`--week-starts-on takes ${WEEK_START_DAYS.join(' or ')} (got "${text}")`);
}

export function parseTrack(text: string | undefined): TrackId {
  if (text === undefined) return SETTING_DEFAULTS.track;
  if ((TRACK_IDS as readonly string[]).includes(text)) return text as TrackId;
  throw new UsageError(`--track takes ${TRACK_IDS.join(' or ')} (got "${text}")`);
}
