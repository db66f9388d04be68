import { homedir } from 'node:os';
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { peopleOf } from '../../core/model/people';
import { resolveLogFilePath } from '../../core/storage/logFileTarget';
import { SETTING_DEFAULTS } from '../../shared/settingDefaults';
import type { CommandContext } from '../commands/commandContext';
import { pickPeriod } from '../commands/pickPeriod';
import { SETTINGS_SECTION } from '../ids';
import { homeRelative } from '../logLocation';
import { readSettings } from '../settings';
import { showError } from '../ui/notifications';
import { logHandledError } from '../ui/output';
import { reportLogFileError } from '../ui/problemReports';
import { renderSelfReviewDraft } from '../../core/documents/selfReview/draftDocument';
import { loadForms } from '../../core/documents/selfReview/formFile';
import { BUILT_IN_FORMS, type ReviewForm } from '../../core/documents/selfReview/forms';
import { promotionCaseForm } from '../../core/documents/selfReview/promotionCase';
import { documentLadder } from '../ladders/documentLadder';
import { readableLog } from './readableLog';

/**
 * Asks for a review form (the built-in ones, the promotion case for the target level when
 * the user has chosen a ladder or a level, and those of the `growthLog.reviewForms` file)
 * and a period, and opens the self-review draft for them as an untitled Markdown document:
 * under each question, the moments that answer it, cited, for the user to turn into
 * prose. Resolves to the document, or undefined if the user cancelled or the log could not
 * be read.
 */
export async function draftSelfReview(context: CommandContext): Promise<vscode.TextDocument | undefined> {
  const location = context.logs.locateAndFollow();
  const title = vscode.l10n.t('Draft Self-Review');
  // The promotion case once the user has chosen a ladder or a level (growthLog.level, targetLevel, ladder).
  const ladder = await documentLadder(context.output, location.folder);
  const forms = [
    ...BUILT_IN_FORMS,
    ...(ladder ? [promotionCaseForm(ladder.target)] : []),
    ...(await formsOfSetting(context, location.folder)),
  ];
  const chosen = await context.prompts.pick(
    forms.map((form) => ({
      label: form.name,
      description:
        form.questions.length === 1
          ? vscode.l10n.t('1 question')
          : vscode.l10n.t('{0} questions', form.questions.length),
      form,
    })),
    { title, placeholder: vscode.l10n.t('Which review form?') },
  );
  if (!chosen) return undefined;
  const settings = readSettings(location.folder);
  const period = await pickPeriod(context, title, settings.weekStartsOn);
  if (!period) return undefined;

  const readable = await readableLog(context.logs, (error) => void reportLogFileError(error));
  if (!readable) return undefined;
  const content = renderSelfReviewDraft(context.logs.timelineOf(readable.log), period, chosen.form, {
    kinds: context.kinds.withKindsOf(readable.log),
    people: peopleOf(readable.log),
    // The brag document's setting: "Who can speak to your work" is for the user, not the reviewer.
    includePrivateSections: settings.includePrivateSections,
  });
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  await vscode.window.showTextDocument(document);
  return document;
}

/**
 * The forms of the file `growthLog.reviewForms` names (`~` for the home folder; relative to
 * the workspace folder). A file that cannot be read or does not hold forms is reported,
 * naming the file and the field, and gives none: the built-in forms are still offered.
 */
async function formsOfSetting(
  context: Pick<CommandContext, 'output'>,
  folder: vscode.WorkspaceFolder | undefined,
): Promise<readonly ReviewForm[]> {
  const configured = z
    .catch(z.string(), SETTING_DEFAULTS.reviewForms)
    .parse(vscode.workspace.getConfiguration(SETTINGS_SECTION, folder).get('reviewForms'))
    .trim();
  if (configured === '') return [];
  const file = resolveLogFilePath(configured, folder?.uri.fsPath ?? homedir(), homedir());
  try {
    return await loadForms(file);
  } catch (error) {
    logHandledError(context.output, vscode.l10n.t('Reading the review forms'), error);
    void showError(
      vscode.l10n.t(
        'Growth Log: the review forms of growthLog.reviewForms ({0}) cannot be used, so only the built-in forms are offered. {1}',
        homeRelative(file),
        error instanceof Error ? error.message : String(error),
      ),
    );
    return [];
  }
}
