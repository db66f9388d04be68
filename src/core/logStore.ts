import { promises as fs } from 'node:fs';
import { writeFileAtomic } from './atomicWrite';
import * as path from 'node:path';
import { isCode, isProcessAlive, withFileLock, type LockOptions } from './fileLock';
import { DEFAULT_TEXT_FORMAT, decodeLogFile, detectTextFormat, encodeLogFile, type TextFormat } from './logFileCodec';
import { LogFileError } from './logFileError';
import { emptyLog, logFileSchema, type LogFile, type Moment } from './schema';

/**
 * Reads and changes one log file on disk. Every change takes the file's lock, re-reads
 * the file, applies itself to what is there now, validates the result and writes it
 * atomically — so a change made by another window or the CLI since our last read is
 * merged, never overwritten. A file that does not parse or validate is never written.
 */

/** The log at `filePath`; a file that does not exist yet reads as an empty log. */
export async function readLog(filePath: string): Promise<LogFile> {
  return (await readLogWithFormat(filePath)).log;
}

/** The log and how its text is laid out, so that a rewrite keeps the layout. */
async function readLogWithFormat(filePath: string): Promise<{ log: LogFile; format: TextFormat }> {
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { log: emptyLog(), format: DEFAULT_TEXT_FORMAT };
    if (isCode(error, 'EISDIR')) {
      throw new LogFileError(filePath, 'io', 'this path is a folder, not a log file');
    }
    throw new LogFileError(filePath, 'io', `the file cannot be read (${(error as Error).message})`);
  }
  return { log: decodeLogFile(text, filePath), format: detectTextFormat(text) };
}

/** Applies `change` to the current contents of the log under its lock, and saves it. */
export async function updateLog(
  filePath: string,
  change: (log: LogFile) => LogFile,
  lockOptions?: LockOptions,
): Promise<LogFile> {
  return withFileLock(
    filePath,
    async () => {
      await removeAbandonedFiles(filePath);
      const { log: current, format } = await readLogWithFormat(filePath);
      const next = change(current);
      // Never write what we could not read back.
      const checked = logFileSchema.safeParse(next);
      if (!checked.success) {
        throw new LogFileError(filePath, 'schema', `refusing to write an invalid log: ${checked.error.issues[0]?.message ?? 'unknown problem'}`);
      }
      await writeFileAtomic(filePath, encodeLogFile(checked.data, format));
      return checked.data;
    },
    lockOptions,
  );
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
