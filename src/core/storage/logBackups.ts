import * as l10n from '@vscode/l10n';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { copyFileAtomic } from './atomicWrite';
import { isCode, withFileLock } from './fileLock';
import { followSymlinks, realLocation } from './logFileTarget';
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
 * once. A copy is byte for byte what was on disk — a log that does not parse is still the
 * user's data — made at most once a local day, on the day's first read or write, written
 * atomically. The copies of the last `keepDays` days are kept.
 */

export const BACKUP_DAYS = 14;

export interface LogBackup {
  readonly filePath: string;
  /** The local day it was taken, `YYYY-MM-DD`. */
  readonly day: string;
  /** Set for the copy taken just before a restore replaced the log: the local time, `HH:MM:SS`. */
  readonly beforeRestoreAt?: string;
}

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
   * Copies the log once per local day (`today`, `YYYY-MM-DD`) and drops the copies of days
   * past the last `keepDays`. Resolves to the copy made, or undefined when today's copy
   * exists already or there is no log yet. Throws when the copy fails: the caller records
   * that and carries on, since a backup never stands in a log's way.
   */
  async keepDailyCopy(logPath: string, today: string): Promise<string | undefined> {
    if (this.copiedOn.get(logPath) === today) return undefined;
    const source = await followSymlinks(logPath);
    if (!(await isCopyableFile(source))) return undefined;
    const folder = await this.folderOf(logPath);
    const target = path.join(folder, `${today}.json`);
    if (await exists(target)) {
      this.copiedOn.set(logPath, today);
      return undefined;
    }
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    await copyFileAtomic(source, target);
    this.copiedOn.set(logPath, today);
    await this.dropOldCopies(folder);
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
   */
  async restore(logPath: string, backup: LogBackup, today: string, now: Date): Promise<LogBackup | undefined> {
    const target = await followSymlinks(logPath);
    const folder = await this.folderOf(logPath);
    await fs.mkdir(folder, { recursive: true, mode: 0o700 });
    return withFileLock(target, async () => {
      let before: LogBackup | undefined;
      if (await isCopyableFile(target)) {
        const time = [now.getHours(), now.getMinutes(), now.getSeconds()].map((n) => String(n).padStart(2, '0'));
        const filePath = path.join(folder, `${today}-before-restore-${time.join('')}.json`);
        await copyFileAtomic(target, filePath);
        before = { filePath, day: today, beforeRestoreAt: time.join(':') };
      }
      await copyFileAtomic(backup.filePath, target);
      return before;
    });
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
  | { readonly ok: true; readonly moments: number }
  | { readonly ok: false; readonly problem: LogFileError };

export async function readBackup(backup: LogBackup): Promise<BackupContents> {
  try {
    if (!(await isCopyableFile(backup.filePath))) {
      throw new LogFileError(backup.filePath, 'io', l10n.t('this backup is not a regular file'));
    }
    const text = logFileText(await fs.readFile(backup.filePath), backup.filePath);
    return { ok: true, moments: decodeLog(text, backup.filePath).log.moments.length };
  } catch (error) {
    if (error instanceof LogFileError) return { ok: false, problem: error };
    throw error;
  }
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
async function isCopyableFile(filePath: string): Promise<boolean> {
  try {
    const stat = await fs.stat(filePath);
    return stat.isFile() && stat.size <= MAX_LOG_BYTES;
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
