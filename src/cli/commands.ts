import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { writeFileAtomic } from '../core/storage/atomicWrite';
import { renderBragDocument } from '../core/documents/bragDocument';
import type { LadderTarget } from '../core/documents/ladderSection';
import { renderHtmlDocument } from '../core/documents/html/htmlDocument';
import { formatLocalDate, startOfWeek } from '../core/time/calendar';
import { fileProblemCause, toLogFileError } from '../core/storage/fileSystemProblems';
import { keepOutOfGit } from '../core/git/gitExclude';
import { isCompetencyId, KindCatalogue } from '../core/model/kindCatalogue';
import { LogStore } from '../core/storage/logStore';
import type { KindRecord, LogFile, Moment } from '../core/model/schema';
import { peopleOf } from '../core/model/people';
import { closestKind, normaliseKindWord } from '../core/model/kindSpelling';
import { createMoment } from '../core/model/newMoment';
import { initiativeKey, parseQuickLog, spellInitiative } from '../core/model/quickLog';
import { recentInitiatives } from '../core/insights/initiatives';
import { summariseWeek } from '../core/insights/summary';
import { progressAgainstTargets, resolveTargets } from '../core/insights/targets';
import { BUILT_IN_KINDS, type CompetencyId, competencyLabel } from '../core/model/taxonomy';
import { competencyChoices, competencyNamed } from '../core/ladders/competencyNames';
import { TRACK_IDS, type TrackId, WEEK_START_DAYS, type WeekStartDay } from '../shared/enums';
import { KIND_ID_PATTERN } from '../shared/patterns';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { Timeline } from '../core/insights/timeline';
import { UsageError } from './cliError';
import { oneLine, widest } from './terminalText';
import { isCode } from '../core/storage/fileLock';
import { parseDayWord } from '../core/time/dayWords';
import { CLI_LANGUAGE, choosePeriod, type PeriodArguments, parseDay } from './periodOptions';

// Where commands have always found it.
export { choosePeriod } from './periodOptions';

/** What a command prints: to standard output, and notes for standard error. */
export interface CommandOutput {
  readonly stdout: string;
  readonly stderr?: string;
}

export interface CommonOptions {
  readonly file: string;
  readonly now: Date;
}

export async function addCommand(
  kindWord: string | undefined,
  words: string[],
  options: CommonOptions & {
    impact?: string;
    date?: string;
    initiative?: string;
    competency?: string;
    keepInGit: boolean;
    newKind: boolean;
    json: boolean;
  },
): Promise<CommandOutput> {
  if (!kindWord)
    throw new UsageError('add needs a kind and some text, e.g. growth-log add mentoring "Paired with @Sam"');
  const kind = normaliseKindWord(kindWord);
  if (!KIND_ID_PATTERN.test(kind))
    throw new UsageError(`"${kindWord}" is not a kind id (lower-case letters, digits and dashes)`);
  const parsed = parseQuickLog(words.join(' '), options.now);
  if (!parsed.ok) throw new UsageError(parsed.error);
  const date = options.date === undefined ? undefined : parseDayWord(options.date, options.now);
  if (date && !date.ok) throw new UsageError(`--date: ${date.error}`);
  if (date && parsed.entry.day !== undefined && parsed.entry.day !== date.day)
    throw new UsageError(
      `two days given: ${dayInText(words)} (${parsed.entry.day}) in the text and --date ${options.date} (${date.day}); give one`,
    );
  if (options.initiative !== undefined && options.initiative.trim() === '')
    throw new UsageError('--initiative needs a name, e.g. --initiative payments');
  const competency = options.competency === undefined ? undefined : competencyOption(options.competency);
  const isNewLog = !(await exists(options.file));
  const recordedKinds = options.newKind ? [] : await checkKindIsKnown(kind, isNewLog ? undefined : options.file);
  // The option is the deliberate choice (a hook passes it; a commit subject may hold a "+word").
  const named = options.initiative ?? parsed.entry.initiative;
  const initiative = named === undefined ? undefined : await spellAsLogDoes(named, isNewLog ? undefined : options.file);
  const entry = {
    ...parsed.entry,
    ...(date ? { day: date.day } : {}),
    ...(initiative === undefined ? {} : { initiative }),
  };
  const moment = createMoment({ kind, entry, impact: options.impact, competency, now: options.now });
  await onFile(options.file, () => new LogStore().append(options.file, moment, { timeoutMs: 30_000 }));
  // As the extension does: a log we start is personal notes about colleagues, so it stays
  // out of commits. Only when starting it, so an add stays one file write.
  const notes = [
    ...initiativeOverridden(parsed.entry.initiative, options.initiative),
    ...(isNewLog && !options.keepInGit ? await excludeFromGit(options.file) : []),
  ];
  return {
    stdout: options.json ? `${JSON.stringify(moment, null, 2)}\n` : `${describeLogged(moment, recordedKinds)}\n`,
    stderr: notes.length > 0 ? `${notes.join('\n')}\n` : undefined,
  };
}

