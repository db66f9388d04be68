import * as vscode from 'vscode';
import { KIND_ID_PATTERN } from '../../core/schema';
import { COMMANDS, VIEWS } from '../ids';
import type { CommandContext } from './commandContext';
import { exportBragDocument } from './exportBragDocument';
import { logMoment } from './logMoment';
import { openLogFile } from './openLogFile';

/** Registers every Growth Log command; the returned disposable unregisters them all. */
export function registerCommands(context: CommandContext): vscode.Disposable {
  const handlers: Record<(typeof COMMANDS)[keyof typeof COMMANDS], (...args: unknown[]) => unknown> = {
    [COMMANDS.logMentoring]: () => logMoment(context, 'mentoring'),
    [COMMANDS.logCodeReview]: () => logMoment(context, 'code-review'),
    [COMMANDS.logDelegation]: () => logMoment(context, 'delegation'),
    // The sidebar's buttons pass a kind; from the palette there is none and the user picks.
    [COMMANDS.logMoment]: (kind?: unknown) => logMoment(context, isKindId(kind) ? kind : undefined),
    [COMMANDS.exportBragDocument]: () => exportBragDocument(context),
    [COMMANDS.openLogFile]: () => openLogFile(context),
    [COMMANDS.showWeeklySummary]: () => vscode.commands.executeCommand(`${VIEWS.thisWeek}.focus`),
  };
  return vscode.Disposable.from(
    ...Object.entries(handlers).map(([id, handler]) => vscode.commands.registerCommand(id, handler)),
  );
}

function isKindId(value: unknown): value is string {
  return typeof value === 'string' && KIND_ID_PATTERN.test(value);
}
