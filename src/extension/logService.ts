import * as path from 'node:path';
import * as vscode from 'vscode';
import { LogStore } from '../core/storage/logStore';
import { toLogFileError } from '../core/storage/fileSystemProblems';
import { isInside } from '../core/git/codeLocation';
import { LogFileError } from '../core/model/logFileError';
import { realLocation } from '../core/storage/logFileTarget';
import type { LogFile } from '../core/model/schema';
import { type Timeline, TimelineCache } from '../core/insights/timeline';
import { CONTEXT_KEYS } from './ids';
import { resolveLogLocation, type LogLocation } from './logLocation';
import { affectsSettings } from './settings';

/** What `LogService.write` saved, and where: the real path of the log file. */
export interface WrittenLog {
  readonly saved: LogFile;
  readonly logPath: string;
}

/** A change meant for one log file, refused because another is the log in use now. */
export class NotCurrentLogError extends Error {
  constructor(
    /** The log the change was meant for. */
    readonly logPath: string,
    /** The log in use now. */
    readonly currentPath: string,
  ) {
    super(vscode.l10n.t('{0} is not the log in use now ({1})', logPath, currentPath));
  }
}

export type LoadResult =
  | { readonly ok: true; readonly log: LogFile; readonly location: LogLocation }
  | { readonly ok: false; readonly error: LogFileError; readonly location: LogLocation };

/**
 * The extension's single way to the log file: reads it, appends to it through the
 * locked, atomic core store, and tells listeners whenever it may have changed — after
 * our own writes, on edits made on disk (by hand, by git, by the CLI), when settings
 * move the file, and when the active folder of a multi-root workspace changes.
 *
 * It starts watching lazily, on first use, so activation itself does no work.
 */
