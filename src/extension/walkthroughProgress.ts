import * as vscode from 'vscode';
import { SETTINGS_SECTION, WALKTHROUGH_ID } from './ids';
import type { LogService } from './logService';
import { logHandledError, type Output } from './ui/output';

/** The walkthrough's steps, as `contributes.walkthroughs` names them. */
export type WalkthroughStep =
  | 'chooseTrack'
  | 'chooseLogLocation'
  | 'logFirstMoment'
  | 'openSidebar'
  | 'setTargets'
  | 'exportBrag';

/** The settings whose being set by the user is what a step asks for. */
const STEPS_BY_SETTING: ReadonlyArray<readonly [string, WalkthroughStep]> = [
  ['track', 'chooseTrack'],
  ['logFile', 'chooseLogLocation'],
  ['weeklyTargets', 'setTargets'],
];

/**
 * Ticks `step` in the walkthrough. The steps' `completionEvents` are heard only by VS Code's
 * walkthrough service, which starts when something first opens a walkthrough or the
 * Welcome page: with the Welcome page off at start-up, a moment logged or a document
 * exported before then was never counted, nor was a view already open. So Growth Log ticks
 * each step itself, when the thing the step asks for happens; ticking twice is harmless.
 */
export function completeWalkthroughStep(step: WalkthroughStep, output: Output): void {
  vscode.commands
    .executeCommand('welcome.markStepComplete', `${WALKTHROUGH_ID}#${step}`)
    .then(undefined, (error) =>
      logHandledError(output, vscode.l10n.t('Ticking the walkthrough step {0}', step), error),
    );
}

/**
 * Keeps the walkthrough in step with what the user has done: the settings it asks for set
 * (in any scope), and a moment in the log by any route (a command, the sidebar, the command
 * line, an edit of the file). `check()` looks at both at once, for what happened before.
 */
export class WalkthroughProgress implements vscode.Disposable {
  private readonly ticked = new Set<WalkthroughStep>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly logs: LogService,
    private readonly output: Output,
  ) {
    this.subscriptions = [
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.checkSettings();
      }),
      logs.onDidChange(() => void this.checkLog()),
    ];
  }

  /** Ticks every step whose event has already happened. */
  async check(): Promise<void> {
    this.checkSettings();
    await this.checkLog();
  }

  /** Ticks `step`, once per window. */
  complete(step: WalkthroughStep): void {
    if (this.ticked.has(step)) return;
    this.ticked.add(step);
    completeWalkthroughStep(step, this.output);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private checkSettings(): void {
    const config = vscode.workspace.getConfiguration(SETTINGS_SECTION);
    for (const [setting, step] of STEPS_BY_SETTING) {
      const set = config.inspect(setting);
      const chosen = [set?.globalValue, set?.workspaceValue, set?.workspaceFolderValue].some(
        (value) => value !== undefined,
      );
      if (chosen) this.complete(step);
    }
  }

  private async checkLog(): Promise<void> {
    if (this.ticked.has('logFirstMoment')) return;
    const loaded = await this.logs.load();
    if (loaded.ok && loaded.log.moments.length > 0) this.complete('logFirstMoment');
  }
}