/** The competency --competency names, by id or English name (`delegation`, "Communication & influence"). */
function competencyOption(word: string): CompetencyId {
  const competency = competencyNamed(word);
  if (competency === undefined)
    throw new UsageError(`--competency: "${word}" is not a competency; use one of ${competencyChoices()}`);
  return competency;
}

/**
 * The initiative as the log already spells it, whatever the case typed (`+Payments` files
 * with `payments`). Only a moment with an initiative costs a read of the log before the append.
 */
async function spellAsLogDoes(name: string, existingLog: string | undefined): Promise<string> {
  if (existingLog === undefined) return name.trim();
  const known = recentInitiatives((await readLogFile(existingLog)).moments).map((initiative) => initiative.name);
  return spellInitiative(name, known);
}

/** A note when --initiative set aside a different `+name` in the text, so the choice is never silent. */
function initiativeOverridden(inText: string | undefined, option: string | undefined): string[] {
  if (inText === undefined || option === undefined || initiativeKey(inText) === initiativeKey(option)) return [];
  return [oneLine(`note: the moment is filed under --initiative ${option.trim()}, not +${inText} from the text`)];
}

/** The `~day` word of the text, as typed. */
function dayInText(words: readonly string[]): string {
  const tokens = words.flatMap((word) => word.split(/\s+/u));
  return tokens.find((token) => /^~(\p{L}+|\d{4}-\d{2}-\d{2})/u.test(token)) ?? '~';
}

/**
 * A kind that is neither built in nor already in the log is most often a typo, which
 * would quietly start a kind of its own; a new kind is asked for with --new-kind.
 * Resolves to the kinds of the user's own the log records, to name the kind by its label.
 */
async function checkKindIsKnown(kind: string, existingLog: string | undefined): Promise<KindRecord[]> {
  const builtIn: readonly string[] = BUILT_IN_KINDS.map((definition) => definition.id);
  if (builtIn.includes(kind)) return [];
  // Only a kind that is not built in costs a read of the log before the append.
  const log: LogFile = existingLog === undefined ? { version: 1, moments: [] } : await readLogFile(existingLog);
  const recorded = log.kinds ?? [];
  const known = [...builtIn, ...recorded.map((record) => record.id), ...log.moments.map((moment) => moment.kind)];
  if (known.includes(kind)) return recorded;
  const guess = closestKind(kind, known);
  throw new UsageError(
    guess
      ? `unknown kind "${kind}": did you mean ${guess}? (--new-kind logs it as a kind of your own)`
      : `unknown kind "${kind}"; use a kind from "growth-log --help", one already in the log, or --new-kind to start a kind of your own`,
  );
}

/**
 * "Logged Mentoring on Tue 24 Nov (initiative payments): Paired with Sam on flaky tests":
 * what was understood, to check at a glance.
 */
function describeLogged(moment: Moment, recordedKinds: KindRecord[]): string {
  const day = LOGGED_DAY_FORMAT.format(new Date(moment.at));
  const label = KindCatalogue.ofLog({ kinds: recordedKinds }).describe(moment.kind).label;
  const chosen = moment.competency;
  const about = chosen !== undefined && isCompetencyId(chosen) ? ` about ${competencyLabel(chosen)}` : '';
  const initiative = moment.initiative === undefined ? '' : ` (initiative ${moment.initiative})`;
  return oneLine(`Logged ${label}${about} on ${day}${initiative}: ${moment.summary}`);
}

/** Day before month ("Tue 24 Nov"), which no reader can take for another day. */
const LOGGED_DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });

export async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * What the user is told about keeping a new log, or a document written from it, out of
 * git, a line each. The file is saved whatever happens here.
 */
export async function excludeFromGit(file: string): Promise<string[]> {
  return (await keepFileOutOfGit(file)).map(oneLine);
}

