import * as l10n from '@vscode/l10n';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type AppendLayout, appendLayoutOf, encodeAppendedMoments } from './appendEncoding';
import { replaceFileEnd, writeFileAtomic } from './atomicWrite';
import { isCode, isProcessAlive, ownStartTime, withFileLock, type LockOptions } from './fileLock';
import { toLogFileError } from './fileSystemProblems';
import { fileVersion, idsOf, KnownVersions, type KnownLog } from './knownVersions';
import { DEFAULT_TEXT_FORMAT, decodeLog, detectTextFormat, encodeLogFile, logFileText } from '../model/logFileCodec';
import { type EarlierMomentText, logFileEdits, RepeatedKeyError, rootRewrite } from './logFileEdits';
import { type JsonItem, rootValueStart, scanContainer } from './jsonLayout';
import { LogFileError, positionAt } from '../model/logFileError';
import { followSymlinks, refuseReadOnly } from './logFileTarget';
import { validateAppended, validateLog } from '../model/logValidation';
import { emptyLog, type LogFile, type Moment } from '../model/schema';
import { applyTextEdits, type TextEdit } from './textEdits';

/**
 * Reads and changes one log file on disk. Every change takes the file's lock, re-reads
 * the file, applies itself to what is there now, validates the result and writes it
 * atomically — so a change made by another window or the CLI since our last read is
 * merged, never overwritten. A file that does not parse or validate is never written.
 *
 * A write changes only the bytes of what changed (see logFileEdits.ts): whoever laid the
 * file out, and whatever it holds that Growth Log does not know, the rest stays byte for
 * byte as it was. Only a file that does not exist yet is written whole.
 *
 * "Re-reads" is cheap when nothing changed: what the store last read or wrote is
 * remembered with the file's version (see knownVersions.ts), and an append splices the
 * new moment in before the file's tail (see appendEncoding.ts) without reading, encoding
 * or validating the rest of the log again. So a long-lived process (the extension) keeps
 * one store for its life; each store remembers only what it read or wrote itself.
 */

/**
 * The largest log read: a hundred thousand moments, decades of heavy use, take about 30 MB.
 * Past this a file is not a log but something put there to fill the extension's memory.
 */
export const MAX_LOG_BYTES = 256 * 1024 * 1024;

function mebibytes(bytes: number | bigint): string {
  return String(Math.round(Number(bytes) / (1024 * 1024)));
}

/** A hand edit landing between our read and our write is read again, a few times at most. */
const MAX_ATTEMPTS = 3;

/** Reads and writes logs, remembering the version of each file it last read or wrote. */
export class LogStore {
  private readonly known = new KnownVersions();
  /** Read once, at the first lock, for every lock this store takes: it cannot change while the process runs. */
  private startTime: Promise<number | undefined> | undefined;

  private ownStartTime(): Promise<number | undefined> {
    if (this.startTime === undefined) this.startTime = ownStartTime();
    return this.startTime;
  }
  /**
   * The text each moment this store took out of a file had there, by the moment itself, so
   * that putting the same moment back (Undo) writes it as it was; a moment edited since is
   * another object and is written anew. Held weakly: it goes with the last reference.
   */
  private readonly removedText = new WeakMap<object, string>();
  private readonly earlierText: EarlierMomentText = (moment) =>
    typeof moment === 'object' && moment !== null ? this.removedText.get(moment) : undefined;

  /** The log at `filePath`; a file that does not exist yet reads as an empty log. */
  async read(filePath: string): Promise<LogFile> {
    return (await this.readKnown(await followSymlinks(filePath))).log;
  }

  /** The log as it is on disk now, from memory when this version of the file was read or written before. */
  private async readKnown(filePath: string): Promise<KnownLog> {
    // One `stat` settles the usual case: the file is as this store last saw it.
    const known = await fs.stat(filePath, { bigint: true }).then(
      (stat) => this.known.recall(filePath, fileVersion(stat)),
      () => undefined,
    );
    if (known) return known;
    const read = await readVersioned(filePath);
    if (!read) return { log: emptyLog(), format: DEFAULT_TEXT_FORMAT, version: undefined, upgraded: false };
    return this.known.remember(filePath, read.version, () => {
      const text = logFileText(read.bytes, filePath);
      return { ...decodeLog(text, filePath), format: detectTextFormat(text), version: read.version };
    });
  }

