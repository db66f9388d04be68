import * as l10n from '@vscode/l10n';
import { randomBytes } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import * as path from 'node:path';
import * as z from 'zod/mini';

/**
 * A lock file beside the log (`<log>.lock`), so two writers — two windows, or the editor
 * and the command line — take turns at read-modify-write and never lose each other's
 * moments. The lock records who holds it, and whether it may be broken is decided by
 * that owner's liveness, not by age alone:
 *
 * - a live process on this host keeps its lock however long it holds it (a writer paused
 *   in a debugger or by a suspended laptop still has moments to save);
 * - a dead process's lock on this host is broken at once, and so is one whose pid now
 *   belongs to a later process (told apart by the start time Linux keeps for each);
 * - a lock that cannot be checked — another host's, or contents that cannot be read — is
 *   broken once it is older than the stale time, so a lock a repository ships with, or a
 *   crashed writer on another machine, never blocks writing for good.
 */

export interface LockOptions {
  /** Give up waiting after this long. */
  readonly timeoutMs?: number;
  /**
   * How long a lock whose owner cannot be checked (another host's, or one that cannot be
   * read) is respected. A lock of a live process on this host is respected however old.
   */
  readonly staleMs?: number;
  /**
   * This process's start time, as `ownStartTime()` gives it: a writer that takes many
   * locks reads it once (it cannot change) rather than at every lock.
   */
  readonly ownStartTime?: Promise<number | undefined>;
}

/** When this process started, by the system's clock ticks (Linux); what a lock records so a reused process id is not taken for its owner. */
export async function ownStartTime(): Promise<number | undefined> {
  return (await readProcessStat(process.pid))?.startTime;
}

/** Who holds a lock, as a person deciding whether to delete it needs to know. */
export interface LockHolder {
  readonly pid: number;
  readonly host: string;
  /** When the lock was taken, by the holder's clock (ms since the epoch). */
  readonly since: number;
  /** Whether the process is still running; undefined when it is on another host. */
  readonly running: boolean | undefined;
}

export class LockTimeoutError extends Error {
  override readonly name = 'LockTimeoutError';
  /** `holder` is undefined when the lock's contents could not be read. */
  constructor(
    readonly lockPath: string,
    readonly holder?: LockHolder,
  ) {
    super(holder ? heldTooLongMessage(lockPath, holder) : unreadableLockMessage(lockPath));
  }
}

function heldTooLongMessage(lockPath: string, holder: LockHolder): string {
  return l10n.t(
    '{0}: Growth Log stopped waiting for this lock, held by process {1} on {2} since {3} ({4}). If no other window or command is writing to the log, delete {0} and try again.',
    lockPath,
    String(holder.pid),
    holder.host,
    new Date(holder.since).toISOString(),
    runningText(holder.running),
  );
}

function unreadableLockMessage(lockPath: string): string {
  return l10n.t(
    '{0}: Growth Log stopped waiting for this lock, whose contents cannot be read (another writer may be creating it). If no other window or command is writing to the log, delete {0} and try again.',
    lockPath,
  );
}

function runningText(running: boolean | undefined): string {
  if (running === undefined) return l10n.t('on another computer, so whether it is still running cannot be checked');
  return running ? l10n.t('still running') : l10n.t('no longer running');
}

export async function withFileLock<T>(
  targetPath: string,
  action: () => Promise<T>,
  options: LockOptions = {},
): Promise<T> {
  const lockPath = `${targetPath}.lock`;
  const startTime = await (options.ownStartTime ?? ownStartTime());
  const token = await acquire(lockPath, startTime, options.timeoutMs ?? 10_000, options.staleMs ?? 30_000);
  try {
    return await action();
  } finally {
    await release(lockPath, token);
  }
}

const lockOwnerSchema = z.object({
  pid: z.int().check(z.positive()),
  host: z.string(),
  token: z.string(),
  since: z.number(),
  /**
   * The owner's start time in clock ticks after boot, from `/proc/<pid>/stat` (Linux): a
   * pid is reused once its process ends, and this tells the owner from its successor.
   */
  startTime: z.optional(z.int().check(z.nonnegative())),
});

type LockOwner = z.infer<typeof lockOwnerSchema>;

