import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { updateLog } from '../../core/logStore';
import { LogFileError } from '../../core/logFileError';
import { reportLogFileError } from '../logFileErrors';
import type { CommandContext } from './commandContext';

/** Opens the log file in an editor, creating an empty log first if there is none yet. */
export async function openLogFile(context: CommandContext): Promise<vscode.TextEditor | undefined> {
  const { filePath } = context.logs.location();
  const exists = await fs.stat(filePath).then(
    () => true,
    () => false,
  );
  if (!exists) {
    try {
      await updateLog(filePath, (log) => log);
    } catch (error) {
      if (!(error instanceof LogFileError)) throw error;
      void reportLogFileError(error);
      return undefined;
    }
  }
  return vscode.window.showTextDocument(vscode.Uri.file(filePath));
}
