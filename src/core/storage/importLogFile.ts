import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import { isCode, type LockOptions } from './fileLock';
import { LogFileError } from '../model/logFileError';
import { type ImportReport, importLog } from '../model/logImport';
import { realLocation } from './logFileTarget';
import { LogStore } from './logStore';
import type { LogFile } from '../model/schema';

/**
 * Merges the log at `source` into the log at `target` (see model/logImport.ts), through
 * `store`: locked, re-read, atomic. The source is only read, never written or locked; one
 * that does not exist, parse or validate, or that a newer version wrote, is refused with a
 * message naming it and where, and the target is left as it was.
 */
export async function importLogFile(
  store: LogStore,
  target: string,
  source: string,
  lockOptions?: LockOptions,
): Promise<ImportReport> {
  const imported = await readLogToImport(source, target);
  let report: ImportReport | undefined;
  await store.update(
    target,
    (log) => {
      const result = importLog(log, imported);
      report = result.report;
      return result.log;
    },
    lockOptions,
  );
  return report as ImportReport;
}

/** The log at `source`, to be imported into the log at `target`; refused when it is that log, or not a valid log. */
export async function readLogToImport(source: string, target: string): Promise<LogFile> {
  await refuseMissing(source);
  if ((await realLocation(source)) === (await realLocation(target)))
    throw new LogFileError(source, 'io', l10n.t('this is the log being imported into; choose another log to import'));
  // A store of its own: the source is read once, and nothing of it is remembered.
  return new LogStore().read(source);
}

/** A log to write to may not exist yet; a log to import from must. */
async function refuseMissing(source: string): Promise<void> {
  try {
    await fs.stat(source);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) return; // reading it says what else is wrong, in the same words as for a log
    throw new LogFileError(source, 'io', l10n.t('there is no file here to import'));
  }
}
