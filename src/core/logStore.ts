import * as l10n from '@vscode/l10n';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { encodeAppendedMoments, encodedTail } from './appendEncoding';
import { replaceFileEnd, writeFileAtomic } from './atomicWrite';
import { isCode, isProcessAlive, withFileLock, type LockOptions } from './fileLock';
import { forget, fileVersion, idsOf, recall, remember, type KnownLog } from './knownVersions';
import { DEFAULT_TEXT_FORMAT, decodeLogFile, detectTextFormat, encodeLogFile, logFileText } from './logFileCodec';
import { LogFileError } from './logFileError';
import { followSymlinks, refuseReadOnly } from './logFileTarget';
import { validateAppended, validateLog } from './logValidation';
import { emptyLog, type LogFile, type Moment } from './schema';

/**
 * Reads and changes one log file on disk. Every change takes the file's lock, re-reads
 * the file, applies itself to what is there now, validates the result and writes it
 * atomically — so a change made by another window or the CLI since our last read is
 * merged, never overwritten. A file that does not parse or validate is never written.
 *
 * "Re-reads" is cheap when nothing changed: what this process last read or wrote is
 * remembered with the file's version (see knownVersions.ts), and an append to a file we
 * wrote ourselves splices the new moment in (see appendEncoding.ts) instead of encoding
 * and validating the whole log again.
 */

/** The log at `filePath`; a file that does not exist yet reads as an empty log. */
export async function readLog(filePath: string): Promise<LogFile> {
  return (await readKnown(await followSymlinks(filePath))).log;
}

/** The log as it is on disk now, from memory when this version of the file was read or written before. */
async function readKnown(filePath: string): Promise<KnownLog> {
  // One `stat` settles the usual case: the file is as this process last saw it.
  const known = await fs.stat(filePath, { bigint: true }).then(
    (stat) => recall(filePath, fileVersion(stat)),
    () => undefined,
  );
  if (known) return known;
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(filePath, 'r');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { log: emptyLog(), format: DEFAULT_TEXT_FORMAT, canonical: false, exists: false };
    throw new LogFileError(filePath, 'io', l10n.t('the file cannot be read ({0})', (error as Error).message));
  }
  try {
    // Version and contents from one open file, so they cannot belong to different writes.
    const stat = await handle.stat({ bigint: true });
    if (stat.isDirectory()) throw new LogFileError(filePath, 'io', l10n.t('this path is a folder, not a log file'));
    const version = fileVersion(stat);
    let bytes: Buffer;
    try {
      bytes = await handle.readFile();
    } catch (error) {
      throw new LogFileError(filePath, 'io', l10n.t('the file cannot be read ({0})', (error as Error).message));
    }
    return remember(filePath, version, () => {
      const text = logFileText(bytes, filePath);
      return { log: decodeLogFile(text, filePath), format: detectTextFormat(text), canonical: false, exists: true };
    });
  } finally {
    await handle.close();
  }
}

/** Applies `change` to the current contents of the log under its lock, and saves it. */
export async function updateLog(linkOrFilePath: string, change: (log: LogFile) => LogFile, lockOptions?: LockOptions): Promise<LogFile> {
  const filePath = await followSymlinks(linkOrFilePath);
  return withFileLock(
    filePath,
    async () => {
      await removeAbandonedFiles(filePath);
      const current = await readKnown(filePath);
      const next = change(current.log);
      const appendedFrom = appendedAfter(current.log, next);
      // Never write what we could not read back.
      const checked = appendedFrom === undefined ? validateLog(next) : validateAppended(next, appendedFrom, idsOf(current));
      if (!checked.success) {
        throw new LogFileError(
          filePath,
          'schema',
          l10n.t('refusing to write an invalid log: {0}', checked.error.issues[0]?.message ?? l10n.t('unknown problem')),
        );
      }
      try {
        if (current.exists) await refuseReadOnly(filePath);
        const spliced = appendedFrom !== undefined && (await spliceAppended(filePath, current, checked.data.moments.slice(appendedFrom)));
        if (!spliced) await writeFileAtomic(filePath, encodeLogFile(checked.data, current.format));
      } catch (error) {
        forget(filePath);
        throw error;
      }
      // The remembered ids grow with an append; after any other change they are rebuilt when next needed.
      let ids: Set<string> | undefined;
      if (appendedFrom !== undefined) {
        ids = idsOf(current);
        for (const moment of checked.data.moments.slice(appendedFrom)) ids.add(moment.id);
      }
      const stat = await fs.stat(filePath, { bigint: true });
      remember(filePath, fileVersion(stat), () => ({ log: checked.data, format: current.format, canonical: true, exists: true, ids }));
      return checked.data;
    },
    lockOptions,
  );
}

