import * as vscode from 'vscode';
import { registerCommands } from './commands/registerCommands';
import { GitPrivacy } from './gitPrivacy';
import { VIEWS } from './ids';
import { LogService } from './logService';
import { Prompts } from './prompts';
import { ThisWeekView } from './sidebar/thisWeekView';
import { WeekStatusBarItem } from './statusBar';
import { UndoHistory } from './undoHistory';

/** What activate() hands to the integration tests (and only to them). */
export interface GrowthLogTestApi {
  readonly prompts: Prompts;
  readonly sidebar: ThisWeekView;
  readonly statusBar: WeekStatusBarItem;
  readonly gitPrivacy: GitPrivacy;
}

/**
 * Builds the few long-lived services and registers the commands, the sidebar and the
 * status bar item. No file is read on this path: the status bar fills itself in once
 * activation has returned.
 */
export function activate(context: vscode.ExtensionContext): GrowthLogTestApi | undefined {
  const now = () => new Date();
  const logs = new LogService(context.globalStorageUri);
  const prompts = new Prompts();
  const sidebar = new ThisWeekView(context.extensionUri, logs, now);
  const statusBar = new WeekStatusBarItem(logs, now);
  const gitPrivacy = new GitPrivacy(logs, context.globalState);
  context.subscriptions.push(
    logs,
    gitPrivacy,
    prompts,
    sidebar,
    statusBar,
    registerCommands({ logs, prompts, sidebar, undo: new UndoHistory(), now }),
    vscode.window.registerWebviewViewProvider(VIEWS.thisWeek, sidebar),
  );
  setTimeout(() => void statusBar.refresh(), 0);
  return context.extensionMode === vscode.ExtensionMode.Test ? { prompts, sidebar, statusBar, gitPrivacy } : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
