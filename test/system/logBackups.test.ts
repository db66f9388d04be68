import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { LogFileError } from '../../src/core/model/logFileError';
import { type LogBackup, LogBackups, MAX_BACKUP_BYTES, readBackup } from '../../src/core/storage/logBackups';
import { LogStore } from '../../src/core/storage/logStore';
import { momentAt } from '../support/moments';
import { useTempDir } from '../support/tempDir';
import { LOCK_WORKER } from '../support/workers';

/** `YYYY-MM-DD` of the day `offset` days after 1 November 2026. */
function novemberDay(offset: number): string {
  return new Date(Date.UTC(2026, 10, 1 + offset)).toISOString().slice(0, 10);
}

describe('daily backups of a log, on real files', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const logPath = () => path.join(tempDir(), 'repo', '.vscode', 'growth-log.json');
  const storage = () => path.join(tempDir(), 'storage');

  async function writeLog(text: string): Promise<void> {
    await fs.mkdir(path.dirname(logPath()), { recursive: true });
    await fs.writeFile(logPath(), text);
  }

  const logWith = (...summaries: string[]) =>
    `${JSON.stringify({ version: 1, moments: summaries.map((summary) => momentAt('2026-11-02T10:00', { summary })) }, null, 2)}\n`;

  it('copies the log byte for byte, once a day, whoever asks', async () => {
    // Tabs, CRLF and a byte order mark: a copy is the file as it is, not the log re-encoded.
    const text = `\ufeff${logWith('First').replace(/\n/g, '\r\n').replace(/ {2}/g, '\t')}`;
    await writeLog(text);
    const backups = new LogBackups(storage());
    const made = await backups.keepDailyCopy(logPath(), '2026-11-02');
    assert.ok(made);
    assert.deepEqual(readFileSync(made), readFileSync(logPath()));

    await writeLog(logWith('First', 'Second'));
    assert.equal(await backups.keepDailyCopy(logPath(), '2026-11-02'), undefined, 'the same store');
    assert.equal(await new LogBackups(storage()).keepDailyCopy(logPath(), '2026-11-02'), undefined, 'another window');
    assert.equal(readFileSync(made, 'utf8'), text, 'the day’s copy is the day’s first');
    assert.equal((await backups.list(logPath())).length, 1);
  });

  it('keeps the last 14 days and drops older ones', async () => {
    await writeLog(logWith('A'));
    const backups = new LogBackups(storage());
    for (let day = 0; day < 20; day++) await backups.keepDailyCopy(logPath(), novemberDay(day));
    const kept = await backups.list(logPath());
    assert.deepEqual(
      kept.map((backup) => backup.day),
      Array.from({ length: 14 }, (_, index) => novemberDay(19 - index)),
    );
    assert.equal((await fs.readdir(await backups.folderOf(logPath()))).length, 14);
  });

  it('keeps two logs’ backups apart, and a log reached through a link once', async () => {
    await writeLog(logWith('Repo log'));
    const other = path.join(tempDir(), 'other', '.vscode', 'growth-log.json');
    await fs.mkdir(path.dirname(other), { recursive: true });
    await fs.writeFile(other, logWith('Other log'));
    const link = path.join(tempDir(), 'link.json');
    await fs.symlink(logPath(), link);
    const backups = new LogBackups(storage());
    assert.notEqual(await backups.folderOf(logPath()), await backups.folderOf(other));
    assert.equal(await backups.folderOf(link), await backups.folderOf(logPath()));
    assert.match(path.basename(await backups.folderOf(logPath())), /^repo-growth-log-[0-9a-f]{16}$/);
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    await backups.keepDailyCopy(other, '2026-11-02');
    const [repoCopy] = await backups.list(logPath());
    const [otherCopy] = await backups.list(other);
    assert.match(readFileSync(repoCopy?.filePath ?? '', 'utf8'), /Repo log/);
    assert.match(readFileSync(otherCopy?.filePath ?? '', 'utf8'), /Other log/);
  });

  it('makes nothing before there is a log, nor of a file that is not a valid log', async () => {
    const backups = new LogBackups(storage());
    assert.equal(await backups.keepDailyCopy(logPath(), '2026-11-02'), undefined);
    await writeLog('{ "version": 1, "moments": [ half a log');
    assert.equal(await backups.keepDailyCopy(logPath(), '2026-11-03'), undefined);
    await writeLog('{ "version": 1, "moments": [{ "id": "x" }] }');
    assert.equal(await backups.keepDailyCopy(logPath(), '2026-11-03'), undefined, 'valid JSON, not a valid log');
    assert.deepEqual(await backups.list(logPath()), []);
    assert.deepEqual(await fs.readdir(storage()).catch(() => []), [], 'not even a folder is made');

    await writeLog(logWith('Mended'));
    assert.ok(await backups.keepDailyCopy(logPath(), '2026-11-03'), 'once it is a log, it is backed up that day');
  });

  it(`does not back up a log larger than ${MAX_BACKUP_BYTES / (1024 * 1024)} MB, however valid`, async () => {
    // Valid JSON, a log with no moments, padded past the limit: what a cloned repository could put there.
    const log = '{ "version": 1, "moments": [] }';
    await writeLog(log + ' '.repeat(MAX_BACKUP_BYTES + 1 - log.length));
    const backups = new LogBackups(storage());
    assert.equal(await backups.keepDailyCopy(logPath(), '2026-11-02'), undefined);
    assert.deepEqual(await backups.list(logPath()), []);
  });

  it('removes the backups of a log not backed up for 14 days (deleted, or its repository gone), and keeps the rest', async () => {
    const gone = path.join(tempDir(), 'gone', '.vscode', 'growth-log.json');
    const recent = path.join(tempDir(), 'recent', '.vscode', 'growth-log.json');
    for (const file of [gone, recent]) {
      await fs.mkdir(path.dirname(file), { recursive: true });
      await fs.writeFile(file, logWith('Elsewhere'));
    }
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(gone, novemberDay(0));
    await backups.keepDailyCopy(recent, novemberDay(1));
    const goneFolder = await backups.folderOf(gone);
    await fs.rm(path.dirname(gone), { recursive: true });
    // Something in the storage that is not a log's backups stays whatever its age.
    const notOurs = path.join(storage(), 'notes');
    await fs.mkdir(notOurs);

    await writeLog(logWith('In use'));
    await backups.keepDailyCopy(logPath(), novemberDay(15));
    assert.deepEqual(await backups.list(gone), [], 'the newest copy was 15 days old');
    await assert.rejects(fs.stat(goneFolder), /ENOENT/);
    assert.equal((await backups.list(recent)).length, 1, '14 days old: still within the 14 days kept');
    assert.equal((await backups.list(logPath())).length, 1);
    assert.ok((await fs.stat(notOurs)).isDirectory());
  });

  it('counts the moments of a backup that is a log', async () => {
    await writeLog(logWith('A', 'B', 'C'));
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    const [backup] = await backups.list(logPath());
    const contents = backup && (await readBackup(backup));
    assert.ok(contents?.ok);
    assert.equal(contents.moments, 3);
    assert.equal(contents.sha256, createHash('sha256').update(readFileSync(logPath())).digest('hex'));
  });

  it('restores a backup, first copying the log as it was so the restore can be undone', async () => {
    const monday = logWith('Monday');
    await writeLog(monday);
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    await writeLog(logWith('Monday', 'Tuesday'));
    await fs.chmod(logPath(), 0o640);
    const [mondayCopy] = await backups.list(logPath());
    assert.ok(mondayCopy);

    const before = await backups.restore(
      logPath(),
      mondayCopy,
      await hashOf(mondayCopy),
      '2026-11-03',
      new Date(2026, 10, 3, 9, 5, 7),
    );
    assert.equal(readFileSync(logPath(), 'utf8'), monday);
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o640, 'the log keeps its permissions');
    assert.equal(before?.beforeRestoreAt, '09:05:07');
    assert.match(readFileSync(before?.filePath ?? '', 'utf8'), /Tuesday/);
    const listed = await backups.list(logPath());
    assert.deepEqual(
      listed.map((backup) => [backup.day, backup.beforeRestoreAt]),
      [
        ['2026-11-03', '09:05:07'],
        ['2026-11-02', undefined],
      ],
    );

    // And undone: the copy taken before the restore is a backup like any other.
    const undo = listed[0] ?? mondayCopy;
    await backups.restore(logPath(), undo, await hashOf(undo), '2026-11-03', new Date(2026, 10, 3, 9, 6, 0));
    assert.match(readFileSync(logPath(), 'utf8'), /Tuesday/);
  });

  it('refuses to replace a read-only log, as the store refuses to write it', async () => {
    await writeLog(logWith('Monday'));
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    const [mondayCopy] = await backups.list(logPath());
    assert.ok(mondayCopy);
    const readOnly = logWith('Monday', 'Tuesday, kept read-only');
    await writeLog(readOnly);
    await fs.chmod(logPath(), 0o444);
    await assert.rejects(
      backups.restore(logPath(), mondayCopy, await hashOf(mondayCopy), '2026-11-03', new Date(2026, 10, 3, 9, 0, 0)),
      (error: unknown) => error instanceof LogFileError && /read-only/.test(error.message),
    );
    assert.equal(readFileSync(logPath(), 'utf8'), readOnly);
    assert.equal((await fs.stat(logPath())).mode & 0o777, 0o444);
    assert.equal((await backups.list(logPath())).length, 1, 'no copy taken for a restore that did not happen');
  });

  it('restores only the backup as it was listed: one changed since is refused', async () => {
    await writeLog(logWith('Monday'));
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    const [listed] = await backups.list(logPath());
    assert.ok(listed);
    const shown = await hashOf(listed);
    const now = logWith('Monday', 'Tuesday');
    await writeLog(now);
    await fs.writeFile(listed.filePath, logWith('Put there while the list was open'));
    await assert.rejects(
      backups.restore(logPath(), listed, shown, '2026-11-03', new Date(2026, 10, 3, 9, 0, 0)),
      /changed since it was listed/,
    );
    assert.equal(readFileSync(logPath(), 'utf8'), now);
  });

  it('restores through the log’s lock: a writer holding it finishes first, and a restore is never seen half done', async () => {
    await writeLog(logWith('Kept'));
    const backups = new LogBackups(storage());
    await backups.keepDailyCopy(logPath(), '2026-11-02');
    const [backup] = await backups.list(logPath());
    assert.ok(backup);
    const backupBytes = readFileSync(backup.filePath);

    const writer = startPausedWriter(logPath(), 'Written while the restore waited');
    await writer.locked;
    let restored = false;
    const sha256 = await hashOf(backup);
    const restore = backups
      .restore(logPath(), backup, sha256, '2026-11-02', new Date(2026, 10, 2, 12, 0, 0))
      .then((copy) => {
        restored = true;
        return copy;
      });
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(restored, false, 'the restore waits for the lock');

    // Readers during the restore see the old file or the new one, never a mix.
    const seen = new Set<string>();
    const reading = (async () => {
      while (!restored) {
        seen.add(readFileSync(logPath(), 'utf8'));
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    writer.child.kill('SIGCONT');
    assert.equal(await writer.exitCode, 0);
    const before = await restore;
    await reading;
    assert.deepEqual(readFileSync(logPath()), backupBytes);
    assert.match(readFileSync(before?.filePath ?? '', 'utf8'), /Written while the restore waited/);
    for (const text of seen) JSON.parse(text);
    assert.deepEqual(
      (await new LogStore().read(logPath())).moments.map((moment) => moment.summary),
      ['Kept'],
    );
  });
});

/** The hash of a backup as Restore a Backup… lists it. */
async function hashOf(backup: LogBackup): Promise<string> {
  const contents = await readBackup(backup);
  assert.ok(contents.ok, 'a valid backup');
  return contents.sha256;
}

/** A writer that takes the log's lock and stops inside it until sent SIGCONT. */
function startPausedWriter(
  file: string,
  summary: string,
): { child: ChildProcess; locked: Promise<void>; exitCode: Promise<number | null> } {
  const child = spawn(process.execPath, [LOCK_WORKER, file, summary, '30000', '30000', 'pause-inside-lock'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const locked = new Promise<void>((resolve, reject) => {
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
      if (stdout.includes('locked')) resolve();
    });
    child.once('exit', () => reject(new Error('the writer ended before taking the lock')));
  });
  return { child, locked, exitCode: once(child, 'exit').then(([code]) => code as number | null) };
}
