import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../../core/storage/atomicWrite';
import { fileProblemMessage } from '../../core/storage/fileSystemProblems';
import { loadHtmlRenderer } from '../htmlRenderer';
import { CONTEXT_KEYS } from '../ids';
import { showInformation } from '../ui/notifications';
import { completeWalkthroughStep } from '../walkthroughProgress';
import { besideLog, bragDocumentForPeriod } from './bragDocumentForPeriod';
import type { CommandContext } from './commandContext';

/**
 * Asks for a review period, then where to save, and writes the brag document for it as one
 * self-contained web page (`brag-2026-Q4.html` beside the log unless the user chooses
 * otherwise) that opens in any browser and prints to clean pages. A notification offers to
 * open it in the browser or to show it among the files. Resolves to the file written, or
 * undefined if the user cancelled or the log could not be read.
 */
export async function exportHtml(context: CommandContext): Promise<vscode.Uri | undefined> {
  const title = vscode.l10n.t('Export as HTML');
  const brag = await bragDocumentForPeriod(context, title);
  if (!brag) return undefined;
  const target = await vscode.window.showSaveDialog({
    title,
    defaultUri: vscode.Uri.file(besideLog(brag, 'html')),
    filters: { [vscode.l10n.t('Web page')]: ['html', 'htm'] },
    saveLabel: vscode.l10n.t('Export'),
  });
  if (!target) return undefined;

  const html = loadHtmlRenderer()(brag.markdown, {
    title: vscode.l10n.t('Brag document: {0}', brag.period.label),
    language: context.language.tag,
  });
  await writeHtml(target, html);
  // Wherever it was saved: inside a git work tree it is kept out of commits, as the log is.
  if (target.scheme === 'file') await context.gitPrivacy.keepDocumentOutOfGit(target.fsPath);
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasExported, true);
  completeWalkthroughStep('exportBrag', context.output);
  void offerToOpen(target);
  return target;
}

/** Replaces the file atomically, so a full disk leaves the previous export whole; a refusal is told in words naming the file. */
async function writeHtml(target: vscode.Uri, html: string): Promise<void> {
  if (target.scheme !== 'file') {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(html));
    return;
  }
  try {
    await writeFileAtomic(target.fsPath, html);
  } catch (error) {
    throw new Error(fileProblemMessage(error, target.fsPath) ?? String(error), { cause: error });
  }
}

async function offerToOpen(target: vscode.Uri): Promise<void> {
  const [OPEN, REVEAL] = [vscode.l10n.t('Open in Browser'), vscode.l10n.t('Reveal File')];
  const choice = await showInformation(
    vscode.l10n.t('Brag document saved as {0}.', path.basename(target.path)),
    OPEN,
    REVEAL,
  );
  if (choice === OPEN) await vscode.env.openExternal(target);
  // On the desktop the system's file manager shows it; in a browser or a remote window, VS Code's explorer.
  else if (choice === REVEAL)
    await vscode.commands.executeCommand(
      vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName ? 'revealFileInOS' : 'revealInExplorer',
      target,
    );
}
