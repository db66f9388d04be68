import * as vscode from 'vscode';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import type { LogService } from '../logService';
import type { Output } from '../ui/output';
import { AnswerLensProvider } from './answerLenses';
import { CitationLinkProvider } from './citationLinks';

/**
 * What the editor adds to Markdown for a self-review draft: citations that open their
 * moment, and above each question its character count and Copy Answer. Both cost nothing
 * in a Markdown document without citations or questions.
 */
export function registerDraftFeatures(logs: LogService, language: DisplayLanguage, output: Output): vscode.Disposable {
  const markdown: vscode.DocumentSelector = { language: 'markdown' };
  return vscode.Disposable.from(
    vscode.languages.registerDocumentLinkProvider(markdown, new CitationLinkProvider(logs, output)),
    vscode.languages.registerCodeLensProvider(markdown, new AnswerLensProvider(language)),
  );
}