  /**
   * Applies `change` to the current contents of the log under its lock, and saves it. A log
   * that is a symbolic link is written through to its target (see logFileTarget.ts).
   * `change` may run again, on the log as read again, when the file is edited by hand while
   * it is being written.
   */
  async update(linkOrFilePath: string, change: (log: LogFile) => LogFile, lockOptions?: LockOptions): Promise<LogFile> {
    const filePath = await followSymlinks(linkOrFilePath);
    return withFileLock(
      filePath,
      async () => {
        await removeAbandonedFiles(filePath);
        for (let attempt = 1; ; attempt++) {
          const current = await this.readKnown(filePath);
          const next = change(current.log);
          const appendedFrom = appendedAfter(current.log, next);
          // Never write what we could not read back.
          const checked =
            appendedFrom === undefined ? validateLog(next) : validateAppended(next, appendedFrom, idsOf(current));
          if (!checked.success) {
            throw new LogFileError(
              filePath,
              'schema',
              l10n.t(
                'refusing to write an invalid log: {0}',
                checked.error.issues[0]?.message ?? l10n.t('unknown problem'),
              ),
            );
          }
          let saved: boolean;
          try {
            saved = await this.save(filePath, current, checked.data, appendedFrom);
          } catch (error) {
            this.known.forget(filePath);
            throw error;
          }
          if (saved) return checked.data;
          // The file changed after it was read: not by a writer (they take the lock), so by hand.
          this.known.forget(filePath);
          if (attempt === MAX_ATTEMPTS) {
            throw new LogFileError(
              filePath,
              'io',
              l10n.t('the file kept changing while Growth Log was writing to it; nothing was written'),
            );
          }
        }
      },
      { ...lockOptions, ownStartTime: this.ownStartTime() },
    );
  }

  /**
   * Writes `next` in place of `current`, changing only the bytes that differ, and remembers
   * it. Returns false, having written nothing, when the file is no longer the version
   * `current` was read from.
   */
  private async save(
    filePath: string,
    current: KnownLog,
    next: LogFile,
    appendedFrom: number | undefined,
  ): Promise<boolean> {
    if (current.version === undefined) {
      await writeFileAtomic(filePath, encodeLogFile(next, current.format));
      await this.rememberWritten(filePath, { log: next, format: current.format, upgraded: false });
      return true;
    }
    let text: string | undefined;
    if (appendedFrom !== undefined && !current.upgraded) {
      if (!current.appendLayout) {
        text = await textAt(filePath, current.version);
        if (text === undefined) return false;
        current.appendLayout = appendLayoutOf(text, current.format);
      }
      if (current.appendLayout)
        return this.spliceAppended(filePath, current, current.appendLayout, next.moments.slice(appendedFrom), next);
    }
    text ??= await textAt(filePath, current.version);
    if (text === undefined) return false;
    const edits = current.upgraded
      ? [rootRewrite(text, next, current.format)]
      : plannedEdits(filePath, text, current, next, this.earlierText);
    this.rememberRemoved(text, current.log, next);
    if (edits.length === 0) return true; // the same log: nothing to write
    await refuseReadOnly(filePath);
    await writeFileAtomic(filePath, applyTextEdits(text, edits));
    await this.rememberWritten(filePath, { log: next, format: current.format, upgraded: false });
    return true;
  }

  /**
   * Writes `added` before the file's tail, the rest of the file copied as it is, making the
   * file `next`. Returns false when the file does not end with the tail (it changed).
   */
  private async spliceAppended(
    filePath: string,
    current: KnownLog,
    layout: AppendLayout,
    added: readonly Moment[],
    next: LogFile,
  ): Promise<boolean> {
    await refuseReadOnly(filePath);
    if (
      !(await replaceFileEnd(
        filePath,
        layout.tail,
        `${encodeAppendedMoments(added, layout, current.format, this.earlierText)}${layout.tail}`,
      ))
    )
      return false;
    // The remembered ids grow with an append; after any other change they are rebuilt when next needed.
    const ids = idsOf(current);
    for (const moment of added) ids.add(moment.id);
    await this.rememberWritten(filePath, {
      log: next,
      format: current.format,
      upgraded: false,
      appendLayout: layout,
      ids,
    });
    return true;
  }

  /** Keeps the text of the moments `next` leaves out of `log`, whose file `text` is. */
  private rememberRemoved(text: string, log: LogFile, next: LogFile): void {
    const kept = new Set(next.moments.map((moment) => moment.id));
    if (log.moments.every((moment) => kept.has(moment.id))) return;
    const elements = momentElements(text);
    // Only when the file's elements are the log's moments one for one (a key named twice could break that).
    if (elements?.length !== log.moments.length) return;
    log.moments.forEach((moment, index) => {
      const element = elements[index];
      if (element && !kept.has(moment.id)) this.removedText.set(moment, text.slice(element.start, element.end));
    });
  }

  private async rememberWritten(filePath: string, written: Omit<KnownLog, 'version'>): Promise<void> {
    const version = fileVersion(await fs.stat(filePath, { bigint: true }));
    this.known.remember(filePath, version, () => ({ ...written, version }));
  }

