import * as vscode from 'vscode';
import type { LogFileError } from '../core/logFileError';
import { showError } from './ui/notifications';

const openLogFile = () => vscode.l10n.t('Open Log File');

/**
 * Tells the user why their log cannot be used, naming the file and where in it, with an
 * action that opens the file at that spot. `extraActions` are offered beside it (for
 * example a way to keep the moment that could not be saved).
 */
export async function reportLogFileError(error: LogFileError, extraActions: Record<string, () => unknown> = {}): Promise<void> {
  const message =
    error.problem === 'newer-version'
      ? vscode.l10n.t('Growth Log: {0}', error.message)
      : vscode.l10n.t('Growth Log cannot use the log file, so nothing was written to it. {0}', error.message);
  const open = openLogFile();
  const choice = await showError(message, open, ...Object.keys(extraActions));
  if (choice === open) await openAtProblem(error);
  else if (choice) await extraActions[choice]?.();
}

async function openAtProblem(error: LogFileError): Promise<void> {
  const position = error.position ? new vscode.Position(error.position.line - 1, error.position.column - 1) : undefined;
  try {
    await vscode.window.showTextDocument(vscode.Uri.file(error.filePath), {
      selection: position ? new vscode.Range(position, position) : undefined,
    });
  } catch {
    // A folder where the file should be, or an unreadable file: show it in the explorer instead.
    await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(error.filePath));
  }
}
