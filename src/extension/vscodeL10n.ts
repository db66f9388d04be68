import * as vscode from 'vscode';

/**
 * What `@vscode/l10n` means inside the extension's bundle: VS Code's own `vscode.l10n`,
 * which already holds the user's language bundle. (esbuild.config.mjs aliases the import
 * here, so the library's loader, which can fetch translations over HTTP, never ships.)
 */
export function t(message: string, ...args: (string | number | boolean)[]): string {
  return vscode.l10n.t(message, ...args);
}
