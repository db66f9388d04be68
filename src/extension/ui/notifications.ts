import * as vscode from 'vscode';
import { plainText } from './plainText';

/**
 * The only way Growth Log shows a notification. Every message goes through `plainText`
 * whole, so a summary, a file name or a setting inside it can never become a link or an
 * icon; Growth Log's own messages use neither. A unit test fails on any other call to
 * VS Code's `show*Message`.
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

/** A message in the status bar for a few seconds, after an `$(icon)` of Growth Log's own choosing. */
export function flashStatus(icon: string, message: string, timeoutMs = 5000): vscode.Disposable {
  return vscode.window.setStatusBarMessage(`$(${icon}) ${plainText(message)}`, timeoutMs);
}

/**
 * A hover for the status bar: a bold title and lines of plain text. It is never trusted,
 * renders no HTML, and every line is added as text (escaped for Markdown by VS Code) after
 * `plainText`, so nothing foreign in it becomes a link, an icon or markup.
 */
export function plainTooltip(title: string, lines: readonly string[], footer: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.isTrusted = false;
  tooltip.supportHtml = false;
  tooltip.appendMarkdown('**');
  tooltip.appendText(plainText(title));
  tooltip.appendMarkdown('**\n\n');
  for (const line of lines) {
    tooltip.appendText(plainText(line));
    tooltip.appendMarkdown('  \n');
  }
  tooltip.appendMarkdown('\n');
  tooltip.appendText(plainText(footer));
  return tooltip;
}
