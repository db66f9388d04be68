import * as vscode from 'vscode';
import { markdownText } from '../../core/documents/markdownText';
import { renderProseDocument } from '../../core/documents/prose/proseDocument';
import { ANSWER_SEPARATOR, prosePrompt } from '../../core/documents/prose/prosePrompt';
import { type ProseRequest, proseRequest } from '../../core/documents/prose/proseRequest';
import { parseDraftQuestions, QUESTION_MARKER_START } from '../../core/documents/selfReview/draftAnswers';
import type { CommandContext } from '../commands/commandContext';
import { askModal, showInformation, showWarning } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import { plainText } from '../ui/plainText';
import { reportLogFileError } from '../ui/problemReports';
import { readableLog } from './readableLog';

/**
 * Draft with a Language Model…: the self-review draft in the active editor, turned into
 * prose by a chat model the user already has in VS Code (Copilot, or an extension serving
 * a model on their own machine), through VS Code's Language Model API. Growth Log makes
 * no network call of its own and depends on no provider.
 *
 * Nothing is sent before the user has read, in a modal dialog, what will be sent and what
 * never is, and said Send. The answer is streamed into a new editor as it arrives
 * (cancellable), then replaced by the checked document (proseDocument.ts): every sentence
 * held to the moments it cites. The draft itself is never changed.
 */

/** How it ended, for the caller (and the tests). */
export type ProseOutcome =
  | 'noDraft'
  | 'unreadableLog'
  | 'noCitedMoments'
  | 'noModel'
  | 'declined'
  | 'cancelled'
  | 'refused'
  | 'failed'
  | 'written';

export interface ProseResult {
  readonly outcome: ProseOutcome;
  /** The editor's document holding the answer, once some of it arrived. */
  readonly document?: vscode.TextDocument;
}

/** The workspace's remembered model: its id, as `selectChatModels` gives it. */
const CHOSEN_MODEL_KEY = 'growthLog.languageModel';

export async function draftWithLanguageModel(context: CommandContext): Promise<ProseResult> {
  const title = vscode.l10n.t('Draft with a Language Model');
  const draft = vscode.window.activeTextEditor?.document;
  if (!draft || !isSelfReviewDraft(draft.getText())) {
    void showWarning(
      vscode.l10n.t(
        'Growth Log: open a self-review draft (Draft Self-Review…) to draft it with a language model; nothing was sent.',
      ),
    );
    return { outcome: 'noDraft' };
  }
  const readable = await readableLog(context.logs, (error) => void reportLogFileError(error));
  if (!readable) return { outcome: 'unreadableLog' };
  const request = proseRequest(draft.getText(), readable.log.moments, context.kinds.withKindsOf(readable.log));
  if (request.moments.length === 0) {
    void showWarning(
      vscode.l10n.t(
        'Growth Log: this draft cites no moment of the log, so there is nothing to write from; nothing was sent.',
      ),
    );
    return { outcome: 'noCitedMoments' };
  }

  const models = await vscode.lm.selectChatModels();
  if (models.length === 0) {
    context.output.info(vscode.l10n.t('Draft with a Language Model: no chat model is available; nothing was sent.'));
    void showWarning(
      vscode.l10n.t(
        'Growth Log: no language model is available in VS Code. Install or sign in to an extension that provides one; the draft stays as it is.',
      ),
    );
    return { outcome: 'noModel' };
  }
  const model = await chooseModel(context, models, title);
  if (!model) return declined(context);
  if (!(await consentToSend(model, request))) return declined(context);
  return writeProse(context, model, request, title);
}

/** Whether `text` is a self-review draft: it marks at least one question. */
export function isSelfReviewDraft(text: string): boolean {
  return text.includes(QUESTION_MARKER_START) && parseDraftQuestions(text).length > 0;
}

function declined(context: CommandContext): ProseResult {
  context.output.info(vscode.l10n.t('Draft with a Language Model: not confirmed; nothing was sent.'));
  return { outcome: 'declined' };
}

