import * as assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, promises as fs, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { LockTimeoutError, withFileLock } from '../../src/core/storage/fileLock';
import { LogStore } from '../../src/core/storage/logStore';
import { eventually } from '../support/eventually';
import { useTempDir } from '../support/tempDir';
import { LOCK_WORKER } from '../support/workers';

/**
 * Whether a lock may be broken is decided by its owner's liveness, not by its age alone: a
 * live writer's lock is never broken however long it is held, a dead one's is broken at
 * once, and a lock nobody can check — another host's, a forged one, unreadable contents —
 * blocks writing for no longer than the stale time. The stale time is shortened to one
 * second here so that these tests take seconds.
 */

const STALE_MS = 1_000;
const HAS_PROC = existsSync('/proc/self/stat');

interface Worker {
  readonly child: ChildProcess;
  /** Resolves once the worker has printed `line`. */
  printed(line: string): Promise<void>;
  readonly exitCode: Promise<number | null>;
  hasExited(): boolean;
}

describe('file lock: liveness decides, with real processes', function () {
  this.timeout(60_000);
  const tempDir = useTempDir();
  const workers: Worker[] = [];

  afterEach(() => {
    // A failed test must not leave a stopped writer behind.
    for (const worker of workers.splice(0)) if (!worker.hasExited()) worker.child.kill('SIGKILL');
  });

  function startWorker(file: string, summary: string, mode?: 'pause-inside-lock'): Worker {
    const child = spawn(
      process.execPath,
      [LOCK_WORKER, file, summary, String(STALE_MS), '30000', ...(mode ? [mode] : [])],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => (stdout += chunk));
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const exit = once(child, 'exit').then(([code]) => {
      if (stderr) console.error(`      ${summary}: ${stderr}`);
      return code as number | null;
    });
    const worker: Worker = {
      child,
      printed: (line) =>
        eventually(
          () => assert.ok(stdout.split('\n').includes(line), `${summary} has not printed ${line}`),
          20_000,
          20,
        ),
      exitCode: exit,
      hasExited: () => child.exitCode !== null || child.signalCode !== null,
    };
    workers.push(worker);
    return worker;
  }

  it('never breaks the lock of a live writer paused past the stale time, and both writers keep their moments', async function () {
    if (process.platform === 'win32') this.skip();
    const file = path.join(tempDir(), 'growth-log.json');
    const holder = startWorker(file, 'holder moment', 'pause-inside-lock');
    await holder.printed('locked');
    if (HAS_PROC) await eventually(() => assert.equal(processState(holder.child.pid ?? 0), 'T'), 5_000, 20);

    const waiter = startWorker(file, 'waiter moment');
    await sleep(3 * STALE_MS);
    assert.equal(waiter.hasExited(), false, 'the other writer broke the lock of a live writer and went ahead');

    holder.child.kill('SIGCONT');
    assert.equal(await holder.exitCode, 0);
    assert.equal(await waiter.exitCode, 0);
    const summaries = (await new LogStore().read(file)).moments.map((moment) => moment.summary).sort();
    assert.deepEqual(summaries, ['holder moment', 'waiter moment']);
    assert.deepEqual(await fs.readdir(tempDir()), ['growth-log.json'], 'no lock or stray file left');
  });

  it('respects a live owner on this host however old its lock, and the timeout names the file, the owner and how to remove it', async () => {
    const target = path.join(tempDir(), 'log.json');
    const lockPath = `${target}.lock`;
    let releaseFirst = () => {};
    const first = withFileLock(target, () => new Promise<void>((resolve) => (releaseFirst = resolve)));
    await eventually(() => fs.stat(lockPath), 5_000, 10);
    // The lock this process really holds, taken in 1970.
    const owner = JSON.parse(await fs.readFile(lockPath, 'utf8')) as Record<string, unknown>;
    await fs.writeFile(lockPath, JSON.stringify({ ...owner, since: 0 }));

    const error = await withFileLock(target, async () => 'never', { staleMs: 100, timeoutMs: 1_500 }).catch(
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof LockTimeoutError, String(error));
    assert.deepEqual(error.holder, { pid: process.pid, host: hostname(), since: 0, running: true });
    for (const part of [
      lockPath,
      String(process.pid),
      hostname(),
      '1970-01-01T00:00:00.000Z',
      'still running',
      `delete ${lockPath}`,
    ]) {
      assert.ok(error.message.includes(part), `"${part}" is missing from: ${error.message}`);
    }
    releaseFirst();
    await first;
    assert.deepEqual(await fs.readdir(tempDir()), []);
  });

  it('treats a folder or a link where the lock should be as a forged lock: broken after the stale time, never read', async () => {
    const target = path.join(tempDir(), 'log.json');
    // A folder a repository shipped, with a file in it; then a link to an endless device.
    await fs.mkdir(`${target}.lock`);
    await fs.writeFile(path.join(`${target}.lock`, 'keep'), '');
    assert.equal(await withFileLock(target, async () => 'written', { staleMs: 300, timeoutMs: 10_000 }), 'written');
    await fs.symlink('/dev/zero', `${target}.lock`);
    assert.equal(
      await withFileLock(target, async () => 'written again', { staleMs: 300, timeoutMs: 10_000 }),
      'written again',
    );
    assert.deepEqual(await fs.readdir(tempDir()), [], 'nothing left behind, the folder and the link included');
  });

  it('breaks at once the lock of a process on this host that has ended', async () => {
    const ended = spawn(process.execPath, ['-e', '']);
    await once(ended, 'exit');
    const target = path.join(tempDir(), 'log.json');
    await writeLock(target, { pid: ended.pid, host: hostname(), token: 'ended', since: Date.now() });
    assert.ok((await timeToLock(target, { staleMs: 60_000, timeoutMs: 10_000 })) < 2_000);
  });

  it('lets one writer at a time in when many find the same abandoned lock at once', async function () {
    // Two dozen writers, many rounds: a breaker moving aside another's fresh lock showed within ten.
    this.timeout(60_000);
    const ended = spawn(process.execPath, ['-e', '']);
    await once(ended, 'exit');
    for (let round = 0; round < 16; round += 1) {
      const target = path.join(tempDir(), `log-${round}.json`);
      await writeLock(target, { pid: ended.pid, host: hostname(), token: 'ended', since: Date.now() });
      let inside = 0;
      let mostInside = 0;
      const writer = () =>
        withFileLock(
          target,
          async () => {
            inside += 1;
            mostInside = Math.max(mostInside, inside);
            // Long enough for every other writer to look at the lock, judge it, and try.
            await sleep(5);
            inside -= 1;
          },
          { staleMs: 60_000, timeoutMs: 10_000 },
        );
      await Promise.all(Array.from({ length: 24 }, writer));
      assert.equal(mostInside, 1, `round ${round}: ${mostInside} writers held the lock at once`);
    }
  });

  it('is not held up by a breaker that ended while breaking an abandoned lock', async () => {
    const ended = spawn(process.execPath, ['-e', '']);
    await once(ended, 'exit');
    const target = path.join(tempDir(), 'log.json');
    const owner = { pid: ended.pid, host: hostname(), token: 'ended', since: Date.now() };
    await writeLock(target, owner);
    await fs.writeFile(`${target}.lock.break`, JSON.stringify({ ...owner, token: 'breaker' }));
    assert.ok((await timeToLock(target, { staleMs: 60_000, timeoutMs: 10_000 })) < 2_000);
    assert.equal(existsSync(`${target}.lock.break`), false);
  });

  it('breaks at once the lock of a live pid whose process started at another time (the pid was reused)', async function () {
    if (!HAS_PROC) this.skip();
    const target = path.join(tempDir(), 'log.json');
    const startTime = ownStartTime() + 1;
    await writeLock(target, { pid: process.pid, host: hostname(), token: 'earlier', since: Date.now(), startTime });
    assert.ok((await timeToLock(target, { staleMs: 60_000, timeoutMs: 10_000 })) < 2_000);
  });

  it('respects another host’s lock for the stale time, then breaks it', async () => {
    const target = path.join(tempDir(), 'log.json');
    await writeLock(target, { pid: 4242, host: 'build-7.example.com', token: 'elsewhere', since: Date.now() });
    const waited = await timeToLock(target, { staleMs: STALE_MS, timeoutMs: 10_000 });
    assert.ok(waited >= STALE_MS * 0.9 && waited < STALE_MS + 2_000, `waited ${waited} ms`);
  });

  it('is not blocked beyond the stale time by a forged lock of another host dated far in the future', async () => {
    const target = path.join(tempDir(), 'log.json');
    const farFuture = Date.now() + 10 * 365 * 86_400_000;
    const forged = { pid: 4242, host: 'build-7.example.com', token: 'forged', since: farFuture };

    // As checked out from a repository: the file's own time is now, so the stale time runs from then.
    await writeLock(target, forged);
    assert.ok((await timeToLock(target, { staleMs: STALE_MS, timeoutMs: 10_000 })) < STALE_MS + 2_000);

    // As unpacked from an archive that dates the file in the future too: no time is believable.
    await writeLock(target, forged, new Date(farFuture));
    assert.ok((await timeToLock(target, { staleMs: 60_000, timeoutMs: 10_000 })) < 2_000);
  });

  it('respects unreadable lock contents for the stale time (a writer may be creating it), unless dated in the future', async () => {
    const target = path.join(tempDir(), 'log.json');
    const garbage = [
      'not json',
      JSON.stringify({ pid: -1, host: hostname(), token: 'every process', since: Date.now() }),
      JSON.stringify({ pid: 0, host: hostname(), token: 'the process group', since: Date.now() }),
    ];
    for (const contents of garbage) {
      await fs.writeFile(`${target}.lock`, contents);
      const waited = await timeToLock(target, { staleMs: STALE_MS, timeoutMs: 10_000 });
      assert.ok(waited >= STALE_MS * 0.9 && waited < STALE_MS + 2_000, `waited ${waited} ms for ${contents}`);
    }
    await fs.writeFile(`${target}.lock`, 'not json');
    const future = new Date(Date.now() + 86_400_000);
    await fs.utimes(`${target}.lock`, future, future);
    assert.ok((await timeToLock(target, { staleMs: 60_000, timeoutMs: 10_000 })) < 2_000);
  });

  /** Takes and releases the lock, and returns how long taking it took; checks nothing is left. */
  async function timeToLock(target: string, options: { staleMs: number; timeoutMs: number }): Promise<number> {
    const started = Date.now();
    assert.equal(await withFileLock(target, async () => 'got it', options), 'got it');
    assert.deepEqual(await fs.readdir(tempDir()), [], 'no lock or stray file left');
    return Date.now() - started;
  }
});

async function writeLock(target: string, owner: Record<string, unknown>, modified?: Date): Promise<void> {
  const lockPath = `${target}.lock`;
  await fs.writeFile(lockPath, JSON.stringify(owner));
  if (modified) await fs.utimes(lockPath, modified, modified);
}

/** Field 3 of `/proc/<pid>/stat`: R, S, T (stopped)… */
function processState(pid: number): string | undefined {
  return procStatFields(pid)[0];
}

/** Field 22 of `/proc/self/stat`: when this process started, in clock ticks after boot. */
function ownStartTime(): number {
  return Number(procStatFields(process.pid)[22 - 3]);
}

/** The fields of `/proc/<pid>/stat` after the command name, from field 3 on. */
function procStatFields(pid: number): string[] {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return text
    .slice(text.lastIndexOf(')') + 1)
    .trim()
    .split(' ');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