/** What is at the lock's path when a writer looks. */
type LockSighting =
  | { readonly kind: 'missing' }
  | { readonly kind: 'unreadable'; readonly mtimeMs: number }
  | { readonly kind: 'owned'; readonly owner: LockOwner; readonly mtimeMs: number };

type PresentLock = Exclude<LockSighting, { kind: 'missing' }>;

async function acquire(
  lockPath: string,
  startTime: number | undefined,
  timeoutMs: number,
  staleMs: number,
): Promise<string> {
  const owner = ourOwnerRecord(startTime);
  const deadline = Date.now() + timeoutMs;
  let delayMs = 2;
  for (;;) {
    // Dated at each attempt, so that another host judges the lock's age from when it was taken.
    if (await createLockFile(lockPath, { ...owner, since: Date.now() })) return owner.token;
    const sighting = await lookAtLock(lockPath);
    if (sighting.kind === 'missing') continue;
    const status = await ownerStatus(sighting);
    if (isAbandoned(sighting, status, staleMs) && (await breakLock(lockPath, sighting, startTime))) continue;
    if (Date.now() > deadline) throw new LockTimeoutError(lockPath, holderOf(sighting, status));
    await sleep(delayMs + Math.random() * delayMs);
    delayMs = Math.min(delayMs * 2, 50);
  }
}

function ourOwnerRecord(startTime: number | undefined): LockOwner {
  return { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex'), since: Date.now(), startTime };
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
    await writeDraft(draft, JSON.stringify(owner));
    return await linkExclusively(draft, lockPath);
  } finally {
    await removeFile(draft);
  }
}

/** Makes `to` a copy of `from` unless `to` exists; false when it did. */
async function linkExclusively(from: string, to: string): Promise<boolean> {
  try {
    await fs.link(from, to);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    if (!isCode(error, 'EPERM') && !isCode(error, 'ENOTSUP') && !isCode(error, 'EXDEV')) throw error;
  }
  // A file system without hard links: exclusive create, with a brief empty window.
  try {
    await fs.copyFile(from, to, fs.constants.COPYFILE_EXCL);
    return true;
  } catch (error) {
    if (isCode(error, 'EEXIST')) return false;
    throw error;
  }
}

async function release(lockPath: string, token: string): Promise<void> {
  const sighting = await lookAtLock(lockPath);
  // Only remove our own lock: if ours was judged abandoned and broken (only another host
  // can judge so while we live), another writer's lock may stand there now.
  if (sighting.kind === 'owned' && sighting.owner.token === token) await removeFile(lockPath);
}

/** Reads the lock's owner and its file's modification time from one open file. */
async function lookAtLock(lockPath: string): Promise<LockSighting> {
  let handle: fs.FileHandle;
  try {
    // A folder, a link or a device where the lock should be is not a writer's lock: a
    // repository can ship one (a link to /dev/zero would be read for ever). Judged, like
    // contents that cannot be read, by its age. Not following links, and not waiting on
    // a pipe, the open itself tells a writer's lock from those.
    handle = await fs.open(lockPath, fsConstants.O_RDONLY | fsConstants.O_NOFOLLOW | fsConstants.O_NONBLOCK);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { kind: 'missing' };
    if (isCode(error, 'ELOOP') || isCode(error, 'ENXIO')) return notAWritersLock(lockPath);
    throw error;
  }
  try {
    const found = await handle.stat();
    const { mtimeMs } = found;
    if (!found.isFile()) return { kind: 'unreadable', mtimeMs };
    const owner = parseOwner(await readStart(handle));
    return owner ? { kind: 'owned', owner, mtimeMs } : { kind: 'unreadable', mtimeMs };
  } finally {
    await handle.close();
  }
}

/** A link or a socket at the lock's path, judged by its own age. */
async function notAWritersLock(lockPath: string): Promise<LockSighting> {
  try {
    return { kind: 'unreadable', mtimeMs: (await fs.lstat(lockPath)).mtimeMs };
  } catch (error) {
    if (isCode(error, 'ENOENT')) return { kind: 'missing' };
    throw error;
  }
}

