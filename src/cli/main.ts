import * as os from 'node:os';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { isCode, LockTimeoutError } from '../core/storage/fileLock';
import { fileProblemMessage } from '../core/storage/fileSystemProblems';
import { LogFileError } from '../core/model/logFileError';
import { FormFileError } from '../core/documents/selfReview/formFile';
import { LadderFileError } from '../core/ladders/ladderFile';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { resolveLogFilePath } from '../core/storage/logFileTarget';
import { argumentMistake, unknownCommand } from './argumentMistakes';
import { UsageError } from './cliError';
import {
  addCommand,
  exportCommand,
  parseExportFormat,
  parseTrack,
  parseWeekStart,
  summaryCommand,
  type CommandOutput,
} from './commands';
import { checkInsCommand } from './checkInsCommand';
import { draftCommand } from './draftCommand';
import { followUpsCommand, outcomeCommand } from './followUpCommands';
import { importCommand } from './importCommand';
import { peopleCommand } from './peopleCommand';
import { readinessCommand } from './readinessCommand';
import { asksForLadder, chooseLadder, ladderArguments } from './ladderOptions';
import { periodArguments } from './periodOptions';
import { writeStandardOutput } from './standardOutput';
import { escapeForTerminal, oneLine } from './terminalText';
import { suggestCommand } from './suggestCommand';
import { USAGE, usageHint } from './usage';

/**
 * `growth-log`: the same log, from the terminal and from git hooks. Exit codes: 0 done,
 * 1 usage error (with the command's usage line), 2 the log cannot be read, parsed, validated or
 * locked, or a forms or ladder file cannot be read or does not fit — and then the file is left exactly as it was.
 */

declare const GROWTH_LOG_VERSION: string;

const OPTIONS = {
  file: { type: 'string' },
  impact: { type: 'string' },
  date: { type: 'string' },
  initiative: { type: 'string' },
  competency: { type: 'string' },
  week: { type: 'string' },
  'week-starts-on': { type: 'string' },
  json: { type: 'boolean', default: false },
  period: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  'cycle-start': { type: 'string' },
  'cycle-length': { type: 'string' },
  out: { type: 'string' },
  format: { type: 'string' },
  private: { type: 'boolean', default: false },
  'keep-in-git': { type: 'boolean', default: false },
  'new-kind': { type: 'boolean', default: false },
  replace: { type: 'boolean', default: false },
  track: { type: 'string' },
  verbose: { type: 'boolean', default: false },
  repo: { type: 'string' },
  author: { type: 'string' },
  reviews: { type: 'string' },
  form: { type: 'string' },
  'form-name': { type: 'string' },
  ladder: { type: 'string' },
  level: { type: 'string' },
  target: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', short: 'v', default: false },
} as const;

