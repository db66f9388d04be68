import * as vscode from 'vscode';
import { QUESTION_MARKER_START } from '../../core/documents/selfReview/draftAnswers';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { LogService } from '../logService';
import type { Output } from '../ui/output';
import { loadDocumentFeatures } from '../loadDocumentFeatures';

/** Every citation has this, `(2026-11-23, Mentoring, ref 3f9a2c1b)`: a document without it has none. */
const CITATION_HINT = ', ref ';

/**
 * What the editor adds to Markdown for a self-review draft: citations that open their
 * moment, and above each question its character count and Copy Answer. A Markdown
 * document without a citation or a question costs one search of its text; the features
 * themselves are loaded the first time one has.
 */
export function registerDraftFeatures(logs: LogService, language: DisplayLanguage, output: Output): vscode.Disposable {
  // An untitled draft comes back as plain text when VS Code reopens the window; its links
  // and counts come back with it.
  const markdown: vscode.DocumentSelector = [{ language: 'markdown' }, { scheme: 'untitled', language: 'plaintext' }];
  return vscode.Disposable.from(
    vscode.languages.registerDocumentLinkProvider(markdown, {
      provideDocumentLinks: (document) =>
        document.getText().includes(CITATION_HINT)
          ? loadDocumentFeatures().provideCitationLinks(document, logs, output)
          : [],
    }),
    vscode.languages.registerCodeLensProvider(markdown, {
      provideCodeLenses: (document) =>
        document.getText().includes(QUESTION_MARKER_START)
          ? loadDocumentFeatures().provideAnswerLenses(document, language)
          : [],
    }),
  );
}
