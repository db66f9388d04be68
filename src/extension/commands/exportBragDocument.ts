import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { writeFileAtomic } from '../../core/storage/atomicWrite';
import { CONTEXT_KEYS } from '../ids';
import { completeWalkthroughStep } from '../walkthroughProgress';
import { besideLog, bragDocumentForPeriod } from './bragDocumentForPeriod';
import type { CommandContext } from './commandContext';
import { showInformation } from '../ui/notifications';

/**
 * Asks for a review period and opens the brag document for it as a Markdown editor, to
 * read and edit; a notification offers to save it beside the log (`brag-2026-Q4.md`) and
 * to open the Markdown preview; once saved, the editor shows the saved file. Resolves to the document, or undefined if the user
 * cancelled or the log could not be read.
 */
export async function exportBragDocument(context: CommandContext): Promise<vscode.TextDocument | undefined> {
  const brag = await bragDocumentForPeriod(context, vscode.l10n.t('Export Brag Document'));
  if (!brag) return undefined;
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: brag.markdown });
  await vscode.window.showTextDocument(document);
  void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.hasExported, true);
  completeWalkthroughStep('exportBrag', context.output);
  void offerNextSteps(context, document, besideLog(brag, 'md'));
  return document;
}

async function offerNextSteps(context: CommandContext, document: vscode.TextDocument, target: string): Promise<void> {
  const [SAVE, PREVIEW] = [vscode.l10n.t('Save Next to Log'), vscode.l10n.t('Open Preview')];
  const choice = await showInformation(
    vscode.l10n.t('Brag document ready. Save it as {0}?', path.basename(target)),
    SAVE,
    PREVIEW,
  );
  if (choice === PREVIEW) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('markdown.showPreviewToSide');
  } else if (choice === SAVE) {
    await saveBesideLog(context, document, target);
  }
}

/** Writes the document (as it is now, edits included) next to the log, asking before replacing a file. */
async function saveBesideLog(context: CommandContext, document: vscode.TextDocument, target: string): Promise<void> {
  const exists = await fs.stat(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    const replace = await context.prompts.pick(
      [
        { icon: 'replace', label: vscode.l10n.t('Replace {0}', path.basename(target)), replace: true },
        { label: vscode.l10n.t('Keep the existing file'), replace: false },
      ],
      { title: vscode.l10n.t('{0} already exists', path.basename(target)) },
    );
    if (!replace?.replace) return;
  }
  await writeFileAtomic(target, document.getText());
  await context.gitPrivacy.keepDocumentOutOfGit(target);
  await replaceWithSavedFile(document, vscode.Uri.file(target));
}

/**
 * Shows the saved file where the untitled document was, and closes the untitled one: its
 * text is on disk now, so nothing is lost and closing it need not ask to save.
 */
async function replaceWithSavedFile(untitled: vscode.TextDocument, saved: vscode.Uri): Promise<void> {
  if (untitled.isClosed) {
    await vscode.window.showTextDocument(saved);
    return;
  }
  const { viewColumn } = await vscode.window.showTextDocument(untitled);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  await vscode.window.showTextDocument(saved, { viewColumn });
}
