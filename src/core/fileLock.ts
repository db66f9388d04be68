import * as l10n from '@vscode/l10n';
import { hostname } from 'node:os';
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import * as path from 'node:path';

/**
 * A lock file beside the log (`<log>.lock`), so two writers — two windows, or the editor
 * and the command line — take turns at read-modify-write and never lose each other's
 * moments. The lock records who holds it; a lock left by a process that has died is
 * noticed and broken, so a crash never blocks logging for good.
 */

export interface LockOptions {
  /** Give up waiting after this long. */
  readonly timeoutMs?: number;
  /** A lock older than this is taken to be abandoned even if its owner cannot be checked. */
  readonly staleMs?: number;
}

interface LockOwner {
  readonly pid: number;
  readonly host: string;
  readonly token: string;
  readonly since: number;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  constructor(readonly lockPath: string) {
    super(
      l10n.t('{0}: another Growth Log writer has held this lock too long; try again, or delete the file if no other window or command is writing', lockPath),
    );
  }
}

export async function withFileLock<T>(targetPath: string, action: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const lockPath = `${targetPath}.lock`;
  const token = await acquire(lockPath, options.timeoutMs ?? 10_000, options.staleMs ?? 30_000);
  try {
    return await action();
  } finally {
    await release(lockPath, token);
  }
}

async function acquire(lockPath: string, timeoutMs: number, staleMs: number): Promise<string> {
  const owner: LockOwner = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: Date.now() };
  const deadline = Date.now() + timeoutMs;
  let delayMs = 2;
  await fs.mkdir(path.dirname(lockPath), { recursive: true });
  for (;;) {
    if (await createLockFile(lockPath, owner)) return owner.token;
    if (await breakIfAbandoned(lockPath, staleMs)) continue;
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath);
    await sleep(delayMs + Math.random() * delayMs);
    delayMs = Math.min(delayMs * 2, 50);
  }
}

/**
 * Creates the lock file with its contents in one step, or returns false if it exists.
 * The owner is written to a file of our own first and then hard-linked into place, so a
 * writer killed at any instant never leaves an empty lock that nobody can judge.
 */
async function createLockFile(lockPath: string, owner: LockOwner): Promise<boolean> {
  const draft = `${lockPath}.${owner.pid}.${owner.token}.new`;
  try {
    // Inside the try, so a draft that could not be filled (a full disk) is removed too.
    await fs.writeFile(draft, JSON.stringify(owner), { flag: 'w', mode: 0o600 });
    await fs.link(draft, lockPath);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    if (!isCode(error, 'EPERM') && !isCode(error, 'ENOTSUP') && !isCode(error, 'EXDEV')) throw error;
    // A file system without hard links: exclusive create, with a brief empty window.
    try {
      await fs.writeFile(lockPath, JSON.stringify(owner), { flag: 'wx', mode: 0o600 });
      return true;
    } catch (fallbackError) {
      if (isCode(fallbackError, 'EEXIST')) return false;
      throw fallbackError;
    }
  } finally {
    await fs.rm(draft, { force: true });
  }
}

async function release(lockPath: string, token: string): Promise<void> {
  const owner = await readOwner(lockPath);
  // Only remove our own lock: if ours was judged abandoned and broken, another writer's
  // lock may stand there now.
  if (typeof owner === 'object' && owner.token === token) await fs.rm(lockPath, { force: true });
}

/** Removes the lock if its owner is gone; true when it did (or the lock vanished). */
async function breakIfAbandoned(lockPath: string, staleMs: number): Promise<boolean> {
  const owner = await readOwner(lockPath);
  if (owner === 'missing') return true;
  if (owner && !isAbandoned(owner, staleMs)) return false;
  if (!owner) {
    // Unreadable contents: a writer may be between creating the file and filling it in,
    // so only an old unreadable lock counts as abandoned.
    const stat = await fs.stat(lockPath).catch(() => undefined);
    if (stat && Date.now() - stat.mtimeMs < staleMs) return false;
  }
  // Move the lock aside before deleting it, and check it is still the abandoned one: if
  // another writer broke it and took a fresh lock meanwhile, put that one back.
  const asidePath = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, asidePath);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return true;
    throw error;
  }
  const moved = await readOwner(asidePath);
  const movedIsTheAbandonedOne = owner === undefined ? moved === undefined : typeof moved === 'object' && moved.token === owner.token;
  if (!movedIsTheAbandonedOne) {
    await fs.link(asidePath, lockPath).catch(() => undefined);
  }
  await fs.rm(asidePath, { force: true });
  return true;
}

function isAbandoned(owner: LockOwner, staleMs: number): boolean {
  if (owner.host === hostname() && !isProcessAlive(owner.pid)) return true;
  return Date.now() - owner.since > staleMs;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}

async function readOwner(lockPath: string): Promise<LockOwner | undefined | 'missing'> {
  let text: string;
  try {
    text = await fs.readFile(lockPath, 'utf8');
  } catch (error) {
    if (isCode(error, 'ENOENT')) return 'missing';
    throw error;
  }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>;
    if (typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' && typeof value.since === 'number') {
      return value as LockOwner;
    }
  } catch {
    // Fall through: half-written or foreign contents.
  }
  return undefined;
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
