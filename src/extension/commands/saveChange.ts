import * as vscode from 'vscode';
import { mergeMoments, removeMoments } from '../../core/storage/logStore';
import type { LogFile, Moment } from '../../core/model/schema';
import { recordKindsUsed } from '../../core/model/kindRecords';
import { reportWriteFailure } from '../ui/problemReports';
import type { WrittenLog } from '../logService';
import type { UndoableChange } from '../undoHistory';
import type { CommandContext } from './commandContext';
import { flashStatus } from '../ui/notifications';
import { withFollowUp } from '../../core/insights/followUps';
import { readSettings } from '../settings';

/**
 * Saves a change to the log and records how to undo it. When it cannot be saved, for
 * whatever reason, the user is told why; a moment they just typed (`unsaved`) can be
 * copied from the message, so it is never lost with the error. Resolves to the change's
 * id in the undo history (for its Undo buttons), or undefined if it was not saved.
 *
 * The undo is recorded for the log file written, and `undoable` may be a function, asked
 * once the change is saved: what a change touched (the moments an import added) is known
 * only once it has been applied to the log as it was on disk.
 */
export async function saveChange(
  context: CommandContext,
  change: (log: LogFile) => LogFile,
  undoable: UndoableChange | (() => UndoableChange),
  unsaved?: Moment,
): Promise<string | undefined> {
  let written: WrittenLog;
  try {
    // A moment of a kind of the user's own takes the kind's definition into the log with it.
    written = await context.logs.write((log) => recordKindsUsed(change(log), context.kinds));
  } catch (error) {
    void reportWriteFailure(context.output, error, unsaved);
    return undefined;
  }
  const recorded = typeof undoable === 'function' ? undoable() : undoable;
  return context.undo.record(recorded, written.saved, written.logPath);
}

/**
 * Adds a moment the user has just logged by hand to the log, undoable, and says so in the
 * status bar; a kind followed up (`growthLog.followUp.*`) gets the date to ask whether it
 * held up. Resolves to the moment as saved, or undefined if it could not be saved.
 */
export async function saveNewMoment(
  context: CommandContext,
  typed: Moment,
  confirmation: string,
): Promise<Moment | undefined> {
  await context.logLocationChoice.askBeforeFirstLog(context.logs.locateAndFollow());
  const { followUp } = readSettings(context.logs.locateAndFollow().folder);
  const moment = withFollowUp(typed, followUp, context.now());
  const saved = await saveChange(
    context,
    (log) => mergeMoments(log, [moment]),
    {
      description: vscode.l10n.t('log of {0}', quoteSummary(moment)),
      action: 'log',
      revert: (log) => removeMoments(log, [moment.id]),
      touches: [moment.id],
    },
    moment,
  );
  if (!saved) return undefined;
  flashStatus('check', vscode.l10n.t('Growth Log: {0}', confirmation));
  return moment;
}

/**
 * Saves `edited` in place of `original` (same id), undoable as `description`. Resolves to
 * whether it was saved.
 */
export async function saveEditedMoment(
  context: CommandContext,
  original: Moment,
  edited: Moment,
  description: string,
): Promise<boolean> {
  const saved = await saveChange(
    context,
    (log) => mergeMoments(log, [edited]),
    {
      description,
      action: 'edit',
      revert: (log) => mergeMoments(log, [original]),
      touches: [original.id],
    },
    edited,
  );
  return saved !== undefined;
}

/**
 * Changes `fields` of the moment `id` as the log holds it when written (re-read under the
 * lock), not as it was read before a prompt: whatever another window or the command line
 * changed meanwhile in its other fields is kept, and a moment deleted meanwhile is not
 * brought back. Undo puts back only those fields. Resolves to the moment as saved, or
 * undefined if it was not saved (the user is told why).
 */
export async function saveMomentFields(
  context: CommandContext,
  id: string,
  fields: readonly (keyof Moment)[],
  change: (moment: Moment) => Moment,
  description: string,
): Promise<Moment | undefined> {
  let before: Moment | undefined;
  let after: Moment | undefined;
  const saved = await saveChange(
    context,
    (log) => {
      before = log.moments.find((moment) => moment.id === id);
      if (!before)
        throw new Error(vscode.l10n.t('The moment was deleted meanwhile, in another window or from the command line.'));
      after = change(before);
      return mergeMoments(log, [after]);
    },
    () => ({
      description,
      action: 'edit',
      revert: (log) => {
        const current = log.moments.find((moment) => moment.id === id);
        return current && before ? mergeMoments(log, [withFieldsOf(current, before, fields)]) : log;
      },
      touches: [id],
    }),
  );
  return saved === undefined ? undefined : after;
}

/** `moment` with `fields` as `source` has them: present there, copied; absent there, removed. */
function withFieldsOf(moment: Moment, source: Moment, fields: readonly (keyof Moment)[]): Moment {
  const result: Record<string, unknown> = { ...moment };
  for (const field of fields) {
    if (source[field] === undefined) delete result[field];
    else result[field] = source[field];
  }
  return result as Moment;
}

/** A summary short enough for a notification. */
export function quoteSummary(moment: Moment): string {
  const summary = moment.summary.length > 60 ? `${moment.summary.slice(0, 57)}…` : moment.summary;
  return `“${summary}”`;
}
