import * as l10n from '@vscode/l10n';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { isCode } from './fileLock';

/**
 * Why a small file a setting names (a review form, a career ladder) was not read: its
 * text says so in a sentence, for the caller to put after the file's name.
 */
export class SmallFileError extends Error {
  override readonly name = 'SmallFileError';
}

/**
 * The text of a file that is a few kilobytes of JSON or CSV, read only if it is one: not a
 * folder, a device or a pipe (`/dev/zero` would be read for ever), and never more than
 * `limitBytes`, counted as it is read (a file under /proc says its size is 0). Missing,
 * folder, device and too large throw a SmallFileError; other refusals of the system
 * (permission denied) are thrown as they come.
 */
export async function readSmallTextFile(filePath: string, limitBytes: number): Promise<string> {
  let handle: fs.FileHandle;
  try {
    refuseAnythingButAFile(await fs.stat(filePath));
    // Non-blocking, should a pipe be put there between the look and the open.
    handle = await fs.open(filePath, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    if (isCode(error, 'ENOENT')) throw new SmallFileError(l10n.t('the file does not exist'));
    throw error;
  }
  try {
    refuseAnythingButAFile(await handle.stat());
    const buffer = Buffer.alloc(limitBytes + 1);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > limitBytes)
        throw new SmallFileError(
          l10n.t('the file is larger than {0} KB, more than a file of this kind holds', Math.round(limitBytes / 1024)),
        );
    }
    return buffer.toString('utf8', 0, total);
  } finally {
    await handle.close();
  }
}

function refuseAnythingButAFile(stat: { isDirectory(): boolean; isFile(): boolean }): void {
  if (stat.isDirectory()) throw new SmallFileError(l10n.t('this path is a folder, not a file'));
  if (!stat.isFile()) throw new SmallFileError(l10n.t('this path is a device or a pipe, not a file'));
}
