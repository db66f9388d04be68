import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { reportWriteFailure } from '../ui/problemReports';
import type { CommandContext } from './commandContext';

/** Opens the log file in an editor, creating an empty log first if there is none yet. */
export async function openLogFile(context: CommandContext): Promise<vscode.TextEditor | undefined> {
  const { filePath } = context.logs.locateAndFollow();
  const exists = await fs.stat(filePath).then(
    () => true,
    () => false,
  );
  if (!exists) {
    try {
      // Through the service like every write, so a log started here is kept out of git too.
      await context.logs.update((log) => log);
    } catch (error) {
      void reportWriteFailure(context.output, error);
      return undefined;
    }
  }
  return vscode.window.showTextDocument(vscode.Uri.file(filePath));
}
