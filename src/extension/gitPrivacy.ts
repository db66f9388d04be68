import * as path from 'node:path';
import * as vscode from 'vscode';
import { keepOutOfGit, type ExcludeOutcome } from '../core/git/gitExclude';
import { SETTINGS_SECTION } from './ids';
import type { LogLocation } from './logLocation';
import type { LogService } from './logService';
import { readSettings } from './settings';
import { showInformation, showWarning } from './ui/notifications';
import { logHandledError, type Output } from './ui/output';

/**
 * The log names colleagues, so after each write it is kept out of git: added to the
 * repository's `.git/info/exclude` (never the shared `.gitignore`) unless
 * `growthLog.keepOutOfGit` is off. The user is told once per log file, with a button to
 * change the setting; a log git already tracks is left alone, and that is said once too.
 * "Kept out of git" is only said once git confirms it; anything that goes wrong on the way
 * is written to the output channel with the file it concerns, and the user is warned once
 * that their notes are not kept out of git.
 */
/** The button a message offers, and the command it runs. */
interface FollowUp {
  readonly label: string;
  readonly command: readonly [string, ...unknown[]];
}

export class GitPrivacy implements vscode.Disposable {
  private readonly subscription: vscode.Disposable;
  private running = Promise.resolve();
  /** The last outcome per log file, for the integration tests. */
  readonly outcomes = new Map<string, ExcludeOutcome>();

  constructor(
    logs: LogService,
    private readonly memory: vscode.Memento,
    private readonly output: Output,
  ) {
    this.subscription = logs.onDidWrite((location) => {
      // One git check at a time; a burst of writes needs no parallel checks. Each check
      // reports its own failure, so one that fails does not stop the next.
      this.running = this.running.then(() =>
        this.protect(location).catch((error: unknown) => this.reportNotExcluded(location.filePath, error)),
      );
    });
  }

  /** Resolves once every check started so far has finished. */
  settled(): Promise<void> {
    return this.running;
  }

  /**
   * A brag document Growth Log saved names the same colleagues as the log, so it is kept
   * out of git the same way and under the same rules: the setting (of the folder the file
   * is in), no git in Restricted Mode, a file git tracks left alone. Queued behind the
   * log's checks, since both append to the same `.git/info/exclude`; never rejects.
   */
  keepDocumentOutOfGit(filePath: string): Promise<void> {
    this.running = this.running.then(() =>
      this.protectDocument(filePath).catch((error: unknown) => this.reportNotExcluded(filePath, error)),
    );
    return this.running;
  }

  private async protectDocument(filePath: string): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(filePath));
    // In Restricted Mode the log's own message has said already that no git runs.
    if (!readSettings(folder).keepOutOfGit || !vscode.workspace.isTrusted) return;
    this.outcomes.delete(filePath);
    const outcome = await keepOutOfGit(filePath);
    this.outcomes.set(filePath, outcome);
    if (outcome === 'excluded') {
      // Once per folder: every brag document saved there is kept out the same way.
      this.tellOnce(
        'excluded',
        `documents:${path.dirname(filePath)}`,
        vscode.l10n.t(
          "Growth Log keeps the brag documents it saves out of git too: {0} names colleagues, so it was added to this repository's .git/info/exclude (not the shared .gitignore).",
          path.basename(filePath),
        ),
      );
    } else if (outcome === 'tracked') {
      this.tellOnce(
        'tracked',
        filePath,
        vscode.l10n.t(
          '{0} is tracked by git, so the brag document, which names colleagues, goes into commits. Growth Log has not changed git; untrack it with "git rm --cached" if that is not what you want.',
          path.basename(filePath),
        ),
      );
    }
  }

  private async protect(location: LogLocation): Promise<void> {
    if (!location.folder || !readSettings(location.folder).keepOutOfGit) return;
    if (!vscode.workspace.isTrusted) {
      // Running git in an untrusted folder could run its hooks or configured programs, and
      // writing into a `.git` the folder points at could write anywhere: say so instead.
      this.tellOnce(
        'untrusted',
        location.filePath,
        vscode.l10n.t(
          'In Restricted Mode Growth Log runs no git, so your log, which names colleagues, is not added to .git/info/exclude. Trust this folder to have it kept out of git, or keep it out of your commits yourself.',
        ),
      );
      return;
    }
    this.outcomes.delete(location.filePath);
    const outcome = await keepOutOfGit(location.filePath);
    this.outcomes.set(location.filePath, outcome);
    // Not awaited: the check is done; the message waits for the user on its own.
    if (outcome === 'excluded') {
      this.tellOnce(
        'excluded',
        location.filePath,
        vscode.l10n.t(
          "Growth Log keeps your log out of git: it names colleagues, so it was added to this repository's .git/info/exclude (not the shared .gitignore).",
        ),
      );
    } else if (outcome === 'tracked') {
      this.tellOnce(
        'tracked',
        location.filePath,
        vscode.l10n.t(
          'Your Growth Log file is tracked by git, so its notes about colleagues go into commits. Growth Log has not changed git; untrack it with "git rm --cached" if that is not what you want.',
        ),
      );
    }
  }

  private tellOnce(outcome: ExcludeOutcome | 'untrusted', filePath: string, message: string): void {
    const action: FollowUp =
      outcome === 'untrusted'
        ? { label: vscode.l10n.t('Manage Workspace Trust'), command: ['workbench.trust.manage'] }
        : {
            label: vscode.l10n.t('Change Setting'),
            command: ['workbench.action.openSettings', `${SETTINGS_SECTION}.keepOutOfGit`],
          };
    this.tell(`${outcome}:${filePath}`, message, action).catch((error: unknown) =>
      this.report(vscode.l10n.t('Growth Log could not show its message about {0}', filePath), error),
    );
  }

  private async tell(key: string, message: string, action: FollowUp): Promise<void> {
    const memoryKey = `growthLog.told.${key}`;
    if (this.memory.get<boolean>(memoryKey)) return;
    await this.memory.update(memoryKey, true);
    if ((await showInformation(message, action.label)) === action.label)
      await vscode.commands.executeCommand(...action.command);
  }

  /** `what` failed; the output channel gets both it and why. */
  private report(what: string, error: unknown): void {
    logHandledError(this.output, what, error);
  }

  /** The notes may go into commits: recorded, and said once per log file, since a person must decide what to do. */
  private reportNotExcluded(filePath: string, error: unknown): void {
    const what = vscode.l10n.t('Growth Log could not keep {0} out of git', filePath);
    this.report(what, error);
    const key = `growthLog.told.not-excluded:${filePath}`;
    if (this.memory.get<boolean>(key)) return;
    const showLog = vscode.l10n.t('Show Log');
    void this.memory.update(key, true).then(async () => {
      const reason = error instanceof Error ? error.message : String(error);
      if ((await showWarning(`${what}: ${reason}`, showLog)) === showLog) this.output.show(true);
    });
  }

  dispose(): void {
    this.subscription.dispose();
  }
}
