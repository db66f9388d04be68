import * as vscode from 'vscode';
import { LogFileError } from '../../core/model/logFileError';
import type { Moment } from '../../core/model/schema';
import { showError } from './notifications';
import { logHandledError, type Output } from './output';

const openLogFile = () => vscode.l10n.t('Open Log File');

/**
 * Tells the user why their log cannot be used, naming the file and where in it, with an
 * action that opens the file at that spot. `extraActions` are offered beside it (for
 * example a way to keep the moment that could not be saved).
 */
export async function reportLogFileError(
  error: LogFileError,
  extraActions: Record<string, () => unknown> = {},
): Promise<void> {
  const message =
    error.problem === 'newer-version'
      ? vscode.l10n.t('Growth Log: {0}', error.message)
      : vscode.l10n.t('Growth Log cannot use the log file, so nothing was written to it. {0}', error.message);
  const open = openLogFile();
  const choice = await showError(message, open, ...Object.keys(extraActions));
  if (choice === open) await openAtProblem(error);
  else if (choice) await extraActions[choice]?.();
}

/**
 * Tells the user that a change was not saved, whatever stopped it — a log that must not
 * be written, a lock another writer holds, a full disk — and why. A moment they had just
 * typed (`unsaved`) can be copied from the message, so it is never lost with the error.
 * Every failure is written to the output channel, which the message can open.
 */
export async function reportWriteFailure(output: Output, error: unknown, unsaved?: Moment): Promise<void> {
  logHandledError(output, vscode.l10n.t('Saving to the log'), error);
  const actions: Record<string, () => unknown> = {};
  if (unsaved)
    actions[vscode.l10n.t('Copy Moment')] = () => vscode.env.clipboard.writeText(JSON.stringify(unsaved, null, 2));
  actions[vscode.l10n.t('Show Log')] = () => output.show(true);
  // A file that is broken, or newer, is the file's problem: open it at the spot. A full
  // disk or a lock held elsewhere is not, and opening the file would not help.
  if (error instanceof LogFileError && error.problem !== 'io') return reportLogFileError(error, actions);
  const reason = error instanceof Error ? error.message : String(error);
  const choice = await showError(
    vscode.l10n.t('Growth Log could not save the change. {0}', reason),
    ...Object.keys(actions),
  );
  if (choice) await actions[choice]?.();
}

/**
 * A command stopped on an error nobody expected (git failing in an odd way, say): the
 * user is told what went wrong, in a sentence, and the output channel gets the details.
 */
export async function reportCommandFailure(output: Output, command: string, error: unknown): Promise<void> {
  logHandledError(output, command, error);
  const showLog = vscode.l10n.t('Show Log');
  const reason = error instanceof Error ? error.message : String(error);
  if ((await showError(vscode.l10n.t('Growth Log: {0}', reason), showLog)) === showLog) output.show(true);
}

async function openAtProblem(error: LogFileError): Promise<void> {
  const position = error.position ? new vscode.Position(error.position.line - 1, error.position.column - 1) : undefined;
  try {
    await vscode.window.showTextDocument(vscode.Uri.file(error.filePath), {
      selection: position ? new vscode.Range(position, position) : undefined,
    });
  } catch {
    // A folder where the file should be, or an unreadable file: show it in the explorer
    // instead; the message the user is reading already says what is wrong with it.
    await vscode.commands.executeCommand('revealInExplorer', vscode.Uri.file(error.filePath));
  }
}
