import { toLogFileError } from '../core/storage/fileSystemProblems';
import { importLogFile } from '../core/storage/importLogFile';
import { LogFileError } from '../core/model/logFileError';
import { describeImport } from '../core/model/logImport';
import { LogStore } from '../core/storage/logStore';
import { UsageError } from './cliError';
import { oneLine } from './terminalText';
import { type CommandOutput, type CommonOptions, excludeFromGit, exists } from './commands';

/**
 * `growth-log import <file>`: merges another log into this one by id (its moments, and
 * the people and kinds of your own they use), so the logs of several repositories become
 * one. The other file is only read; importing it twice adds nothing.
 */
export async function importCommand(
  files: readonly string[],
  options: CommonOptions & { keepInGit: boolean },
): Promise<CommandOutput> {
  const [source, ...extra] = files;
  if (source === undefined)
    throw new UsageError('import needs the log to import, e.g. growth-log import ../api/.vscode/growth-log.json');
  if (extra.length > 0) throw new UsageError(`import takes one log at a time (got "${files.join(' ')}")`);
  const isNewLog = !(await exists(options.file));
  let report: Awaited<ReturnType<typeof importLogFile>>;
  try {
    report = await importLogFile(new LogStore(), options.file, source, { timeoutMs: 30_000 });
  } catch (error) {
    // What the source's reading refused names the source already; anything else is about the log written to.
    if (error instanceof LogFileError) throw error;
    throw toLogFileError(error, options.file) ?? error;
  }
  // A log started by an import stays out of commits, as one started by add does.
  const notes = isNewLog && !options.keepInGit ? await excludeFromGit(options.file) : [];
  return {
    stdout: `${oneLine(describeImport(report, source))}\n`,
    stderr: notes.length > 0 ? `${notes.join('\n')}\n` : undefined,
  };
}