/** The model the workspace used last, if it is still there; else the one the user picks (remembered for next time). */
async function chooseModel(
  context: CommandContext,
  models: readonly vscode.LanguageModelChat[],
  title: string,
): Promise<vscode.LanguageModelChat | undefined> {
  const remembered = context.workspaceState.get<string>(CHOSEN_MODEL_KEY);
  const ordered = [...models].sort((a, b) => Number(b.id === remembered) - Number(a.id === remembered));
  const chosen =
    ordered.length === 1
      ? { model: ordered[0] }
      : await context.prompts.pick(
          ordered.map((model) => ({
            label: model.name,
            description: model.id === remembered ? vscode.l10n.t('{0} · last used', model.vendor) : model.vendor,
            detail: model.family,
            model,
          })),
          { title, placeholder: vscode.l10n.t('Which language model should write the prose?') },
        );
  if (!chosen?.model) return undefined;
  await context.workspaceState.update(CHOSEN_MODEL_KEY, chosen.model.id);
  return chosen.model;
}

/** Says exactly what will be sent to `model` and what never is, in a modal dialog; true only for Send. */
async function consentToSend(model: vscode.LanguageModelChat, request: ProseRequest): Promise<boolean> {
  const send = vscode.l10n.t('Send');
  const moments =
    request.moments.length === 1 ? vscode.l10n.t('1 moment') : vscode.l10n.t('{0} moments', request.moments.length);
  const questions =
    request.questions.length === 1
      ? vscode.l10n.t('1 question')
      : vscode.l10n.t('{0} questions', request.questions.length);
  const answer = await askModal(
    vscode.l10n.t('Send the evidence of this draft to {0} ({1})?', model.name, model.vendor),
    [
      vscode.l10n.t(
        'What is sent: {0} cited under {1}. Of each moment: its date, kind, summary, impact, outcome, the people it names and its initiative. Of each question: its text, its character limit and the words you wrote in its answer.',
        moments,
        questions,
      ),
      vscode.l10n.t(
        'What is never sent: how a moment felt (energy), notes, code locations, links, tags, the moments the draft does not cite, your check-ins, and the private sections (who can speak to your work).',
      ),
      vscode.l10n.t(
        'Where it goes depends on the provider of {0}: a model served on this machine keeps it here; Copilot and other cloud providers send it to their service. Growth Log itself makes no network call, and the draft stays as it is.',
        model.vendor,
      ),
    ],
    send,
  );
  return answer === send;
}

/**
 * Sends `request` to `model` and streams the answer into a new Markdown editor, then
 * replaces it with the checked document. Cancellable from the progress notification, or
 * through `token` (the tests). Exported for the tests, which have no dialog to answer.
 */
