import * as path from 'node:path';
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { momentsCitedBy } from '../../core/documents/citation';
import type { Moment } from '../../core/model/schema';
import { momentPlace } from '../../core/storage/momentPlace';
import { formatLocalDate } from '../../core/time/calendar';
import type { CommandContext } from '../commands/commandContext';
import { showWarning } from '../ui/notifications';
import { reportLogFileError } from '../ui/problemReports';
import { readableLog } from './readableLog';

/** A ref as `momentRef` writes it, and nothing else: the only argument a citation's link may pass. */
const citedRef = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,8}$/));

/**
 * Shows the moment a citation's ref names: the log file beside the document, with the
 * moment's object selected. Two moments whose ids share a ref are both offered.
 */
export async function openCitedMoment(context: CommandContext, ref: unknown): Promise<vscode.TextEditor | undefined> {
  const parsed = citedRef.safeParse(ref);
  if (!parsed.success) {
    context.output.warn(vscode.l10n.t('A link to a moment passed something other than a ref; nothing was opened.'));
    return undefined;
  }
  const readable = await readableLog(context.logs, (error) => void reportLogFileError(error));
  if (!readable) return undefined;
  const moment = await chooseMoment(context, momentsCitedBy(parsed.data, readable.log.moments));
  if (!moment) {
    void showWarning(
      vscode.l10n.t(
        'Growth Log: no moment in {0} has the ref {1}; it may have been deleted.',
        path.basename(readable.location.filePath),
        parsed.data.toLowerCase(),
      ),
    );
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(readable.location.filePath));
  const place = momentPlace(document.getText(), moment.id);
  const selection = place && new vscode.Range(document.positionAt(place.start), document.positionAt(place.end));
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, selection });
  if (selection) editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

async function chooseMoment(context: CommandContext, moments: readonly Moment[]): Promise<Moment | undefined> {
  if (moments.length <= 1) return moments[0];
  const chosen = await context.prompts.pick(
    moments.map((moment) => ({ label: moment.summary, description: formatLocalDate(new Date(moment.at)), moment })),
    { title: vscode.l10n.t('Show Moment'), placeholder: vscode.l10n.t('Two moments share this ref: which one?') },
  );
  return chosen?.moment;
}
