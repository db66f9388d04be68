import * as l10n from '@vscode/l10n';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { copyFileAtomic, writeFileAtomic } from './atomicWrite';
import { isCode, withFileLock } from './fileLock';
import { followSymlinks, realLocation, refuseReadOnly } from './logFileTarget';
import { MAX_LOG_BYTES } from './logStore';
import { decodeLog, logFileText } from '../model/logFileCodec';
import { LogFileError } from '../model/logFileError';

/**
 * Rolling daily copies of each log, kept where the user will not lose them with the
 * repository (the extension's own storage): the log is kept out of git, so nothing else
 * backs it up.
 *
 * Each log has a folder of its own, named by a readable name and a hash of the log's real
 * path, so two logs never share backups and a log reached through a link is backed up
 * once. A copy is byte for byte what was on disk, made at most once a local day, on the
 * day's first read or write, written atomically — and only of a file that is a valid log
 * of at most `MAX_BACKUP_BYTES`: anything else (a huge file a cloned repository put where
 * the log goes, say) would be copied again every day. The copies of the last `keepDays`
 * days are kept, and the folder of a log with no copy that recent (a log deleted, or a
 * repository gone) is removed.
 */

export const BACKUP_DAYS = 14;

/**
 * The largest log backed up: twice what a hundred thousand moments (decades of heavy use)
 * take, so that 14 copies never take more than about 900 MB however big a file is put there.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

export interface LogBackup {
  readonly filePath: string;
  /** The local day it was taken, `YYYY-MM-DD`. */
  readonly day: string;
  /** Set for the copy taken just before a restore replaced the log: the local time, `HH:MM:SS`. */
  readonly beforeRestoreAt?: string;
}

/** A log's backup folder: its readable name, then 16 hex digits of the hash of its path. */
const BACKUP_FOLDER_NAME = /^[A-Za-z0-9.-]+-[0-9a-f]{16}$/;

const BACKUP_NAME = /^(\d{4}-\d{2}-\d{2})(?:-before-restore-(\d{2})(\d{2})(\d{2}))?\.json$/;

export class LogBackups {
  /** The day each log (by the path it was asked with) was last copied, so a day's later reads cost nothing. */
  private readonly copiedOn = new Map<string, string>();

  constructor(
    private readonly root: string,
    private readonly keepDays = BACKUP_DAYS,
  ) {}

  /** The folder holding the backups of the log at `logPath`. */
  async folderOf(logPath: string): Promise<string> {
    const real = await realLocation(logPath);
    const hash = createHash('sha256').update(real).digest('hex').slice(0, 16);
    return path.join(this.root, `${readableName(real)}-${hash}`);
  }

  /**
   * Copies the log once per local day (`today`, `YYYY-MM-DD`), drops the copies of days
   * past the last `keepDays`, and removes the folders of logs not backed up in that time.
   * Resolves to the copy made, or undefined when today's copy exists already, there is no
   * log yet, or the file is not a log to back up (larger than `MAX_BACKUP_BYTES`, or not a
   * valid log). Throws when the copy fails: the caller records that and carries on, since
   * a backup never stands in a log's way.
   */
  async keepDailyCopy(logPath: string, today: string): Promise<string | undefined> {
    if (this.copiedOn.get(logPath) === today) return undefined;
    const source = await followSymlinks(logPath);
    if (!(await isCopyableFile(source, MAX_BACKUP_BYTES))) return undefined;
    const folder = await this.folderOf(logPath);
    const target = path.join(folder, `${today}.json`);
    if (await exists(target)) {
      this.copiedOn.set(logPath, today);
      return undefined;
    }
    // The bytes checked are the bytes copied: a file replaced in between is not copied unchecked.
    const bytes = await fs.readFile(source);
    if (bytes.length > MAX_BACKUP_BYTES || !isValidLog(bytes, source)) return undefined;
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFileAtomic(target, bytes);
    this.copiedOn.set(logPath, today);
    await this.dropOldCopies(folder);
    await this.dropAbandonedFolders(today);
    return target;
  }

  /** The backups of the log at `logPath`, newest first. */
  async list(logPath: string): Promise<LogBackup[]> {
    const folder = await this.folderOf(logPath);
    return (await backupsIn(folder)).sort((a, b) => sortKey(b).localeCompare(sortKey(a)));
  }

  /**
   * Puts `backup` back as the log, under the log's lock (a writer in another window or the
   * CLI waits, then reads the restored file), atomically. The log as it was is copied
   * first, so a restore can itself be undone by restoring that copy, which is returned.
   *
   * `sha256` is the hash of the backup as the user was shown it (`readBackup`): a backup
   * changed since is refused, and the bytes checked are the bytes written. A read-only log
   * is refused, never replaced, as the store refuses it.
   */
  async restore(
    logPath: string,
    backup: LogBackup,
    sha256: string,
    today: string,
    now: Date,
  ): Promise<LogBackup | undefined> {
    const target = await followSymlinks(logPath);
    const folder = await this.folderOf(logPath);
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    return withFileLock(target, async () => {
      if (await exists(target)) await refuseReadOnly(target);
      const bytes = await readBackupBytes(backup);
      if (hashOf(bytes) !== sha256) {
        throw new LogFileError(
          backup.filePath,
          'io',
          l10n.t('this backup changed since it was listed, so nothing was restored; pick it again'),
        );
      }
      let before: LogBackup | undefined;
      if (await isCopyableFile(target)) {
        const time = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0'));
        const filePath = path.join(folder, `${today}-before-restore-${time.join('')}.json`);
        await copyFileAtomic(target, filePath);
        before = { filePath, day: today, beforeRestoreAt: time.join(':') };
      }
      await writeFileAtomic(target, bytes);
      return before;
    });
  }

