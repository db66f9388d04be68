import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { VIEWS } from './ids';
import { LogService } from './logService';
import { Prompts } from './prompts';
import { ThisWeekView } from './sidebar/thisWeekView';

/** What activate() hands to the integration tests (and only to them). */
export interface GrowthLogTestApi {
  readonly prompts: Prompts;
}

/**
 * Builds the few long-lived services and registers the commands and the sidebar. No file
 * is read here: the log is first touched when a command runs or the sidebar opens.
 */
export function activate(context: vscode.ExtensionContext): GrowthLogTestApi | undefined {
  const now = () => new Date();
  const logs = new LogService(context.globalStorageUri);
  const prompts = new Prompts();
  const thisWeek = new ThisWeekView(context.extensionUri, logs, now);
  context.subscriptions.push(
    logs,
    prompts,
    thisWeek,
    registerCommands({ logs, prompts, now }),
    vscode.window.registerWebviewViewProvider(VIEWS.thisWeek, thisWeek),
  );
  return context.extensionMode === vscode.ExtensionMode.Test ? { prompts } : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
