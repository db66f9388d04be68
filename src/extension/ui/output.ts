import * as vscode from 'vscode';

/**
 * The Growth Log output channel (View › Output › Growth Log): a line for every error that
 * is handled without being shown — a failure to keep the log out of git, a git command
 * that failed, a malformed message from the sidebar — so nothing fails without a trace.
 * A log channel, as VS Code's own extensions use, so levels and the user's log-level
 * setting come for free.
 */
export type Output = vscode.LogOutputChannel;

export function createOutput(): Output {
  return vscode.window.createOutputChannel(vscode.l10n.t('Growth Log'), { log: true });
}

/** Records an error that is handled here, with what was being done when it happened. */
export function logHandledError(output: Output, doing: string, error: unknown): void {
  output.error(`${doing}: ${error instanceof Error ? error.message : String(error)}`);
  // The stack, and what caused it (a system error behind a message in words), at the debug level.
  for (let current: unknown = error; current instanceof Error; current = current.cause)
    output.debug(current.stack ?? current.message);
}