export async function writeProse(
  context: Pick<CommandContext, 'output'>,
  model: vscode.LanguageModelChat,
  request: ProseRequest,
  title: string,
  token?: vscode.CancellationToken,
): Promise<ProseResult> {
  const prompt = prosePrompt(request);
  const messages = [
    vscode.LanguageModelChatMessage.User(prompt.instructions),
    vscode.LanguageModelChatMessage.User(prompt.material),
  ];
  // While it arrives, each answer's separator line shows as its question's heading.
  const headings = new Map(request.questions.map((question) => [question.id, `## ${markdownText(question.text)}`]));
  const stream = new StreamedEditor((line) => {
    const id = ANSWER_SEPARATOR.exec(line)?.[1];
    return (id !== undefined && headings.get(id)) || markdownText(line);
  });
  let reply = '';
  const ended = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: plainText(vscode.l10n.t('{0}: {1} is writing…', title, model.name)),
      cancellable: true,
    },
    async (_progress, shown): Promise<ProseOutcome | { readonly error: unknown }> => {
      const cancel = new vscode.CancellationTokenSource();
      const links = [
        shown.onCancellationRequested(() => cancel.cancel()),
        token?.onCancellationRequested(() => cancel.cancel()),
      ];
      if (token?.isCancellationRequested) cancel.cancel();
      try {
        const response = await model.sendRequest(
          messages,
          { justification: vscode.l10n.t('Growth Log turns your self-review draft into prose you confirmed sending.') },
          cancel.token,
        );
        for await (const chunk of response.text) {
          reply += chunk;
          await stream.show(reply);
          if (cancel.token.isCancellationRequested) break;
        }
        return cancel.token.isCancellationRequested ? 'cancelled' : 'written';
      } catch (error) {
        return cancel.token.isCancellationRequested ? 'cancelled' : { error };
      } finally {
        for (const link of links) link?.dispose();
        cancel.dispose();
      }
    },
  );
  const document =
    reply.trim() === ''
      ? stream.document
      : await stream.replaceWith(renderProseDocument(request, reply, { modelName: `${model.name} (${model.vendor})` }));
  if (typeof ended === 'string') {
    context.output.info(
      ended === 'written'
        ? vscode.l10n.t('Draft with a Language Model: {0} answered.', model.name)
        : vscode.l10n.t('Draft with a Language Model: cancelled while {0} was writing.', model.name),
    );
    if (ended === 'cancelled')
      void showInformation(
        document
          ? vscode.l10n.t(
              'Growth Log: cancelled. What had arrived is kept, checked, in the new editor; the draft stays as it is.',
            )
          : vscode.l10n.t('Growth Log: cancelled before the model wrote anything; the draft stays as it is.'),
      );
    return { outcome: ended, ...(document ? { document } : {}) };
  }
  const failure = describeFailure(ended.error, model);
  logHandledError(context.output, vscode.l10n.t('Drafting with {0}', model.name), ended.error);
  void showWarning(failure.sentence);
  return { outcome: failure.outcome, ...(document ? { document } : {}) };
}

/** One sentence saying why the model gave no answer: a refusal, a quota, a model gone, or any other error. */
function describeFailure(error: unknown, model: vscode.LanguageModelChat): { outcome: ProseOutcome; sentence: string } {
  const code = error instanceof vscode.LanguageModelError ? error.code : undefined;
  const name = model.name;
  if (code === vscode.LanguageModelError.NoPermissions.name)
    return {
      outcome: 'refused',
      sentence: vscode.l10n.t(
        'Growth Log: {0} refused: Growth Log may not use it (allow it in the provider’s settings); the draft stays as it is.',
        name,
      ),
    };
  if (code === vscode.LanguageModelError.Blocked.name)
    return {
      outcome: 'refused',
      sentence: vscode.l10n.t(
        'Growth Log: {0} blocked the request, for a quota or a rate limit; try later. The draft stays as it is.',
        name,
      ),
    };
  if (code === vscode.LanguageModelError.NotFound.name)
    return {
      outcome: 'failed',
      sentence: vscode.l10n.t('Growth Log: {0} is no longer available; the draft stays as it is.', name),
    };
  return {
    outcome: 'failed',
    sentence: vscode.l10n.t(
      'Growth Log: {0} failed: {1}. The draft stays as it is.',
      name,
      error instanceof Error ? error.message : String(error),
    ),
  };
}

/**
 * The new editor the answer streams into: opened at the first text, and shown again in
 * full as each piece arrives, every line as text (the model's Markdown is not trusted even
 * while it arrives), then replaced by the checked document. An answer is a few thousand
 * characters: writing it whole each time keeps a half-written line visible too.
 */
class StreamedEditor {
  document: vscode.TextDocument | undefined;

  /** `shown` writes a line of the answer as Markdown that shows it as text. */
  constructor(private readonly shown: (line: string) => string) {}

  /** Shows `reply`, the answer so far. */
  show(reply: string): Promise<vscode.TextDocument> {
    return this.replaceWith(
      reply
        .split(/\r\n|\n|\r/)
        .map((line) => this.shown(line))
        .join('\n'),
    );
  }

  async replaceWith(content: string): Promise<vscode.TextDocument> {
    const document = await this.open();
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, document.validateRange(new vscode.Range(0, 0, document.lineCount, 0)), content);
    await vscode.workspace.applyEdit(edit);
    return document;
  }

  private async open(): Promise<vscode.TextDocument> {
    if (this.document) return this.document;
    this.document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    await vscode.window.showTextDocument(this.document, { preview: false });
    return this.document;
  }
}