async function run(argv: string[]): Promise<CommandOutput> {
  let parsed: ReturnType<
    typeof parseArgs<{ args: string[]; allowPositionals: true; strict: true; options: typeof OPTIONS }>
  >;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
  } catch (error) {
    throw argumentMistake(error, argv, Object.keys(OPTIONS));
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: `${USAGE}\n` };
  if (values.version) return { stdout: `${typeof GROWTH_LOG_VERSION === 'string' ? GROWTH_LOG_VERSION : 'dev'}\n` };

  const [command, ...rest] = positionals;
  const common = { file: logFile(values.file), now: new Date() };
  const weekStartsOn = parseWeekStart(values['week-starts-on']);
  switch (command) {
    case 'add': {
      const [kind, ...words] = rest;
      return addCommand(kind, words, {
        ...common,
        impact: values.impact,
        date: values.date,
        initiative: values.initiative,
        competency: values.competency,
        keepInGit: values['keep-in-git'],
        newKind: values['new-kind'],
        json: values.json,
      });
    }
    case 'summary':
      if (rest.length > 0) throw new UsageError(`summary takes no arguments (got "${rest.join(' ')}")`);
      return summaryCommand({
        ...common,
        week: values.week,
        json: values.json,
        weekStartsOn,
        track: parseTrack(values.track),
      });
    case 'export': {
      if (rest.length > 0) throw new UsageError(`export takes no arguments (got "${rest.join(' ')}")`);
      const track = parseTrack(values.track);
      const ladder = ladderArguments(values);
      return exportCommand({
        ...common,
        ...periodArguments(values),
        out: values.out === undefined ? undefined : path.resolve(values.out),
        keepInGit: values['keep-in-git'],
        format: parseExportFormat(values.format),
        includePrivateSections: values.private,
        track,
        weekStartsOn,
        // --track words the gaps too, so it may go with a ladder file.
        ladder: asksForLadder(ladder) ? await chooseLadder(ladder, track, 'allowed') : undefined,
      });
    }
    case 'suggest':
      if (rest.length > 0) throw new UsageError(`suggest takes no arguments (got "${rest.join(' ')}")`);
      return suggestCommand({
        ...common,
        ...periodArguments(values),
        repo: values.repo,
        author: values.author,
        reviews: values.reviews,
        json: values.json,
        weekStartsOn,
      });
    case 'people':
      if (rest.length > 0) throw new UsageError(`people takes no arguments (got "${rest.join(' ')}")`);
      return peopleCommand({
        ...common,
        ...periodArguments(values),
        json: values.json,
        weekStartsOn,
      });
    case 'draft':
      if (rest.length > 0) throw new UsageError(`draft takes no arguments (got "${rest.join(' ')}")`);
      return draftCommand({
        ...common,
        form: values.form,
        formName: values['form-name'],
        includePrivateSections: values.private,
        ...periodArguments(values),
        out: values.out === undefined ? undefined : path.resolve(values.out),
        keepInGit: values['keep-in-git'],
        weekStartsOn,
        ladder: ladderArguments(values),
        defaultTrack: parseTrack(undefined),
      });
    case 'readiness':
      if (rest.length > 0) throw new UsageError(`readiness takes no arguments (got "${rest.join(' ')}")`);
      return readinessCommand({
        ...common,
        ...periodArguments(values),
        ...ladderArguments(values),
        defaultTrack: parseTrack(undefined),
        json: values.json,
        weekStartsOn,
        columns: process.stdout.columns,
      });
    case 'import':
      return importCommand(rest, { ...common, keepInGit: values['keep-in-git'] });
    case 'follow-ups':
      if (rest.length > 0) throw new UsageError(`follow-ups takes no arguments (got "${rest.join(' ')}")`);
      return followUpsCommand({ ...common, json: values.json });
    case 'check-ins':
      if (rest.length > 0) throw new UsageError(`check-ins takes no arguments (got "${rest.join(' ')}")`);
      return checkInsCommand({ ...common, json: values.json });
    case 'outcome': {
      const [refOrId, ...words] = rest;
      return outcomeCommand(refOrId, words, { ...common, json: values.json, replace: values.replace });
    }
    case undefined:
      throw new UsageError('no command given');
    default:
      throw unknownCommand(command);
  }
}

/**
 * The log: --file, else GROWTH_LOG_FILE (the one log in the home folder the editor may
 * keep, with `~` read as the extension reads it), else the workspace's default under the
 * current folder.
 */
function logFile(option: string | undefined): string {
  if (option !== undefined) return path.resolve(option);
  const fromEnvironment = process.env.GROWTH_LOG_FILE?.trim();
  if (fromEnvironment) return resolveLogFilePath(fromEnvironment, process.cwd(), os.homedir());
  return path.resolve(SETTING_DEFAULTS.logFile);
}

/** Standard error, escaped as standard output is: messages and notes hold file names and log text, which may hold control characters a terminal would act on. */
function printError(text: string): void {
  process.stderr.write(escapeForTerminal(text));
}

/** With --verbose, what an error carries beyond its one line (the stack, and any cause) goes to standard error too. */
function printDetails(error: unknown): void {
  if (!VERBOSE) return;
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    printError(`growth-log: details: ${current.stack ?? current.message}\n`);
  }
}

const ARGUMENTS = process.argv.slice(2);
/** Read before parsing, so even a usage error can be explained in full. */
const VERBOSE = ARGUMENTS.includes('--verbose');

run(ARGUMENTS).then(
  async (output) => {
    try {
      await writeStandardOutput(escapeForTerminal(output.stdout));
    } catch (error) {
      // The reader stopped reading (`growth-log export | head`): nothing is wrong.
      if (isCode(error, 'EPIPE')) return printDetails(error);
      printError(`growth-log: ${fileProblemMessage(error, 'standard output') ?? (error as Error).message}\n`);
      printDetails(error);
      process.exitCode = 2;
      return;
    }
    if (output.stderr) printError(output.stderr);
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      printError(`growth-log: ${oneLine(error.message)}\n${usageHint(ARGUMENTS)}\n`);
      process.exitCode = 1;
    } else if (
      error instanceof LogFileError ||
      error instanceof FormFileError ||
      error instanceof LadderFileError ||
      error instanceof LockTimeoutError
    ) {
      printError(`growth-log: ${oneLine(error.message)}\n`);
      printDetails(error);
      process.exitCode = 2;
    } else {
      printError(`growth-log: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 70;
    }
  },
);
