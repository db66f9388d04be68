import * as vscode from 'vscode';
import { findCitations, momentRef } from '../../core/documents/citation';
import { COMMANDS } from '../ids';
import type { LogService } from '../logService';
import { plainText } from '../ui/plainText';
import { logHandledError, type Output } from '../ui/output';
import { readableLog } from './readableLog';

/**
 * Makes each citation of a moment in a Markdown document — `(2026-11-23, Mentoring, ref
 * 3f9a2c1b)`, as a self-review draft or a brag document writes it — a link that opens
 * the moment in the log. Only a ref that names a moment of the current log becomes one,
 * and the link runs Growth Log's own command with the ref alone as its argument, checked
 * again when it runs: whatever else a document holds, it cannot make a link do more than
 * show a moment. A document without a citation costs no read of the log.
 *
 * (The provider registered at activation calls this once a document may hold a citation.)
 */
export async function provideCitationLinks(
  document: vscode.TextDocument,
  logs: LogService,
  output: Output,
): Promise<vscode.DocumentLink[]> {
  const citations = findCitations(document.getText());
  if (citations.length === 0) return [];
  const readable = await readableLog(logs, (error) =>
    logHandledError(output, vscode.l10n.t('Linking the moments a document cites'), error),
  );
  if (!readable) return [];
  const refs = new Set(readable.log.moments.map((moment) => momentRef(moment.id)));
  return citations
    .filter((citation) => refs.has(citation.ref))
    .map((citation) => {
      const range = new vscode.Range(document.positionAt(citation.start), document.positionAt(citation.end));
      const link = new vscode.DocumentLink(range, openCitedMomentUri(citation.ref));
      link.tooltip = plainText(vscode.l10n.t('Show this moment in the log'));
      return link;
    });
}

/** `command:growthLog.openCitedMoment?["3f9a2c1b"]`, as VS Code's command links take their arguments. */
export function openCitedMomentUri(ref: string): vscode.Uri {
  return vscode.Uri.parse(`command:${COMMANDS.openCitedMoment}?${encodeURIComponent(JSON.stringify([ref]))}`);
}
