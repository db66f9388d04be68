import * as l10n from '@vscode/l10n';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isCode } from './fileLock';
import { toLogFileError } from './fileSystemProblems';
import { LogFileError } from '../model/logFileError';

/**
 * The file a log path really names, and whether it may be replaced.
 *
 * A log that is a symbolic link (a dotfiles repository links it in, say) is written
 * through to the file it points at: renaming a new file over the link would turn the link
 * into a plain file and leave its target behind. Everything a write puts beside the log —
 * the lock, the temporary file — goes beside that target: the temporary file must be on
 * the target's file system for the rename to be atomic, and a writer given the link and
 * a writer given the target itself (or another link to it) must take the same lock.
 */

/** Linux gives up after 40 links; so does this. */
const MAX_LINKS = 40;

/** `filePath` with its last component's symbolic links followed; a path that does not exist (yet) is its own target. */
export async function followSymlinks(filePath: string): Promise<string> {
  let current = filePath;
  for (let hops = 0; hops < MAX_LINKS; hops++) {
    let isLink: boolean;
    try {
      isLink = (await fs.lstat(current)).isSymbolicLink();
    } catch (error) {
      if (isCode(error, 'ENOENT')) return current;
      throw toLogFileError(error, filePath) ?? error;
    }
    if (!isLink) return current;
    current = path.resolve(path.dirname(current), await fs.readlink(current));
  }
  // What the system itself says past that many links, so the same problem gets the same words.
  const loop = Object.assign(new Error(`ELOOP: ${filePath}`), { code: 'ELOOP', syscall: 'readlink' });
  throw toLogFileError(loop, filePath) ?? loop;
}

/**
 * Where `filePath` really is: its symbolic links followed, and those of every folder on
 * the way, as far as the path exists. A path that does not exist yet is placed under the
 * real path of its nearest existing folder.
 */
export async function realLocation(filePath: string): Promise<string> {
  const target = await followSymlinks(filePath);
  const missing: string[] = [];
  for (let existing = target; ; existing = path.dirname(existing)) {
    try {
      return path.join(await fs.realpath(existing), ...missing);
    } catch (error) {
      if (!isCode(error, 'ENOENT') || path.dirname(existing) === existing)
        throw toLogFileError(error, filePath) ?? error;
      missing.unshift(path.basename(existing));
    }
  }
}

/**
 * Refuses to replace a log the user made read-only: the rename that replaces a file needs
 * only the folder to be writable, so without this check a read-only log would be
 * overwritten all the same. The permission bits are checked as well as `access`, which
 * grants everything to root.
 */
export async function refuseReadOnly(filePath: string): Promise<void> {
  const { mode } = await fs.stat(filePath);
  if ((mode & 0o222) === 0 || !(await canWrite(filePath))) {
    throw new LogFileError(
      filePath,
      'io',
      l10n.t('the file is read-only, so Growth Log leaves it as it is; make it writable to keep logging'),
    );
  }
}

async function canWrite(filePath: string): Promise<boolean> {
  try {
    await fs.access(filePath, fsConstants.W_OK);
    return true;
  } catch (error) {
    if (isCode(error, 'EACCES') || isCode(error, 'EPERM') || isCode(error, 'EROFS')) return false;
    throw error;
  }
}

/**
 * The log file a `growthLog.logFile` value names: `~` and `~/…` (or `~\…`) are in the
 * user's home folder, an absolute path is itself, and anything else is relative to
 * `baseFolder` (the workspace folder). `~name` is not someone else's home here: it is a
 * file or folder named so, relative like any other name.
 */
export function resolveLogFilePath(configured: string, baseFolder: string, homeFolder: string): string {
  if (configured === '~') return homeFolder;
  if (/^~[\\/]/.test(configured)) return path.join(homeFolder, configured.slice(2));
  return path.resolve(baseFolder, configured);
}

/** Whether a `growthLog.logFile` value names the same file whatever folder is open: an absolute or `~` path. */
export function namesFileOutsideFolder(configured: string): boolean {
  return configured === '~' || /^~[\\/]/.test(configured) || path.isAbsolute(configured);
}
