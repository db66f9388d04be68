import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces `filePath` with `contents` so that a reader, or a crash at any instant, sees
 * either the old file or the new one, never a mix: the bytes go to a temporary file in
 * the same folder (so the rename cannot cross file systems), are flushed to disk, and
 * the temporary file is renamed over the target.
 */
export async function writeFileAtomic(filePath: string, contents: string): Promise<void> {
  await replaceAtomically(filePath, async (temp) => {
    await temp.writeFile(contents, 'utf8');
  });
}

/**
 * Replaces `filePath` with its first `keepBytes` bytes followed by `end`, with the same
 * guarantee as `writeFileAtomic`. The kept bytes are copied by the operating system, not
 * read into memory, which is what makes appending to a big log cheap.
 */
export async function replaceFileEnd(filePath: string, keepBytes: number, end: string): Promise<void> {
  await replaceAtomically(
    filePath,
    async (temp) => {
      await temp.truncate(keepBytes);
      const bytes = Buffer.from(end, 'utf8');
      await temp.write(bytes, 0, bytes.length, keepBytes);
    },
    filePath,
  );
}

/** Writes a temporary file beside `filePath` with `fill` (starting from a copy of `copyOf`, if given), flushes it and renames it into place. */
async function replaceAtomically(filePath: string, fill: (temp: fs.FileHandle) => Promise<void>, copyOf?: string): Promise<void> {
  const folder = path.dirname(filePath);
  await fs.mkdir(folder, { recursive: true });
  const tempPath = path.join(folder, `.${path.basename(filePath)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    if (copyOf) await fs.copyFile(copyOf, tempPath, fsConstants.COPYFILE_EXCL);
    const handle = await fs.open(tempPath, copyOf ? 'r+' : 'wx', 0o600);
    try {
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
