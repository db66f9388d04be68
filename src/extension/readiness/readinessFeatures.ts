import type * as vscode from 'vscode';
import type { CommandContext } from '../commands/commandContext';
import { ReadinessPanel } from './readinessPanel';

/**
 * The readiness view's host side, a bundle of its own (`dist/readinessPanel.js`): the
 * ladder's readiness, the view model and the links are read from disk the first time the
 * view is opened, not at activation (see readinessPanelSlot.ts).
 */
export function createReadinessPanel(context: CommandContext, extensionUri: vscode.Uri): ReadinessPanel {
  return new ReadinessPanel(context, extensionUri);
}