/**
 * When `next` is `current` with moments added at the end and nothing else changed, the
 * index of the first added moment; otherwise undefined.
 */
function appendedAfter(current: LogFile, next: LogFile): number | undefined {
  const before = current.moments;
  if (next.moments.length <= before.length) return undefined;
  for (let index = 0; index < before.length; index++) {
    if (next.moments[index] !== before[index]) return undefined;
  }
  const keys = Object.keys(next);
  if (keys.length !== Object.keys(current).length) return undefined;
  for (const key of keys) {
    if (key !== 'moments' && next[key] !== current[key]) return undefined;
  }
  return before.length;
}

/**
 * Writes `added` after the last moment of the file without re-encoding the rest, when the
 * file is exactly what we last wrote. Returns false when it cannot (the caller then writes
 * the whole log).
 */
async function spliceAppended(filePath: string, current: KnownLog, added: readonly Moment[]): Promise<boolean> {
  if (!current.canonical || current.log.moments.length === 0) return false;
  const tail = encodedTail(current.log, current.format);
  // A last look at the bytes being kept: if the file does not end as encoding gives, it is not spliced.
  return replaceFileEnd(filePath, tail, `${encodeAppendedMoments(added, current.format)}${tail}`);
}

/**
 * Removes what writers killed mid-write left beside the log: temporary files of an atomic
 * write (`.growth-log.json.<pid>.<random>.tmp`), lock drafts
 * (`growth-log.json.lock.<pid>.<token>.new`) and abandoned locks set aside for removal
 * (`growth-log.json.lock.<pid>.<random>.stale`), when the process that made them is gone.
 * Called under the lock.
 */
async function removeAbandonedFiles(filePath: string): Promise<void> {
  const folder = path.dirname(filePath);
  const base = path.basename(filePath);
  const entries = await fs.readdir(folder).catch(() => [] as string[]);
  await Promise.all(
    entries.map(async (entry) => {
      const match = leftoverPattern(base).exec(entry);
      const pid = match ? Number(match[1] ?? match[2]) : undefined;
      if (pid !== undefined && pid !== process.pid && !isProcessAlive(pid)) await fs.rm(path.join(folder, entry), { force: true });
    }),
  );
}

function leftoverPattern(base: string): RegExp {
  const name = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^(?:\\.${name}\\.(\\d+)\\.[0-9a-f]+\\.tmp|${name}\\.lock\\.(\\d+)\\.[0-9a-f]+\\.(?:new|stale))$`);
}

/** Adds `moments` to the log, replacing any that share an id (so a retry never duplicates). */
export function mergeMoments(log: LogFile, moments: readonly Moment[]): LogFile {
  const incoming = new Map(moments.map((moment) => [moment.id, moment]));
  const kept = log.moments.map((moment) => {
    const replacement = incoming.get(moment.id);
    if (replacement) incoming.delete(moment.id);
    return replacement ?? moment;
  });
  return { ...log, moments: [...kept, ...incoming.values()] };
}

/** The log without the moments whose ids are given. */
export function removeMoments(log: LogFile, ids: readonly string[]): LogFile {
  const doomed = new Set(ids);
  return { ...log, moments: log.moments.filter((moment) => !doomed.has(moment.id)) };
}

export async function appendMoment(filePath: string, moment: Moment, lockOptions?: LockOptions): Promise<LogFile> {
  return updateLog(filePath, (log) => mergeMoments(log, [moment]), lockOptions);
}