  /** Adds `moment` to the log, or replaces the one with its id. */
  async append(filePath: string, moment: Moment, lockOptions?: LockOptions): Promise<LogFile> {
    return this.update(filePath, (log) => mergeMoments(log, [moment]), lockOptions);
  }
}

/** The file's bytes and their version, from one open file so they cannot belong to different writes; undefined when there is no file. */
async function readVersioned(
  filePath: string,
): Promise<{ readonly version: string; readonly bytes: Buffer } | undefined> {
  let handle: fs.FileHandle;
  try {
    // What the path is, before opening it: opening a pipe waits for a writer, for ever.
    refuseAnythingButAFile(filePath, await fs.stat(filePath));
    // Non-blocking, should a pipe be put there between the look and the open.
    handle = await fs.open(filePath, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return undefined;
    throw toLogFileError(error, filePath) ?? error;
  }
  try {
    const stat = await handle.stat({ bigint: true });
    refuseAnythingButAFile(filePath, stat);
    try {
      return { version: fileVersion(stat), bytes: await readAtMost(handle, filePath, MAX_LOG_BYTES) };
    } catch (error) {
      throw toLogFileError(error, filePath) ?? error;
    }
  } finally {
    await handle.close();
  }
}

function refuseAnythingButAFile(filePath: string, stat: { isDirectory(): boolean; isFile(): boolean }): void {
  if (stat.isDirectory()) throw new LogFileError(filePath, 'io', l10n.t('this path is a folder, not a log file'));
  // A device or a pipe (a link to /dev/zero, say) would be read for ever.
  if (!stat.isFile()) {
    throw new LogFileError(filePath, 'io', l10n.t('this path is not a regular file, so it is not read as a log'));
  }
}

/**
 * The file's bytes, refused past `limit`: counted as they are read, since a file's size
 * can say nothing (files under /proc report 0 and go on for ever).
 */
async function readAtMost(handle: fs.FileHandle, filePath: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(READ_CHUNK_BYTES);
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) return Buffer.concat(chunks, total);
    total += bytesRead;
    if (total > limit) {
      throw new LogFileError(
        filePath,
        'io',
        l10n.t('the file is more than a log can be ({0} MB), so it is not read', mebibytes(limit)),
      );
    }
    chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
  }
}

/** Large enough that a 100,000-moment log is read in a few dozen calls. */
const READ_CHUNK_BYTES = 1024 * 1024;

/** The file's text if it is still at `version`; undefined when it has changed since. */
async function textAt(filePath: string, version: string): Promise<string | undefined> {
  const read = await readVersioned(filePath);
  return read?.version === version ? logFileText(read.bytes, filePath) : undefined;
}

/** The edits that make `text` hold `next`; a key named twice where the change falls is refused, naming where. */
function plannedEdits(
  filePath: string,
  text: string,
  current: KnownLog,
  next: LogFile,
  earlierText: EarlierMomentText,
): TextEdit[] {
  try {
    return logFileEdits(text, current.log, next, current.format, earlierText);
  } catch (error) {
    if (!(error instanceof RepeatedKeyError)) throw error;
    throw new LogFileError(
      filePath,
      'schema',
      l10n.t(
        'the key "{0}" appears twice in one object, so what a change to it should keep is unclear; remove one of them',
        error.key,
      ),
      positionAt(text, error.offset),
    );
  }
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
 * Removes what writers killed mid-write left beside the log: temporary files of an atomic
 * write (`.growth-log.json.<pid>.<random>.tmp`), lock drafts
 * (`growth-log.json.lock.<pid>.<token>.new`, `growth-log.json.lock.break.<pid>.<token>.new`) and abandoned locks set aside for removal
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
      if (pid === undefined || pid === process.pid || isProcessAlive(pid)) return;
      // Only what a writer leaves, a file: a folder of that name is not ours to delete, and
      // does not stand in any writer's way.
      const leftover = path.join(folder, entry);
      const found = await fs.lstat(leftover).catch((error: unknown) => {
        if (isCode(error, 'ENOENT')) return undefined; // another writer cleaned it up first
        throw error;
      });
      if (found?.isFile()) await fs.rm(leftover, { force: true });
    }),
  );
}

function leftoverPattern(base: string): RegExp {
  const name = base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^(?:\\.${name}\\.(\\d+)\\.[0-9a-f]+\\.tmp|${name}\\.lock(?:\\.break)?\\.(\\d+)\\.[0-9a-f]+\\.(?:new|stale))$`,
  );
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

/** Where each element of the log's `moments` array stands in `text` (the last `moments`, as JSON.parse reads it). */
export function momentElements(text: string): readonly JsonItem[] | undefined {
  const root = scanContainer(text, rootValueStart(text), (key) => key === 'moments');
  return root.items.findLast((item) => item.key === 'moments')?.inner?.items;
}
