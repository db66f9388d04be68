import * as vscode from 'vscode';
import { plainText } from './plainText';

/**
 * The only way Growth Log shows a notification. Every message goes through `plainText`
 * whole, so a summary, a file name or a setting inside it can never become a link or an
 * icon; Growth Log's own messages use neither. A unit test fails on any other call to
 * VS Code's `show*Message`, and on any `MarkdownString` at all.
 */

export function showInformation(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showInformationMessage(plainText(message), ...actions);
}

export function showWarning(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showWarningMessage(plainText(message), ...actions);
}

export function showError(message: string, ...actions: string[]): Thenable<string | undefined> {
  return vscode.window.showErrorMessage(plainText(message), ...actions);
}

/**
 * A question the user must answer before anything else (a modal dialog), with its detail
 * as paragraphs of plain text. Undefined when they cancel.
 */
export function askModal(
  message: string,
  detail: readonly string[],
  ...actions: string[]
): Thenable<string | undefined> {
  return vscode.window.showWarningMessage(
    plainText(message),
    { modal: true, detail: detail.map(plainText).join('\n\n') },
    ...actions,
  );
}

/** A message in the status bar for a few seconds, after an `$(icon)` of Growth Log's own choosing. */
export function flashStatus(icon: string, message: string, timeoutMs = 5000): vscode.Disposable {
  return vscode.window.setStatusBarMessage(`$(${icon}) ${plainText(message)}`, timeoutMs);
}

/**
 * A tooltip for the status bar: a title, lines and a footer, as plain text. Not Markdown:
 * VS Code's hover renderer links any web or e-mail address it finds in Markdown, escaped
 * or not, and a kind's label comes from the workspace's settings.
 */
export function plainTooltip(title: string, lines: readonly string[], footer: string): string {
  return [title, '', ...lines, '', footer].map(plainText).join('\n');
}
