import * as path from 'node:path';
import * as vscode from 'vscode';
import { readSettings } from './settings';

/** Which log file the user is working with, and how to name it to them. */
export interface LogLocation {
  readonly filePath: string;
  readonly scope: 'workspace' | 'personal';
  /** The workspace folder the log belongs to (absent for the personal log). */
  readonly folder?: vscode.WorkspaceFolder;
}

export const PERSONAL_LOG_FILE_NAME = 'growth-log.json';

/**
 * The log to use now. In a multi-root workspace, the folder of the active editor wins,
 * else the first folder; with no folder open, a personal log in the extension's own
 * storage, so logging still works in an empty window.
 */
export function resolveLogLocation(globalStorage: vscode.Uri): LogLocation {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const activeUri = vscode.window.activeTextEditor?.document.uri;
  const activeFolder = activeUri ? vscode.workspace.getWorkspaceFolder(activeUri) : undefined;
  const folder = activeFolder ?? folders[0];
  if (folder?.uri.scheme !== 'file') {
    return { filePath: path.join(globalStorage.fsPath, PERSONAL_LOG_FILE_NAME), scope: 'personal' };
  }
  const configured = readSettings(folder).logFile;
  const filePath = path.resolve(folder.uri.fsPath, configured);
  return { filePath, scope: 'workspace', folder };
}

/** How the UI names a log: "my-repo › .vscode/growth-log.json", or "personal log". */
export function formatLogLocation(location: LogLocation): string {
  if (!location.folder) return vscode.l10n.t('personal log ({0})', location.filePath);
  const relative = path.relative(location.folder.uri.fsPath, location.filePath);
  return `${location.folder.name} › ${relative.split(path.sep).join('/')}`;
}
