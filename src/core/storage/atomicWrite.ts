import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { isCode } from './fileLock';

/** A new log names colleagues: only its owner reads it. */
const NEW_FILE_MODE = 0o600;

/**
 * Replaces `filePath` with `contents` (text, written as UTF-8, or bytes as they are) so
 * that a reader, or a crash at any instant, sees either the old file or the new one,
 * never a mix: the bytes go to a temporary file in
 * the same folder (so the rename cannot cross file systems), are flushed to disk, and
 * the temporary file is renamed over the target. The new file keeps the old one's
 * permission bits.
 */
export async function writeFileAtomic(filePath: string, contents: string | Uint8Array): Promise<void> {
  await replaceAtomically(filePath, async (temp) => {
    await temp.writeFile(contents, typeof contents === 'string' ? 'utf8' : undefined);
  });
}

/**
 * Replaces `filePath` with a byte-for-byte copy of `source`, with the same guarantee as
 * `writeFileAtomic`: a backup of a log, or a backup put back, whatever its bytes are.
 */
export async function copyFileAtomic(source: string, filePath: string): Promise<void> {
  await replaceAtomically(filePath, async () => {}, source);
}

/** Thrown inside a replacement to leave the file as it was. */
class KeepOriginal extends Error {}

/**
 * If `filePath` ends with `expectedEnd`, replaces that end with `newEnd`, with the same
 * guarantee as `writeFileAtomic`, and returns true; otherwise changes nothing and returns
 * false. The rest of the file is copied by the operating system, not read into memory,
 * which is what makes appending to a big log cheap.
 */
export async function replaceFileEnd(filePath: string, expectedEnd: string, newEnd: string): Promise<boolean> {
  try {
    await replaceAtomically(
      filePath,
      async (temp) => {
        const expected = Buffer.from(expectedEnd, 'utf8');
        const { size } = await temp.stat();
        const keepBytes = size - expected.length;
        const actual = Buffer.alloc(expected.length);
        if (
          keepBytes < 0 ||
          (await temp.read(actual, 0, actual.length, keepBytes)).bytesRead !== actual.length ||
          !actual.equals(expected)
        ) {
          throw new KeepOriginal();
        }
        await temp.truncate(keepBytes);
        const bytes = Buffer.from(newEnd, 'utf8');
        await temp.write(bytes, 0, bytes.length, keepBytes);
      },
      filePath,
    );
    return true;
  } catch (error) {
    if (error instanceof KeepOriginal) return false;
    throw error;
  }
}

/** Writes a temporary file beside `filePath` with `fill` (starting from a copy of `copyOf`, if given), flushes it and renames it into place. */
async function replaceAtomically(
  filePath: string,
  fill: (temp: fs.FileHandle) => Promise<void>,
  copyOf?: string,
): Promise<void> {
  const folder = path.dirname(filePath);
  const tempPath = path.join(
    folder,
    `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  // A copy of the file itself already has its mode; anything else takes the file's, or a new log's.
  const mode = copyOf === filePath ? undefined : await permissionsOf(filePath);
  try {
    if (copyOf) await fs.copyFile(copyOf, tempPath, fsConstants.COPYFILE_EXCL);
    const handle = copyOf ? await fs.open(tempPath, 'r+') : await createInFolder(tempPath, NEW_FILE_MODE);
    try {
      // Set explicitly: the mode given to open is narrowed by the umask.
      if (mode !== undefined) await handle.chmod(mode);
      await fill(handle);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, filePath);
  } catch (error) {
    await fs.rm(tempPath, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Creates `filePath` (it must not exist), making its folder first when there is none yet: a new log's. */
async function createInFolder(filePath: string, mode: number): Promise<fs.FileHandle> {
  try {
    return await fs.open(filePath, 'wx', mode);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    await fs.mkdir(path.dirname(filePath), { recursive: true });
    return fs.open(filePath, 'wx', mode);
  }
}

/** The permission bits the replacement gets: the current file's, or those of a new log. */
async function permissionsOf(filePath: string): Promise<number> {
  try {
    return (await fs.stat(filePath)).mode & 0o777;
  } catch (error) {
    if (isCode(error, 'ENOENT')) return NEW_FILE_MODE;
    throw error;
  }
}

/** Makes the rename itself durable. Not every platform lets a folder be opened for this. */
async function syncFolder(folder: string): Promise<void> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(folder, 'r');
    await handle.sync();
  } catch {
    // Windows and some network file systems refuse; the rename has still happened.
  } finally {
    await handle?.close();
  }
}
