import * as vscode from 'vscode';
import * as z from 'zod/mini';
import {
  answerPlainText,
  type DraftQuestion,
  type FittedAnswer,
  fitToLimit,
  formCharacterCount,
  parseDraftQuestions,
} from '../../core/documents/selfReview/draftAnswers';
import type { CommandContext } from '../commands/commandContext';
import { formatCount } from './answerLenses';
import { flashStatus, showInformation, showWarning } from '../ui/notifications';

/** What a Copy Answer lens passes (`CopyAnswerTarget`); from the palette, nothing. */
const copyAnswerTarget = z.optional(z.object({ uri: z.string(), id: z.string(), line: z.int() }));

/** The longest part of a left-out line a notification quotes. */
const QUOTED_LENGTH = 60;

/**
 * Puts a question's answer on the clipboard as plain text for a review tool's web form,
 * cut at a whole line to stay within the question's limit; a notification names what was
 * left out. From a lens, the lens's question; from the palette, the question the cursor
 * is in. Resolves to what was copied.
 */
export async function copyAnswer(context: CommandContext, target: unknown): Promise<FittedAnswer | undefined> {
  const parsed = copyAnswerTarget.safeParse(target);
  if (!parsed.success) {
    context.output.warn(vscode.l10n.t('Copy Answer was passed something other than a question; nothing was copied.'));
    return undefined;
  }
  const question = parsed.data ? questionOfLens(parsed.data) : questionAtCursor();
  if (!question) {
    void showWarning(
      vscode.l10n.t('Growth Log: put the cursor in an answer of a self-review draft to copy it (Draft Self-Review…).'),
    );
    return undefined;
  }
  const plain = answerPlainText(question.answerText);
  const fitted = fitToLimit(plain, question.limit);
  await vscode.env.clipboard.writeText(fitted.text);
  const count = formatCount(context.language, formCharacterCount(fitted.text));
  if (fitted.omitted.length === 0) {
    flashStatus('copy', vscode.l10n.t('Answer copied: {0} characters', count));
  } else {
    void showInformation(
      vscode.l10n.t(
        'Growth Log: answer copied, {0} of its {1} characters, to stay within {2}. Left out: {3}',
        count,
        formatCount(context.language, formCharacterCount(plain)),
        formatCount(context.language, question.limit ?? 0),
        fitted.omitted.map(quoted).join(' · '),
      ),
    );
  }
  return fitted;
}

/** The question a lens was drawn for, found again in the document as it is now. */
function questionOfLens(target: { readonly uri: string; readonly id: string; readonly line: number }) {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === target.uri);
  if (!document) return undefined;
  const sameId = parseDraftQuestions(document.getText()).filter((question) => question.id === target.id);
  // The nearest to where the lens was: the text may have moved since it was drawn.
  return sameId.sort((a, b) => Math.abs(a.markerLine - target.line) - Math.abs(b.markerLine - target.line))[0];
}

/** The question whose heading is the last at or above the cursor, in the active editor. */
function questionAtCursor(): DraftQuestion | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const line = editor.selection.active.line;
  return parseDraftQuestions(editor.document.getText()).findLast((question) => question.headingLine <= line);
}

function quoted(line: string): string {
  return `“${line.length > QUOTED_LENGTH ? `${line.slice(0, QUOTED_LENGTH - 1)}…` : line}”`;
}
