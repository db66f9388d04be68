import * as vscode from 'vscode';
import { codeLocationOf, formatCodeLocation } from '../../core/git/codeLocation';
import { createMoment } from '../../core/model/newMoment';
import type { Moment } from '../../core/model/schema';
import { gitHeadFor } from '../gitHead';
import type { CommandContext } from './commandContext';
import { initiativesInLog } from './initiativePrompt';
import { askMomentDetails } from './momentPrompts';
import { saveNewMoment } from './saveChange';
import { showInformation } from '../ui/notifications';

/**
 * Logs a code review tied to the code it was about: the file, the selected lines (or the
 * cursor's line), the commit and branch, and a permalink when the remote is a known
 * forge. Without git, or outside a repository, the path and lines are still kept.
 */
export async function logCodeReviewHere(context: CommandContext): Promise<Moment | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (editor?.document.uri.scheme !== 'file') {
    void showInformation(vscode.l10n.t('Growth Log: open a file and select the lines the review was about.'));
    return undefined;
  }
  const { document, selection } = editor;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  // A selection that ends at the start of a line does not include that line.
  const lastLine =
    selection.end.character === 0 && selection.end.line > selection.start.line
      ? selection.end.line - 1
      : selection.end.line;
  const code = codeLocationOf(
    {
      filePath: document.uri.fsPath,
      baseFolder: folder?.uri.fsPath ?? vscode.Uri.joinPath(document.uri, '..').fsPath,
      startLine: selection.start.line + 1,
      endLine: lastLine + 1,
    },
    await gitHeadFor(document.uri),
  );

  const kind = context.kinds.describe('code-review');
  const initiatives = await initiativesInLog(context);
  const details = await askMomentDetails(context.prompts, {
    title: vscode.l10n.t('Log Code Review: {0}', formatCodeLocation(code)),
    kind,
    stepsBefore: 0,
    now: context.now,
    language: context.language,
    initiatives,
  });
  if (!details) return undefined;

  const moment = { ...createMoment({ kind: kind.id, ...details, now: context.now() }), code };
  return saveNewMoment(context, moment, vscode.l10n.t('logged a code review of {0}', formatCodeLocation(code)));
}
