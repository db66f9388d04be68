import * as vscode from 'vscode';
import * as z from 'zod/mini';
import { COMPETENCY_IDS } from '../../core/model/taxonomy';
import { KIND_ID_PATTERN } from '../../shared/patterns';
import { COMMANDS, VIEWS, type CommandId } from '../ids';
import type { CommandContext } from './commandContext';
import { reportCommandFailure } from '../ui/problemReports';
import { openWalkthrough } from '../walkthroughOffer';
import { answerFollowUp } from './answerFollowUp';
import { chooseTrack } from './chooseTrack';
import { deleteMoment } from './deleteMoment';
import { dismissFollowUp } from './dismissFollowUp';
import { editMoment } from './editMoment';
import { exportBragDocument } from './exportBragDocument';
import { exportHtml } from './exportHtml';
import { logCodeReviewHere } from './logCodeReviewHere';
import { importLogFromFile } from './importLog';
import { type ExpectationToLogFor, logMoment } from './logMoment';
import { mergePeopleCommand } from './mergePeople';
import { openMomentCode } from './openMomentCode';
import { suggestFromGit, suggestOptions } from './suggestFromGit';
import { openLogFile } from './openLogFile';
import { restoreBackup } from './restoreBackup';
import { undoChange } from './undo';
import { loadDocumentFeatures } from '../loadDocumentFeatures';
import { loadLadderFeatures } from '../ladders/loadLadderFeatures';

/** Registers every Growth Log command; the returned disposable unregisters them all. */
export function registerCommands(context: CommandContext): vscode.Disposable {
  const showSidebar = () => vscode.commands.executeCommand(`${VIEWS.thisWeek}.focus`);
  const handlers: Record<CommandId, (...args: unknown[]) => unknown> = {
    [COMMANDS.logMentoring]: () => logMoment(context, 'mentoring'),
    [COMMANDS.logCodeReview]: () => logMoment(context, 'code-review'),
    [COMMANDS.logDelegation]: () => logMoment(context, 'delegation'),
    // The sidebar's buttons pass a kind; from the palette there is none and the user picks.
    // The readiness view passes `{ expectations, for }`: the new moment is linked to those,
    // and the kind pick starts from the expectation `for` describes.
    [COMMANDS.logMoment]: (kind?: unknown, options?: unknown) =>
      logMoment(context, isKindId(kind) ? kind : undefined, expectationsIn(options), expectationToLogFor(options)),
    [COMMANDS.logCodeReviewHere]: () => logCodeReviewHere(context),
    [COMMANDS.suggestFromGit]: (options?: unknown) => suggestFromGit(context, suggestOptions(options)),
    // A caller may pass the file; from the palette the user picks it.
    [COMMANDS.suggestFromReviewHistory]: (file?: unknown) =>
      suggestFromGit(context, {
        withReviewHistory: true,
        reviewHistory: file instanceof vscode.Uri ? file : undefined,
      }),
    // From the sidebar with the moment's id; from the palette the user picks one.
    [COMMANDS.editMoment]: (id?: unknown) => editMoment(context, typeof id === 'string' ? id : undefined),
    [COMMANDS.deleteMoment]: (id?: unknown) => deleteMoment(context, typeof id === 'string' ? id : undefined),
    // From an Undo button with its change's id; from the palette the last change.
    [COMMANDS.undo]: (changeId?: unknown) => undoChange(context, typeof changeId === 'string' ? changeId : undefined),
    [COMMANDS.exportBragDocument]: () => exportBragDocument(context),
    [COMMANDS.exportHtml]: () => exportHtml(context),
    [COMMANDS.openLogFile]: () => openLogFile(context),
    [COMMANDS.showWeeklySummary]: showSidebar,
    [COMMANDS.showPreviousWeek]: () => context.sidebar.showWeek(context.sidebar.weekOffset - 1),
    [COMMANDS.showNextWeek]: () => context.sidebar.showWeek(context.sidebar.weekOffset + 1),
    [COMMANDS.showThisWeek]: () => context.sidebar.showWeek(0),
    [COMMANDS.openMomentCode]: (id?: unknown) => (typeof id === 'string' ? openMomentCode(context, id) : undefined),
    [COMMANDS.chooseTrack]: () => chooseTrack(context),
    // The sidebar's list of people passes `{ name }`, the person to start from.
    [COMMANDS.mergePeople]: (start?: unknown) => mergePeopleCommand(context, nameIn(start)),
    // A caller with a file at hand passes its Uri; from the palette the user picks one.
    [COMMANDS.importLog]: (file?: unknown) => importLogFromFile(context, file instanceof vscode.Uri ? file : undefined),
    [COMMANDS.openWalkthrough]: openWalkthrough,
    [COMMANDS.chooseLogLocation]: () => context.logLocationChoice.choose(),
    [COMMANDS.restoreBackup]: () => restoreBackup(context),
    // "Did it hold up?" in the sidebar passes the moment's id; from the palette the user picks one, the due ones first.
    [COMMANDS.answerFollowUp]: (id?: unknown) => answerFollowUp(context, typeof id === 'string' ? id : undefined),
    [COMMANDS.dismissFollowUp]: (id?: unknown) => dismissFollowUp(context, typeof id === 'string' ? id : undefined),
    [COMMANDS.checkIn]: () => loadLadderFeatures().checkIn(context),
    // The self-review draft's commands live in a bundle of their own, loaded on first use.
    [COMMANDS.draftSelfReview]: () => loadDocumentFeatures().draftSelfReview(context),
    // A Copy Answer lens passes its question; from the palette, the question at the cursor.
    [COMMANDS.copyAnswer]: (target?: unknown) => loadDocumentFeatures().copyAnswer(context, target),
    // A citation's link passes its ref; checked there, since a document wrote it.
    [COMMANDS.openCitedMoment]: (ref?: unknown) => loadDocumentFeatures().openCitedMoment(context, ref),
    [COMMANDS.showReadiness]: () => void context.readiness.show(context),
    [COMMANDS.draftWithLanguageModel]: () => loadDocumentFeatures().draftWithLanguageModel(context),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) =>
      vscode.commands.registerCommand(id, reportingFailures(context, id, handler)),
    ),
  );
}