async function keepFileOutOfGit(file: string): Promise<string[]> {
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
  options: CommonOptions & { week?: string; json: boolean; weekStartsOn: WeekStartDay; track: TrackId },
): Promise<CommandOutput> {
  const day = options.week === undefined ? options.now : parseDay(options.week, '--week');
  const weekStart = startOfWeek(day, options.weekStartsOn);
  const log = await readLogFile(options.file);
  const kinds = KindCatalogue.ofLog(log);
  const summary = summariseWeek(Timeline.build(log.moments), weekStart, options.now, kinds);
  // The command line reads no VS Code settings: the targets are the track's defaults.
  const counts = new Map(summary.byKind.map((entry) => [entry.kind, entry.count]));
  const targets = progressAgainstTargets(counts, resolveTargets(options.track)).map((row) => ({
    ...row,
    label: kinds.describe(row.kind).label,
  }));
  if (options.json) return { stdout: `${JSON.stringify({ ...summary, track: options.track, targets }, null, 2)}\n` };

  const lines = [
    `Week ${summary.weekStart} to ${summary.weekEnd}: ${summary.total} ${summary.total === 1 ? 'moment' : 'moments'}`,
    `Targets of the ${options.track} track (--track to change):`,
  ];
  const width = widest(targets.map((row) => row.label));
  for (const row of targets) {
    const progress = row.target > 0 ? `${row.count} of ${row.target}` : `${row.count}`;
    const met = row.target > 0 && row.count >= row.target ? '  met' : '';
    lines.push(`  ${row.label.padEnd(width)}  ${progress}${met}`);
  }
  const competencies = summary.byCompetency.filter((entry) => entry.count > 0);
  if (competencies.length > 0)
    lines.push(`Competencies: ${competencies.map((entry) => `${entry.label} ${entry.count}`).join(', ')}`);
  const kindWidth = widest(summary.moments.map((moment) => moment.kind));
  for (const moment of summary.moments) {
    lines.push(`  ${formatLocalDate(new Date(moment.at))}  ${moment.kind.padEnd(kindWidth)}  ${moment.summary}`);
  }
  return { stdout: `${lines.map(oneLine).join('\n')}\n` };
}

export async function exportCommand(
  options: CommonOptions &
    PeriodArguments & {
      out?: string;
      keepInGit: boolean;
      format: ExportFormat;
      includePrivateSections: boolean;
      track: TrackId;
      weekStartsOn: WeekStartDay;
      /** The level to measure against (--ladder, --level, --target): adds "Against the … expectations". */
      ladder?: LadderTarget;
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
    checkIns: log.checkIns,
    ladder: options.ladder,
  });
  const document =
    options.format === 'html'
      ? renderHtmlDocument(markdown, { title: `Brag document: ${period.label}`, language: CLI_LANGUAGE })
      : markdown;
  if (!options.out) return { stdout: document };
  return writeOut(options.out, document, options);
}

/**
 * Writes --out, then keeps it out of commits as a log the command line starts is: the
 * document names the same colleagues. --keep-in-git leaves git alone, for both.
 */
export async function writeOut(out: string, document: string, options: { keepInGit: boolean }): Promise<CommandOutput> {
  await onFile(out, () => writeDocument(out, document));
  const notes = options.keepInGit ? [] : await excludeFromGit(out);
  return { stdout: '', stderr: [`wrote ${out}`, ...notes].map((line) => `${line}\n`).join('') };
}

/**
 * Replaces the document atomically, so a full disk or a crash leaves the previous one
 * whole. Its folder must exist already: the atomic write would create it, and a mistyped
 * folder should be an error, not a new folder somewhere.
 */
export async function writeDocument(out: string, document: string): Promise<void> {
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
  await writeFileAtomic(out, document);
}

/** A command reads the log once, so a store of its own, which remembers nothing from before, is all it needs. */
export function readLogFile(file: string): Promise<LogFile> {
  return onFile(file, () => new LogStore().read(file));
}

/** Runs `operation` on `file`; whatever the OS refuses becomes a LogFileError naming that file (exit code 2). */
export async function onFile<T>(file: string, operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toLogFileError(error, file) ?? error;
  }
}

export function parseWeekStart(text: string | undefined): WeekStartDay {
  if (text === undefined) return SETTING_DEFAULTS.weekStartsOn;
  if ((WEEK_START_DAYS as readonly string[]).includes(text)) return text as WeekStartDay;
  throw new UsageError(`--week-starts-on takes ${WEEK_START_DAYS.join(' or ')} (got "${text}")`);
}

/** What `export` writes: the brag document's Markdown, or the same as a self-contained web page. */
export const EXPORT_FORMATS = ['markdown', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function parseExportFormat(text: string | undefined): ExportFormat {
  if (text === undefined) return 'markdown';
  if ((EXPORT_FORMATS as readonly string[]).includes(text)) return text as ExportFormat;
  throw new UsageError(`--format takes ${EXPORT_FORMATS.join(' or ')} (got "${text}")`);
}

export function parseTrack(text: string | undefined): TrackId {
  if (text === undefined) return SETTING_DEFAULTS.track;
  if ((TRACK_IDS as readonly string[]).includes(text)) return text as TrackId;
  throw new UsageError(`--track takes ${TRACK_IDS.join(' or ')} (got "${text}")`);
}
