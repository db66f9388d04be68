import * as vscode from 'vscode';
import { COMMANDS, WALKTHROUGH_ID } from './ids';
import type { LogService } from './logService';
import { showInformation } from './ui/notifications';

const OFFERED_KEY = 'growthLog.walkthroughOffered';

/**
 * Offers the walkthrough once per user, on the first start with nothing logged yet. Asked
 * once whatever the answer, so it never nags; the walkthrough stays a command away
 * (Growth Log: Open Walkthrough).
 */
export async function offerWalkthroughOnce(state: vscode.Memento, logs: LogService): Promise<boolean> {
  if (state.get<boolean>(OFFERED_KEY)) return false;
  const loaded = await logs.load();
  if (loaded.ok && loaded.log.moments.length > 0) return false;
  await state.update(OFFERED_KEY, true);
  const open = vscode.l10n.t('Open Walkthrough');
  void showInformation(
    vscode.l10n.t('Growth Log: capture the leadership work git never sees. A two-minute walkthrough shows how.'),
    open,
    vscode.l10n.t('Not Now'),
  ).then((choice) => (choice === open ? vscode.commands.executeCommand(COMMANDS.openWalkthrough) : undefined));
  return true;
}

export function openWalkthrough(): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH_ID, false);
}
