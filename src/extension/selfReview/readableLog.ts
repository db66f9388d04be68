import type { LogFileError } from '../../core/model/logFileError';
import type { LogFile } from '../../core/model/schema';
import type { LogLocation } from '../logLocation';
import type { LogService } from '../logService';

/**
 * The log to read from, and where it is: also a log from a newer version, which is only
 * read here. Undefined when it cannot be read, after `unreadable` was told why (a command
 * shows it to the user; a provider working in the background writes it to the output).
 */
export async function readableLog(
  logs: LogService,
  unreadable: (error: LogFileError) => void,
): Promise<{ readonly log: LogFile; readonly location: LogLocation } | undefined> {
  const loaded = await logs.load();
  const log = loaded.ok ? loaded.log : loaded.error.readOnlyLog;
  if (!log) {
    if (!loaded.ok) unreadable(loaded.error);
    return undefined;
  }
  return { log, location: loaded.location };
}