export class LogService implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly wrote = new vscode.EventEmitter<LogLocation>();
  /** Fires after each successful write through this service, with the file written. */
  readonly onDidWrite = this.wrote.event;

  private watching: vscode.Disposable[] = [];
  private fileWatcher: vscode.FileSystemWatcher | undefined;
  private watchedPath: string | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private hasMoments: boolean | undefined;
  /** One store for the extension's life, so an unchanged file is not read again and an append splices. */
  private readonly store = new LogStore();
  private readonly timelines = new TimelineCache();

  constructor(
    private readonly globalStorage: vscode.Uri,
    /**
     * Told the log in use after each read and write that succeeded (so the file is a valid
     * log), to keep its daily backup; never awaited, so it never holds a log up.
     */
    private readonly onUse: (filePath: string) => void = () => {},
  ) {}

  /**
   * The log to use now. Following it (its file, the settings, the workspace folders) starts
   * here, on first use, rather than at activation, which does no work.
   */
  locateAndFollow(): LogLocation {
    this.startWatching();
    const location = resolveLogLocation(this.globalStorage);
    this.watchFile(location.filePath);
    return location;
  }

  /** The log as it is now. Cheap when the file has not changed: the store remembers the version it last read or wrote. */
  async load(): Promise<LoadResult> {
    const location = this.locateAndFollow();
    try {
      await refuseOutsideUntrustedFolder(location);
      const log = await this.store.read(location.filePath);
      this.onUse(location.filePath);
      this.noteMoments(log);
      return { ok: true, log, location };
    } catch (error) {
      if (!(error instanceof LogFileError)) throw error;
      return { ok: false, error, location };
    }
  }

  /**
   * Applies `change` to the current log under its lock (re-reading it first, so changes
   * made elsewhere are kept) and saves it. Throws `LogFileError` when the file must not
   * be written or the system refused to write it, and the store's own error otherwise
   * (another writer holding the lock too long).
   */
  async update(change: (log: LogFile) => LogFile): Promise<LogFile> {
    return (await this.write(change)).saved;
  }

  /**
   * `update`, resolving as well to the real path of the log file written (links followed),
   * which names that log whatever the settings or the active folder say later. With
   * `onlyIn`, writes only when the log in use now is that file, and throws
   * `NotCurrentLogError` otherwise: a change recorded for one log is never applied to another.
   */
  async write(change: (log: LogFile) => LogFile, onlyIn?: string): Promise<WrittenLog> {
    const location = this.locateAndFollow();
    let saved: LogFile;
    let logPath: string;
    try {
      await refuseOutsideUntrustedFolder(location);
      logPath = await realLocation(location.filePath);
      await refuseOtherLog(logPath, onlyIn);
      saved = await this.store.update(location.filePath, change);
    } catch (error) {
      if (error instanceof NotCurrentLogError) throw error;
      // A full disk, a read-only folder, a name too long: the same words the command line uses.
      throw toLogFileError(error, location.filePath) ?? error;
    }
    // Only a log that was read, validated and written is backed up: a file that is not a log is not copied day after day.
    this.onUse(location.filePath);
    this.noteMoments(saved);
    this.changed.fire();
    this.wrote.fire(location);
    return { saved, logPath };
  }

  /**
   * Replaces the log file by `replace` (restoring a backup), within the same Restricted Mode
   * limits as a write, and tells listeners. `replace` takes the log's lock itself. With
   * `onlyIn`, only when the log in use now is that file (see `write`).
   */
  async replaceFile<T>(replace: (filePath: string) => Promise<T>, onlyIn?: string): Promise<T> {
    const location = this.locateAndFollow();
    await refuseOutsideUntrustedFolder(location);
    await refuseOtherLog(await realLocation(location.filePath), onlyIn);
    const result = await replace(location.filePath);
    this.changed.fire();
    return result;
  }

  /** The moments of `log` (as loaded or saved here) in time order: built once per version of the log, extended when moments were appended. */
  timelineOf(log: LogFile): Timeline {
    return this.timelines.of(log.moments);
  }

  /** Tells VS Code whether the log holds a moment yet: the walkthrough's "log your first moment" completes on it. */
  private noteMoments(log: LogFile): void {
    const hasMoments = log.moments.length > 0;
    if (hasMoments === this.hasMoments) return;
    this.hasMoments = hasMoments;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasMoments, hasMoments);
  }

  private startWatching(): void {
    if (this.watching.length > 0) return;
    const relocate = () => {
      const { filePath } = resolveLogLocation(this.globalStorage);
      if (filePath !== this.watchedPath) {
        this.watchFile(filePath);
        this.changed.fire();
      }
    };
    this.watching.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsSettings(event)) {
          relocate();
          this.changed.fire();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(relocate),
      vscode.window.onDidChangeActiveTextEditor(relocate),
    );
  }

  private watchFile(filePath: string): void {
    if (filePath === this.watchedPath) return;
    this.fileWatcher?.dispose();
    this.watchedPath = filePath;
    const pattern = new vscode.RelativePattern(vscode.Uri.file(path.dirname(filePath)), path.basename(filePath));
    this.fileWatcher = vscode.workspace.createFileSystemWatcher(pattern);
    const onDiskChange = () => this.fireSoon();
    this.fileWatcher.onDidChange(onDiskChange);
    this.fileWatcher.onDidCreate(onDiskChange);
    this.fileWatcher.onDidDelete(onDiskChange);
  }

  /** Coalesces the burst of events one atomic write (create temp, rename) produces. */
  private fireSoon(): void {
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.changed.fire(), 50);
  }

  dispose(): void {
    clearTimeout(this.changeTimer);
    this.fileWatcher?.dispose();
    for (const disposable of this.watching) disposable.dispose();
    this.changed.dispose();
    this.wrote.dispose();
  }
}

/** Throws `NotCurrentLogError` when `onlyIn` is given and names a file other than `current` (a real path). */
async function refuseOtherLog(current: string, onlyIn: string | undefined): Promise<void> {
  if (onlyIn === undefined || (await realLocation(onlyIn)) === current) return;
  throw new NotCurrentLogError(onlyIn, current);
}

/**
 * In Restricted Mode the log must be a file inside the workspace folder: a repository
 * could otherwise make `.vscode/growth-log.json`, or `.vscode` itself, a symbolic link
 * that has Growth Log read a device or create files anywhere. A trusted folder's links
 * are followed (a log linked into a dotfiles repository, say). The user's own one log for
 * all their work is theirs, named in their own settings, and lives outside by choice.
 */
async function refuseOutsideUntrustedFolder(location: LogLocation): Promise<void> {
  if (vscode.workspace.isTrusted || !location.folder || location.sharedByAllWorkspaces) return;
  const folder = await realLocation(location.folder.uri.fsPath);
  if (isInside(folder, await realLocation(location.filePath))) return;
  throw new LogFileError(
    location.filePath,
    'io',
    vscode.l10n.t(
      'in Restricted Mode Growth Log keeps to the workspace folder, and this path leads outside it through a symbolic link. Trust the folder, or remove the link',
    ),
  );
}
