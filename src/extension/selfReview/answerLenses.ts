import * as vscode from 'vscode';
import {
  answerPlainText,
  type DraftQuestion,
  formCharacterCount,
  parseDraftQuestions,
  QUESTION_MARKER_START,
} from '../../core/documents/selfReview/draftAnswers';
import type { DisplayLanguage } from '../../core/time/displayLanguage';
import { COMMANDS } from '../ids';
import { plainText } from '../ui/plainText';

/** What the Copy Answer lens passes to its command: which document, and which of its questions. */
export interface CopyAnswerTarget {
  readonly uri: string;
  readonly id: string;
  /** The question's marker line when the lens was drawn: tells apart two questions with the same id. */
  readonly line: number;
}

/**
 * Above each question of a self-review draft: how many characters its answer has against
 * the question's limit — counted on the plain text Copy Answer would put on the
 * clipboard — and Copy Answer. VS Code asks again as the user types, so the count follows
 * every keystroke. A Markdown document that is not a draft gets no lens and no parse.
 */
export function provideAnswerLenses(document: vscode.TextDocument, language: DisplayLanguage): vscode.CodeLens[] {
  const text = document.getText();
  if (!text.includes(QUESTION_MARKER_START)) return [];
  return parseDraftQuestions(text).flatMap((question) => {
    const range = document.lineAt(question.headingLine).range;
    const target: CopyAnswerTarget = { uri: document.uri.toString(), id: question.id, line: question.markerLine };
    return [
      new vscode.CodeLens(range, { title: describeCount(question, language), command: '' }),
      new vscode.CodeLens(range, {
        title: `$(copy) ${plainText(vscode.l10n.t('Copy Answer'))}`,
        tooltip: plainText(vscode.l10n.t('Copy this answer as plain text, within its limit, for the review form')),
        command: COMMANDS.copyAnswer,
        arguments: [target],
      }),
    ];
  });
}

/** "412 / 1,500 characters", "1,612 / 1,500 characters, 112 over the limit", or "412 characters". */
function describeCount(question: DraftQuestion, language: DisplayLanguage): string {
  const format = (count: number) => formatCount(language, count);
  const count = formCharacterCount(answerPlainText(question.answerText));
  if (question.limit === undefined) return plainText(vscode.l10n.t('{0} characters', format(count)));
  const over = count - question.limit;
  return over > 0
    ? `$(warning) ${plainText(
        vscode.l10n.t('{0} / {1} characters, {2} over the limit', format(count), format(question.limit), format(over)),
      )}`
    : plainText(vscode.l10n.t('{0} / {1} characters', format(count), format(question.limit)));
}

/** A count as the display language writes numbers: 1,500 in English, 1.500 in German. */
export function formatCount(language: DisplayLanguage, count: number): string {
  return new Intl.NumberFormat(language.tag).format(count);
}
