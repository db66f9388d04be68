import * as vscode from 'vscode';
import { QUESTION_MARKER_START } from '../../core/documents/selfReview/draftAnswers';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { LogService } from '../logService';
import type { Output } from '../ui/output';
import { loadDocumentFeatures } from '../loadDocumentFeatures';
import { CONTEXT_KEYS } from '../ids';

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
    trackActiveDraft(),
  );
}

/**
 * Keeps the context key that shows Draft with a Language Model… in the editor's title bar
 * true while the active editor holds a self-review draft (a question's marker), as it is
 * opened, switched to or edited.
 */
function trackActiveDraft(): vscode.Disposable {
  let shown: boolean | undefined;
  const update = () => {
    const text = vscode.window.activeTextEditor?.document.getText();
    const isDraft = text?.includes(QUESTION_MARKER_START) ?? false;
    if (isDraft === shown) return;
    shown = isDraft;
    void vscode.commands.executeCommand('setContext', CONTEXT_KEYS.selfReviewDraftActive, isDraft);
  };
  update();
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidChangeTextDocument((change) => {
      if (change.document === vscode.window.activeTextEditor?.document) update();
    }),
  );
}