/** The lock's draft, in a folder made first if the log's folder does not exist yet. */
async function writeDraft(draft: string, contents: string): Promise<void> {
  try {
    await fs.writeFile(draft, contents, { flag: 'w', mode: 0o600 });
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
    await fs.mkdir(path.dirname(draft), { recursive: true });
    await fs.writeFile(draft, contents, { flag: 'w', mode: 0o600 });
  }
}

/** Removes a file of ours; one already gone is what was wanted. */
async function removeFile(filePath: string): Promise<void> {
  try {
    await fs.unlink(filePath);
  } catch (error) {
    if (!isCode(error, 'ENOENT')) throw error;
  }
}

/** What a lock records is a line of JSON; more than this is not one of ours. */
const LOCK_READ_LIMIT = 4096;

async function readStart(handle: fs.FileHandle): Promise<string> {
  const buffer = Buffer.alloc(LOCK_READ_LIMIT);
  const { bytesRead } = await handle.read(buffer, 0, LOCK_READ_LIMIT, 0);
  return buffer.toString('utf8', 0, bytesRead);
}

/** The owner a lock file records, or undefined for half-written or foreign contents. */
function parseOwner(text: string): LockOwner | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: a writer without hard links between creating the file and filling it in,
    // or contents that are not ours. The caller judges such a lock by its age.
    return undefined;
  }
  const parsed = lockOwnerSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/**
 * - `running`: a live process on this host, the one that took the lock.
 * - `gone`: the process on this host has ended (its pid may have been given to another).
 * - `unverifiable`: a live pid on this host, but the lock records no start time to check
 *   it against although this system keeps one — written by an older Growth Log, or forged.
 * - `elsewhere`: another host's process, which cannot be checked from here.
 *
 * A lock whose contents cannot be read has no owner to check: undefined.
 */
type OwnerStatus = 'running' | 'gone' | 'unverifiable' | 'elsewhere';

async function ownerStatus(sighting: PresentLock): Promise<OwnerStatus | undefined> {
  if (sighting.kind === 'unreadable') return undefined;
  const { owner } = sighting;
  if (owner.host !== hostname()) return 'elsewhere';
  if (!isProcessAlive(owner.pid)) return 'gone';
  const stat = await readProcessStat(owner.pid);
  // Without /proc (not Linux), the pid is all there is to go on.
  if (stat === undefined) return 'running';
  // A killed process its parent has not yet reaped still answers to its pid.
  if (stat.state === 'Z') return 'gone';
  if (owner.startTime === undefined) return 'unverifiable';
  return stat.startTime === owner.startTime ? 'running' : 'gone';
}

function isAbandoned(sighting: PresentLock, status: OwnerStatus | undefined, staleMs: number): boolean {
  if (status === 'running') return false;
  if (status === 'gone') return true;
  // Nothing to check the owner by: judge by age. A lock's file is never changed after it is
  // created, so its mtime is when the lock reached this disk.
  const times = sighting.kind === 'owned' ? [sighting.owner.since, sighting.mtimeMs] : [sighting.mtimeMs];
  return ageMs(times, Date.now()) > staleMs;
}

/**
 * File times and the clocks of hosts that share a folder disagree a little (a file's mtime
 * can even be a fraction of a millisecond ahead of `Date.now()`); a time this little ahead
 * of ours is still believed.
 */
const CLOCK_SLACK_MS = 1_000;

/**
 * How long ago a lock was taken, by the first of `times` that is not in the future. A time
 * ahead of our clock cannot be checked — a forged `since`, or another host's clock running
 * fast — so the lock's mtime is used instead: when the lock reached this disk, which for a
 * lock a repository ships with is when it was checked out. If that too is in the future
 * (an archive can carry one), nothing about the lock's age can be believed and it counts
 * as stale at once. Either way, a forged time blocks writing for at most the stale time.
 */
function ageMs(times: readonly number[], now: number): number {
  const believable = times.find((time) => time <= now + CLOCK_SLACK_MS);
  return believable === undefined ? Number.POSITIVE_INFINITY : now - believable;
}

function holderOf(sighting: PresentLock, status: OwnerStatus | undefined): LockHolder | undefined {
  if (sighting.kind === 'unreadable') return undefined;
  const { pid, host, since } = sighting.owner;
  return { pid, host, since, running: status === 'elsewhere' ? undefined : status !== 'gone' };
}

