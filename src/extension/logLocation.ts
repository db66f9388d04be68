import { homedir } from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { namesFileOutsideFolder, resolveLogFilePath } from '../core/storage/logFileTarget';
import { NON_BLANK_PATTERN } from '../shared/patterns';
import { SETTING_DEFAULTS } from '../shared/settingDefaults';
import { SETTINGS_SECTION } from './ids';

/** Which log file the user is working with, and how to name it to them. */
export interface LogLocation {
  readonly filePath: string;
  readonly scope: 'workspace' | 'personal';
  /** The workspace folder the log belongs to (absent for the personal log). */
  readonly folder?: vscode.WorkspaceFolder;
  /**
   * The user's own settings name one file for every workspace (an absolute or `~` path):
   * one log for all their work, which lives outside the workspace folder by choice.
   */
  readonly sharedByAllWorkspaces: boolean;
}

export const PERSONAL_LOG_FILE_NAME = 'growth-log.json';

/** The `growthLog.logFile` in force, and whether it is the user's own (rather than a workspace's). */
interface LogFileSetting {
  readonly value: string;
  readonly fromUserSettings: boolean;
}

/**
 * The log to use now. In a multi-root workspace, the folder of the active editor wins,
 * else the first folder; with no folder open, a personal log in the extension's own
 * storage (or the user's one log for all their work, when they chose one), so logging
 * still works in an empty window.
 */
export function resolveLogLocation(globalStorage: vscode.Uri): LogLocation {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const activeUri = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = activeUri ? vscode.workspace.getWorkspaceFolder(activeUri) : undefined;
  const folder = activeFolder ?? folders[0];
  if (folder?.uri.scheme !== 'file') {
    const { value, fromUserSettings } = logFileSetting(undefined);
    if (fromUserSettings && namesFileOutsideFolder(value)) {
      return {
        filePath: resolveLogFilePath(value, homedir(), homedir()),
        scope: 'personal',
        sharedByAllWorkspaces: true,
      };
    }
    return {
      filePath: path.join(globalStorage.fsPath, PERSONAL_LOG_FILE_NAME),
      scope: 'personal',
      sharedByAllWorkspaces: false,
    };
  }
  const { value, fromUserSettings } = logFileSetting(folder);
  return {
    filePath: resolveLogFilePath(value, folder.uri.fsPath, homedir()),
    scope: 'workspace',
    folder,
    sharedByAllWorkspaces: fromUserSettings && namesFileOutsideFolder(value),
  };
}

/**
 * `growthLog.logFile` as it applies to `folder`. It is a restricted setting: in Restricted
 * Mode a workspace's own value is ignored — a cloned repository must not move the log,
 * with `~` or otherwise — while the user's own value, their choice, is honoured.
 */
function logFileSetting(folder: vscode.WorkspaceFolder | undefined): LogFileSetting {
  const inspected = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder).inspect('logFile');
  if (vscode.workspace.isTrusted) {
    const workspaceValue = usable(inspected?.workspaceFolderValue) ?? usable(inspected?.workspaceValue);
    if (workspaceValue !== undefined) return { value: workspaceValue, fromUserSettings: false };
  }
  const userValue = usable(inspected?.globalValue);
  if (userValue !== undefined) return { value: userValue, fromUserSettings: true };
  return { value: SETTING_DEFAULTS.logFile, fromUserSettings: false };
}

/** A setting value that can name a file; anything else (a hand-edited settings.json can hold anything) falls back. */
function usable(value: unknown): string | undefined {
  return typeof value === 'string' && NON_BLANK_PATTERN.test(value) ? value : undefined;
}

/** Whether `growthLog.logFile` is set anywhere at all: in the user's settings, the workspace's or a folder's. */
export function logFileIsSet(folder: vscode.WorkspaceFolder | undefined): boolean {
  const inspected = vscode.workspace.getConfiguration(SETTINGS_SECTION, folder).inspect('logFile');
  return [inspected?.globalValue, inspected?.workspaceValue, inspected?.workspaceFolderValue].some(
    (value) => value !== undefined,
  );
}

/** How the UI names a log: "my-repo › .vscode/growth-log.json", "~/growth-log.json", or "personal log". */
export function formatLogLocation(location: LogLocation): string {
  if (location.sharedByAllWorkspaces) return homeRelative(location.filePath);
  if (!location.folder) return vscode.l10n.t('personal log ({0})', location.filePath);
  const relative = path.relative(location.folder.uri.fsPath, location.filePath);
  return `${location.folder.name} › ${relative.split(path.sep).join('/')}`;
}

/** `~/growth-log.json` for a file in the home folder; any other path as it is. */
export function homeRelative(filePath: string): string {
  const relative = path.relative(homedir(), filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath;
  return `~/${relative.split(path.sep).join('/')}`;
}
