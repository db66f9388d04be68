/**
 * What the operating system, or the JSON engine, can refuse while a file is read or
 * written — a full disk, a read-only folder, a path that does not lead anywhere, JSON
 * nested deeper than the stack — in one sentence a person can act on, naming the file:
 * "/home/ana/brag.md: the disk is full". The command line and the extension show the same
 * words, from here.
 */

import * as l10n from '@vscode/l10n';
import { LogFileError } from '../model/logFileError';

/** The parts of a Node.js system error this reads; its `syscall` tells it from an error that merely has a code. */
interface SystemError {
  readonly code: string;
  readonly syscall: string;
}

/** Each error code a file operation can meet, in words. Functions, so the words are translated when shown, not when loaded. */
const CAUSES: Readonly<Record<string, (error: SystemError) => string>> = {
  ENOSPC: () => l10n.t('the disk is full'),
  EDQUOT: () => l10n.t('your disk quota is used up'),
  EFBIG: () => l10n.t('the file is too big for this disk'),
  EACCES: () => l10n.t('permission denied'),
  EPERM: () => l10n.t('permission denied'),
  EROFS: () => l10n.t('the disk or folder is read-only'),
  EISDIR: () => l10n.t('this path is a folder, not a file'),
  ENOTDIR: () => partOfPathIsAFile(),
  // Reading treats a missing log as an empty one, so what is missing when this is met is the folder.
  ENOENT: () => l10n.t('its folder does not exist'),
  ENAMETOOLONG: () => l10n.t('the path or a name in it is too long'),
  ELOOP: () => l10n.t('the path has a loop of symbolic links'),
  EMFILE: () => tooManyOpenFiles(),
  ENFILE: () => tooManyOpenFiles(),
  EBUSY: () => l10n.t('the file or its disk is busy (in use by another program)'),
  // Creating a folder where a file stands; any other "already exists" is a file of that name.
  EEXIST: (error) => (error.syscall === 'mkdir' ? partOfPathIsAFile() : l10n.t('a file of that name is already there')),
  EIO: () => l10n.t('the disk reported a read or write error'),
};

function partOfPathIsAFile(): string {
  return l10n.t('part of the path is a file, not a folder');
}

function tooManyOpenFiles(): string {
  return l10n.t('too many files are open; close some programs and try again');
}

/**
 * Why a file operation failed, in words, when it failed for a reason outside Growth Log:
 * the operating system refused, or the JSON was nested too deeply for the stack. Undefined
 * for anything else (a bug, which should surface as one).
 */
export function fileProblemCause(error: unknown): string | undefined {
  if (isStackOverflow(error)) return l10n.t('the file is nested too deeply to read or write');
  if (!isSystemError(error)) return undefined;
  const cause = Object.hasOwn(CAUSES, error.code) ? CAUSES[error.code] : undefined;
  return cause ? cause(error) : l10n.t('the file cannot be read or written ({0})', error.code);
}

/**
 * Any error thrown while reading or writing `filePath` — by the log store, a lock, or an
 * export — as a `LogFileError` whose message names `filePath` and the cause. A
 * `LogFileError` is returned as it is; undefined for an error that is not a file problem.
 *
 * `filePath` is the file the user asked for, not the path in the system error, which may
 * be a temporary file or a lock beside it that the user never heard of.
 */
export function toLogFileError(error: unknown, filePath: string): LogFileError | undefined {
  if (error instanceof LogFileError) return error;
  const cause = fileProblemCause(error);
  if (cause === undefined) return undefined;
  const problem = new LogFileError(filePath, isStackOverflow(error) ? 'syntax' : 'io', cause);
  // The system's own error stays behind it, for the output channel and `--verbose`.
  problem.cause = error;
  return problem;
}

/** "<file>: <cause>" for an error `toLogFileError` understands; undefined for any other. */
export function fileProblemMessage(error: unknown, filePath: string): string | undefined {
  return toLogFileError(error, filePath)?.message;
}

function isSystemError(error: unknown): error is SystemError {
  if (typeof error !== 'object' || error === null) return false;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  return typeof code === 'string' && typeof syscall === 'string';
}

/**
 * JSON.parse reads nesting of any depth, but JSON.stringify recurses: a log nested a few
 * thousand levels deep loads, then exhausts the stack when it is written back.
 */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