/**
 * Removes the abandoned lock `seen`, one breaker at a time: every writer that finds an
 * abandoned lock tries to break it, and a breaker that moved aside the fresh lock another
 * had just taken in its place would let two writers in. So breakers take turns through a
 * lock of their own (`<lock>.break`, held for milliseconds), and each looks again, in its
 * turn, whether the lock is still the abandoned one it saw. True when the way may be free
 * now (try again at once); false when another breaker is at work (wait a little).
 */
async function breakLock(lockPath: string, seen: PresentLock, startTime: number | undefined): Promise<boolean> {
  const breakPath = `${lockPath}.break`;
  const breaker = ourOwnerRecord(startTime);
  if (!(await createLockFile(breakPath, breaker))) {
    await clearAbandonedBreaker(breakPath);
    return false;
  }
  try {
    const now = await lookAtLock(lockPath);
    if (now.kind === 'missing' || !isSameLock(seen, now)) return true;
    await moveAsideAndRemove(lockPath, seen);
    return true;
  } finally {
    await release(breakPath, breaker.token);
  }
}

/** A breaker that died between taking its turn and giving it back: its turn is over. */
async function clearAbandonedBreaker(breakPath: string): Promise<void> {
  const sighting = await lookAtLock(breakPath);
  if (sighting.kind === 'missing') return;
  if (isAbandoned(sighting, await ownerStatus(sighting), BREAKER_STALE_MS)) await removeFile(breakPath);
}

/** Breaking a lock takes a few file operations; a breaker's turn older than this was never given back. */
const BREAKER_STALE_MS = 5_000;

/**
 * The lock is moved aside before it is deleted, and checked: if its owner (live but
 * judged stale, on another host) released it and a new writer took it in the instant
 * between the look and the move, that writer's lock is put back.
 */
async function moveAsideAndRemove(lockPath: string, seen: PresentLock): Promise<void> {
  const asidePath = `${lockPath}.${process.pid}.${randomBytes(6).toString('hex')}.stale`;
  try {
    await fs.rename(lockPath, asidePath);
  } catch (error) {
    if (isCode(error, 'ENOENT')) return;
    throw error;
  }
  try {
    const moved = await lookAtLock(asidePath);
    if (moved.kind !== 'missing' && !isSameLock(seen, moved)) await linkExclusively(asidePath, lockPath);
  } finally {
    // Recursive: what was broken may be a folder a repository put where the lock goes.
    await fs.rm(asidePath, { force: true, recursive: true });
  }
}

function isSameLock(seen: PresentLock, moved: PresentLock): boolean {
  if (seen.kind === 'owned') return moved.kind === 'owned' && moved.owner.token === seen.owner.token;
  return moved.kind === 'unreadable' && moved.mtimeMs === seen.mtimeMs;
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return isCode(error, 'EPERM');
  }
}

interface ProcessStat {
  /** R, S, D, T (stopped), Z (zombie)… */
  readonly state: string;
  /** Clock ticks after boot when the process started. */
  readonly startTime: number;
}

/** Fields 3 and 22 of `/proc/<pid>/stat`; undefined where there is no such file to read. */
async function readProcessStat(pid: number): Promise<ProcessStat | undefined> {
  let text: string;
  try {
    text = await fs.readFile(`/proc/${pid}/stat`, 'utf8');
  } catch (error) {
    // No /proc (not Linux), the process ended a moment ago, or /proc hides it from us.
    if (isCode(error, 'ENOENT') || isCode(error, 'ESRCH') || isCode(error, 'EACCES') || isCode(error, 'EPERM'))
      return undefined;
    throw error;
  }
  // Field 2, the command name, is in parentheses and may itself hold spaces and ')', so
  // the fields are counted from the last ')': field 3 first.
  const fields = text
    .slice(text.lastIndexOf(')') + 1)
    .trim()
    .split(' ');
  const state = fields[0];
  const startTime = Number(fields[22 - 3]);
  return state && Number.isSafeInteger(startTime) ? { state, startTime } : undefined;
}

export function isCode(error: unknown, code: string): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === code;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
