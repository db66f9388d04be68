import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { isInside, resolveInsideFolder } from '../../core/git/codeLocation';
import { showWarning } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import type { CommandContext } from './commandContext';

/**
 * Opens the file a code-linked moment points at, with its lines selected — only a file
 * inside the workspace folder of the log, even through a symbolic link: the path comes
 * from the log, and a log can come from anyone.
 */
export async function openMomentCode(context: CommandContext, id: string): Promise<vscode.TextEditor | undefined> {
  const loaded = await context.logs.load();
  const moment = loaded.ok ? loaded.log.moments.find((candidate) => candidate.id === id) : undefined;
  const code = moment?.code;
  const folder = loaded.location.folder;
  if (!code || !folder) return undefined;
  const file = await fileInside(folder.uri.fsPath, code.path);
  if (file === 'outside') {
    void showWarning(
      vscode.l10n.t(
        'Growth Log: {0} is outside the workspace folder {1}, so it is not opened.',
        code.path,
        folder.name,
      ),
    );
    return undefined;
  }
  try {
    if (file === 'missing') throw new Error(vscode.l10n.t('{0} does not exist', code.path));
    const range = new vscode.Range(code.startLine - 1, 0, code.endLine - 1, Number.MAX_SAFE_INTEGER);
    return await vscode.window.showTextDocument(vscode.Uri.file(file), { selection: range });
  } catch (error) {
    logHandledError(context.output, vscode.l10n.t('Opening the code of a moment'), error);
    void showWarning(vscode.l10n.t('Growth Log: {0} is not in this workspace any more.', code.path));
    return undefined;
  }
}

/** The real path of `codePath` inside `folder`; 'outside' when it, or a link on the way, leads out. */
async function fileInside(folder: string, codePath: string): Promise<string | 'outside' | 'missing'> {
  const file = resolveInsideFolder(folder, codePath);
  if (!file) return 'outside';
  let real: string;
  try {
    real = await fs.realpath(file);
  } catch {
    return 'missing'; // nothing there to follow out of the folder
  }
  return isInside(await fs.realpath(folder), real) ? real : 'outside';
}
