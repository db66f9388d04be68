import { fstatSync, writeSync } from 'node:fs';

/**
 * Writes `text` to standard output, and rejects with the operating system's error if it
 * cannot all be written.
 *
 * Node's stream for output redirected to a file ignores a short write, so on a full disk
 * `growth-log export > brag.md` would leave a cut-off document and exit 0. A file is
 * therefore written directly, the rest again after a short write, until the OS has taken
 * everything or says why not (ENOSPC). Pipes and terminals go through Node's stream, which
 * reports their errors.
 */
export function writeStandardOutput(text: string): Promise<void> {
  if (isRegularFile(process.stdout.fd)) {
    writeAll(process.stdout.fd, Buffer.from(text, 'utf8'));
    return Promise.resolve();
  }
  return new Promise((resolve, reject) => {
    process.stdout.on('error', reject);
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset);
}

function isRegularFile(fd: number): boolean {
  try {
    return fstatSync(fd).isFile();
  } catch {
    return false; // closed or not a file descriptor we can inspect: leave it to Node's stream
  }
}