  /**
   * Removes the backups of every log whose newest copy is older than `keepDays` days before
   * `today`: a log deleted or moved, a repository gone. Only backups are removed (files
   * named as this class names them), then their folder if nothing else is in it.
   */
  private async dropAbandonedFolders(today: string): Promise<void> {
    const oldestKept = dayBefore(today, this.keepDays);
    let folders: string[];
    try {
      folders = await fs.readdir(this.root);
    } catch (error) {
      if (isCode(error, 'ENOENT')) return;
      throw error;
    }
    for (const name of folders) {
      if (!BACKUP_FOLDER_NAME.test(name)) continue;
      const folder = path.join(this.root, name);
      const backups = await backupsIn(folder);
      const newest = backups
        .map((backup) => backup.day)
        .sort()
        .at(-1);
      if (newest === undefined || newest >= oldestKept) continue;
      for (const backup of backups) await fs.rm(backup.filePath, { force: true });
      await fs.rmdir(folder).catch((error: unknown) => {
        // Something else is in it: a backup is all this removes.
        if (!isCode(error, 'ENOTEMPTY') && !isCode(error, 'EEXIST')) throw error;
      });
    }
  }

  /** Keeps the copies of the newest `keepDays` days that have one. */
  private async dropOldCopies(folder: string): Promise<void> {
    const backups = await backupsIn(folder);
    const keptDays = new Set(
      [...new Set(backups.map((backup) => backup.day))].sort().reverse().slice(0, this.keepDays),
    );
    for (const backup of backups) {
      if (!keptDays.has(backup.day)) await fs.rm(backup.filePath, { force: true });
    }
  }
}

/** What a backup holds: its moment count, or why it is not a log that could be restored. */
export type BackupContents =
  /** `sha256`: the hash of the bytes counted, which a restore of it checks. */
  | { readonly ok: true; readonly moments: number; readonly sha256: string }
  | { readonly ok: false; readonly problem: LogFileError };

export async function readBackup(backup: LogBackup): Promise<BackupContents> {
  try {
    const bytes = await readBackupBytes(backup);
    const text = logFileText(bytes, backup.filePath);
    return { ok: true, moments: decodeLog(text, backup.filePath).log.moments.length, sha256: hashOf(bytes) };
  } catch (error) {
    if (error instanceof LogFileError) return { ok: false, problem: error };
    throw error;
  }
}

async function readBackupBytes(backup: LogBackup): Promise<Buffer> {
  if (!(await isCopyableFile(backup.filePath))) {
    throw new LogFileError(backup.filePath, 'io', l10n.t('this backup is not a regular file'));
  }
  return fs.readFile(backup.filePath);
}

function hashOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Whether `bytes` are a log Growth Log reads: the only kind worth a daily copy. */
function isValidLog(bytes: Uint8Array, filePath: string): boolean {
  try {
    decodeLog(logFileText(bytes, filePath), filePath);
    return true;
  } catch (error) {
    if (error instanceof LogFileError) return false;
    throw error;
  }
}

/** The local day `days` days before `day` (`YYYY-MM-DD`), in the same form. */
function dayBefore(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number);
  if (year === undefined || month === undefined || date === undefined) return day;
  // Calendar arithmetic on the day's name: UTC has no daylight saving to skip an hour over.
  return new Date(Date.UTC(year, month - 1, date - days)).toISOString().slice(0, 10);
}

async function backupsIn(folder: string): Promise<LogBackup[]> {
  let names: string[];
  try {
    names = await fs.readdir(folder);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return [];
    throw error;
  }
  return names.flatMap((name) => {
    const match = BACKUP_NAME.exec(name);
    if (!match?.[1]) return [];
    const filePath = path.join(folder, name);
    return match[2]
      ? [{ filePath, day: match[1], beforeRestoreAt: `${match[2]}:${match[3]}:${match[4]}` }]
      : [{ filePath, day: match[1] }];
  });
}

/** Newest first sorts by day, then a day's restores after its first copy. */
function sortKey(backup: LogBackup): string {
  return `${backup.day} ${backup.beforeRestoreAt ?? ''}`;
}

/** Only a regular file of a log's size is copied: a log that is a link to a device or a pipe would be read for ever. */
async function isCopyableFile(filePath: string, maxBytes = MAX_LOG_BYTES): Promise<boolean> {
  try {
    const stat = await fs.stat(filePath);
    return stat.isFile() && stat.size <= maxBytes;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

async function exists(filePath: string): Promise<boolean> {
  try {
    await fs.lstat(filePath);
    return true;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return false;
    throw error;
  }
}

/**
 * A name a person recognises in the backups folder: the repository's for a
 * `.vscode/growth-log.json`, else the log's folder and file name. Letters, digits, dots
 * and dashes only.
 */
function readableName(realPath: string): string {
  const folder = path.dirname(realPath);
  const owner = path.basename(folder) === '.vscode' ? path.basename(path.dirname(folder)) : path.basename(folder);
  const name = `${owner}-${path.basename(realPath, '.json')}`;
  return (
    name
      .replace(/[^A-Za-z0-9.-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 60) || 'log'
  );
}