/** `handler`, with any error it throws told to the user and written to the output channel, rather than left to VS Code's generic message. */
function reportingFailures(
  context: CommandContext,
  id: string,
  handler: (...args: unknown[]) => unknown,
): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    try {
      return await handler(...args);
    } catch (error) {
      void reportCommandFailure(context.output, id, error);
      return undefined;
    }
  };
}

function isKindId(value: unknown): value is string {
  return typeof value === 'string' && KIND_ID_PATTERN.test(value);
}

/** The expectation ids of `{ expectations: [...] }`, when that is what was passed. */
function expectationsIn(value: unknown): string[] | undefined {
  const ids =
    typeof value === 'object' && value !== null ? (value as { expectations?: unknown }).expectations : undefined;
  if (!Array.isArray(ids)) return undefined;
  const valid = ids.filter((id): id is string => typeof id === 'string' && id.trim() !== '');
  return valid.length > 0 ? valid : undefined;
}

const expectationToLogForSchema = z.object({
  text: z.string().check(z.maxLength(20_000)),
  competencies: z.array(z.enum(COMPETENCY_IDS)),
  kinds: z.optional(z.array(z.string())),
});

function expectationToLogFor(value: unknown): ExpectationToLogFor | undefined {
  const described = typeof value === 'object' && value !== null ? (value as { for?: unknown }).for : undefined;
  const parsed = expectationToLogForSchema.safeParse(described);
  return parsed.success ? parsed.data : undefined;
}

function nameIn(value: unknown): string | undefined {
  const name = typeof value === 'object' && value !== null ? (value as { name?: unknown }).name : undefined;
  return typeof name === 'string' && name.trim() !== '' ? name : undefined;
}
