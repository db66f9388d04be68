import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CommandContext } from './commandContext';
import { showWarning } from '../ui/notifications';

/** Opens the file a code-linked moment points at, with its lines selected. */
export async function openMomentCode(context: CommandContext, id: string): Promise<vscode.TextEditor | undefined> {
  const loaded = await context.logs.load();
  const moment = loaded.ok ? loaded.log.moments.find((candidate) => candidate.id === id) : undefined;
  const code = moment?.code;
  const folder = loaded.location.folder;
  if (!code || !folder) return undefined;
  const file = vscode.Uri.file(path.resolve(folder.uri.fsPath, code.path));
  try {
    const range = new vscode.Range(code.startLine - 1, 0, code.endLine - 1, Number.MAX_SAFE_INTEGER);
    return await vscode.window.showTextDocument(file, { selection: range });
  } catch {
    void showWarning(vscode.l10n.t('Growth Log: {0} is not in this workspace any more.', code.path));
    return undefined;
  }
}
