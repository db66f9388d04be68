import * as vscode from 'vscode';
import { LogFileError } from '../../core/model/logFileError';
import { describeImport, type ImportReport, importLog } from '../../core/model/logImport';
import { readLogToImport } from '../../core/storage/importLogFile';
import { removeMoments } from '../../core/storage/logStore';
import { showInformation } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import { reportLogFileError } from '../ui/problemReports';
import type { CommandContext } from './commandContext';
import { saveChange } from './saveChange';

/**
 * Import Log…: merges another log (another repository's, another machine's) into this
 * one by id — its moments, and the people and kinds of your own they use — so several
 * logs become one. The other file is only read. `file` is given by a caller that has
 * one already; from the palette the user picks it. Resolves to what was imported.
 */
export async function importLogFromFile(context: CommandContext, file?: vscode.Uri): Promise<ImportReport | undefined> {
  const source = file ?? (await pickLogFile());
  if (!source) return undefined;
  const { filePath } = context.logs.locateAndFollow();
  let imported: Awaited<ReturnType<typeof readLogToImport>>;
  try {
    imported = await readLogToImport(source.fsPath, filePath);
  } catch (error) {
    if (!(error instanceof LogFileError)) throw error;
    logHandledError(context.output, vscode.l10n.t('Importing a log'), error);
    void reportLogFileError(error);
    return undefined;
  }
  let report: ImportReport | undefined;
  let added: string[] = [];
  const saved = await saveChange(
    context,
    (log) => {
      const result = importLog(log, imported);
      const known = new Set(log.moments.map((moment) => moment.id));
      added = result.log.moments.filter((moment) => !known.has(moment.id)).map((moment) => moment.id);
      report = result.report;
      return result.log;
    },
    () => ({
      description: vscode.l10n.t('import of {0}', vscode.workspace.asRelativePath(source)),
      // The moments it added; people and kinds stay, as they name nothing without them.
      revert: (log) => removeMoments(log, added),
      touches: added,
    }),
  );
  if (!saved || !report) return undefined;
  void showInformation(
    vscode.l10n.t('Growth Log: {0}', describeImport(report, vscode.workspace.asRelativePath(source))),
  );
  return report;
}

async function pickLogFile(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Growth Log: Import Log'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Growth Log')]: ['json'] },
  });
  return picked?.[0];
}
