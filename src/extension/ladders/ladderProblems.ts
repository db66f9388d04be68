import { existsSync } from 'node:fs';
import * as vscode from 'vscode';
import { SETTINGS_SECTION } from '../ids';
import { showWarning } from '../ui/notifications';
import { logHandledError, type Output } from '../ui/output';
import type { LadderChoice, LadderProblemSource } from './ladderChoice';

/** The settings that choose the ladder and the levels on it. */
const LADDER_SETTINGS = ['ladder', 'level', 'targetLevel', 'track'] as const;

/**
 * Tells the user, once, that the ladder or a level their settings name cannot be used:
 * a notification naming the file and the place in it (or the level), and a line in the
 * output channel. The sidebar measures readiness at every refresh; the same problem is
 * said again only after one of the ladder's settings changed, so a fix that did not take
 * is heard and a problem already known is not repeated.
 */
export class LadderProblems implements vscode.Disposable {
  /** The problem last said; none once the ladder could be used or a setting changed. */
  private said: string | undefined;
  private readonly subscription: vscode.Disposable;
  private readonly sayings = new vscode.EventEmitter<string>();
  /** Fires with each problem as it is said. */
  readonly onDidSay = this.sayings.event;

  constructor(private readonly output: Output) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (LADDER_SETTINGS.some((setting) => event.affectsConfiguration(`${SETTINGS_SECTION}.${setting}`)))
        this.said = undefined;
    });
  }

  /** Says `choice`'s problem unless it was said already. */
  report(choice: LadderChoice): void {
    const { problem, problemSource } = choice;
    if (problem === undefined || problemSource === undefined) {
      this.said = undefined;
      return;
    }
    if (problem === this.said) return;
    this.said = problem;
    this.sayings.fire(problem);
    // A file that cannot be read is written to the channel as it is read (ladderChoice.ts).
    if (problemSource.setting !== 'ladder') this.output.warn(problem);
    const open = openActionLabel(problemSource);
    void showWarning(vscode.l10n.t('Growth Log: {0}', problem), open).then(async (action) => {
      if (action === open) await openLadderProblem(problemSource, this.output);
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.sayings.dispose();
  }
}

/**
 * Opens what mends a ladder's problem: the ladder file when it exists, with the line the
 * problem names selected; otherwise the setting at fault.
 */
export async function openLadderProblem(source: LadderProblemSource, output: Output): Promise<void> {
  try {
    if (source.file !== undefined && existsSync(source.file)) {
      const editor = await vscode.window.showTextDocument(vscode.Uri.file(source.file));
      if (source.line !== undefined) {
        // Clamped: the file may have changed since it was read.
        const line = editor.document.lineAt(Math.min(Math.max(source.line - 1, 0), editor.document.lineCount - 1));
        editor.selection = new vscode.Selection(line.range.start, line.range.end);
        editor.revealRange(line.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      }
      return;
    }
    await vscode.commands.executeCommand('workbench.action.openSettings', `${SETTINGS_SECTION}.${source.setting}`);
  } catch (error) {
    logHandledError(output, vscode.l10n.t('Opening the ladder file'), error);
  }
}

function openActionLabel(source: LadderProblemSource): string {
  return source.file !== undefined && existsSync(source.file)
    ? vscode.l10n.t('Open Ladder File')
    : vscode.l10n.t('Open Settings');
}
